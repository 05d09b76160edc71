import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/query-state';
import { FormError } from '@/components/form-error';
import { prohibitionKindValues } from '@/api/schema';
import { PROHIBITION_CHANNELS, type ProhibitionDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useImposeProhibition, useLiftProhibition, useProhibitions, useRegisterMatches } from '../api/consents';
import { FormProblems } from '@/components/form-problems';
import type { ClosedSet } from '@/api/types';

/**
 * Marketing bans: active ones first-class, lifted ones greyed with who lifted them and when; then
 * the person's matches on prohibition registers (in force, and earlier files greyed as history).
 */
export function ProhibitionsPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = usePermission('consents.write');
  // Whoever takes a ban records it; only the data protection officer lifts one.
  const canLift = usePermission('prohibitions.lift');
  const { data, isLoading, error } = useProhibitions(personId);
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<ProhibitionDto | null>(null);
  const kindName = (p: ProhibitionDto) => t(`prohibitions.kinds.${p.kind}`, p.kind);
  const channelName = (p: ProhibitionDto) => t(`consents.channels.${p.channel}`, p.channel);

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('prohibitions.title')}
          </Title>
          {canWrite && !adding && (
            <Button size="xs" variant="default" onClick={() => setAdding(true)}>
              {t('prohibitions.add')}
            </Button>
          )}
        </Group>
        {canWrite && adding && <ProhibitionForm personId={personId} onDone={() => setAdding(false)} />}
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.length === 0 ? (
          <Text c="dimmed">{t('prohibitions.empty')}</Text>
        ) : (
          <DataTable
            label={t('prohibitions.title')}
            withTableBorder
            minWidth={720}
            rows={data}
            rowKey={(p) => p.id}
            rowProps={(p) => ({
              'data-prohibition-id': p.id,
              'data-active': p.active,
              style: p.active ? undefined : { color: 'var(--mantine-color-dimmed)' },
            })}
            columns={[
              { id: 'kind', header: t('prohibitions.kind'), cell: (p) => kindName(p) },
              { id: 'channel', header: t('prohibitions.channel'), cell: (p) => channelName(p) },
              { id: 'reason', header: t('prohibitions.reason'), cell: (p) => p.reason || '–', cellProps: () => ({ style: { whiteSpace: 'pre-wrap' } }) },
              {
                id: 'created',
                header: t('prohibitions.created'),
                cell: (p) => (
                  <>
                    {format.dateTime(p.createdAt)}
                    <Text size="xs" c="dimmed">
                      {p.createdBy} · {t(`consents.sources.${p.source}`, p.source)}
                    </Text>
                  </>
                ),
              },
              {
                id: 'status',
                header: t('prohibitions.status'),
                cell: (p) =>
                  p.active ? (
                    <Badge color="red" variant="light">
                      {t('prohibitions.active')}
                    </Badge>
                  ) : (
                    <>
                      <Badge color="gray" variant="outline">
                        {t('prohibitions.lifted')}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('prohibitions.liftedBy', { date: format.dateTime(p.liftedAt), name: p.liftedBy ?? '' })}
                      </Text>
                    </>
                  ),
              },
              // Only the data protection officer lifts a ban (prohibitions.lift).
              canLift && {
                id: 'actions',
                header: t('prohibitions.actions'),
                cell: (p) =>
                  p.active && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="orange"
                      aria-label={t('prohibitions.liftLabel', { kind: kindName(p), channel: channelName(p) })}
                      onClick={() => setLifting(p)}
                    >
                      {t('prohibitions.lift')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
        <RegisterMatches personId={personId} />
      </Stack>
      {lifting && <LiftDialog personId={personId} prohibition={lifting} onClose={() => setLifting(null)} />}
    </Card>
  );
}

/** Bans that come from prohibition registers' files: they end only when a newer file no longer lists the person. */
function RegisterMatches({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = useRegisterMatches(personId);
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('prohibitions.registers.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('prohibitions.registers.hint')}
      </Text>
      {!data ? (
        <QueryState isLoading={isLoading} error={error} />
      ) : data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('prohibitions.registers.empty')}
        </Text>
      ) : (
        <DataTable
          label={t('prohibitions.registers.title')}
          withTableBorder
          minWidth={720}
          rows={data}
          rowKey={(m) => `${m.importId}-${m.registerId}`}
          rowProps={(m) => ({
            'data-import-id': m.importId,
            'data-in-force': m.inForce,
            style: m.inForce ? undefined : { color: 'var(--mantine-color-dimmed)' },
          })}
          columns={[
            { id: 'register', header: t('prohibitions.registers.register'), cell: (m) => m.registerName },
            {
              id: 'channels',
              header: t('prohibitions.registers.channels'),
              cell: (m) => m.channels.map((c) => t(`consents.channels.${c}`, c)).join(', '),
            },
            {
              id: 'fileDate',
              header: t('prohibitions.registers.fileDate'),
              cell: (m) => (
                <>
                  {format.date(m.fileDate)}
                  <Text size="xs" c="dimmed">
                    {t('prohibitions.registers.importedAt', { date: format.dateTime(m.importedAt) })}
                  </Text>
                </>
              ),
            },
            {
              id: 'reasons',
              header: t('prohibitions.registers.reasons'),
              cell: (m) => (
                <Group gap={4}>
                  {m.reasons.map((r) => (
                    <Badge key={r} variant={m.inForce ? 'light' : 'outline'} color={m.inForce ? 'orange' : 'gray'}>
                      {t(`registerMatchReasons.${r}`, r)}
                    </Badge>
                  ))}
                </Group>
              ),
            },
            {
              id: 'status',
              header: t('prohibitions.status'),
              cell: (m) =>
                m.inForce ? (
                  <Badge color="red" variant="light">
                    {t('prohibitions.active')}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="outline">
                    {t('prohibitions.registers.earlierFile')}
                  </Badge>
                ),
            },
          ]}
        />
      )}
    </Stack>
  );
}

type Values = { kind: string; channel: string; reason: string };
const FIELDS = ['kind', 'channel', 'reason'] as const;

function ProhibitionForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const impose = useImposeProhibition();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: { kind: 'directMarketing', channel: 'all', reason: '' },
  });
  const unmatched = useServerErrors(impose.error, setError, FIELDS);
  const e = formState.errors;

  const submit = handleSubmit((v) =>
    impose.mutate(
      { personId, input: { kind: v.kind as ClosedSet<'ProhibitionKind'>, channel: v.channel as ClosedSet<'Channel'>, reason: v.reason.trim() || null } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('prohibitions.saved') });
          onDone();
        },
      },
    ),
  );

  return (
    <Card withBorder bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate aria-label={t('prohibitions.add')}>
        <Stack gap="sm">
          <FormProblems error={impose.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('prohibitions.kind')}
              error={e.kind?.message}
              autoFocus
              data={prohibitionKindValues.map((k) => ({ value: k, label: t(`prohibitions.kinds.${k}`) }))}
              {...register('kind')}
            />
            <NativeSelect
              label={t('prohibitions.channel')}
              error={e.channel?.message}
              data={PROHIBITION_CHANNELS.map((c) => ({ value: c, label: t(`consents.channels.${c}`) }))}
              {...register('channel')}
            />
          </SimpleGrid>
          <Textarea label={t('prohibitions.reason')} autosize minRows={2} error={e.reason?.message} {...register('reason')} />
          <Group>
            <Button type="submit" loading={impose.isPending}>
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

function LiftDialog({ personId, prohibition, onClose }: { personId: string; prohibition: ProhibitionDto; onClose: () => void }) {
  const { t } = useTranslation();
  const lift = useLiftProhibition();
  const kind = t(`prohibitions.kinds.${prohibition.kind}`, prohibition.kind);
  const channel = t(`consents.channels.${prohibition.channel}`, prohibition.channel);
  return (
    <Modal opened onClose={onClose} title={t('prohibitions.liftTitle')} centered>
      <Stack gap="sm">
        <Text>{t('prohibitions.liftConfirm', { kind, channel })}</Text>
        <FormError error={lift.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={lift.isPending}
            onClick={() =>
              lift.mutate(
                { personId, prohibitionId: prohibition.id },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('prohibitions.liftedSaved') });
                    onClose();
                  },
                },
              )
            }
          >
            {t('prohibitions.liftConfirmButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
