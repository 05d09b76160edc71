import { Badge, Button, Divider, Group, List, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { manualNoticeMethodValues } from '@/api/schema';
import type { ClosedSet, RequestDto, RequestRecipientDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/form-error';
import { FormProblems } from '@/components/form-problems';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useExportRequestRecipients, useRecordManualNotice, useRequestRecipients } from '../api/recipients';
import { localInputToIso, toLocalInput } from '../lib/steps';
import { Section } from './section';

const MAX_NOTE = 2000;

/**
 * The recipients of the persons' data to tell of a rectification, erasure or restriction (Art. 19):
 * how each received the data, the webhook notices and their delivery, the notices given by hand;
 * recording a notice given by hand; the list as CSV for the person.
 */
export function RecipientsSection({ request: r, names }: { request: RequestDto; names: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const recipients = useRequestRecipients(r.id);
  const exportCsv = useExportRequestRecipients(r.id);
  return (
    <Section
      id="recipients"
      title={t('requests.recipients.title')}
      actions={
        <Button variant="default" size="sm" onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
          {t('requests.recipients.exportCsv')}
        </Button>
      }
    >
      <Stack>
        <Text size="sm" maw={760}>
          {t('requests.recipients.hint')}
        </Text>
        <FormError error={exportCsv.error} fallback={t('requests.recipients.exportFailed')} />
        <DataTable
          label={t('requests.recipients.title')}
          rows={recipients.data}
          isLoading={recipients.isLoading}
          error={recipients.error}
          emptyText={t('requests.recipients.none')}
          rowKey={(x) => x.recipientId}
          rowProps={(x) => ({ 'data-recipient-id': x.recipientId })}
          columns={[
            {
              id: 'recipient',
              header: t('requests.recipients.recipient'),
              rowHeader: true,
              cell: (x) => (
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {x.name}
                  </Text>
                  <Text size="xs">
                    {t(`marketing.recipientTypes.${x.type}`)} · {x.country}
                  </Text>
                </Stack>
              ),
            },
            {
              id: 'received',
              header: t('requests.recipients.received'),
              cell: (x) => (
                <Stack gap={2}>
                  <Text size="sm">{x.disclosureKinds.map((k) => t(`recipients.disclosureKinds.${k}`)).join(', ')}</Text>
                  <Text size="xs">
                    {t('requests.recipients.disclosed', { count: x.disclosures, first: format.date(x.firstDisclosedAt), last: format.date(x.lastDisclosedAt) })}
                  </Text>
                </Stack>
              ),
            },
            { id: 'persons', header: t('requests.recipients.persons'), cell: (x) => x.personIds.map((id) => names.get(id) ?? t('requests.erasure.personById', { id })).join(', ') },
            { id: 'webhook', header: t('requests.recipients.webhook'), cell: (x) => <WebhookNotices recipient={x} /> },
            { id: 'manual', header: t('requests.recipients.manual'), cell: (x) => <ManualNotices recipient={x} /> },
            {
              id: 'told',
              header: t('requests.recipients.told'),
              cell: (x) => (
                <Badge variant="light" color={x.told ? 'teal' : 'yellow'} style={{ textTransform: 'none', minWidth: 'max-content' }}>
                  {x.told ? t('requests.recipients.toldYes') : t('requests.recipients.toldNo')}
                </Badge>
              ),
            },
          ]}
        />
        {recipients.data && recipients.data.length > 0 && (
          <>
            <Divider />
            <ManualNoticeForm request={r} recipients={recipients.data} />
          </>
        )}
      </Stack>
    </Section>
  );
}

function WebhookNotices({ recipient: x }: { recipient: RequestRecipientDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!x.hasWebhook) return <Text size="sm">{t('requests.recipients.noWebhook')}</Text>;
  if (x.webhookNotices.length === 0) return <Text size="sm">{t('requests.recipients.noNotices')}</Text>;
  return (
    <List size="sm" listStyleType="none" spacing={4}>
      {x.webhookNotices.map((n) => (
        <List.Item key={n.id} data-delivery={n.delivery}>
          <Text size="sm" fw={600} span>
            {t(`requests.webhookDeliveries.${n.delivery}`)}
          </Text>{' '}
          · {t(`recipients.noticeTypes.${n.type}`)} · {t('requests.recipients.attempts', { count: n.attempts })}
          {n.deliveredAt && <> · {format.dateTime(n.deliveredAt)}</>}
          {n.lastResult && (
            <Text size="xs" c="dimmed">
              {t('requests.recipients.lastResult', { result: n.lastResult })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function ManualNotices({ recipient: x }: { recipient: RequestRecipientDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (x.manualNotices.length === 0) return <Text size="sm">–</Text>;
  return (
    <List size="sm" listStyleType="none" spacing={4}>
      {x.manualNotices.map((n) => (
        <List.Item key={n.id}>
          {t(`requests.manualNoticeMethods.${n.method}`)} · {format.dateTime(n.toldAt)} · {n.recordedBy}
          {n.note && (
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {n.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

type NoticeValues = { recipientId: string; method: string; toldAt: string; note: string };

function ManualNoticeForm({ request: r, recipients }: { request: RequestDto; recipients: RequestRecipientDto[] }) {
  const { t } = useTranslation();
  const record = useRecordManualNotice(r.id);
  const { register, handleSubmit, formState, setError, reset } = useForm<NoticeValues>({
    defaultValues: { recipientId: '', method: '', toldAt: toLocalInput(), note: '' },
  });
  const unmatched = useServerErrors(record.error, setError, ['method', 'toldAt', 'note']);
  return (
    <section aria-labelledby="manual-notice-title">
      <Title order={3} size="h5" id="manual-notice-title" mb={4}>
        {t('requests.recipients.recordTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" maw={760}>
        {t('requests.recipients.recordHint')}
      </Text>
      <form
        noValidate
        aria-labelledby="manual-notice-title"
        onSubmit={handleSubmit((v) =>
          record.mutate(
            {
              recipientId: v.recipientId,
              body: { method: v.method as ClosedSet<'ManualNoticeMethod'>, toldAt: localInputToIso(v.toldAt) ?? null, note: v.note.trim() || null },
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('requests.recipients.recorded') });
                reset({ recipientId: '', method: '', toldAt: toLocalInput(), note: '' });
              },
            },
          ),
        )}
      >
        <Stack gap="xs" maw={760}>
          <FormProblems error={record.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
          <Group align="flex-start" grow>
            <NativeSelect
              label={t('requests.recipients.recipient')}
              required
              error={formState.errors.recipientId?.message}
              data={[{ value: '', label: t('requests.recipients.chooseRecipient') }, ...recipients.map((x) => ({ value: x.recipientId, label: x.name }))]}
              {...register('recipientId', { validate: (v) => v !== '' || t('validation.required') })}
            />
            <NativeSelect
              label={t('requests.recipients.method')}
              required
              error={formState.errors.method?.message}
              data={[
                { value: '', label: t('requests.recipients.chooseMethod') },
                ...manualNoticeMethodValues.map((m) => ({ value: m, label: t(`requests.manualNoticeMethods.${m}`) })),
              ]}
              {...register('method', { validate: (v) => v !== '' || t('validation.required') })}
            />
            <TextInput type="datetime-local" label={t('requests.recipients.toldAt')} error={formState.errors.toldAt?.message} {...register('toldAt')} />
          </Group>
          <Textarea label={t('requests.recipients.note')} autosize minRows={2} maxLength={MAX_NOTE} error={formState.errors.note?.message} {...register('note')} />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('requests.recipients.recordButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
