import { useState } from 'react';
import { Badge, Button, Card, Code, Group, NativeSelect, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/data-table';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useAssets, useCreateAsset } from '../api/assets';
import type { AssetDto } from '../api/c360-types';
import { assetKindValues } from '@/api/schema';
import { isoDateInDays, orNull, ProductGroupSelect, today, useProductGroupNames } from './c360-shared';
import { FormProblems } from '@/components/form-problems';
import { RemoteAccessPanel } from './remote-access';
import type { ClosedSet } from '@/api/types';

const PAGE_SIZE = 20;
const SOON_DAYS = 30;

type Props = { customerId: string; productGroupId: string };

const deviceName = (a: AssetDto) => `${a.make} ${a.model}`.trim();
const remotePanelId = (assetId: string) => `remote-access-${assetId}`;

export function DevicesTab({ customerId, productGroupId }: Props) {
  const { t } = useTranslation();
  const canWrite = usePermission('serviceRecords.write');
  const groups = useProductGroupNames();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  // The device whose remote connections are open (listing them is audited, so only on demand).
  const [remoteOpen, setRemoteOpen] = useState<string | null>(null);
  const { data, isLoading, error } = useAssets({ customerId, productGroupId, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      {canWrite &&
        (adding ? (
          <AssetForm customerId={customerId} productGroupId={productGroupId} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('c360.assets.add')}</Button>
          </Group>
        ))}
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          {data.items.length === 0 ? (
            <Text c="dimmed">{t('c360.assets.empty')}</Text>
          ) : (
            <DataTable
              label={t('c360.tabs.devices')}
              striped
              minWidth={900}
              rows={data.items}
              rowKey={(a) => a.id}
              rowProps={(a) => ({ 'data-asset-id': a.id })}
              rowDetail={(a) =>
                remoteOpen === a.id
                  ? { id: remotePanelId(a.id), content: <RemoteAccessPanel customerId={customerId} assetId={a.id} device={deviceName(a)} /> }
                  : null
              }
              columns={[
                { id: 'kind', header: t('c360.assets.kind'), cell: (a) => t(`c360.kinds.${a.kind}`, a.kind) },
                { id: 'device', header: t('c360.assets.device'), cell: deviceName },
                { id: 'serialNumber', header: t('c360.assets.serialNumber'), cell: (a) => a.serialNumber ?? '–' },
                { id: 'system', header: t('c360.assets.system'), cell: (a) => [a.operatingSystem, a.version].filter(Boolean).join(' ') || '–' },
                { id: 'licenceKey', header: t('c360.assets.licenceKey'), cell: (a) => (a.licenceKeyMasked ? <Code>{a.licenceKeyMasked}</Code> : '–') },
                { id: 'productGroup', header: t('c360.productGroup'), cell: (a) => groups.name(a.productGroupId) || '–' },
                { id: 'installedAt', header: t('c360.assets.installedAt'), cell: (a) => a.installedAt || '–' },
                { id: 'warranty', header: t('c360.assets.warrantyEnds'), cell: (a) => <WarrantyCell warranty={a.warranty} /> },
                {
                  id: 'remote',
                  header: t('c360.remote.toggle'),
                  cell: (a) => {
                    const open = remoteOpen === a.id;
                    return (
                      <Button
                        size="xs"
                        variant={open ? 'filled' : 'light'}
                        aria-expanded={open}
                        aria-controls={open ? remotePanelId(a.id) : undefined}
                        onClick={() => setRemoteOpen(open ? null : a.id)}
                      >
                        {t('c360.remote.toggle')}
                      </Button>
                    );
                  },
                },
              ]}
            />
          )}
          {data.totalCount > PAGE_SIZE && <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount} onChange={setPage} />}
        </>
      )}
    </Stack>
  );
}

function WarrantyCell({ warranty }: { warranty: AssetDto['warranty'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!warranty) return <>{t('c360.assets.noWarranty')}</>;
  const now = today();
  const soon = isoDateInDays(SOON_DAYS);
  const state = warranty.endsOn < now ? 'expired' : warranty.endsOn <= soon ? 'endingSoon' : 'valid';
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <span style={{ whiteSpace: 'nowrap' }}>{format.date(warranty.endsOn)}</span>
        <Badge size="sm" variant="light" style={{ flexShrink: 0 }} color={state === 'expired' ? 'gray' : state === 'endingSoon' ? 'orange' : 'teal'}>
          {t(`c360.assets.warranty.${state}`)}
        </Badge>
      </Group>
      {warranty.terms && (
        <Text size="xs" c="dimmed">
          {warranty.terms}
        </Text>
      )}
    </Stack>
  );
}

