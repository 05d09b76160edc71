import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
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
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={t('prohibitions.title')} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('prohibitions.kind')}</Table.Th>
                  <Table.Th>{t('prohibitions.channel')}</Table.Th>
                  <Table.Th>{t('prohibitions.reason')}</Table.Th>
                  <Table.Th>{t('prohibitions.created')}</Table.Th>
                  <Table.Th>{t('prohibitions.status')}</Table.Th>
                  {canLift && <Table.Th>{t('prohibitions.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((p) => {
                  const kind = t(`prohibitions.kinds.${p.kind}`, p.kind);
                  const channel = t(`consents.channels.${p.channel}`, p.channel);
                  return (
                    <Table.Tr
                      key={p.id}
                      data-prohibition-id={p.id}
                      data-active={p.active}
                      style={p.active ? undefined : { color: 'var(--mantine-color-dimmed)' }}
                    >
                      <Table.Td>{kind}</Table.Td>
                      <Table.Td>{channel}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{p.reason || '–'}</Table.Td>
                      <Table.Td>
                        {format.dateTime(p.createdAt)}
                        <Text size="xs" c="dimmed">
                          {p.createdBy} · {t(`consents.sources.${p.source}`, p.source)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {p.active ? (
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
                        )}
                      </Table.Td>
                      {canLift && (
                        <Table.Td>
                          {p.active && (
                            <Button
                              size="compact-xs"
                              variant="light"
                              color="orange"
                              aria-label={t('prohibitions.liftLabel', { kind, channel })}
                              onClick={() => setLifting(p)}
                            >
                              {t('prohibitions.lift')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('prohibitions.registers.title')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('prohibitions.registers.register')}</Table.Th>
                <Table.Th>{t('prohibitions.registers.channels')}</Table.Th>
                <Table.Th>{t('prohibitions.registers.fileDate')}</Table.Th>
                <Table.Th>{t('prohibitions.registers.reasons')}</Table.Th>
                <Table.Th>{t('prohibitions.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((m) => (
                <Table.Tr
                  key={`${m.importId}-${m.registerId}`}
                  data-import-id={m.importId}
                  data-in-force={m.inForce}
                  style={m.inForce ? undefined : { color: 'var(--mantine-color-dimmed)' }}
                >
                  <Table.Td>{m.registerName}</Table.Td>
                  <Table.Td>{m.channels.map((c) => t(`consents.channels.${c}`, c)).join(', ')}</Table.Td>
                  <Table.Td>
                    {format.date(m.fileDate)}
                    <Text size="xs" c="dimmed">
                      {t('prohibitions.registers.importedAt', { date: format.dateTime(m.importedAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {m.reasons.map((r) => (
                        <Badge key={r} variant={m.inForce ? 'light' : 'outline'} color={m.inForce ? 'orange' : 'gray'}>
                          {t(`registerMatchReasons.${r}`, r)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {m.inForce ? (
                      <Badge color="red" variant="light">
                        {t('prohibitions.active')}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="outline">
                        {t('prohibitions.registers.earlierFile')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
