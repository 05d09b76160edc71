import type { MouseEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { usePurposes } from '@/features/purposes';
import { useRecipients } from '@/features/recipients';
import { useDisclosures } from '../api/disclosures';
import { filterProblems, hasFilters, readFilters, toQuery, writeFilters, type DisclosureFilters } from '../lib/filters';
import { KindBadge } from './kind-badge';

const PAGE_SIZE = 25;

/** Every disclosure, newest first, filtered by recipient, person, purpose and period (the filters live in the URL). */
export function DisclosuresPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const canWrite = usePermission('disclosures.write');
  const canReadRecipients = usePermission('recipients.read');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const problems = filterProblems(filters);
  const { data, isLoading, error } = useDisclosures(toQuery(filters, PAGE_SIZE));
  const purposes = usePurposes();
  const recipients = useRecipients({ enabled: canReadRecipients });
  const purposeName = (code: string) => purposes.data?.find((p) => p.code === code)?.name ?? code;

  const set = (change: Partial<DisclosureFilters>) => setParams(writeFilters({ ...filters, page: 1, ...change }), { replace: true });
  const search = params.toString() ? `?${params.toString()}` : '';
  const open = (id: string) => navigate(`/disclosures/${id}`, { state: { from: search } });

  return (
    <Stack>
      <PageHeader title={t('disclosures.title')}>
        {canWrite && (
          <Button component={Link} to={filters.recipientId ? `/disclosures/new?recipientId=${filters.recipientId}` : '/disclosures/new'}>
            {t('disclosures.record')}
          </Button>
        )}
      </PageHeader>
      <Text c="dimmed" maw={760}>
        {t('disclosures.intro')}
      </Text>
      <form role="search" aria-label={t('disclosures.filters')} onSubmit={(e) => e.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          {canReadRecipients && (
            <NativeSelect
              label={t('disclosures.recipient')}
              value={filters.recipientId}
              onChange={(e) => set({ recipientId: e.currentTarget.value })}
              data={[
                { value: '', label: t('common.all') },
                ...[...(recipients.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((r) => ({ value: r.id, label: r.name })),
              ]}
            />
          )}
          <NativeSelect
            label={t('disclosures.purpose')}
            value={filters.purpose}
            onChange={(e) => set({ purpose: e.currentTarget.value })}
            data={[{ value: '', label: t('common.all') }, ...(purposes.data ?? []).map((p) => ({ value: p.code, label: p.name }))]}
          />
          <TextInput
            label={t('disclosures.personId')}
            description={t('disclosures.personIdHint')}
            autoComplete="off"
            spellCheck={false}
            value={filters.personId}
            error={problems.personId && t(`disclosures.${problems.personId}`)}
            onChange={(e) => set({ personId: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('disclosures.from')}
            value={filters.from}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('disclosures.to')}
            value={filters.to}
            error={problems.to && t(`disclosures.${problems.to}`)}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
        </SimpleGrid>
        {hasFilters(filters) && (
          <Group mt="xs">
            <Button variant="subtle" size="compact-sm" onClick={() => setParams({}, { replace: true })}>
              {t('disclosures.clearFilters')}
            </Button>
          </Group>
        )}
      </form>
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.items.length === 0 ? (
          <Text c="dimmed">{hasFilters(filters) ? t('disclosures.noneMatch') : t('disclosures.empty')}</Text>
        ) : (
          <>
            <DataTable
              label={t('disclosures.title')}
              striped
              highlightOnHover
              verticalSpacing="sm"
              rows={data.items}
              rowKey={(d) => d.id}
              rowProps={(d) => ({ 'data-disclosure-id': d.id, onClick: () => open(d.id), style: { cursor: 'pointer' } })}
              minWidth={920}
              columns={[
                {
                  id: 'at',
                  header: t('disclosures.at'),
                  cell: (d) => (
                    <>
                      {/* The link is the keyboard's way in; a click anywhere on the row does the same. */}
                      <Anchor
                        component={Link}
                        to={`/disclosures/${d.id}`}
                        state={{ from: search }}
                        onClick={(e: MouseEvent) => e.stopPropagation()}
                        aria-label={t('disclosures.openLabel', { recipient: d.recipientName, at: format.dateTime(d.at) })}
                      >
                        {format.dateTime(d.at)}
                      </Anchor>
                    </>
                  ),
                  cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
                },
                { id: 'recipient', header: t('disclosures.recipient'), cell: (d) => d.recipientName },
                { id: 'kind', header: t('disclosures.kind'), cell: (d) => <KindBadge kind={d.kind} /> },
                { id: 'purpose', header: t('disclosures.purpose'), cell: (d) => purposeName(d.purpose) },
                {
                  id: 'legalBasis',
                  header: t('disclosures.legalBasis'),
                  cell: (d) => <>{t(`disclosures.legalBases.${d.legalBasis}`, d.legalBasis)}</>,
                },
                { id: 'dataCategories', header: t('disclosures.dataCategories'), cell: (d) => d.dataCategories.join(', ') },
                {
                  id: 'persons',
                  header: t('disclosures.persons'),
                  cell: (d) => format.count(d.personCount),
                  headerProps: { ta: 'right' },
                  cellProps: () => ({ ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } }),
                },
                { id: 'madeBy', header: t('disclosures.madeBy'), cell: (d) => d.madeBy },
              ]}
            />
            <Pager
              page={filters.page}
              pageSize={PAGE_SIZE}
              totalCount={data.totalCount}
              onChange={(page) => setParams(writeFilters({ ...filters, page }))}
            />
          </>
        ))}
    </Stack>
  );
}
