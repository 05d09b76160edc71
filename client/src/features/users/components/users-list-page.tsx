import { useState } from 'react';
import { Anchor, Badge, Button, Stack, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '@/components/pager';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useDebounced } from '@/lib/use-debounced';
import { useUsers } from '../api/get-users';

const PAGE_SIZE = 25;

export function UsersListPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const debouncedQ = useDebounced(q.trim(), 250);
  const { data, isLoading, error } = useUsers({ q: debouncedQ, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <PageHeader title={t('nav.users')}>
        <Button component={Link} to="/users/new">
          {t('users.new')}
        </Button>
      </PageHeader>
      <TextInput
        label={t('common.filter')}
        value={q}
        w={400}
        maw="100%"
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          <Table striped highlightOnHover aria-label={t('nav.users')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.username')}</Table.Th>
                <Table.Th>{t('users.displayName')}</Table.Th>
                <Table.Th>{t('users.accessLevel')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/users/${u.id}`}>
                      {u.username}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{u.displayName}</Table.Td>
                  <Table.Td>{t(`accessLevels.${u.accessLevel}`, u.accessLevel)}</Table.Td>
                  <Table.Td>
                    {!u.enabled ? (
                      <Badge color="gray">{t('users.disabled')}</Badge>
                    ) : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                      <Badge color="red">{t('users.locked')}</Badge>
                    ) : (
                      <Badge color="teal">{t('users.active')}</Badge>
                    )}
                    {u.mustChangePassword && (
                      <Badge color="yellow" ml={4}>
                        {t('users.mustChangePassword')}
                      </Badge>
                    )}
                  </Table.Td>
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
