import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestDto } from '@/api/types';
import { FormError } from '@/components/form-error';
import { saveBlob } from '@/lib/download';
import { portableData } from '../api/report';
import { requestQueryOptions } from '../api/requests';
import { Section } from './section';

/** The persons' portable data (Art. 20) as the API's ZIP, once the identity is verified and the persons matched. */
export function PortabilitySection({ request: r }: { request: RequestDto }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const download = useMutation({
    mutationFn: () => portableData(r.id),
    gcTime: 0,
    onSuccess: (file) => {
      saveBlob(file.blob, file.fileName);
      // The export is written to the timeline.
      void queryClient.invalidateQueries({ queryKey: requestQueryOptions(r.id).queryKey, exact: true });
    },
  });
  const ready = Boolean(r.verification) && r.personIds.length > 0 && !r.closedAt;
  return (
    <Section id="portability" title={t('requests.portability.title')}>
      <Stack gap="sm">
        <Text size="sm" maw={760}>
          {t('requests.portability.hint')}
        </Text>
        {ready ? (
          <Group>
            <Button onClick={() => download.mutate()} loading={download.isPending}>
              {t('requests.portability.download')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t(r.closedAt ? 'requests.portability.closed' : 'requests.portability.needsVerification')}</Text>
        )}
        <FormError error={download.error} fallback={t('requests.portability.failed')} />
      </Stack>
    </Section>
  );
}
