import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export type SearchParams = { q: string; page?: number; pageSize?: number };

export async function search({ q, page = 1, pageSize = 10 }: SearchParams, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/search', { params: { query: { q, page, pageSize } }, signal }));
}

export const searchQueryOptions = (params: SearchParams) =>
  queryOptions({
    queryKey: ['search', params],
    queryFn: ({ signal }) => search(params, signal),
    staleTime: 30_000,
  });

export function useSearch(params: SearchParams, enabled = true) {
  return useQuery({
    ...searchQueryOptions(params),
    enabled: enabled && params.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
