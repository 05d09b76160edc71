import { useMemo, useState } from 'react';
import { Badge, Button, Card, Group, List, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableColumn } from '@/components/data-table';
import { QueryState } from '@/components/query-state';
import { consentSourceValues } from '@/api/schema';
import { CONSENT_CHANNELS, PROHIBITION_CHANNELS, type ConsentEventDto, type ConsentStateDto, type PurposeDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { usePurposes } from '@/features/purposes';
import { useConsents, useRecordConsent } from '../api/consents';
import { FormProblems } from '@/components/form-problems';
import type { ClosedSet } from '@/api/types';

type Action = ClosedSet<'ConsentAction'>;
type Editing = { purpose: string; channel: string; action: Action };

/** The state of one purpose on one channel: its own entry, else one for all channels (general, no product group). */
function stateOf(current: ConsentStateDto[], purpose: string, channel: string): ConsentStateDto | undefined {
  const general = current.filter((c) => c.purpose === purpose && !c.productGroupId);
  return general.find((c) => c.channel === channel) ?? general.find((c) => c.channel === 'all');
}

/**
 * Consents per purpose and channel, with Give/Withdraw (consents.write), the purposes that need no
 * consent (with their legal basis) and the whole consent ledger, newest first.
 */
export function ConsentsPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const canWrite = usePermission('consents.write');
  const purposes = usePurposes();
  const consents = useConsents(personId);
  const [editing, setEditing] = useState<Editing | null>(null);

  const all = useMemo(() => purposes.data ?? [], [purposes.data]);
  const consentBased = all.filter((p) => p.legalBasis === 'consent');
  const others = all.filter((p) => p.legalBasis !== 'consent');
  const names = useMemo(() => new Map(all.map((p) => [p.code, p.name])), [all]);

  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('consents.title')}
        </Title>
        {!purposes.data || !consents.data ? (
          <QueryState isLoading={purposes.isLoading || consents.isLoading} error={purposes.error ?? consents.error} />
        ) : (
          <>
            {consentBased.length === 0 ? (
              <Text c="dimmed">{t('consents.noConsentPurposes')}</Text>
            ) : (
              <DataTable
                label={t('consents.stateTable')}
                withTableBorder
                minWidth={640}
                rows={consentBased}
                rowKey={(p) => p.id}
                rowProps={(p) => ({ 'data-purpose': p.code })}
                columns={[
                  { id: 'purpose', header: t('consents.purpose'), rowHeader: true, cell: (p) => p.name, cellProps: () => ({ fw: 500 }) },
                  ...CONSENT_CHANNELS.map(
                    (c): DataTableColumn<PurposeDto> => ({
                      id: c,
                      header: t(`consents.channels.${c}`),
                      cellProps: () => ({ 'data-channel': c }),
                      cell: (p) => (
                        <ConsentCell
                          purpose={p}
                          channel={c}
                          state={stateOf(consents.data.current, p.code, c)}
                          canWrite={canWrite}
                          onAction={(action) => setEditing({ purpose: p.code, channel: c, action })}
                        />
                      ),
                    }),
                  ),
                ]}
              />
            )}

            {others.length > 0 && <OtherPurposes purposes={others} />}

            <ConsentHistory history={consents.data.history} names={names} />
          </>
        )}
      </Stack>
      {editing && (
        <ConsentDialog
          key={`${editing.purpose}-${editing.channel}-${editing.action}`}
          personId={personId}
          editing={editing}
          purposes={consentBased}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

/** One purpose on one channel: its state and, with consents.write, Give or Withdraw (a dialog asks for the evidence). */
function ConsentCell({
  purpose,
  channel,
  state,
  canWrite,
  onAction,
}: {
  purpose: PurposeDto;
  channel: string;
  state: ConsentStateDto | undefined;
  canWrite: boolean;
  onAction: (action: Action) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const given = state?.state === 'given';
  const channelName = t(`consents.channels.${channel}`, channel);
  return (
    <Stack gap={4} align="flex-start">
      {state ? (
        <Badge color={given ? 'teal' : 'gray'} variant="light" title={t('consents.since', { date: format.dateTime(state.since) })}>
          {t(`consents.state.${state.state}`, state.state)}
        </Badge>
      ) : (
        <Badge color="gray" variant="outline">
          {t('consents.state.none')}
        </Badge>
      )}
      {canWrite && (
        <Button
          size="compact-xs"
          variant={given ? 'default' : 'light'}
          color={given ? undefined : 'teal'}
          aria-label={t(given ? 'consents.withdrawLabel' : 'consents.giveLabel', { purpose: purpose.name, channel: channelName })}
          onClick={() => onAction(given ? 'withdrawn' : 'given')}
        >
          {t(given ? 'consents.withdraw' : 'consents.give')}
        </Button>
      )}
    </Stack>
  );
}

function OtherPurposes({ purposes }: { purposes: PurposeDto[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('consents.otherPurposes')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('consents.otherPurposesHint')}
      </Text>
      <List size="sm" aria-label={t('consents.otherPurposes')}>
        {purposes.map((p) => (
          <List.Item key={p.id}>
            <Group gap="xs">
              <span>{p.name}</span>
              <Badge variant="light" color="blue">
                {t(`consents.legalBasis.${p.legalBasis}`, p.legalBasis)}
              </Badge>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

type Values = { purpose: string; channel: string; source: string; evidence: string };
const FIELDS = ['purpose', 'channel', 'source', 'evidence'] as const;

function ConsentDialog({
  personId,
  editing,
  purposes,
  onClose,
}: {
  personId: string;
  editing: Editing;
  purposes: PurposeDto[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordConsent();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: { purpose: editing.purpose, channel: editing.channel, source: 'phoneCall', evidence: '' },
  });
  const unmatched = useServerErrors(record.error, setError, FIELDS);
  const e = formState.errors;
  const title = t(editing.action === 'given' ? 'consents.giveTitle' : 'consents.withdrawTitle');

  const submit = handleSubmit((v) =>
    record.mutate(
      {
        personId,
        input: { purpose: v.purpose, channel: v.channel as ClosedSet<'Channel'>, productGroupId: null, action: editing.action, source: v.source as ClosedSet<'ConsentSource'>, evidence: v.evidence.trim() },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(editing.action === 'given' ? 'consents.givenSaved' : 'consents.withdrawnSaved') });
          onClose();
        },
      },
    ),
  );

  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <FormProblems error={record.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('consents.purpose')}
              error={e.purpose?.message}
              data={purposes.map((p) => ({ value: p.code, label: p.name }))}
              {...register('purpose')}
            />
            <NativeSelect
              label={t('consents.channel')}
              error={e.channel?.message}
              data={PROHIBITION_CHANNELS.map((c) => ({ value: c, label: t(`consents.channels.${c}`) }))}
              {...register('channel')}
            />
            <NativeSelect
              label={t('consents.source')}
              error={e.source?.message}
              data={consentSourceValues.map((s) => ({ value: s, label: t(`consents.sources.${s}`) }))}
              {...register('source')}
            />
          </SimpleGrid>
          <Textarea
            label={t('consents.evidence')}
            description={t('consents.evidenceHint')}
            required
            autosize
            minRows={3}
            data-autofocus
            error={e.evidence?.message}
            {...register('evidence', { validate: (v) => v.trim() !== '' || t('consents.evidenceRequired') })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} color={editing.action === 'given' ? 'teal' : 'red'}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ConsentHistory({ history, names }: { history: ConsentEventDto[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('consents.history')}
      </Title>
      {history.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('consents.historyEmpty')}
        </Text>
      ) : (
        <DataTable
          label={t('consents.history')}
          withTableBorder
          striped
          minWidth={720}
          rows={history}
          rowKey={(h) => h.id}
          rowProps={(h) => ({ 'data-consent-event-id': h.id })}
          columns={[
            { id: 'at', header: t('consents.at'), cell: (h) => format.dateTime(h.at), cellProps: () => ({ style: { whiteSpace: 'nowrap' } }) },
            { id: 'purpose', header: t('consents.purpose'), cell: (h) => names.get(h.purpose) ?? h.purpose },
            { id: 'channel', header: t('consents.channel'), cell: (h) => t(`consents.channels.${h.channel}`, h.channel) },
            {
              id: 'action',
              header: t('consents.action'),
              cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
              cell: (h) => (
                <Badge color={h.action === 'given' ? 'teal' : 'red'} variant="light" style={{ overflow: 'visible' }}>
                  {t(`consents.actions.${h.action}`, h.action)}
                </Badge>
              ),
            },
            { id: 'source', header: t('consents.source'), cell: (h) => t(`consents.sources.${h.source}`, h.source) },
            { id: 'evidence', header: t('consents.evidence'), cell: (h) => h.evidence, cellProps: () => ({ style: { whiteSpace: 'pre-wrap' } }) },
            { id: 'recordedBy', header: t('consents.recordedBy'), cell: (h) => h.recordedBy },
            { id: 'noticeVersion', header: t('notice.consentVersion'), cell: (h) => h.noticeVersion ?? '–' },
          ]}
        />
      )}
    </Stack>
  );
}
