import { useState } from 'react';
import { Alert, Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import { useFormat } from '@/lib/format';
import { useImport, useMatches, useRegisters } from '../api/registers';
import { ImportStatus } from './import-status';

const PAGE_SIZE = 50;

/** The persons one import matched, by the file's line, with why. */
export function ImportMatchesPage() {
  const { id = '', importId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const registers = useRegisters();
  const register = registers.data?.find((r) => r.id === id);
  const item = useImport(id, importId);
  const { data, isLoading, error } = useMatches({ registerId: id, importId, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Anchor component={Link} to={`/prohibition-registers/${id}?import=${importId}`} size="sm">
        ← {register?.name ?? t('registers.back')}
      </Anchor>
      <PageHeader
        title={
          item.data
            ? t('registers.matchesTitle', { file: item.data.fileName, date: format.date(item.data.fileDate) })
            : t('registers.matches')
        }
      />
      {item.data && (
        <Card withBorder>
          <ImportStatus item={item.data} matchesLink={false} />
        </Card>
      )}
      {item.data && !item.data.inForce && item.data.status === 'completed' && (
        <Alert color="gray" variant="light">
          {t('registers.notInForceNote')}
        </Alert>
      )}
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.items.length === 0 ? (
          <Text c="dimmed">{t('registers.noMatches')}</Text>
        ) : (
          <>
            <DataTable
              label={t('registers.matchesTable')}
              withTableBorder
              striped
              rows={data.items}
              rowKey={(m) => `${m.line}-${m.personId}`}
              rowProps={(m) => ({ 'data-person-id': m.personId })}
              minWidth={560}
              columns={[
                {
                  id: 'line',
                  header: t('registers.line'),
                  cell: (m) => m.line,
                  headerProps: { w: 90 },
                  cellProps: () => ({ style: { fontVariantNumeric: 'tabular-nums' } }),
                },
                {
                  id: 'person',
                  header: t('registers.person'),
                  cell: (m) => (
                    <Anchor component={Link} to={`/persons/${m.personId}`}>
                      {m.firstName} {m.lastName}
                    </Anchor>
                  ),
                },
                {
                  id: 'reasons',
                  header: t('registers.reasons'),
                  cell: (m) => (
                    <Group gap={4}>
                      {m.reasons.map((r) => (
                        <Badge key={r} variant="light" color="orange">
                          {t(`registerMatchReasons.${r}`, r)}
                        </Badge>
                      ))}
                    </Group>
                  ),
                },
              ]}
            />
            <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount} onChange={setPage} />
          </>
        ))}
    </Stack>
  );
}
