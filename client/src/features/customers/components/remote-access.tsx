import { useEffect, useId, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Modal,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import type { RemoteAccessDto } from '../api/c360-types';
import { useAddRemoteAccess, useRemoteAccess, useRevealRemoteAccessSecret } from '../api/remote-access';
import { orNull } from './c360-shared';
import { FormProblems } from '@/components/form-problems';

/** How long a revealed secret stays on screen. */
export const REVEAL_VISIBLE_MS = 30_000;
export const MASK = '••••••';
const REASON_MIN = 5;
const TOOL_SUGGESTIONS = ['AnyDesk', 'TeamViewer', 'RDP', 'SSH', 'VNC', 'Quick Assist'];

type Props = { customerId: string; assetId: string; device: string };

/**
 * A device's remote connections (listed without secrets), the form to add one
 * (serviceRecords.write) and, for remoteAccess.reveal, a Reveal button per connection.
 */
export function RemoteAccessPanel({ customerId, assetId, device }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = usePermission('serviceRecords.write');
  const canReveal = usePermission('remoteAccess.reveal');
  const [adding, setAdding] = useState(false);
  const [revealing, setRevealing] = useState<RemoteAccessDto | null>(null);
  const { data, isLoading, error } = useRemoteAccess({ customerId, assetId });
  const title = t('c360.remote.title', { device });

  return (
    <Stack gap="xs" p="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('c360.remote.empty')}
          </Text>
        ) : (
          <DataTable
            label={title}
            withTableBorder
            rows={data}
            rowKey={(r) => r.id}
            rowProps={(r) => ({ 'data-remote-access-id': r.id })}
            columns={[
              { id: 'tool', header: t('c360.remote.tool'), cell: (r) => r.tool },
              { id: 'host', header: t('c360.remote.host'), cell: (r) => <Code>{r.host}</Code> },
              { id: 'username', header: t('c360.remote.username'), cell: (r) => r.username || '–' },
              {
                id: 'secret',
                header: t('c360.remote.secret'),
                cell: (r) =>
                  r.hasSecret ? (
                    <>
                      <span aria-hidden>{MASK}</span>
                      <VisuallyHidden>{t('c360.remote.masked')}</VisuallyHidden>
                    </>
                  ) : (
                    '–'
                  ),
              },
              { id: 'updatedAt', header: t('c360.remote.updatedAt'), cell: (r) => format.dateTime(r.updatedAt) },
              // Shown only to whom may reveal a secret (remoteAccess.reveal).
              canReveal && {
                id: 'actions',
                header: t('c360.remote.actions'),
                cell: (r) =>
                  r.hasSecret && (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('c360.remote.revealLabel', { tool: r.tool, host: r.host })}
                      onClick={() => setRevealing(r)}
                    >
                      {t('c360.remote.reveal')}
                    </Button>
                  ),
              },
            ]}
          />
        ))}
      {canWrite &&
        (adding ? (
          <RemoteAccessForm customerId={customerId} assetId={assetId} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={() => setAdding(true)}>
              {t('c360.remote.add')}
            </Button>
          </Group>
        ))}
      {revealing && <RevealDialog access={revealing} onClose={() => setRevealing(null)} />}
    </Stack>
  );
}

type Values = { tool: string; host: string; username: string; secret: string };
const FIELDS = ['tool', 'host', 'username', 'secret'] as const;

function RemoteAccessForm({ customerId, assetId, onDone }: { customerId: string; assetId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const add = useAddRemoteAccess();
  const { register, handleSubmit, formState, setError } = useForm<Values>({ defaultValues: { tool: '', host: '', username: '', secret: '' } });
  // The API may name the fields with or without the `input.` prefix; normalizeFieldPath drops it.
  const unmatched = useServerErrors(add.error, setError, FIELDS);
  const e = formState.errors;
  const required = (v: string) => v.trim() !== '' || t('validation.required');

  const submit = handleSubmit((v) =>
    add.mutate(
      { customerId, assetId, input: { tool: v.tool.trim(), host: v.host.trim(), username: orNull(v.username), secret: v.secret } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('c360.remote.saved') });
          onDone();
        },
      },
    ),
  );

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('c360.remote.add')}>
        <Stack gap="sm">
          <FormProblems error={add.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('c360.remote.tool')}
              required
              list={listId}
              autoComplete="off"
              data-autofocus
              error={e.tool?.message}
              {...register('tool', { validate: required })}
            />
            <datalist id={listId}>
              {TOOL_SUGGESTIONS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            <TextInput label={t('c360.remote.host')} required autoComplete="off" error={e.host?.message} {...register('host', { validate: required })} />
            <TextInput label={t('c360.remote.username')} autoComplete="off" error={e.username?.message} {...register('username')} />
            <PasswordInput
              label={t('c360.remote.secret')}
              description={t('c360.remote.secretHint')}
              required
              autoComplete="new-password"
              error={e.secret?.message}
              {...register('secret', { validate: (v) => v !== '' || t('validation.required') })}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/**
 * Asks for a reason (recorded in the audit log), reveals the secret through a mutation and shows
 * it with a copy button for REVEAL_VISIBLE_MS; closing the dialog forgets it.
 */
export function RevealDialog({ access, onClose }: { access: RemoteAccessDto; onClose: () => void }) {
  const { t } = useTranslation();
  const reveal = useRevealRemoteAccessSecret();
  const [hidden, setHidden] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const unmatched = useServerErrors(reveal.error, setError, ['reason']);
  const secret = reveal.data?.secret;
  const { reset } = reveal;

  // Hide the secret again after a while: reset() drops it from the mutation too.
  useEffect(() => {
    if (secret === undefined) return;
    const timer = setTimeout(() => {
      reset();
      setHidden(true);
    }, REVEAL_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [secret, reset]);

  const close = () => {
    reveal.reset();
    onClose();
  };

  const submit = handleSubmit(({ reason }) => {
    setHidden(false);
    reveal.mutate({ id: access.id, reason: reason.trim() });
  });

  return (
    <Modal opened onClose={close} title={t('c360.remote.revealTitle')} centered>
      <Stack gap="sm">
        <Text size="sm">
          {access.tool} · <Code>{access.host}</Code>
          {access.username && ` · ${access.username}`}
        </Text>
        {secret !== undefined ? (
          <Stack gap="xs">
            <Text size="sm" fw={600} id={`secret-${access.id}`}>
              {t('c360.remote.revealed')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code block aria-labelledby={`secret-${access.id}`} data-testid="revealed-secret" style={{ flex: 1, userSelect: 'all' }}>
                {secret}
              </Code>
              <CopyButton value={secret} timeout={2000}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy} style={{ flexShrink: 0 }}>
                    {copied ? t('c360.remote.copied') : t('c360.remote.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('c360.remote.hidesIn')}
            </Text>
            <Group justify="flex-end">
              <Button onClick={close} data-autofocus>
                {t('c360.remote.close')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate aria-label={t('c360.remote.revealTitle')}>
            <Stack gap="sm">
              {hidden && (
                <Alert color="gray" role="status">
                  {t('c360.remote.hidden')}
                </Alert>
              )}
              <Alert color="yellow">{t('c360.remote.auditNotice')}</Alert>
              <FormProblems error={reveal.error} unmatched={unmatched} />
              <TextInput
                label={t('c360.remote.reason')}
                description={t('c360.remote.reasonHint')}
                required
                autoComplete="off"
                data-autofocus
                error={formState.errors.reason?.message}
                {...register('reason', { validate: (v) => v.trim().length >= REASON_MIN || t('c360.remote.reasonMin') })}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={reveal.isPending}>
                  {t('c360.remote.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
