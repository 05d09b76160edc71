import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import type { InvoiceInput } from './c360-types';
import { customer360Key } from './keys';
import { api } from '@/api/client';
import type { ListParams } from './purchases';
import type { ClosedSet } from '@/api/types';

/** The invoices are not per product group: the page's group filter does not apply to them. */
export async function getInvoices({ customerId, page, pageSize }: Omit<ListParams, 'productGroupId'>, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers/{id}/invoices', {
      params: { path: { id: customerId }, query: { page, pageSize } },
      signal,
    }),
  );
}

export const invoicesQueryOptions = (params: Omit<ListParams, 'productGroupId'>) =>
  queryOptions({ queryKey: [...customer360Key(params.customerId), 'invoices', params], queryFn: ({ signal }) => getInvoices(params, signal) });

export function useInvoices(params: Omit<ListParams, 'productGroupId'>) {
  return useQuery({ ...invoicesQueryOptions(params), placeholderData: keepPreviousData });
}

export async function createInvoice({ customerId, input }: { customerId: string; input: InvoiceInput }) {
  return unwrap(await api.POST('/api/v1/customers/{id}/invoices', { params: { path: { id: customerId } }, body: input }));
}

export function useCreateInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvoice,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: customer360Key(customerId) }),
  });
}

export async function setInvoiceStatus({ invoiceId, status }: { customerId: string; invoiceId: string; status: string }) {
  return unwrap(await api.POST('/api/v1/invoices/{id}/status', { params: { path: { id: invoiceId } }, body: { status: status as ClosedSet<'InvoiceStatus'> } }));
}

export function useSetInvoiceStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setInvoiceStatus,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: customer360Key(customerId) }),
  });
}
