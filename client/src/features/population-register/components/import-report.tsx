import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClosedSet, PopulationImportDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { useFormat } from '@/lib/format';
import { errorsShown, progressPercent, STATUS_COLORS } from '@/lib/imports';

export function StatusBadge({ status }: { status: ClosedSet<'ImportStatus'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light">
      {t(`populationRegister.status.${status}`, status)}
    </Badge>
  );
}

/** One change-file import: a progress bar while it runs, then what it changed — or which lines made it fail (nothing changed). */
export function ImportReport({ item }: { item: PopulationImportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('populationRegister.importOf', { file: item.fileName, at: format.dateTime(item.startedAt) });

  if (item.status === 'running') {
    const percent = progressPercent(item);
    const phase = t(`populationRegister.phase.${item.phase ?? 'queued'}`, item.phase ?? '');
    return (
      <Stack gap={6} aria-live="polite" data-testid="population-import" data-status={item.status}>
        <Group justify="space-between">
          <Text fw={600}>{title}</Text>
          <StatusBadge status={item.status} />
        </Group>
        <Progress.Root size="lg">
          <Progress.Section
            value={percent ?? 100}
            color={percent === null ? 'blue.3' : undefined}
            striped={percent === null}
            animated={percent === null}
            withAria={false}
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
            aria-label={t('populationRegister.progressLabel')}
            aria-valuetext={percent === null ? phase : `${phase}: ${percent} %`}
          />
        </Progress.Root>
        <Text size="sm">
          {phase}
          {percent !== null && ` · ${percent.toLocaleString()} %`} · {t('populationRegister.rowsSoFar', { rows: format.count(item.rowsRead) })}
        </Text>
      </Stack>
    );
  }

  if (item.status === 'completed') {
    const stats: [string, number][] = [
      ['rowsRead', item.rowsRead],
      ['updatedPersons', item.updatedPersons],
      ['unmatchedRows', item.unmatchedRows],
      ['nameChanges', item.nameChanges],
      ['addressChanges', item.addressChanges],
      ['addressesWithheld', item.addressesWithheld],
      ['markingsSet', item.markingsSet],
      ['markingsCleared', item.markingsCleared],
      ['deaths', item.deaths],
      ['codeCorrections', item.codeCorrections],
    ];
    return (
      <Alert color="teal" title={title} data-testid="population-import" data-status={item.status}>
        <Stack gap={6}>
          <Text size="sm">{t('populationRegister.completed')}</Text>
          <Group gap="xl" aria-label={t('populationRegister.summary')} role="group">
            {stats.map(([key, value]) => (
              <Stat key={key} id={key} label={t(`populationRegister.stats.${key}`)} value={format.count(value)} />
            ))}
          </Group>
          {item.unmatchedRows > 0 && <Text size="sm">{t('populationRegister.unmatchedHint')}</Text>}
        </Stack>
      </Alert>
    );
  }

  const { shown, total, truncated } = errorsShown(item);
  return (
    <Alert color="red" title={title} role="alert" data-testid="population-import" data-status={item.status}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('populationRegister.failedSummary', { count: total, formatted: format.count(total) })}
        </Text>
        <Text size="sm">{t('populationRegister.nothingChanged')}</Text>
        {shown > 0 && (
          <DataTable
            label={t('populationRegister.badLines')}
            withTableBorder
            fz="sm"
            bg="var(--mantine-color-body)"
            verticalSpacing={4}
            minWidth={420}
            rows={item.errors}
            rowKey={(err, i) => `${err.line}-${i}`}
            rowProps={(err) => ({ 'data-line': err.line })}
            columns={[
              {
                id: 'line',
                header: t('populationRegister.line'),
                headerProps: { w: 90 },
                cellProps: () => ({ style: { fontVariantNumeric: 'tabular-nums' } }),
                cell: (err) => (err.line > 0 ? err.line : '–'),
              },
              { id: 'problem', header: t('populationRegister.problem'), cell: (err) => err.message },
            ]}
          />
        )}
        {truncated && (
          <Text size="xs" c="dimmed">
            {t('populationRegister.errorsTruncated', { shown: format.count(shown), total: format.count(total) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

function Stat({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }} data-stat={id}>
        {value}
      </Text>
    </Stack>
  );
}
