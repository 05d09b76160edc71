import { Alert, Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClosedSet, RegisterImportDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import { errorsShown, progressPercent, STATUS_COLORS } from '../lib/imports';
import { DataTable } from '@/components/data-table';

export function StatusBadge({ status }: { status: ClosedSet<'ImportStatus'> }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light">
      {t(`registers.status.${status}`, status)}
    </Badge>
  );
}

/** One import: a progress bar while it runs, then what it did — or which lines made it fail. */
export function ImportStatus({ item, matchesLink = true }: { item: RegisterImportDto; matchesLink?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('registers.importOf', { file: item.fileName, date: format.date(item.fileDate) });

  if (item.status === 'running') {
    const percent = progressPercent(item);
    const phase = t(`registers.phase.${item.phase ?? 'queued'}`, item.phase ?? '');
    return (
      <Stack gap={6} aria-live="polite" data-testid="import-status" data-status={item.status}>
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
            aria-label={t('registers.progressLabel')}
            aria-valuetext={percent === null ? phase : `${phase}: ${percent} %`}
          />
        </Progress.Root>
        <Text size="sm">
          {phase}
          {percent !== null && ` · ${percent.toLocaleString()} %`} · {t('registers.rowsSoFar', { rows: format.count(item.rowsRead) })}
        </Text>
      </Stack>
    );
  }

  if (item.status === 'completed')
    return (
      <Alert color="teal" title={title} data-testid="import-status" data-status={item.status}>
        <Stack gap={6}>
          <Text size="sm">{item.inForce ? t('registers.completedInForce') : t('registers.completedReplaced')}</Text>
          <Group gap="xl" aria-label={t('registers.summary')} role="group">
            <Stat label={t('registers.rowsRead')} value={format.count(item.rowsRead)} />
            <Stat label={t('registers.matches')} value={format.count(item.matches)} />
            <Stat label={t('registers.matchedPersons')} value={format.count(item.matchedPersons)} />
            <Stat label={t('registers.encoding')} value={item.encoding ?? '–'} />
            <Stat label={t('registers.finishedAt')} value={format.dateTime(item.finishedAt)} />
          </Group>
          {matchesLink && item.matches > 0 && (
            <Anchor component={Link} to={`/prohibition-registers/${item.registerId}/imports/${item.id}`} size="sm" fw={600}>
              {t('registers.showMatches')}
            </Anchor>
          )}
        </Stack>
      </Alert>
    );

  const { shown, total, truncated } = errorsShown(item);
  return (
    <Alert color="red" title={title} role="alert" data-testid="import-status" data-status={item.status}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('registers.failedSummary', { count: total, formatted: format.count(total) })}
        </Text>
        <Text size="sm">{t('registers.nothingChanged')}</Text>
        {shown > 0 && (
          <DataTable
            label={t('registers.badLines')}
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
                header: t('registers.line'),
                headerProps: { w: 90 },
                cellProps: () => ({ style: { fontVariantNumeric: 'tabular-nums' } }),
                cell: (err) => (err.line > 0 ? err.line : '–'),
              },
              { id: 'problem', header: t('registers.problem'), cell: (err) => err.message },
            ]}
          />
        )}
        {truncated && (
          <Text size="xs" c="dimmed">
            {t('registers.errorsTruncated', { shown: format.count(shown), total: format.count(total) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }} data-stat={label}>
        {value}
      </Text>
    </Stack>
  );
}
