import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransferSafeguardDto } from '@/api/types';
import { transferStatus } from '../lib/recipients';

const wrapping = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' as const } };

/** EU/EEA, outside with its safeguard, or outside without one (red: disclosures are refused). */
export function TransferBadge({
  recipient,
  withReference = true,
}: {
  recipient: { inEea: boolean; transferAllowed: boolean; transferSafeguard?: TransferSafeguardDto | null };
  withReference?: boolean;
}) {
  const { t } = useTranslation();
  const status = transferStatus(recipient);
  if (status.kind === 'eea')
    return (
      <Badge color="teal" variant="light" tt="none" data-transfer="eea">
        {t('recipients.transfer.eea')}
      </Badge>
    );
  if (status.kind === 'refused')
    return (
      <Badge color="red" variant="filled" tt="none" styles={wrapping} data-transfer="refused">
        {t('recipients.transfer.refused')}
      </Badge>
    );
  const kind = status.safeguard?.kind;
  return (
    <Stack gap={2} align="flex-start">
      <Badge color="blue" variant="light" tt="none" styles={wrapping} data-transfer="safeguard">
        {kind ? t('recipients.transfer.safeguard', { kind: t(`recipients.safeguardShort.${kind}`, kind) }) : t('recipients.transfer.outside')}
      </Badge>
      {withReference && status.safeguard?.reference && (
        <Text size="xs" c="dimmed">
          {status.safeguard.reference}
        </Text>
      )}
    </Stack>
  );
}
