import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/form-error';
import { useFormat } from '@/lib/format';
import { useDryRun, useRetentionRuns, useStartRun } from '../api/retention';
import { usePeriodText } from './period-text';

const DRY_RUN_PAGE = 20;

/** What a run now would remove, rule by rule, with why (the rule's start and period) and the first ids. */
export function DryRunSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodText();
  const [page, setPage] = useState(1);
  const { data, isLoading, error, isFetching, refetch } = useDryRun(page, DRY_RUN_PAGE);
  const most = Math.max(0, ...(data?.rules.map((r) => r.count) ?? [0]));

  return (
    <section aria-labelledby="retention-dry-run">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="retention-dry-run">
          {t('retention.dryRun.title')}
        </Title>
        <Button variant="default" loading={isFetching} onClick={() => void refetch()}>
          {t('retention.dryRun.refresh')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm" mb="xs" maw={820}>
        {data ? t('retention.dryRun.intro', { date: format.date(data.asOf) }) : t('retention.dryRun.introPending')}
      </Text>
      <DataTable
        label={t('retention.dryRun.title')}
        withTableBorder
        striped
        verticalSpacing="sm"
        minWidth={760}
        rows={data?.rules}
        isLoading={isLoading}
        error={error}
        rowKey={(r) => `${r.category}:${r.target}`}
        rowProps={(r) => ({ 'data-target': r.target })}
        paging={most > DRY_RUN_PAGE ? { page, pageSize: DRY_RUN_PAGE, totalCount: most, onChange: setPage } : undefined}
        columns={[
          { id: 'target', header: t('retention.dryRun.target'), rowHeader: true, cell: (r) => t(`retention.targets.${r.target}`) },
          {
            id: 'why',
            header: t('retention.dryRun.why'),
            // Persons with no recorded basis are measured from their last change or contact, not from the basic rule's event.
            cell: (r) =>
              t(r.target === 'personsWithoutBasis' ? 'retention.dryRun.becauseWithoutBasis' : 'retention.dryRun.because', {
                category: t(`retention.categories.${r.category}`, r.category),
                period: period(r.period, r.unit),
                start: t(`retention.starts.${r.start}`),
              }),
          },
          { id: 'action', header: t('retention.rules.action'), cell: (r) => t(`retention.actions.${r.action}`) },
          { id: 'count', header: t('retention.dryRun.count'), headerProps: { ta: 'right' }, cellProps: () => ({ ta: 'right' }), cell: (r) => format.count(r.count) },
          {
            id: 'ids',
            header: t('retention.dryRun.ids'),
            cell: (r) =>
              r.ids.length === 0 ? (
                '–'
              ) : (
                <Text size="xs" style={{ wordBreak: 'break-all' }}>
                  {r.ids.map((id) => (
                    <Code key={id} mr={4}>
                      {id}
                    </Code>
                  ))}
                </Text>
              ),
          },
        ]}
      />
    </section>
  );
}

/** The runs, newest first, and starting one now after a confirmation. */
export function RunsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState(false);
  const { data, isLoading, error } = useRetentionRuns(page);
  const count = (n: number) => format.count(n);

  return (
    <section aria-labelledby="retention-runs">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="retention-runs">
          {t('retention.runs.title')}
        </Title>
        <Button color="red" onClick={() => setConfirming(true)}>
          {t('retention.runs.runNow')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm" mb="xs" maw={820}>
        {t('retention.runs.intro')}
      </Text>
      <DataTable
        label={t('retention.runs.title')}
        withTableBorder
        striped
        verticalSpacing="sm"
        minWidth={860}
        rows={data?.items}
        isLoading={isLoading}
        error={error}
        emptyText={t('retention.runs.empty')}
        rowKey={(r) => r.id}
        paging={data ? { page, pageSize: data.pageSize, totalCount: data.totalCount, onChange: setPage } : undefined}
        columns={[
          { id: 'startedAt', header: t('retention.runs.startedAt'), rowHeader: true, cell: (r) => format.dateTime(r.startedAt) },
          { id: 'trigger', header: t('retention.runs.trigger'), cell: (r) => `${t(`retention.triggers.${r.trigger}`)} · ${r.startedBy}` },
          { id: 'contacts', header: t('retention.targets.contactEntries'), cellProps: () => ({ ta: 'right' }), cell: (r) => count(r.contacts) },
          { id: 'recordings', header: t('retention.targets.recordingEntries'), cellProps: () => ({ ta: 'right' }), cell: (r) => count(r.recordings) },
          { id: 'invoices', header: t('retention.targets.invoiceEntries'), cellProps: () => ({ ta: 'right' }), cell: (r) => count(r.invoices) },
          { id: 'consents', header: t('retention.targets.consentEntries'), cellProps: () => ({ ta: 'right' }), cell: (r) => count(r.consentEvents) },
          { id: 'persons', header: t('retention.targets.lapsedPersons'), cellProps: () => ({ ta: 'right' }), cell: (r) => count(r.persons) },
          { id: 'customers', header: t('retention.targets.spentCustomers'), cellProps: () => ({ ta: 'right' }), cell: (r) => count(r.customers) },
          {
            id: 'other',
            header: t('retention.runs.otherRecords'),
            cellProps: () => ({ ta: 'right' }),
            cell: (r) => count(r.purchases + r.warranties + r.assets + r.remoteAccesses + r.problems + r.interests + r.contactPersonLinks),
          },
          {
            id: 'status',
            header: t('retention.runs.status'),
            cell: (r) =>
              r.status === 'running' && r.phase
                ? t('retention.runs.runningPhase', { phase: t(`retention.categories.${r.phase}`) })
                : t(`retention.statuses.${r.status}`),
          },
        ]}
      />
      {confirming && <RunNowModal onClose={() => setConfirming(false)} />}
    </section>
  );
}

function RunNowModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const run = useStartRun();
  return (
    <Modal opened onClose={onClose} title={t('retention.runs.confirmTitle')} centered>
      <Stack gap="sm">
        <Alert color="red" role="note">
          {t('retention.runs.confirm')}
        </Alert>
        <FormError error={run.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={run.isPending}
            onClick={() =>
              run.mutate(undefined, {
                onSuccess: (r) => {
                  notifications.show({
                    color: 'teal',
                    message: t('retention.runs.done', { count: r.contacts + r.recordings + r.invoices + r.consentEvents + r.persons + r.customers }),
                  });
                  onClose();
                },
              })
            }
          >
            {t('retention.runs.confirmButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
