import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function getCustomer(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/customers/{id}', { params: { path: { id } }, signal }));
}

export const customerQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['customers', 'detail', id], queryFn: ({ signal }) => getCustomer(id, signal) });

export function useCustomer(id: string) {
  return useQuery(customerQueryOptions(id));
}
