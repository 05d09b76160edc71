import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { ClosedSet } from '@/api/types';

export type CustomersParams = { q?: string; type?: string; page: number; pageSize: number };

export async function getCustomers({ q, type, page, pageSize }: CustomersParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers', {
      params: { query: { q: q || undefined, type: (type || undefined) as ClosedSet<'CustomerType'> | undefined, page, pageSize } },
      signal,
    }),
  );
}

export const customersQueryOptions = (params: CustomersParams) =>
  queryOptions({ queryKey: ['customers', 'list', params], queryFn: ({ signal }) => getCustomers(params, signal) });

export function useCustomers(params: CustomersParams) {
  return useQuery({ ...customersQueryOptions(params), placeholderData: keepPreviousData });
}
