import { useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { DataTable } from '@/components/data-table';
import { usePermission } from '@/lib/auth';
import { useDebounced } from '@/lib/use-debounced';
import { useCustomers } from '../api/get-customers';
import { customerName } from './customer-name';

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
      <DataTable
        label={t('nav.customers')}
        striped
        highlightOnHover
        rows={data?.items}
        rowKey={(c) => c.id}
        isLoading={isLoading}
        error={error}
        columns={[
          { id: 'customerNumber', header: t('customer.customerNumber'), cell: (c) => c.customerNumber },
          {
            id: 'name',
            header: t('customer.name'),
            cell: (c) => (
              <Anchor component={Link} to={`/customers/${c.id}`}>
                {customerName(c.name, t)}
              </Anchor>
            ),
          },
          { id: 'type', header: t('customer.type'), cell: (c) => t(`customer.types.${c.type}`, c.type) },
          { id: 'businessId', header: t('customer.businessId'), cell: (c) => c.businessId },
          { id: 'city', header: t('person.city'), cell: (c) => c.city },
        ]}
        paging={
          data && {
            page,
            pageSize: PAGE_SIZE,
            totalCount: data.totalCount ?? 0,
            onChange: (p) => setParams({ q, type, page: String(p) }),
          }
        }
      />
    </Stack>
  );
}
