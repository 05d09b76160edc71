import { useState } from 'react';
import { Anchor, Code, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '@/components/pager';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
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
          <DataTable
            label={t('nav.audit')}
            striped
            fz="sm"
            rows={data.items}
            rowKey={(row) => row.id}
            columns={[
              { id: 'at', header: t('audit.at'), cell: (row) => format.dateTime(row.at) },
              { id: 'user', header: t('audit.user'), cell: (row) => row.username ?? row.userId ?? '–' },
              { id: 'action', header: t('audit.action'), cell: (row) => <Code>{row.action}</Code> },
              {
                id: 'targets',
                header: t('audit.targets'),
                cell: (row) => (
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
                ),
              },
              { id: 'fields', header: t('audit.fields'), cell: (row) => (row.fields ?? []).join(', ') },
            ]}
          />
          <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount ?? 0} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
