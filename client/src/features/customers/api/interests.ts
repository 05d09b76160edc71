import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import type { InterestInput } from './c360-types';
import { customer360Key } from './keys';
import { api } from '@/api/client';

export async function getInterests(customerId: string, signal?: AbortSignal) {
  const data = unwrap(
    await api.GET('/api/v1/customers/{id}/interests', {
      params: { path: { id: customerId } },
      signal,
    }),
  );
  return data;
}

export const interestsQueryOptions = (customerId: string) =>
  queryOptions({ queryKey: [...customer360Key(customerId), 'interests'], queryFn: ({ signal }) => getInterests(customerId, signal) });

export function useInterests(customerId: string) {
  return useQuery(interestsQueryOptions(customerId));
}

export async function addInterest({ customerId, input }: { customerId: string; input: InterestInput }) {
  return unwrap(await api.POST('/api/v1/customers/{id}/interests', { params: { path: { id: customerId } }, body: input }));
}

export function useAddInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addInterest,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: interestsQueryOptions(customerId).queryKey }),
  });
}

export async function removeInterest({ customerId, interestId }: { customerId: string; interestId: string }) {
  unwrap(
    await api.DELETE('/api/v1/customers/{id}/interests/{interestId}', {
      params: { path: { id: customerId, interestId } },
    }),
  );
}

export function useRemoveInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeInterest,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: interestsQueryOptions(customerId).queryKey }),
  });
}
