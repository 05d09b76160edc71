import { useState } from 'react';
import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ClosedSet } from '@/api/types';
import { FormError } from '@/components/form-error';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { SETTABLE_INVOICE_STATUSES, type InvoiceDto } from '../api/c360-types';
import { useCreateInvoice, useInvoices, useSetInvoiceStatus } from '../api/invoices';
import { isoDateInDays, today } from './c360-shared';
import { FormProblems } from '@/components/form-problems';
import { DataTable } from '@/components/data-table';

const PAGE_SIZE = 20;

/** A colour for every status of the API (the compiler holds the map complete against the generated type). */
const STATUS_COLOR: Record<ClosedSet<'InvoiceStatus'>, string> = {
  open: 'blue',
  paid: 'teal',
  overdue: 'red',
  reminded: 'orange',
  inCollection: 'grape',
  credited: 'gray',
};

type Props = { customerId: string; productGroupId: string };

export function InvoicesTab({ customerId, productGroupId }: Props) {
  const { t } = useTranslation();
  const canWrite = usePermission('invoices.write');
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const { data, isLoading, error } = useInvoices({ customerId, page, pageSize: PAGE_SIZE });
  const setStatus = useSetInvoiceStatus();
  // The API leaves the amounts out (null) for access levels that may not see them: no columns then.
  const showAmounts = (data?.items ?? []).some((i) => i.amount !== null && i.amount !== undefined);

  return (
    <Stack>
      {canWrite &&
        (adding ? (
          <InvoiceForm customerId={customerId} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)}>{t('c360.invoices.add')}</Button>
          </Group>
        ))}
      {productGroupId && (
        <Text size="sm" c="dimmed">
          {t('c360.invoices.notFiltered')}
        </Text>
      )}
      <FormError error={setStatus.error} />
      <QueryState isLoading={isLoading} error={error} />
      {data && (
        <>
          {data.items.length === 0 ? (
            <Text c="dimmed">{t('c360.invoices.empty')}</Text>
          ) : (
            <DataTable
              label={t('c360.tabs.invoices')}
              striped
              rows={data.items}
              rowKey={(inv) => inv.id}
              minWidth={700}
              columns={[
                { id: 'invoiceNumber', header: t('c360.invoices.invoiceNumber'), cell: (inv) => inv.invoiceNumber },
                {
                  id: 'referenceNumber',
                  header: t('c360.invoices.referenceNumber'),
                  cell: (inv) => inv.referenceNumberDisplay || inv.referenceNumber,
                },
                { id: 'issuedOn', header: t('c360.invoices.issuedOn'), cell: (inv) => format.date(inv.issuedOn) },
                { id: 'dueOn', header: t('c360.invoices.dueOn'), cell: (inv) => format.date(inv.dueOn) },
                ...(showAmounts
                  ? [
                      {
                        id: 'amount',
                        header: t('c360.invoices.amount'),
                        cell: (inv: InvoiceDto) => format.money(inv.amount) || '–',
                        headerProps: { ta: 'right' as const },
                        cellProps: () => ({ ta: 'right' as const }),
                      },
                      {
                        id: 'vatAmount',
                        header: t('c360.invoices.vatAmount'),
                        cell: (inv: InvoiceDto) => format.money(inv.vatAmount) || '–',
                        headerProps: { ta: 'right' as const },
                        cellProps: () => ({ ta: 'right' as const }),
                      },
                    ]
                  : []),
                {
                  id: 'status',
                  header: t('c360.invoices.status'),
                  cell: (inv) => (
                    <>
                      {canWrite ? (
                        <NativeSelect
                          size="xs"
                          aria-label={t('c360.invoices.statusOf', { number: inv.invoiceNumber })}
                          value={inv.status}
                          disabled={setStatus.isPending && setStatus.variables?.invoiceId === inv.id}
                          onChange={(e) =>
                            setStatus.mutate(
                              { customerId, invoiceId: inv.id, status: e.currentTarget.value },
                              { onSuccess: () => notifications.show({ color: 'teal', message: t('c360.invoices.statusSaved') }) },
                            )
                          }
                          data={statusChoices(inv.status).map((s) => ({ value: s, label: t(`c360.invoiceStatus.${s}`, s) }))}
                        />
                      ) : (
                        <Badge variant="light" color={STATUS_COLOR[inv.status] ?? 'gray'}>
                          {t(`c360.invoiceStatus.${inv.status}`, inv.status)}
                        </Badge>
                      )}
                      <LastChange invoice={inv} />
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

/** The current status (open and overdue follow from the dates) and the ones it can be moved to. */
const statusChoices = (current: string) => [current, ...SETTABLE_INVOICE_STATUSES.filter((s) => s !== current)];

function LastChange({ invoice }: { invoice: InvoiceDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const last = [...(invoice.history ?? [])].sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!last) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('c360.invoices.lastChange', {
        status: t(`c360.invoiceStatus.${last.status}`, last.status),
        at: format.dateTime(last.at),
        by: last.byUsername ?? '–',
      })}
    </Text>
  );
}

type Values = { issuedOn: string; dueOn: string; amount: string; vatAmount: string };
const FIELDS = ['issuedOn', 'dueOn', 'amount', 'vatAmount'] as const;
const decimal = (s: string) => Number(s.replace(',', '.').replace(/\s/g, ''));

function InvoiceForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateInvoice();
  const due = isoDateInDays(14);
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: { issuedOn: today(), dueOn: due, amount: '', vatAmount: '' },
  });
  const unmatched = useServerErrors(create.error, setError, FIELDS);
  const e = formState.errors;
  const required = (v: string) => v.trim() !== '' || t('validation.required');
  const number = (v: string) => (v.trim() !== '' && Number.isFinite(decimal(v))) || t('validation.number');
  const submit = handleSubmit((v) =>
    create.mutate(
      { customerId, input: { issuedOn: v.issuedOn, dueOn: v.dueOn, amount: decimal(v.amount), vatAmount: decimal(v.vatAmount) } },
      {
        onSuccess: (inv) => {
          notifications.show({ color: 'teal', message: t('c360.invoices.saved', { number: inv.invoiceNumber }) });
          onDone();
        },
      },
    ),
  );
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('c360.invoices.add')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('c360.invoices.add')}>
        <Stack gap="sm">
          <FormProblems error={create.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              label={t('c360.invoices.issuedOn')}
              type="date"
              required
              error={e.issuedOn?.message}
              {...register('issuedOn', { validate: required })}
            />
            <TextInput
              label={t('c360.invoices.dueOn')}
              type="date"
              required
              error={e.dueOn?.message}
              {...register('dueOn', { validate: required })}
            />
            <TextInput
              label={t('c360.invoices.amount')}
              inputMode="decimal"
              required
              error={e.amount?.message}
              {...register('amount', { validate: number })}
            />
            <TextInput
              label={t('c360.invoices.vatAmount')}
              inputMode="decimal"
              required
              error={e.vatAmount?.message}
              {...register('vatAmount', { validate: number })}
            />
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
