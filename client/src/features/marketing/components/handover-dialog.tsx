import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/query-state';
import { RefusalAlert } from '@/components/refusal-alert';
import type { MarketingSelectionDto, RecipientDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { usePurposes } from '@/features/purposes';
import { useRecipients } from '@/features/recipients';
import { useHandOverSelection, usePreview } from '../api/selections';
import { handoverWarnings } from '../lib/handover';

/**
 * Hands the persons a selection includes now to a recipient (a partner or a processor). It is
 * recorded as a disclosure; a refusal (409) is shown with the API's reason.
 */
export function HandoverDialog({ selection, onClose }: { selection: MarketingSelectionDto; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canReadDisclosures = usePermission('disclosures.read');
  const recipients = useRecipients();
  const preview = usePreview(selection.id);
  const purposes = usePurposes();
  const handover = useHandOverSelection();
  const [recipientId, setRecipientId] = useState('');
  const [missing, setMissing] = useState(false);

  // Authorities never get marketing selections; the API refuses them anyway.
  const candidates = (recipients.data ?? []).filter((r) => r.type !== 'authority').sort((a, b) => a.name.localeCompare(b.name));
  const chosen = candidates.find((r) => r.id === recipientId);
  const warnings = chosen ? handoverWarnings(chosen, selection) : [];
  const purpose = purposes.data?.find((p) => p.code === selection.purpose)?.name ?? selection.purpose;
  const channel = t(`consents.channels.${selection.channel}`, selection.channel);
  const done = handover.data;

  const label = (r: RecipientDto) =>
    `${r.name} · ${t(`marketing.recipientTypes.${r.type}`, r.type)} · ${r.country}${r.transferAllowed ? '' : ` · ${t('marketing.handoverNoSafeguardShort')}`}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!recipientId) {
      setMissing(true);
      return;
    }
    handover.mutate({ id: selection.id, recipientId });
  };

  return (
    <Modal opened onClose={onClose} title={t('marketing.handoverTitle')} centered size="lg">
      {done ? (
        <Stack gap="sm">
          <Alert color="teal" role="status" title={t('marketing.handedOverTitle')} data-testid="handover-result">
            {t('marketing.handedOver', { count: done.personCount, formatted: format.count(done.personCount), recipient: done.recipientName })}
            <Text size="sm" mt={4}>
              {t('marketing.handedOverRecorded', { at: format.dateTime(done.at) })}
            </Text>
          </Alert>
          <Group justify="space-between">
            {canReadDisclosures ? (
              <Anchor component={Link} to={`/disclosures/${done.id}`}>
                {t('marketing.openDisclosure')}
              </Anchor>
            ) : (
              <span />
            )}
            <Button onClick={onClose} data-autofocus>
              {t('marketing.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('marketing.handoverTitle')}>
          <Stack gap="sm">
            <Text>
              {t('marketing.handoverConfirm', {
                name: selection.name,
                purpose,
                channel,
                count: preview.data?.included ?? 0,
                formatted: preview.data ? format.count(preview.data.included) : '…',
              })}
            </Text>
            <Alert color="yellow" variant="light" role="note">
              {t('marketing.handoverRecorded')}
            </Alert>
            <Text size="sm" c="dimmed">
              {t('marketing.handoverRules')}
            </Text>
            {recipients.data ? (
              <NativeSelect
                label={t('marketing.recipient')}
                required
                data-autofocus
                error={missing && !recipientId ? t('validation.required') : undefined}
                value={recipientId}
                onChange={(e) => {
                  setRecipientId(e.currentTarget.value);
                  handover.reset();
                }}
                data={[{ value: '', label: t('marketing.chooseRecipient') }, ...candidates.map((r) => ({ value: r.id, label: label(r) }))]}
              />
            ) : (
              <QueryState isLoading={recipients.isLoading} error={recipients.error} />
            )}
            {warnings.map((w) => (
              <Alert key={w} color="orange" variant="light" role="note" data-warning={w}>
                {t(`marketing.handoverWarnings.${w}`, { name: chosen?.name, country: chosen?.country })}
              </Alert>
            ))}
            <RefusalAlert error={handover.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={handover.isPending}>
                {t('marketing.handoverButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
