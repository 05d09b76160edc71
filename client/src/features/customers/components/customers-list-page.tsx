import { useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '@/components/pager';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useDebounced } from '@/lib/use-debounced';
import { useCustomers } from '../api/get-customers';

const PAGE_SIZE = 20;

export function CustomersListPage() {
  const { t } = useTranslation();
  const canWrite = usePermission('customers.write');
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const type = params.get('type') ?? '';
  const [q, setQ] = useState(params.get('q') ?? '');
  const debouncedQ = useDebounced(q.trim(), 250);
  const { data, isLoading, error } = useCustomers({ q: debouncedQ, type, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <PageHeader title={t('nav.customers')}>
        {canWrite && (
          <Button component={Link} to="/customers/new">
            {t('customer.new')}
          </Button>
        )}
      </PageHeader>
      <Group align="flex-end">
        <TextInput
          label={t('common.filter')}
          value={q}
          w={400}
          maw="100%"
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setParams({ q: e.currentTarget.value, type }, { replace: true });
          }}
        />
        <NativeSelect
          label={t('customer.type')}
          value={type}
          onChange={(e) => setParams({ q, type: e.currentTarget.value })}
          data={[
            { value: '', label: t('common.all') },
            { value: 'organisation', label: t('customer.types.organisation') },
            { value: 'consumer', label: t('customer.types.consumer') },
          ]}
        />
      </Group>
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          <Table striped highlightOnHover aria-label={t('nav.customers')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customer.customerNumber')}</Table.Th>
                <Table.Th>{t('customer.name')}</Table.Th>
                <Table.Th>{t('customer.type')}</Table.Th>
                <Table.Th>{t('customer.businessId')}</Table.Th>
                <Table.Th>{t('person.city')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.customerNumber}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/customers/${c.id}`}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`customer.types.${c.type}`, c.type)}</Table.Td>
                  <Table.Td>{c.businessId}</Table.Td>
                  <Table.Td>{c.city}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.items.length === 0 && <Text c="dimmed">{t('common.noRows')}</Text>}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={data.totalCount ?? 0}
            onChange={(p) => setParams({ q, type, page: String(p) })}
          />
        </>
      )}
    </Stack>
  );
}
