import { useState } from 'react';
import { Anchor, Code, Group, Stack, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '@/components/pager';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useDebounced } from '@/lib/use-debounced';
import { useFormat } from '@/lib/format';
import { useAudit } from '../api/get-audit';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const format = useFormat();
  const debounced = useDebounced(action.trim(), 300);
  const { data, isLoading, error } = useAudit({ page, pageSize: PAGE_SIZE, action: debounced });

  return (
    <Stack>
      <PageHeader title={t('nav.audit')} />
      <TextInput
        label={t('audit.action')}
        value={action}
        w={300}
        onChange={(e) => {
          setAction(e.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          <Table striped aria-label={t('nav.audit')} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.user')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.targets')}</Table.Th>
                <Table.Th>{t('audit.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{format.dateTime(row.at)}</Table.Td>
                  <Table.Td>{row.username ?? row.userId ?? '–'}</Table.Td>
                  <Table.Td>
                    <Code>{row.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {(row.personIds ?? []).map((id) => (
                        <Anchor key={id} component={Link} to={`/persons/${id}`} size="sm">
                          {t('audit.person')}
                        </Anchor>
                      ))}
                      {(row.customerIds ?? []).map((id) => (
                        <Anchor key={id} component={Link} to={`/customers/${id}`} size="sm">
                          {t('audit.customer')}
                        </Anchor>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{(row.fields ?? []).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount ?? 0} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
