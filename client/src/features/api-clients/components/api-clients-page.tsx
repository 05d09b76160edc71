import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '@/components/form-error';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { SecretOnceModal } from '@/components/secret-once-modal';
import { DataTable } from '@/components/data-table';
import { API_CLIENT_SCOPES, type ApiClientDto, type ApiClientSecretDto, type RecipientDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useRecipients } from '@/features/recipients';
import { useApiClients, useCreateApiClient, useRevokeApiClient, useRotateApiClient } from '../api/api-clients';

type Shown = { name: string; secret: ApiClientSecretDto; rotated: boolean };

/** Partners' API clients: create (the secret is shown once), rotate the secret, revoke. */
export function ApiClientsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = useApiClients();
  const recipients = useRecipients();
  const [adding, setAdding] = useState(false);
  const [rotating, setRotating] = useState<ApiClientDto | null>(null);
  const [revoking, setRevoking] = useState<ApiClientDto | null>(null);
  // The secret lives only here, until its dialog is closed.
  const [shown, setShown] = useState<Shown | null>(null);
  const recipientName = (id: string) => recipients.data?.find((r) => r.id === id)?.name ?? id;
  const partners = (recipients.data ?? []).filter((r) => r.type === 'partner').sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Stack>
      <PageHeader title={t('apiClients.title')}>
        {!adding && <Button onClick={() => setAdding(true)}>{t('apiClients.add')}</Button>}
      </PageHeader>
      <Text c="dimmed" maw={760}>
        {t('apiClients.intro')}
      </Text>
      {adding &&
        (recipients.data ? (
          <CreateClientForm
            partners={partners}
            onCancel={() => setAdding(false)}
            onCreated={(name, secret) => {
              setAdding(false);
              setShown({ name, secret, rotated: false });
            }}
          />
        ) : (
          <QueryState isLoading={recipients.isLoading} error={recipients.error} />
        ))}
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.length === 0 ? (
          <Text c="dimmed">{t('apiClients.empty')}</Text>
        ) : (
          <DataTable
            label={t('apiClients.title')}
            withTableBorder
            striped
            verticalSpacing="sm"
            rows={data}
            rowKey={(c) => c.id}
            rowProps={(c) => ({ 'data-client-id': c.id, 'data-active': c.active, c: c.active ? undefined : 'dimmed' })}
            minWidth={960}
            columns={[
              { id: 'name', header: t('apiClients.name'), cell: (c) => c.name, cellProps: () => ({ fw: 600 }) },
              {
                id: 'recipient',
                header: t('apiClients.recipient'),
                cell: (c) => (
                  <Anchor component={Link} to={`/recipients/${c.recipientId}`} size="sm">
                    {recipientName(c.recipientId)}
                  </Anchor>
                ),
              },
              { id: 'clientId', header: t('apiClients.clientId'), cell: (c) => <Code>{c.clientId}</Code> },
              {
                id: 'scopes',
                header: t('apiClients.scopes'),
                cell: (c) => (
                  <Group gap={4}>
                    {c.scopes.map((s) => (
                      <Badge key={s} variant="light" color="gray" tt="none">
                        {s}
                      </Badge>
                    ))}
                  </Group>
                ),
              },
              {
                id: 'status',
                header: t('apiClients.status'),
                cell: (c) => (
                  <>
                    {c.active ? (
                      <Badge color="teal" variant="light" tt="none">
                        {t('apiClients.active')}
                      </Badge>
                    ) : (
                      <Badge color="red" variant="light" tt="none">
                        {t('apiClients.revoked')}
                      </Badge>
                    )}
                    {c.revokedAt ? (
                      <Text size="xs" c="dimmed">
                        {format.dateTime(c.revokedAt)}
                      </Text>
                    ) : (
                      c.rotatedAt && (
                        <Text size="xs" c="dimmed">
                          {t('apiClients.rotatedAt', { at: format.dateTime(c.rotatedAt) })}
                        </Text>
                      )
                    )}
                  </>
                ),
              },
              {
                id: 'created',
                header: t('apiClients.created'),
                cell: (c) => (
                  <>
                    {format.dateTime(c.createdAt)}
                    <Text size="xs" c="dimmed">
                      {c.createdBy}
                    </Text>
                  </>
                ),
                cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
              },
              {
                id: 'actions',
                header: t('apiClients.actions'),
                cell: (c) => (
                  <>
                    {c.active && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setRotating(c)}
                          aria-label={t('apiClients.rotateLabel', { name: c.name })}
                        >
                          {t('apiClients.rotate')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          onClick={() => setRevoking(c)}
                          aria-label={t('apiClients.revokeLabel', { name: c.name })}
                        >
                          {t('apiClients.revoke')}
                        </Button>
                      </Group>
                    )}
                  </>
                ),
              },
            ]}
          />
        ))}
      {rotating && (
        <RotateDialog
          client={rotating}
          onClose={() => setRotating(null)}
          onRotated={(secret) => {
            setShown({ name: rotating.name, secret, rotated: true });
            setRotating(null);
          }}
        />
      )}
      {revoking && <RevokeDialog client={revoking} onClose={() => setRevoking(null)} />}
      {shown && (
        <SecretOnceModal
          title={shown.rotated ? t('apiClients.rotatedTitle') : t('apiClients.createdTitle')}
          intro={t(shown.rotated ? 'apiClients.rotatedIntro' : 'apiClients.createdIntro', { name: shown.name })}
          warning={t('apiClients.secretWarning')}
          items={[
            { label: t('apiClients.clientId'), value: shown.secret.clientId },
            { label: t('apiClients.clientSecret'), value: shown.secret.clientSecret },
          ]}
          onClose={() => setShown(null)}
        />
      )}
    </Stack>
  );
}

