import { useState } from 'react';
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
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
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover aria-label={t('marketing.selections')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('marketing.name')}</Table.Th>
                    <Table.Th>{t('marketing.purpose')}</Table.Th>
                    <Table.Th>{t('marketing.channel')}</Table.Th>
                    <Table.Th>{t('marketing.createdAt')}</Table.Th>
                    <Table.Th>{t('marketing.createdBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((s) => (
                    <Table.Tr key={s.id} data-selection-id={s.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/marketing/${s.id}`}>
                          {s.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{purposeName(s.purpose)}</Table.Td>
                      <Table.Td>{t(`consents.channels.${s.channel}`, s.channel)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(s.createdAt)}</Table.Td>
                      <Table.Td>{s.createdBy}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount} onChange={setPage} />
          </>
        ))}
    </Stack>
  );
}
