import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export type UsersParams = { q?: string; page: number; pageSize: number };

export async function getUsers({ q, page, pageSize }: UsersParams, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/users', { params: { query: { q: q || undefined, page, pageSize } }, signal }));
}

export const usersQueryOptions = (params: UsersParams) =>
  queryOptions({ queryKey: ['users', 'list', params], queryFn: ({ signal }) => getUsers(params, signal) });

export function useUsers(params: UsersParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(params), placeholderData: keepPreviousData, enabled });
}
