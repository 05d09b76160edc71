import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Input, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isStatus } from '@/api/problem';
import { DataTable } from '@/components/data-table';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import type { ProhibitionRegisterDto, RegisterImportDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useImport, useImports, useRegisters, useUploadRegisterFile } from '../api/registers';
import { todayIso } from '../lib/imports';
import { ChannelBadges } from './channel-badges';
import { ImportStatus, StatusBadge } from './import-status';
import { FileLayoutHelp } from './registers-page';

/** One register: upload its file, follow the import, and its imports so far. `?import=` names the import shown. */
export function RegisterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const registers = useRegisters();
  const [params, setParams] = useSearchParams();
  const followed = params.get('import');
  const follow = (importId: string) => setParams({ import: importId }, { replace: true });

  const register = registers.data?.find((r) => r.id === id);
  if (!register) {
    if (registers.data)
      return (
        <Alert color="red" role="alert" title={t('errors.title')}>
          {t('errors.notFound')}
        </Alert>
      );
    return <QueryState isLoading={registers.isLoading} error={registers.error} />;
  }
  const current = register.currentImport ?? null;

  return (
    <Stack>
      <Anchor component={Link} to="/prohibition-registers" size="sm">
        ← {t('registers.back')}
      </Anchor>
      <PageHeader title={register.name} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('registers.channels')}
            </Text>
            <ChannelBadges channels={register.channels} />
          </Stack>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('registers.inForce')}
            </Text>
            {current ? (
              <Text>
                {t('registers.inForceLine', {
                  date: format.date(current.fileDate),
                  rows: format.count(current.rowsRead),
                  matches: format.count(current.matches),
                })}
              </Text>
            ) : (
              <Text c="dimmed">{t('registers.noImport')}</Text>
            )}
          </Stack>
        </SimpleGrid>
      </Card>
      <UploadCard register={register} onStarted={follow} />
      {followed && <FollowedImport registerId={register.id} importId={followed} />}
      <ImportsHistory registerId={register.id} followed={followed} onShow={follow} />
      <FileLayoutHelp />
    </Stack>
  );
}

function FollowedImport({ registerId, importId }: { registerId: string; importId: string }) {
  const { data, isLoading, error } = useImport(registerId, importId);
  return <Card withBorder>{data ? <ImportStatus item={data} /> : <QueryState isLoading={isLoading} error={error} />}</Card>;
}

type Values = { file: FileList | null; fileDate: string };

function UploadCard({ register, onStarted }: { register: ProhibitionRegisterDto; onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const upload = useUploadRegisterFile();
  const [formKey, setFormKey] = useState(0);
  const { register: field, handleSubmit, formState, setError, reset } = useForm<Values>({ defaultValues: { file: null, fileDate: todayIso() } });
  const unmatched = useServerErrors(upload.error, setError, ['file', 'fileDate']);
  const e = formState.errors;
  const inputId = `register-file-${register.id}`;
  const tooLarge = isStatus(upload.error, 413);

  const submit = handleSubmit((v) => {
    const file = v.file?.[0];
    if (!file) return;
    upload.mutate(
      { registerId: register.id, file, fileDate: v.fileDate },
      {
        onSuccess: (started) => {
          onStarted(started.id);
          reset({ file: null, fileDate: v.fileDate });
          setFormKey((k) => k + 1); // a fresh file input (its value cannot be set)
          upload.reset();
        },
      },
    );
  });

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('registers.uploadTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('registers.uploadTitle')}>
        <Stack gap="sm">
          {tooLarge ? (
            <Alert color="red" role="alert" title={t('errors.title')}>
              {t('registers.tooLarge')}
            </Alert>
          ) : (
            <FormProblems error={upload.error} unmatched={unmatched} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Input.Wrapper label={t('registers.file')} description={t('registers.fileHint')} required error={e.file?.message} id={inputId}>
              <input
                key={formKey}
                id={inputId}
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                aria-invalid={Boolean(e.file)}
                aria-describedby={e.file ? `${inputId}-error` : `${inputId}-description`}
                style={{ display: 'block', marginTop: 4 }}
                {...field('file', { validate: (files) => (files?.[0] ? true : t('validation.required')) })}
              />
            </Input.Wrapper>
            <TextInput
              type="date"
              label={t('registers.fileDate')}
              description={t('registers.fileDateHint')}
              required
              max={todayIso()}
              error={e.fileDate?.message}
              {...field('fileDate', { validate: (v) => v.trim() !== '' || t('validation.required') })}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('registers.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ImportsHistory({ registerId, followed, onShow }: { registerId: string; followed: string | null; onShow: (importId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = useImports(registerId);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('registers.history')}
        </Title>
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.length === 0 ? (
          <Text c="dimmed">{t('registers.noImports')}</Text>
        ) : (
          <DataTable
            label={t('registers.history')}
            withTableBorder
            striped
            minWidth={860}
            rows={data}
            rowKey={(i) => i.id}
            rowProps={(i) => ({
              'data-import-id': i.id,
              'data-status': i.status,
              bg: i.id === followed ? 'var(--mantine-color-blue-light)' : undefined,
            })}
            columns={[
              { id: 'fileDate', header: t('registers.fileDate'), cell: (i) => format.date(i.fileDate), cellProps: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { id: 'file', header: t('registers.file'), cell: (i) => i.fileName, cellProps: () => ({ style: { wordBreak: 'break-all' } }) },
              {
                id: 'startedAt',
                header: t('registers.startedAt'),
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
                id: 'status',
                header: t('registers.statusLabel'),
                cell: (i) => (
                  <Group gap={4} wrap="nowrap">
                    <StatusBadge status={i.status} />
                    {i.inForce && (
                      <Badge color="teal" variant="filled">
                        {t('registers.inForceBadge')}
                      </Badge>
                    )}
                  </Group>
                ),
              },
              {
                id: 'rowsRead',
                header: t('registers.rowsRead'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: (i) => format.count(i.rowsRead),
              },
              {
                id: 'matches',
                header: t('registers.matches'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: (i) => (i.status === 'completed' ? format.count(i.matches) : '–'),
              },
              {
                id: 'actions',
                header: t('registers.actions'),
                cell: (i) => <HistoryActions item={i} selected={i.id === followed} onShow={() => onShow(i.id)} format={format} />,
              },
            ]}
          />
        )}
      </Stack>
    </Card>
  );
}

/** An import's buttons: its details on this page (pressed while shown) and, after a completed import with matches, its matches. */
function HistoryActions({
  item,
  selected,
  onShow,
  format,
}: {
  item: RegisterImportDto;
  selected: boolean;
  onShow: () => void;
  format: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant={selected ? 'filled' : 'default'}
        onClick={onShow}
        aria-pressed={selected}
        aria-label={t('registers.detailsLabel', { file: item.fileName, date: format.date(item.fileDate) })}
      >
        {t('registers.details')}
      </Button>
      {item.status === 'completed' && item.matches > 0 && (
        <Button
          component={Link}
          to={`/prohibition-registers/${item.registerId}/imports/${item.id}`}
          size="compact-xs"
          variant="light"
          aria-label={t('registers.matchesLabel', { file: item.fileName, date: format.date(item.fileDate) })}
        >
          {t('registers.matches')}
        </Button>
      )}
    </Group>
  );
}
