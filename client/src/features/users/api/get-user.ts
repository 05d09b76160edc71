import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function getUser(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/users/{id}', { params: { path: { id } }, signal }));
}

export const userQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['users', 'detail', id], queryFn: ({ signal }) => getUser(id, signal) });

export function useUser(id: string) {
  return useQuery(userQueryOptions(id));
}
