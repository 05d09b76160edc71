import { useState } from 'react';
import { Alert, Button, Card, Code, Group, Input, Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isStatus } from '@/api/problem';
import { DataTable } from '@/components/data-table';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { usePopulationImport, usePopulationImports, useUploadChangeFile } from '../api/imports';
import { ImportReport, StatusBadge } from './import-report';

/** Population Register change files (R5.2): upload, follow the import, its report, and the imports so far. `?import=` names the import shown. */
export function PopulationRegisterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const followed = params.get('import');
  const follow = (id: string) => setParams({ import: id }, { replace: true });
  return (
    <Stack>
      <PageHeader title={t('populationRegister.title')} />
      <Text>{t('populationRegister.intro')}</Text>
      <UploadCard onStarted={follow} />
      {followed && <FollowedImport id={followed} />}
      <History followed={followed} onShow={follow} />
      <LayoutHelp />
    </Stack>
  );
}

function FollowedImport({ id }: { id: string }) {
  const { data, isLoading, error } = usePopulationImport(id);
  return <Card withBorder>{data ? <ImportReport item={data} /> : <QueryState isLoading={isLoading} error={error} />}</Card>;
}

type Values = { file: FileList | null };

function UploadCard({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadChangeFile();
  const [formKey, setFormKey] = useState(0);
  const { register: field, handleSubmit, formState, setError, reset } = useForm<Values>({ defaultValues: { file: null } });
  const unmatched = useServerErrors(upload.error, setError, ['file']);
  const e = formState.errors;
  const inputId = 'population-change-file';

  const submit = handleSubmit((v) => {
    const file = v.file?.[0];
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (started) => {
        onStarted(started.id);
        reset({ file: null });
        setFormKey((k) => k + 1); // a fresh file input (its value cannot be set)
        upload.reset();
      },
    });
  });

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('populationRegister.uploadTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('populationRegister.uploadTitle')}>
        <Stack gap="sm">
          {isStatus(upload.error, 413) ? (
            <Alert color="red" role="alert" title={t('errors.title')}>
              {t('populationRegister.tooLarge')}
            </Alert>
          ) : (
            <FormProblems error={upload.error} unmatched={unmatched} />
          )}
          <Input.Wrapper label={t('populationRegister.file')} description={t('populationRegister.fileHint')} required error={e.file?.message} id={inputId}>
            <input
              key={formKey}
              id={inputId}
              type="file"
              accept=".jsonl,.ndjson,.json,.csv,application/x-ndjson,text/csv"
              aria-invalid={Boolean(e.file)}
              aria-describedby={e.file ? `${inputId}-error` : `${inputId}-description`}
              style={{ display: 'block', marginTop: 4 }}
              {...field('file', { validate: (files) => (files?.[0] ? true : t('validation.required')) })}
            />
          </Input.Wrapper>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('populationRegister.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function History({ followed, onShow }: { followed: string | null; onShow: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = usePopulationImports();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('populationRegister.history')}
        </Title>
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.length === 0 ? (
          <Text c="dimmed">{t('populationRegister.noImports')}</Text>
        ) : (
          <DataTable
            label={t('populationRegister.history')}
            withTableBorder
            striped
            minWidth={860}
            rows={data}
            rowKey={(i) => i.id}
            rowProps={(i) => ({ 'data-import-id': i.id, 'data-status': i.status, bg: i.id === followed ? 'var(--mantine-color-blue-light)' : undefined })}
            columns={[
              {
                id: 'startedAt',
                header: t('populationRegister.startedAt'),
                cell: (i) => (
                  <>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {format.dateTime(i.startedAt)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {i.startedBy}
                    </Text>
                  </>
                ),
              },
              {
                id: 'file',
                header: t('populationRegister.file'),
                cellProps: () => ({ style: { wordBreak: 'break-all' } }),
                cell: (i) => (
                  <>
                    <Text size="sm">{i.fileName}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`populationRegister.formats.${i.format}`)}
                    </Text>
                  </>
                ),
              },
              { id: 'status', header: t('populationRegister.statusLabel'), cellProps: () => ({ style: { minWidth: 130 } }), cell: (i) => <StatusBadge status={i.status} /> },
              {
                id: 'rowsRead',
                header: t('populationRegister.stats.rowsRead'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: (i) => format.count(i.rowsRead),
              },
              {
                id: 'updatedPersons',
                header: t('populationRegister.stats.updatedPersons'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: (i) => (i.status === 'completed' ? format.count(i.updatedPersons) : '–'),
              },
              {
                id: 'unmatchedRows',
                header: t('populationRegister.stats.unmatchedRows'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: (i) => (i.status === 'completed' ? format.count(i.unmatchedRows) : '–'),
              },
              {
                id: 'actions',
                header: t('populationRegister.actions'),
                cell: (i) => (
                  <Button
                    size="compact-xs"
                    variant={i.id === followed ? 'filled' : 'default'}
                    onClick={() => onShow(i.id)}
                    aria-pressed={i.id === followed}
                    aria-label={t('populationRegister.detailsLabel', { file: i.fileName, at: format.dateTime(i.startedAt) })}
                  >
                    {t('populationRegister.details')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Stack>
    </Card>
  );
}

const EXAMPLE = `{"henkilotunnus":"131052-308T","muutokset":[{"ryhma":"HENKILON_NIMI","muutospaiva":"2026-11-20","etunimet":"Maija Liisa","sukunimi":"Virtanen"}]}`;

function LayoutHelp() {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('populationRegister.layoutTitle')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">{t('populationRegister.layoutIntro')}</Text>
        {/* Focusable: the example scrolls sideways on narrow screens, and a keyboard must reach it. */}
        <Code block tabIndex={0} aria-label={t('populationRegister.layoutExample')}>
          {EXAMPLE}
        </Code>
        <Text size="sm">{t('populationRegister.layoutGroups')}</Text>
        <Text size="sm">{t('populationRegister.layoutRules')}</Text>
      </Stack>
    </Card>
  );
}
