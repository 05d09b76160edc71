import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { RemoteAccessInput } from './c360-types';
import { customer360Key } from './keys';

export type RemoteAccessParams = { customerId: string; assetId: string };

/** A device's remote connections; the API never sends the secrets here (only `hasSecret`). */
export async function getRemoteAccess(assetId: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/assets/{id}/remote-access', { params: { path: { id: assetId } }, signal }));
}

export const remoteAccessQueryOptions = ({ customerId, assetId }: RemoteAccessParams) =>
  queryOptions({
    queryKey: [...customer360Key(customerId), 'remote-access', assetId],
    queryFn: ({ signal }) => getRemoteAccess(assetId, signal),
  });

export function useRemoteAccess(params: RemoteAccessParams) {
  return useQuery(remoteAccessQueryOptions(params));
}

export async function addRemoteAccess({ assetId, input }: RemoteAccessParams & { input: RemoteAccessInput }) {
  return unwrap(await api.POST('/api/v1/assets/{id}/remote-access', { params: { path: { id: assetId } }, body: input }));
}

export function useAddRemoteAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRemoteAccess,
    onSuccess: (_, params) => queryClient.invalidateQueries({ queryKey: remoteAccessQueryOptions(params).queryKey }),
  });
}

/** Reveals one secret; the API records who, when and the reason in the audit log. */
export async function revealRemoteAccessSecret({ id, reason }: { id: string; reason: string }) {
  return unwrap(await api.POST('/api/v1/remote-access/{id}/reveal', { params: { path: { id } }, body: { reason } }));
}

/**
 * A mutation, never a query: the secret must not sit in the query cache. `gcTime: 0` drops the
 * mutation (and the secret in its data) as soon as the dialog that used it unmounts.
 */
export function useRevealRemoteAccessSecret() {
  return useMutation({ mutationFn: revealRemoteAccessSecret, gcTime: 0 });
}
