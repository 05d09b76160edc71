import { useState } from 'react';
import { Anchor, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '@/components/pager';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
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
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          <Table striped highlightOnHover aria-label={t('nav.persons')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('person.name')}</Table.Th>
                <Table.Th>{t('person.email')}</Table.Th>
                <Table.Th>{t('person.phone')}</Table.Th>
                <Table.Th>{t('person.city')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/persons/${p.id}`}>
                      {p.lastName}, {p.firstName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.email}</Table.Td>
                  <Table.Td>{p.phoneDisplay}</Table.Td>
                  <Table.Td>{p.city}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.items.length === 0 && <Text c="dimmed">{t('common.noRows')}</Text>}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            totalCount={data.totalCount ?? 0}
            onChange={(p) => setParams({ q, page: String(p) })}
          />
        </>
      )}
    </Stack>
  );
}
