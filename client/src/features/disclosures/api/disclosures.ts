import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { DisclosureInput } from '@/api/types';
import type { DisclosureQuery } from '../lib/filters';

const disclosuresKey = ['disclosures'] as const;

export const disclosuresQueryOptions = (query: DisclosureQuery) =>
  queryOptions({
    queryKey: [...disclosuresKey, 'list', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/disclosures', { params: { query }, signal })),
  });

export function useDisclosures(query: DisclosureQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...disclosuresQueryOptions(query), placeholderData: keepPreviousData, enabled });
}

export const disclosureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...disclosuresKey, 'detail', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/disclosures/{id}', { params: { path: { id } }, signal })),
  });

export function useDisclosure(id: string) {
  return useQuery(disclosureQueryOptions(id));
}

export async function recordDisclosure(input: DisclosureInput) {
  return unwrap(await api.POST('/api/v1/disclosures', { body: input }));
}

export function useRecordDisclosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDisclosure,
    onSuccess: (disclosure) => {
      queryClient.setQueryData(disclosureQueryOptions(disclosure.id).queryKey, disclosure);
      void queryClient.invalidateQueries({ queryKey: [...disclosuresKey, 'list'] });
    },
  });
}
