import { useState } from 'react';
import { Anchor, Badge, Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { DataTable } from '@/components/data-table';
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
      <DataTable
        label={t('nav.users')}
        striped
        highlightOnHover
        rows={data?.items}
        rowKey={(u) => u.id}
        isLoading={isLoading}
        error={error}
        columns={[
          {
            id: 'username',
            header: t('users.username'),
            cell: (u) => (
              <Anchor component={Link} to={`/users/${u.id}`}>
                {u.username}
              </Anchor>
            ),
          },
          { id: 'displayName', header: t('users.displayName'), cell: (u) => u.displayName },
          { id: 'accessLevel', header: t('users.accessLevel'), cell: (u) => t(`accessLevels.${u.accessLevel}`, u.accessLevel) },
          {
            id: 'status',
            header: t('users.status'),
            cell: (u) => (
              <>
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
              </>
            ),
          },
        ]}
        paging={data && { page, pageSize: PAGE_SIZE, totalCount: data.totalCount ?? 0, onChange: setPage }}
      />
    </Stack>
  );
}
