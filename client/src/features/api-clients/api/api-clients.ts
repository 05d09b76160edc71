import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { ApiClientDto, ApiClientInput } from '@/api/types';

const clientsKey = ['api-clients'] as const;

export const apiClientsQueryOptions = () =>
  queryOptions({
    queryKey: [...clientsKey, 'list'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/api-clients', { signal })),
  });

export function useApiClients() {
  return useQuery(apiClientsQueryOptions());
}

export async function createApiClient(input: ApiClientInput) {
  return unwrap(await api.POST('/api/v1/api-clients', { body: input }));
}

// The answers of create and rotate hold the client secret (only this once): gcTime 0 forgets the
// mutation as soon as nothing shows it, and the secret never goes into the query cache.

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiClient,
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryOptions().queryKey }),
  });
}

export async function rotateApiClient(id: string) {
  return unwrap(await api.POST('/api/v1/api-clients/{id}/rotate', { params: { path: { id } } }));
}

export function useRotateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiClient,
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryOptions().queryKey }),
  });
}

export async function revokeApiClient(id: string) {
  return unwrap(await api.DELETE('/api/v1/api-clients/{id}', { params: { path: { id } } }));
}

export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiClient,
    onSuccess: (revoked) => {
      queryClient.setQueryData<ApiClientDto[]>(apiClientsQueryOptions().queryKey, (list) => list?.map((c) => (c.id === revoked.id ? revoked : c)));
      void queryClient.invalidateQueries({ queryKey: apiClientsQueryOptions().queryKey });
    },
  });
}
