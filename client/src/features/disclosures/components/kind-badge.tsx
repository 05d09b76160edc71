import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { manual: 'gray', selectionHandover: 'grape', partnerRead: 'blue' };

/** How the data went: recorded by hand, a marketing selection handed over, or read by the partner's API client. */
export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[kind] ?? 'gray'} tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
      {t(`disclosures.kinds.${kind}`, kind)}
    </Badge>
  );
}
