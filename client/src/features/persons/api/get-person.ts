import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function getPerson(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/persons/{id}', { params: { path: { id } }, signal }));
}

export const personQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['persons', 'detail', id], queryFn: ({ signal }) => getPerson(id, signal) });

export function usePerson(id: string) {
  return useQuery(personQueryOptions(id));
}
