import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export type PersonsParams = { q?: string; page: number; pageSize: number };

export async function getPersons({ q, page, pageSize }: PersonsParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/persons', { params: { query: { q: q || undefined, page, pageSize } }, signal }),
  );
}

export const personsQueryOptions = (params: PersonsParams) =>
  queryOptions({ queryKey: ['persons', 'list', params], queryFn: ({ signal }) => getPersons(params, signal) });

export function usePersons(params: PersonsParams) {
  return useQuery({ ...personsQueryOptions(params), placeholderData: keepPreviousData });
}
