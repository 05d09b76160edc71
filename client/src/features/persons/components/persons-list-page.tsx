import { useState } from 'react';
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { usePermission } from '@/lib/auth';
import { useDebounced } from '@/lib/use-debounced';
import { usePersons } from '../api/get-persons';

const PAGE_SIZE = 20;

export function PersonsListPage() {
  const { t } = useTranslation();
  const canWrite = usePermission('persons.write');
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const [q, setQ] = useState(params.get('q') ?? '');
  const debouncedQ = useDebounced(q.trim(), 250);
  const { data, isLoading, error } = usePersons({ q: debouncedQ, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <PageHeader title={t('nav.persons')}>
        {canWrite && (
          <Button component={Link} to="/persons/new">
            {t('person.new')}
          </Button>
        )}
      </PageHeader>
      <TextInput
        label={t('common.filter')}
        value={q}
        w={400}
        maw="100%"
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setParams({ q: e.currentTarget.value }, { replace: true });
        }}
      />
      <DataTable
        label={t('nav.persons')}
        striped
        highlightOnHover
        rows={data?.items}
        rowKey={(p) => p.id}
        isLoading={isLoading}
        error={error}
        columns={[
          {
            id: 'name',
            header: t('person.name'),
            cell: (p) => (
              <Anchor component={Link} to={`/persons/${p.id}`}>
                {p.lastName}, {p.firstName}
              </Anchor>
            ),
          },
          { id: 'email', header: t('person.email'), cell: (p) => p.email },
          { id: 'phone', header: t('person.phone'), cell: (p) => p.phoneDisplay },
          { id: 'city', header: t('person.city'), cell: (p) => p.city },
        ]}
        paging={data && { page, pageSize: PAGE_SIZE, totalCount: data.totalCount ?? 0, onChange: (p) => setParams({ q, page: String(p) }) }}
      />
    </Stack>
  );
}
