import { useState } from 'react';
import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isStatus } from '@/api/problem';
import { periodUnitValues } from '@/api/schema';
import type { ClosedSet, FinancialYearDto, Language, RetentionRuleDto } from '@/api/types';
import { ConflictAlert } from '@/components/conflict-alert';
import { DataTable } from '@/components/data-table';
import { FormProblems } from '@/components/form-problems';
import { QueryState } from '@/components/query-state';
import { useServerErrors } from '@/lib/server-errors';
import { useFinancialYear, useReloadRetention, useRetentionRules, useUpdateFinancialYear, useUpdateRule } from '../api/retention';
import { usePeriodText } from './period-text';

/** The rule of every data category, each editable in place. */
export function RulesSection() {
  const { t, i18n } = useTranslation();
  const period = usePeriodText();
  const { data, isLoading, error } = useRetentionRules();
  const [editing, setEditing] = useState<string | null>(null);
  const lang = (i18n.resolvedLanguage ?? 'fi') as Language;
  const reason = (r: RetentionRuleDto) => ({ fi: r.reasonFi, sv: r.reasonSv, en: r.reasonEn })[lang] ?? r.reasonFi;

  return (
    <section aria-labelledby="retention-rules">
      <Title order={2} size="h3" id="retention-rules" mb="xs">
        {t('retention.rules.title')}
      </Title>
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <DataTable
          label={t('retention.rules.title')}
          withTableBorder
          striped
          verticalSpacing="sm"
          minWidth={860}
          rows={data}
          rowKey={(r) => r.category}
          rowProps={(r) => ({ 'data-category': r.category })}
          rowDetail={(r) =>
            editing === r.category
              ? { id: `rule-edit-${r.category}`, content: <RuleForm rule={r} onDone={() => setEditing(null)} /> }
              : null
          }
          columns={[
            { id: 'category', header: t('retention.rules.category'), rowHeader: true, cell: (r) => t(`retention.categories.${r.category}`, r.category) },
            { id: 'period', header: t('retention.rules.period'), cell: (r) => period(r.period, r.unit) },
            { id: 'start', header: t('retention.rules.start'), cell: (r) => t(`retention.starts.${r.start}`) },
            { id: 'action', header: t('retention.rules.action'), cell: (r) => t(`retention.actions.${r.action}`) },
            { id: 'reason', header: t('retention.rules.reason'), cell: (r) => <Text size="sm">{reason(r)}</Text> },
            {
              id: 'edit',
              header: t('retention.rules.edit'),
              cell: (r) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-expanded={editing === r.category}
                  aria-controls={editing === r.category ? `rule-edit-${r.category}` : undefined}
                  aria-label={t('retention.rules.editLabel', { category: t(`retention.categories.${r.category}`, r.category) })}
                  onClick={() => setEditing(editing === r.category ? null : r.category)}
                >
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

type RuleValues = {
  period: number | string;
  unit: ClosedSet<'PeriodUnit'>;
  start: ClosedSet<'RetentionStart'>;
  action: ClosedSet<'RetentionAction'>;
  reasonFi: string;
  reasonSv: string;
  reasonEn: string;
};

const RULE_FIELDS = ['period', 'unit', 'start', 'action', 'reasonFi', 'reasonSv', 'reasonEn'] as const;

function RuleForm({ rule, onDone }: { rule: RetentionRuleDto; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRule();
  const reload = useReloadRetention();
  const { register, control, handleSubmit, formState, setError } = useForm<RuleValues>({
    defaultValues: { period: rule.period, unit: rule.unit, start: rule.start, action: rule.action, reasonFi: rule.reasonFi, reasonSv: rule.reasonSv, reasonEn: rule.reasonEn },
  });
  const unmatched = useServerErrors(update.error, setError, RULE_FIELDS);
  const e = formState.errors;
  const required = (v: string) => v.trim() !== '' || t('validation.required');
  const category = t(`retention.categories.${rule.category}`, rule.category);

  const submit = handleSubmit((v) =>
    update.mutate(
      {
        category: rule.category,
        version: rule.version,
        input: { period: Number(v.period), unit: v.unit, start: v.start, action: v.action, reasonFi: v.reasonFi.trim(), reasonSv: v.reasonSv.trim(), reasonEn: v.reasonEn.trim() },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('retention.rules.saved', { category }) });
          onDone();
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('retention.rules.editLabel', { category })}>
      <Stack gap="sm" p="xs">
        {isStatus(update.error, 412) && <ConflictAlert message={t('retention.conflict')} onReload={() => void reload().then(onDone)} />}
        <FormProblems error={update.error} unmatched={unmatched} shownElsewhere={[412]} />
        <Group align="flex-start" wrap="wrap">
          <Controller
            control={control}
            name="period"
            rules={{ validate: (v) => (v !== '' && Number(v) >= 0) || t('validation.required') }}
            render={({ field }) => (
              <NumberInput label={t('retention.rules.period')} min={0} max={36600} allowDecimal={false} w={120} required error={e.period?.message} {...field} />
            )}
          />
          {/* Native selects: each offers only what the category can take. */}
          {(
            [
              ['unit', 140, periodUnitValues, 'retention.units'],
              ['start', 340, rule.allowedStarts, 'retention.starts'],
              ['action', 180, rule.allowedActions, 'retention.actions'],
            ] as const
          ).map(([name, width, values, labels]) => (
            <NativeSelect
              key={name}
              label={t(`retention.rules.${name}`)}
              w={width}
              data={(values as readonly string[]).map((v) => ({ value: v, label: t(`${labels}.${v}`) }))}
              error={e[name]?.message}
              {...register(name)}
            />
          ))}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Textarea label={t('retention.rules.reasonFi')} lang="fi" autosize minRows={3} maxLength={1000} required error={e.reasonFi?.message} {...register('reasonFi', { validate: required })} />
          <Textarea label={t('retention.rules.reasonSv')} lang="sv" autosize minRows={3} maxLength={1000} required error={e.reasonSv?.message} {...register('reasonSv', { validate: required })} />
          <Textarea label={t('retention.rules.reasonEn')} lang="en" autosize minRows={3} maxLength={1000} required error={e.reasonEn?.message} {...register('reasonEn', { validate: required })} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The day the financial year ends: invoices and ledgers are kept from it. */
export function FinancialYearSection() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useFinancialYear();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="retention-financial-year">
      <Title order={2} size="h3" id="retention-financial-year" mb="xs">
        {t('retention.financialYear.title')}
      </Title>
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <Card withBorder maw={620}>
          {editing ? (
            <FinancialYearForm year={data} onDone={() => setEditing(false)} />
          ) : (
            <Group justify="space-between">
              <Text data-testid="financial-year-end">{t('retention.financialYear.endsOn', { day: data.endDay, month: data.endMonth })}</Text>
              <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            </Group>
          )}
          <Text size="sm" c="dimmed" mt="xs">
            {t('retention.financialYear.help')}
          </Text>
        </Card>
      )}
    </section>
  );
}

type YearValues = { endMonth: string; endDay: number | string };

function FinancialYearForm({ year, onDone }: { year: FinancialYearDto; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateFinancialYear();
  const reload = useReloadRetention();
  const { control, handleSubmit, formState, setError } = useForm<YearValues>({ defaultValues: { endMonth: String(year.endMonth), endDay: year.endDay } });
  const unmatched = useServerErrors(update.error, setError, ['endMonth', 'endDay']);
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Date(2001, i, 1).toLocaleString(i18n.resolvedLanguage ?? 'fi', { month: 'long' }),
  }));
  const submit = handleSubmit((v) =>
    update.mutate(
      { version: year.version, endMonth: Number(v.endMonth), endDay: Number(v.endDay) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('retention.financialYear.saved') });
          onDone();
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('retention.financialYear.title')}>
      <Stack gap="sm">
        {isStatus(update.error, 412) && <ConflictAlert message={t('retention.conflict')} onReload={() => void reload().then(onDone)} />}
        <FormProblems error={update.error} unmatched={unmatched} shownElsewhere={[412]} />
        <Group align="flex-start">
          <Controller
            control={control}
            name="endMonth"
            render={({ field }) => (
              <NativeSelect label={t('retention.financialYear.month')} w={180} data={months} error={formState.errors.endMonth?.message} {...field} />
            )}
          />
          <Controller
            control={control}
            name="endDay"
            rules={{ validate: (v) => (Number(v) >= 1 && Number(v) <= 31) || t('validation.required') }}
            render={({ field }) => (
              <NumberInput label={t('retention.financialYear.day')} min={1} max={31} allowDecimal={false} w={100} error={formState.errors.endDay?.message} {...field} />
            )}
          />
        </Group>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
