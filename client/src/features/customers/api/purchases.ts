import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import type { PurchaseInput } from './c360-types';
import { customer360Key } from './keys';
import { api } from '@/api/client';

export type ListParams = { customerId: string; productGroupId?: string; page: number; pageSize: number };

export async function getPurchases({ customerId, productGroupId, page, pageSize }: ListParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers/{id}/purchases', {
      params: { path: { id: customerId }, query: { productGroupId: productGroupId || undefined, page, pageSize } },
      signal,
    }),
  );
}

export const purchasesQueryOptions = (params: ListParams) =>
  queryOptions({
    queryKey: [...customer360Key(params.customerId), 'purchases', params],
    queryFn: ({ signal }) => getPurchases(params, signal),
  });

export function usePurchases(params: ListParams) {
  return useQuery({ ...purchasesQueryOptions(params), placeholderData: keepPreviousData });
}

export async function createPurchase({ customerId, input }: { customerId: string; input: PurchaseInput }) {
  return unwrap(await api.POST('/api/v1/customers/{id}/purchases', { params: { path: { id: customerId } }, body: input }));
}

export function useCreatePurchase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPurchase,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: customer360Key(customerId) }),
  });
}