type Values = {
  kind: string;
  make: string;
  model: string;
  serialNumber: string;
  productGroupId: string;
  operatingSystem: string;
  version: string;
  licenceKey: string;
  installedAt: string;
  warranty: { startsOn: string; endsOn: string; terms: string };
};
const FIELDS = [
  'kind',
  'make',
  'model',
  'serialNumber',
  'productGroupId',
  'operatingSystem',
  'version',
  'licenceKey',
  'installedAt',
  'warranty.startsOn',
  'warranty.endsOn',
  'warranty.terms',
] as const;

function AssetForm({ customerId, productGroupId, onDone }: Props & { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAsset();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: {
      kind: 'workstation',
      make: '',
      model: '',
      serialNumber: '',
      productGroupId,
      operatingSystem: '',
      version: '',
      licenceKey: '',
      installedAt: '',
      warranty: { startsOn: '', endsOn: '', terms: '' },
    },
  });
  const unmatched = useServerErrors(create.error, setError, FIELDS, { warranty: 'warranty.endsOn' });
  const e = formState.errors;
  const required = (v: string) => v.trim() !== '' || t('validation.required');

  const submit = handleSubmit((v) => {
    const w = v.warranty;
    const hasWarranty = Boolean(w.startsOn || w.endsOn || w.terms.trim());
    if (hasWarranty && (!w.startsOn || !w.endsOn)) {
      if (!w.startsOn) setError('warranty.startsOn', { type: 'required', message: t('validation.required') });
      if (!w.endsOn) setError('warranty.endsOn', { type: 'required', message: t('validation.required') });
      return;
    }
    create.mutate(
      {
        customerId,
        input: {
          kind: v.kind as ClosedSet<'AssetKind'>,
          make: v.make.trim(),
          model: v.model.trim(),
          serialNumber: orNull(v.serialNumber),
          productGroupId: v.productGroupId || null,
          operatingSystem: orNull(v.operatingSystem),
          version: orNull(v.version),
          licenceKey: orNull(v.licenceKey),
          installedAt: orNull(v.installedAt),
          warranty: hasWarranty ? { startsOn: w.startsOn, endsOn: w.endsOn, terms: orNull(w.terms) } : undefined,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('c360.assets.saved') });
          onDone();
        },
      },
    );
  });

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('c360.assets.add')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('c360.assets.add')}>
        <Stack gap="sm">
          <FormProblems error={create.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('c360.assets.kind')}
              error={e.kind?.message}
              data={assetKindValues.map((k) => ({ value: k, label: t(`c360.kinds.${k}`) }))}
              {...register('kind')}
            />
            <TextInput label={t('c360.assets.make')} required error={e.make?.message} {...register('make', { validate: required })} />
            <TextInput label={t('c360.assets.model')} required error={e.model?.message} {...register('model', { validate: required })} />
            <TextInput label={t('c360.assets.serialNumber')} error={e.serialNumber?.message} {...register('serialNumber')} />
            <ProductGroupSelect label={t('c360.productGroup')} emptyLabel={t('c360.none')} error={e.productGroupId?.message} {...register('productGroupId')} />
            <TextInput label={t('c360.assets.installedAt')} error={e.installedAt?.message} {...register('installedAt')} />
            <TextInput label={t('c360.assets.operatingSystem')} error={e.operatingSystem?.message} {...register('operatingSystem')} />
            <TextInput label={t('c360.assets.version')} error={e.version?.message} {...register('version')} />
            <PasswordInput
              label={t('c360.assets.licenceKey')}
              description={t('c360.assets.licenceKeyHint')}
              autoComplete="off"
              error={e.licenceKey?.message}
              {...register('licenceKey')}
            />
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('c360.assets.warrantyTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('c360.assets.warrantyStarts')} type="date" error={e.warranty?.startsOn?.message} {...register('warranty.startsOn')} />
            <TextInput label={t('c360.assets.warrantyEnds')} type="date" error={e.warranty?.endsOn?.message} {...register('warranty.endsOn')} />
            <TextInput label={t('c360.assets.warrantyTerms')} error={e.warranty?.terms?.message} {...register('warranty.terms')} />
          </SimpleGrid>
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
