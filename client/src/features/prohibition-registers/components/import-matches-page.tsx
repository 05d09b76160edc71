import { useState } from 'react';
import { Alert, Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
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
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label={t('registers.matchesTable')} withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>{t('registers.line')}</Table.Th>
                    <Table.Th>{t('registers.person')}</Table.Th>
                    <Table.Th>{t('registers.reasons')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((m) => (
                    <Table.Tr key={`${m.line}-${m.personId}`} data-person-id={m.personId}>
                      <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{m.line}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/persons/${m.personId}`}>
                          {m.firstName} {m.lastName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {m.reasons.map((r) => (
                            <Badge key={r} variant="light" color="orange">
                              {t(`registerMatchReasons.${r}`, r)}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
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
