import type { MouseEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/form-error';
import { PageHeader } from '@/components/page-header';
import { requestStatusValues, requestTypeValues } from '@/api/schema';
import { useFormat } from '@/lib/format';
import { useHandlers } from '../api/handlers';
import { useExportRequests, useRequests } from '../api/requests';
import { hasFilters, readFilters, toQuery, writeFilters, type RequestFilters } from '../lib/filters';
import { DueMarker } from './due-marker';

const PAGE_SIZE = 25;

/** The data subjects' requests: open ones first by due date (as the API orders them), filtered by status, type and assignee. */
export function RequestsInboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { data, isLoading, error } = useRequests(toQuery(filters, PAGE_SIZE));
  const { handlers, nameOf } = useHandlers();
  const exportCsv = useExportRequests();

  const set = (change: Partial<RequestFilters>) => setParams(writeFilters({ ...filters, page: 1, ...change }), { replace: true });
  const search = params.toString() ? `?${params.toString()}` : '';
  const open = (id: string) => navigate(`/requests/${id}`, { state: { from: search } });

  return (
    <Stack>
      <PageHeader title={t('requests.inboxTitle')}>
        <Button variant="default" loading={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
          {t('requests.exportCsv')}
        </Button>
        <Button component={Link} to="/requests/new">
          {t('requests.register')}
        </Button>
      </PageHeader>
      <Text c="dimmed" maw={760}>
        {t('requests.inboxIntro')}
      </Text>
      <FormError error={exportCsv.error} fallback={t('requests.exportFailed')} />
      <form role="search" aria-label={t('requests.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} maw={900}>
          <NativeSelect
            label={t('requests.status')}
            value={filters.status}
            onChange={(e) => set({ status: e.currentTarget.value as RequestFilters['status'] })}
            data={[{ value: '', label: t('common.all') }, ...requestStatusValues.map((s) => ({ value: s, label: t(`requests.statuses.${s}`) }))]}
          />
          <NativeSelect
            label={t('requests.type')}
            value={filters.type}
            onChange={(e) => set({ type: e.currentTarget.value as RequestFilters['type'] })}
            data={[{ value: '', label: t('common.all') }, ...requestTypeValues.map((v) => ({ value: v, label: t(`requests.types.${v}`) }))]}
          />
          <NativeSelect
            label={t('requests.assignee')}
            value={filters.assigneeId}
            onChange={(e) => set({ assigneeId: e.currentTarget.value })}
            data={[{ value: '', label: t('common.all') }, ...handlers.map((h) => ({ value: h.id, label: h.name }))]}
          />
        </SimpleGrid>
        {hasFilters(filters) && (
          <Group mt="xs">
            <Button variant="subtle" size="compact-sm" onClick={() => setParams({}, { replace: true })}>
              {t('requests.clearFilters')}
            </Button>
          </Group>
        )}
      </form>
      <DataTable
        label={t('requests.inboxTitle')}
        striped
        highlightOnHover
        verticalSpacing="sm"
        rows={data?.items}
        isLoading={isLoading}
        error={error}
        emptyText={hasFilters(filters) ? t('requests.noneMatch') : t('requests.empty')}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-request-id': r.id, onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        minWidth={980}
        columns={[
          {
            id: 'due',
            header: t('requests.dueOn'),
            cell: (r) => <DueMarker dueOn={r.dueOn} overdue={r.overdue} dueSoon={r.dueSoon} />,
          },
          {
            id: 'requester',
            header: t('requests.requester'),
            rowHeader: true,
            cell: (r) => (
              <>
                {/* The link is the keyboard's way in; a click anywhere on the row does the same. */}
                <Anchor
                  component={Link}
                  to={`/requests/${r.id}`}
                  state={{ from: search }}
                  onClick={(e: MouseEvent) => e.stopPropagation()}
                  aria-label={t('requests.openLabel', { requester: r.requesterInitials, type: t(`requests.types.${r.type}`), due: format.date(r.dueOn) })}
                >
                  {r.requesterInitials}
                </Anchor>
                {r.requesterMaskedEmail && (
                  <Text size="xs" c="dimmed">
                    {r.requesterMaskedEmail}
                  </Text>
                )}
              </>
            ),
          },
          { id: 'type', header: t('requests.type'), cell: (r) => t(`requests.types.${r.type}`) },
          {
            id: 'status',
            header: t('requests.status'),
            cell: (r) => (
              <>
                {t(`requests.statuses.${r.status}`)}
                {r.extended && r.status !== 'extended' && (
                  <Text size="xs" c="dimmed">
                    {t('requests.wasExtended')}
                  </Text>
                )}
              </>
            ),
          },
          { id: 'received', header: t('requests.receivedAt'), cell: (r) => format.dateTime(r.receivedAt), cellProps: () => ({ style: { whiteSpace: 'nowrap' } }) },
          { id: 'channel', header: t('requests.channel'), cell: (r) => t(`requests.channels.${r.channel}`) },
          { id: 'assignee', header: t('requests.assignee'), cell: (r) => nameOf(r.assigneeId) ?? t('requests.unassigned') },
          {
            id: 'persons',
            header: t('requests.personCount'),
            cell: (r) => format.count(r.personCount),
            headerProps: { ta: 'right' },
            cellProps: () => ({ ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } }),
          },
        ]}
        paging={data ? { page: filters.page, pageSize: PAGE_SIZE, totalCount: data.totalCount, onChange: (page) => setParams(writeFilters({ ...filters, page })) } : undefined}
      />
    </Stack>
  );
}
