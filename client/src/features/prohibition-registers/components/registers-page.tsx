import { useState } from 'react';
import { Anchor, Button, Card, Checkbox, Code, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isStatus } from '@/api/problem';
import { DataTable } from '@/components/data-table';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { PROHIBITION_CHANNELS, REGISTER_FILE_COLUMNS } from '@/api/types';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useCreateRegister, useRegisters } from '../api/registers';
import { ChannelBadges } from './channel-badges';
import type { ClosedSet } from '@/api/types';

/** The prohibition registers, each with the import in force, and a form to add one. */
export function RegistersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = useRegisters();
  const [adding, setAdding] = useState(false);

  return (
    <Stack>
      <PageHeader title={t('registers.title')}>
        {!adding && <Button onClick={() => setAdding(true)}>{t('registers.add')}</Button>}
      </PageHeader>
      <Text c="dimmed" maw={760}>
        {t('registers.intro')}
      </Text>
      {adding && <AddRegisterForm onDone={() => setAdding(false)} />}
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.length === 0 ? (
          <Text c="dimmed">{t('registers.empty')}</Text>
        ) : (
          <DataTable
            label={t('registers.title')}
            withTableBorder
            striped
            verticalSpacing="sm"
            minWidth={760}
            rows={data}
            rowKey={(r) => r.id}
            rowProps={(r) => ({ 'data-register-id': r.id })}
            columns={[
              {
                id: 'name',
                header: t('registers.name'),
                cell: (r) => (
                  <Anchor component={Link} to={`/prohibition-registers/${r.id}`} fw={600}>
                    {r.name}
                  </Anchor>
                ),
              },
              { id: 'channels', header: t('registers.channels'), cell: (r) => <ChannelBadges channels={r.channels} /> },
              {
                id: 'inForce',
                header: t('registers.inForce'),
                cell: ({ currentImport: current }) =>
                  current ? (
                    <>
                      {t('registers.fileOf', { date: format.date(current.fileDate) })}
                      <Text size="xs" c="dimmed">
                        {current.fileName} · {format.dateTime(current.finishedAt ?? current.startedAt)}
                      </Text>
                    </>
                  ) : (
                    <Text c="dimmed" size="sm">
                      {t('registers.noImport')}
                    </Text>
                  ),
              },
              {
                id: 'rowsRead',
                header: t('registers.rowsRead'),
                headerProps: { ta: 'right', style: { whiteSpace: 'nowrap' } },
                cellProps: () => ({ ta: 'right' }),
                cell: ({ currentImport: current }) => (current ? format.count(current.rowsRead) : '–'),
              },
              {
                id: 'matches',
                header: t('registers.matches'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: ({ currentImport: current }) =>
                  current ? (
                    <>
                      {format.count(current.matches)}
                      <Text size="xs" c="dimmed">
                        {t('registers.personsCount', { count: current.matchedPersons, formatted: format.count(current.matchedPersons) })}
                      </Text>
                    </>
                  ) : (
                    '–'
                  ),
              },
              {
                id: 'actions',
                header: t('registers.actions'),
                cell: (r) => (
                  <Button
                    component={Link}
                    to={`/prohibition-registers/${r.id}`}
                    size="compact-sm"
                    variant="light"
                    aria-label={t('registers.openLabel', { name: r.name })}
                  >
                    {t('registers.open')}
                  </Button>
                ),
              },
            ]}
          />
        ))}
      <FileLayoutHelp />
    </Stack>
  );
}

/** The file a register's import takes, briefly (docs/imports.md has it all). */
export function FileLayoutHelp() {
  const { t } = useTranslation();
  return (
    <Card withBorder bg="var(--mantine-color-gray-0)">
      <Title order={2} size="h5" mb={4}>
        {t('registers.layoutTitle')}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>
          {t('registers.layoutHeader')}{' '}
          {REGISTER_FILE_COLUMNS.map((c, i) => (
            <span key={c}>
              {i > 0 && ', '}
              <Code>{c}</Code>
            </span>
          ))}
        </List.Item>
        <List.Item>{t('registers.layoutIdentify')}</List.Item>
        <List.Item>
          {t('registers.layoutSeparator')} <Code>;</Code> {t('registers.or')} <Code>,</Code>
        </List.Item>
        <List.Item>{t('registers.layoutEncoding')}</List.Item>
        <List.Item>{t('registers.layoutAllOrNothing')}</List.Item>
      </List>
      <Text size="sm" mt="xs">
        {t('registers.layoutExample')}
      </Text>
      <Code block mt={4}>
        {'firstName;lastName;street;postalCode;city;phone;email\nMatti;Meikäläinen;Esimerkkitie 1;00100;Helsinki;0401234567;matti@example.fi'}
      </Code>
    </Card>
  );
}

type Values = { name: string; channels: string[] };

function AddRegisterForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateRegister();
  const { register, control, handleSubmit, formState, setError } = useForm<Values>({ defaultValues: { name: '', channels: [] } });
  const unmatched = useServerErrors(create.error, setError, ['name', 'channels']);
  const e = formState.errors;
  const conflict = isStatus(create.error, 409);

  const submit = handleSubmit((v) =>
    create.mutate(
      { name: v.name.trim(), channels: v.channels as ClosedSet<'Channel'>[] },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('registers.created', { name: r.name }) });
          onDone();
        },
      },
    ),
  );

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('registers.add')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('registers.add')}
          </Title>
          {/* A taken name (409) comes with its message on the name field. */}
          {!conflict && <FormProblems error={create.error} unmatched={unmatched} />}
          <TextInput
            label={t('registers.name')}
            required
            autoFocus
            autoComplete="off"
            maw={520}
            error={e.name?.message}
            {...register('name', { validate: (v) => v.trim() !== '' || t('validation.required') })}
          />
          <Controller
            control={control}
            name="channels"
            rules={{ validate: (v) => v.length > 0 || t('registers.channelsRequired') }}
            render={({ field }) => (
              <Checkbox.Group
                label={t('registers.channels')}
                description={t('registers.channelsHint')}
                required
                error={e.channels?.message}
                value={field.value}
                onChange={field.onChange}
              >
                <Group mt={6}>
                  {PROHIBITION_CHANNELS.map((c) => (
                    <Checkbox key={c} value={c} label={t(`consents.channels.${c}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
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