type Values = { recipientId: string; name: string; scopes: string[] };
const FIELDS = ['recipientId', 'name', 'scopes'] as const;

function CreateClientForm({
  partners,
  onCreated,
  onCancel,
}: {
  partners: RecipientDto[];
  onCreated: (name: string, secret: ApiClientSecretDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateApiClient();
  const { register, control, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: { recipientId: partners.length === 1 ? partners[0].id : '', name: '', scopes: [] },
  });
  const unmatched = useServerErrors(create.error, setError, FIELDS);
  const e = formState.errors;

  const submit = handleSubmit((v) =>
    create.mutate(
      { recipientId: v.recipientId, name: v.name.trim(), scopes: v.scopes },
      { onSuccess: (secret) => onCreated(v.name.trim(), secret) },
    ),
  );

  if (partners.length === 0)
    return (
      <Alert color="yellow" title={t('apiClients.add')}>
        {t('apiClients.noPartners')}{' '}
        <Anchor component={Link} to="/recipients">
          {t('apiClients.toRecipients')}
        </Anchor>
        <Group mt="sm">
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Alert>
    );

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('apiClients.add')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('apiClients.add')}
          </Title>
          <FormProblems error={create.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, md: 2 }} maw={820}>
            <NativeSelect
              label={t('apiClients.recipient')}
              description={t('apiClients.recipientHint')}
              required
              autoFocus
              error={e.recipientId?.message}
              data={[
                { value: '', label: t('apiClients.choosePartner') },
                ...partners.map((r) => ({ value: r.id, label: `${r.name} · ${r.country}` })),
              ]}
              {...register('recipientId', { validate: (v) => v !== '' || t('validation.required') })}
            />
            <TextInput
              label={t('apiClients.name')}
              description={t('apiClients.nameHint')}
              required
              autoComplete="off"
              error={e.name?.message}
              {...register('name', { validate: (v) => v.trim() !== '' || t('validation.required') })}
            />
          </SimpleGrid>
          <Controller
            control={control}
            name="scopes"
            rules={{ validate: (v) => v.length > 0 || t('apiClients.scopesRequired') }}
            render={({ field }) => (
              <Checkbox.Group
                label={t('apiClients.scopes')}
                required
                error={e.scopes?.message}
                value={field.value}
                onChange={field.onChange}
              >
                <Stack mt={6} gap="xs">
                  {API_CLIENT_SCOPES.map((s) => (
                    <Checkbox key={s} value={s} label={<Code>{s}</Code>} description={t(`apiClients.scopeHelp.${s}`)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('apiClients.create')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function RotateDialog({
  client,
  onClose,
  onRotated,
}: {
  client: ApiClientDto;
  onClose: () => void;
  onRotated: (secret: ApiClientSecretDto) => void;
}) {
  const { t } = useTranslation();
  const rotate = useRotateApiClient();
  return (
    <Modal opened onClose={onClose} title={t('apiClients.rotateTitle')} centered>
      <Stack gap="sm">
        <Text>{t('apiClients.rotateConfirm', { name: client.name })}</Text>
        <FormError error={rotate.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={rotate.isPending} onClick={() => rotate.mutate(client.id, { onSuccess: onRotated })}>
            {t('apiClients.rotateButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RevokeDialog({ client, onClose }: { client: ApiClientDto; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiClient();
  return (
    <Modal opened onClose={onClose} title={t('apiClients.revokeTitle')} centered>
      <Stack gap="sm">
        <Text>{t('apiClients.revokeConfirm', { name: client.name })}</Text>
        <FormError error={revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(client.id, {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('apiClients.revokedSaved', { name: client.name }) });
                  onClose();
                },
              })
            }
          >
            {t('apiClients.revokeButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
