import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

/** Person candidates for a picker, through the (typo-tolerant) global search. */
export async function findPersons(q: string, signal?: AbortSignal) {
  const page = unwrap(await api.GET('/api/v1/search', { params: { query: { q, page: 1, pageSize: 10 } }, signal }));
  return (page.items ?? []).filter((hit) => hit.kind === 'person');
}

export const findPersonsQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['search', 'persons-picker', q], queryFn: ({ signal }) => findPersons(q, signal) });

export function useFindPersons(q: string) {
  return useQuery({ ...findPersonsQueryOptions(q), enabled: q.trim().length > 0, placeholderData: keepPreviousData });
}
