import { useState } from 'react';
import { Anchor, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { usePurposes } from '@/features/purposes';
import { useDisclosure } from '../api/disclosures';
import { KindBadge } from './kind-badge';

export const PERSONS_PAGE_SIZE = 100;

/** One disclosure: to whom, why, on what basis, which data, when, by whom, and exactly which persons. */
export function DisclosurePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const canReadRecipients = usePermission('recipients.read');
  const canSelect = usePermission('marketing.select');
  const { data: d, isLoading, error } = useDisclosure(id);
  const purposes = usePurposes();
  const [page, setPage] = useState(1);

  if (!d) return <QueryState isLoading={isLoading} error={error} />;

  const purpose = purposes.data?.find((p) => p.code === d.purpose)?.name ?? d.purpose;
  const persons = d.personIds.slice((page - 1) * PERSONS_PAGE_SIZE, page * PERSONS_PAGE_SIZE);
  const personsTitle = t('disclosures.personsTitle', { count: d.personCount, formatted: format.count(d.personCount) });

  return (
    <Stack>
      <Anchor component={Link} to={`/disclosures${from}`} size="sm">
        ← {t('disclosures.back')}
      </Anchor>
      <PageHeader title={t('disclosures.detailTitle', { recipient: d.recipientName })} />
      <Card withBorder>
        <DetailList
          items={[
            {
              label: t('disclosures.recipient'),
              value: canReadRecipients ? (
                <Anchor component={Link} to={`/recipients/${d.recipientId}`}>
                  {d.recipientName}
                </Anchor>
              ) : (
                d.recipientName
              ),
            },
            { label: t('disclosures.kind'), value: <KindBadge kind={d.kind} /> },
            { label: t('disclosures.at'), value: format.dateTime(d.at) },
            { label: t('disclosures.purpose'), value: purpose },
            { label: t('disclosures.legalBasis'), value: t(`disclosures.legalBases.${d.legalBasis}`, d.legalBasis) },
            { label: t('disclosures.dataCategories'), value: d.dataCategories.join(', ') },
            { label: t('disclosures.legalReference'), value: d.legalReference },
            {
              label: t('disclosures.selection'),
              value: d.selectionId ? (
                canSelect ? (
                  <Anchor component={Link} to={`/marketing/${d.selectionId}`}>
                    {t('disclosures.openSelection')}
                  </Anchor>
                ) : (
                  <Code>{d.selectionId}</Code>
                )
              ) : null,
            },
            { label: t('disclosures.madeBy'), value: d.madeBy },
          ]}
        />
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {personsTitle}
          </Title>
          {d.personIds.length === 0 ? (
            <Text c="dimmed">{t('disclosures.noPersonIds')}</Text>
          ) : (
            <>
              <DataTable
                label={t('disclosures.persons')}
                withTableBorder
                striped
                maw={560}
                rows={persons}
                rowKey={(pid) => pid}
                columns={[
                  {
                    id: 'number',
                    header: '#',
                    headerProps: { w: 64, ta: 'right' },
                    cellProps: () => ({ ta: 'right', c: 'dimmed' }),
                    cell: (_pid, i) => (page - 1) * PERSONS_PAGE_SIZE + i + 1,
                  },
                  {
                    id: 'personId',
                    header: t('disclosures.personId'),
                    cell: (pid) => (
                      <Anchor component={Link} to={`/persons/${pid}`} ff="monospace" size="sm">
                        {pid}
                      </Anchor>
                    ),
                  },
                ]}
              />
              {d.personIds.length > PERSONS_PAGE_SIZE && (
                <Pager page={page} pageSize={PERSONS_PAGE_SIZE} totalCount={d.personIds.length} onChange={setPage} />
              )}
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
