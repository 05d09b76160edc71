import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Input, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isStatus } from '@/api/problem';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import type { RecordingDto } from '../api/c360-types';
import { useContacts } from '../api/contacts';
import { RECORDING_ACCEPT, RECORDING_MAX_BYTES, useRecordingBlob, useRecordings, useUploadRecording } from '../api/recordings';
import { FormProblems } from '@/components/form-problems';
import { DataTable } from '@/components/data-table';

const PAGE_SIZE = 20;

const isAudio = (contentType: string) => contentType.toLowerCase().startsWith('audio/');

/** Call recordings and stored communication: upload (serviceRecords.write), list, play or download (recordings.play). */
export function RecordingsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = usePermission('serviceRecords.write');
  const canPlay = usePermission('recordings.play');
  const [page, setPage] = useState(1);
  const { data, isLoading, error } = useRecordings({ customerId, page, pageSize: PAGE_SIZE });
  const contacts = useContacts({ customerId });
  const contactList = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  const contactLabel = (id: string | null | undefined) => {
    const c = id ? contactList.find((x) => x.id === id) : undefined;
    return c ? `${format.dateTime(c.at)} · ${c.topic}` : '';
  };

  return (
    <Stack>
      {canWrite && (
        <UploadForm
          customerId={customerId}
          contacts={contactList.map((c) => ({ value: c.id, label: `${format.dateTime(c.at)} · ${c.topic}` }))}
        />
      )}
      <Text size="sm" c="dimmed">
        {canPlay ? t('c360.recordings.auditNotice') : t('c360.recordings.noPlay')}
      </Text>
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          {data.items.length === 0 ? (
            <Text c="dimmed">{t('c360.recordings.empty')}</Text>
          ) : (
            <DataTable
              label={t('c360.tabs.recordings')}
              striped
              rows={data.items}
              rowKey={(r) => r.id}
              rowProps={(r) => ({ 'data-recording-id': r.id })}
              minWidth={800}
              columns={[
                { id: 'fileName', header: t('c360.recordings.fileName'), cell: (r) => r.fileName },
                { id: 'type', header: t('c360.recordings.type'), cell: (r) => r.contentType },
                {
                  id: 'size',
                  header: t('c360.recordings.size'),
                  cell: (r) => format.bytes(r.size),
                  cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
                },
                { id: 'listContact', header: t('c360.recordings.listContact'), cell: (r) => contactLabel(r.contactId) || '–' },
                { id: 'createdAt', header: t('c360.recordings.createdAt'), cell: (r) => format.dateTime(r.createdAt) },
                ...(canPlay
                  ? [
                      {
                        id: 'actions',
                        header: t('c360.recordings.actions'),
                        cell: (r: RecordingDto) =>
                          isAudio(r.contentType) ? <AudioPlayer recording={r} /> : <DownloadButton recording={r} />,
                      },
                    ]
                  : []),
              ]}
            />
          )}
          {data.totalCount > PAGE_SIZE && <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount} onChange={setPage} />}
        </>
      )}
    </Stack>
  );
}

/**
 * `<audio src>` cannot send the Bearer token, so the recording is fetched (audited as a playback)
 * when the user asks for it and played from an object URL, revoked when no longer shown.
 */
function AudioPlayer({ recording }: { recording: RecordingDto }) {
  const { t } = useTranslation();
  const load = useRecordingBlob();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (url)
    return (
      // A recorded phone call has no captions or transcript to offer; the file name labels it.
      // eslint-disable-next-line jsx-a11y/media-has-caption
      <audio controls autoPlay src={url} aria-label={t('c360.recordings.player', { name: recording.fileName })} style={{ maxWidth: 320 }} />
    );
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="light"
        loading={load.isPending}
        aria-label={t('c360.recordings.playLabel', { name: recording.fileName })}
        onClick={() =>
          load.mutate(recording.id, {
            onSuccess: (blob) => {
              setUrl(URL.createObjectURL(blob));
              load.reset();
            },
          })
        }
      >
        {t('c360.recordings.play')}
      </Button>
      <LoadError error={load.error} />
    </Stack>
  );
}

function DownloadButton({ recording }: { recording: RecordingDto }) {
  const { t } = useTranslation();
  const load = useRecordingBlob();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="light"
        loading={load.isPending}
        aria-label={t('c360.recordings.downloadLabel', { name: recording.fileName })}
        onClick={() =>
          load.mutate(recording.id, {
            onSuccess: (blob) => {
              const url = URL.createObjectURL(blob);
              const a = document.createElement('a');
              a.href = url;
              a.download = recording.fileName;
              document.body.appendChild(a);
              a.click();
              a.remove();
              setTimeout(() => URL.revokeObjectURL(url), 1000);
              load.reset();
            },
          })
        }
      >
        {t('c360.recordings.download')}
      </Button>
      <LoadError error={load.error} />
    </Stack>
  );
}

function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Text size="xs" c="red" role="alert">
      {isStatus(error, 403) ? t('errors.forbidden') : isStatus(error, 404) ? t('errors.notFound') : t('errors.generic')}
    </Text>
  );
}

type Values = { file: FileList | null; contactId: string };

function UploadForm({ customerId, contacts }: { customerId: string; contacts: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const upload = useUploadRecording();
  const [formKey, setFormKey] = useState(0);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({ defaultValues: { file: null, contactId: '' } });
  const unmatched = useServerErrors(upload.error, setError, ['file', 'contactId']);
  const e = formState.errors;
  const tooLarge = isStatus(upload.error, 413);

  const submit = handleSubmit((v) => {
    const file = v.file?.[0];
    if (!file) return;
    upload.mutate(
      { customerId, file, contactId: v.contactId || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('c360.recordings.uploaded') });
          reset({ file: null, contactId: '' });
          setFormKey((k) => k + 1); // a fresh file input (its value cannot be set)
          upload.reset();
        },
      },
    );
  });

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('c360.recordings.uploadTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('c360.recordings.uploadTitle')}>
        <Stack gap="sm">
          {tooLarge ? (
            <Alert color="red" role="alert" title={t('errors.title')}>
              {t('c360.recordings.tooLarge')}
            </Alert>
          ) : (
            <FormProblems error={upload.error} unmatched={unmatched} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Input.Wrapper
              label={t('c360.recordings.file')}
              description={t('c360.recordings.fileHint')}
              required
              error={e.file?.message}
              id={`recording-file-${customerId}`}
            >
              <input
                key={formKey}
                id={`recording-file-${customerId}`}
                type="file"
                accept={RECORDING_ACCEPT}
                aria-invalid={Boolean(e.file)}
                aria-describedby={e.file ? `recording-file-${customerId}-error` : `recording-file-${customerId}-description`}
                style={{ display: 'block', marginTop: 4 }}
                {...register('file', {
                  validate: (files) => {
                    const f = files?.[0];
                    if (!f) return t('validation.required');
                    if (f.size > RECORDING_MAX_BYTES) return t('c360.recordings.tooLarge');
                    return true;
                  },
                })}
              />
            </Input.Wrapper>
            <NativeSelect
              label={t('c360.recordings.contact')}
              error={e.contactId?.message}
              data={[{ value: '', label: t('c360.none') }, ...contacts]}
              {...register('contactId')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('c360.recordings.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
