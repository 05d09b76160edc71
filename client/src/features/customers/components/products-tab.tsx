import { useState } from 'react';
import { Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import type { OverviewPersonDto } from '../api/c360-types';
import { reasonCategoryValues } from '@/api/schema';
import { useCreatePurchase, usePurchases } from '../api/purchases';
import { orNull, ProductGroupSelect, today, useProductGroupNames } from './c360-shared';
import { FormProblems } from '@/components/form-problems';
import type { ClosedSet } from '@/api/types';
import { DataTable } from '@/components/data-table';

const PAGE_SIZE = 20;

type Props = { customerId: string; productGroupId: string; persons: OverviewPersonDto[] };

export function ProductsTab({ customerId, productGroupId, persons }: Props) {
  const { t } = useTranslation();
  const canWrite = usePermission('customers.write');
  const format = useFormat();
  const groups = useProductGroupNames();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const { data, isLoading, error } = usePurchases({ customerId, productGroupId, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      {canWrite &&
        (adding ? (
          <PurchaseForm customerId={customerId} productGroupId={productGroupId} persons={persons} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('c360.purchases.add')}</Button>
          </Group>
        ))}
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          {data.items.length === 0 ? (
            <Text c="dimmed">{t('c360.purchases.empty')}</Text>
          ) : (
            <DataTable
              label={t('c360.tabs.products')}
              striped
              rows={data.items}
              rowKey={(p) => p.id}
              minWidth={800}
              columns={[
                { id: 'purchasedOn', header: t('c360.purchases.purchasedOn'), cell: (p) => format.date(p.purchasedOn) },
                { id: 'product', header: t('c360.purchases.product'), cell: (p) => p.product },
                { id: 'productGroup', header: t('c360.productGroup'), cell: (p) => groups.name(p.productGroupId) },
                {
                  id: 'quantity',
                  header: t('c360.purchases.quantity'),
                  cell: (p) => p.quantity,
                  headerProps: { ta: 'right' },
                  cellProps: () => ({ ta: 'right' }),
                },
                {
                  id: 'unitPrice',
                  header: t('c360.purchases.unitPrice'),
                  cell: (p) => format.money(p.unitPrice) || '–',
                  headerProps: { ta: 'right' },
                  cellProps: () => ({ ta: 'right' }),
                },
                {
                  id: 'total',
                  header: t('c360.purchases.total'),
                  cell: (p) => format.money(p.total) || '–',
                  headerProps: { ta: 'right' },
                  cellProps: () => ({ ta: 'right' }),
                },
                {
                  id: 'reason',
                  header: t('c360.purchases.reason'),
                  cell: (p) => (
                    <>
                      {t(`c360.reasons.${p.reasonCategory}`, p.reasonCategory)}
                      {p.reason && (
                        <Text size="xs" c="dimmed">
                          {p.reason}
                        </Text>
                      )}
                    </>
                  ),
                },
                { id: 'seller', header: t('c360.purchases.seller'), cell: (p) => p.sellerName ?? '–' },
                {
                  id: 'contract',
                  header: t('c360.purchases.contract'),
                  cell: (p) => (
                    <>
                      {p.contractNumber ? (
                        <>
                          {p.contractNumber}
                          <Text size="xs" c="dimmed">
                            {format.date(p.contractValidFrom)}–{format.date(p.contractValidTo)}
                          </Text>
                        </>
                      ) : (
                        '–'
                      )}
                    </>
                  ),
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

type Values = {
  productGroupId: string;
  product: string;
  purchasedOn: string;
  quantity: string;
  unitPrice: string;
  reason: string;
  reasonCategory: string;
  personId: string;
  marketingOptOutOffered: boolean;
  contractNumber: string;
  contractValidFrom: string;
  contractValidTo: string;
};
const FIELDS = [
  'productGroupId',
  'product',
  'purchasedOn',
  'quantity',
  'unitPrice',
  'reason',
  'reasonCategory',
  'personId',
  'marketingOptOutOffered',
  'contractNumber',
  'contractValidFrom',
  'contractValidTo',
] as const;

const decimal = (s: string) => Number(s.replace(',', '.').replace(/\s/g, ''));

function PurchaseForm({ customerId, productGroupId, persons, onDone }: Props & { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePurchase();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: {
      productGroupId,
      product: '',
      purchasedOn: today(),
      quantity: '1',
      unitPrice: '',
      reason: '',
      reasonCategory: 'newNeed',
      personId: '',
      marketingOptOutOffered: false,
      contractNumber: '',
      contractValidFrom: '',
      contractValidTo: '',
    },
  });
  const unmatched = useServerErrors(create.error, setError, FIELDS);
  const e = formState.errors;
  const required = (v: string) => v.trim() !== '' || t('validation.required');
  const number = (v: string) => (v.trim() !== '' && Number.isFinite(decimal(v))) || t('validation.number');

  const submit = handleSubmit((v) =>
    create.mutate(
      {
        customerId,
        input: {
          productGroupId: v.productGroupId,
          product: v.product.trim(),
          purchasedOn: v.purchasedOn,
          quantity: decimal(v.quantity),
          unitPrice: decimal(v.unitPrice),
          reason: orNull(v.reason),
          reasonCategory: v.reasonCategory as ClosedSet<'ReasonCategory'> | undefined,
          personId: v.personId || null,
          marketingOptOutOffered: v.marketingOptOutOffered,
          contractNumber: orNull(v.contractNumber),
          contractValidFrom: v.contractValidFrom || null,
          contractValidTo: v.contractValidTo || null,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('c360.purchases.saved') });
          onDone();
        },
      },
    ),
  );

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('c360.purchases.add')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('c360.purchases.add')}>
        <Stack gap="sm">
          <FormProblems error={create.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ProductGroupSelect
              label={t('c360.productGroup')}
              emptyLabel="–"
              required
              error={e.productGroupId?.message}
              {...register('productGroupId', { validate: required })}
            />
            <TextInput
              label={t('c360.purchases.product')}
              required
              error={e.product?.message}
              {...register('product', { validate: required })}
            />
            <TextInput
              label={t('c360.purchases.purchasedOn')}
              type="date"
              required
              error={e.purchasedOn?.message}
              {...register('purchasedOn', { validate: required })}
            />
            <TextInput
              label={t('c360.purchases.quantity')}
              inputMode="decimal"
              required
              error={e.quantity?.message}
              {...register('quantity', { validate: number })}
            />
            <TextInput
              label={t('c360.purchases.unitPrice')}
              inputMode="decimal"
              required
              error={e.unitPrice?.message}
              {...register('unitPrice', { validate: number })}
            />
            <NativeSelect
              label={t('c360.purchases.reasonCategory')}
              error={e.reasonCategory?.message}
              data={reasonCategoryValues.map((r) => ({ value: r, label: t(`c360.reasons.${r}`) }))}
              {...register('reasonCategory')}
            />
          </SimpleGrid>
          <TextInput label={t('c360.purchases.reason')} error={e.reason?.message} {...register('reason')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('c360.contacts.person')}
              error={e.personId?.message}
              data={[{ value: '', label: t('c360.none') }, ...persons.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` }))]}
              {...register('personId')}
            />
            <TextInput label={t('c360.purchases.contractNumber')} error={e.contractNumber?.message} {...register('contractNumber')} />
            <div />
            <TextInput
              label={t('c360.purchases.contractValidFrom')}
              type="date"
              error={e.contractValidFrom?.message}
              {...register('contractValidFrom')}
            />
            <TextInput
              label={t('c360.purchases.contractValidTo')}
              type="date"
              error={e.contractValidTo?.message}
              {...register('contractValidTo')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('c360.purchases.marketingOptOutOffered')}
            error={e.marketingOptOutOffered?.message}
            {...register('marketingOptOutOffered')}
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
