import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import { customer360Key } from './keys';
import { api } from '@/api/client';

export async function getCustomerOverview(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/customers/{id}/overview', { params: { path: { id } }, signal }));
}

export const customerOverviewQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...customer360Key(id), 'overview'], queryFn: ({ signal }) => getCustomerOverview(id, signal) });

export function useCustomerOverview(id: string) {
  return useQuery(customerOverviewQueryOptions(id));
}
