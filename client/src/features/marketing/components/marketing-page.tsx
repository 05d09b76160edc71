import { useState } from 'react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import { useFormat } from '@/lib/format';
import { usePurposes } from '@/features/purposes';
import { useSelections } from '../api/selections';

const PAGE_SIZE = 25;

/** Saved direct-marketing selections, newest first. */
export function MarketingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const { data, isLoading, error } = useSelections({ page, pageSize: PAGE_SIZE });
  const purposes = usePurposes();
  const purposeName = (code: string) => purposes.data?.find((p) => p.code === code)?.name ?? code;

  return (
    <Stack>
      <PageHeader title={t('marketing.title')}>
        <Button component={Link} to="/marketing/new">
          {t('marketing.new')}
        </Button>
      </PageHeader>
      <Text c="dimmed" maw={760}>
        {t('marketing.intro')}
      </Text>
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.items.length === 0 ? (
          <Text c="dimmed">{t('marketing.empty')}</Text>
        ) : (
          <>
            <DataTable
              label={t('marketing.selections')}
              striped
              highlightOnHover
              rows={data.items}
              rowKey={(s) => s.id}
              rowProps={(s) => ({ 'data-selection-id': s.id })}
              minWidth={720}
              columns={[
                {
                  id: 'name',
                  header: t('marketing.name'),
                  cell: (s) => (
                    <Anchor component={Link} to={`/marketing/${s.id}`}>
                      {s.name}
                    </Anchor>
                  ),
                },
                { id: 'purpose', header: t('marketing.purpose'), cell: (s) => purposeName(s.purpose) },
                { id: 'channel', header: t('marketing.channel'), cell: (s) => <>{t(`consents.channels.${s.channel}`, s.channel)}</> },
                {
                  id: 'createdAt',
                  header: t('marketing.createdAt'),
                  cell: (s) => format.dateTime(s.createdAt),
                  cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
                },
                { id: 'createdBy', header: t('marketing.createdBy'), cell: (s) => s.createdBy },
              ]}
            />
            <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount} onChange={setPage} />
          </>
        ))}
    </Stack>
  );
}
