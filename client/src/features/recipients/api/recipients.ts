import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ifMatch, unwrap } from '@/api/problem';
import type { RecipientDto, RecipientInput } from '@/api/types';

const recipientsKey = ['recipients'] as const;

/** The register of recipients. Same key in every feature that lists them: one cache. */
export const recipientsQueryOptions = () =>
  queryOptions({
    queryKey: [...recipientsKey, 'list'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/recipients', { signal })),
  });

/** Needs recipients.read: a caller without it passes `enabled: false`. */
export function useRecipients({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...recipientsQueryOptions(), enabled });
}

export const recipientQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...recipientsKey, 'detail', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/recipients/{id}', { params: { path: { id } }, signal })),
  });

export function useRecipient(id: string) {
  return useQuery(recipientQueryOptions(id));
}

export async function registerRecipient(input: RecipientInput) {
  return unwrap(await api.POST('/api/v1/recipients', { body: input }));
}

/**
 * The answer holds the webhook secret (only this once): the mutation is forgotten as soon as the
 * form is gone (gcTime 0), and the cached recipient never has the secret.
 */
export function useRegisterRecipient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerRecipient,
    gcTime: 0,
    onSuccess: (recipient) => {
      const stored: RecipientDto = { ...recipient, webhookSecret: null };
      queryClient.setQueryData(recipientQueryOptions(recipient.id).queryKey, stored);
      void queryClient.invalidateQueries({ queryKey: recipientsQueryOptions().queryKey });
    },
  });
}

export type UpdateRecipientArgs = { id: string; version: string; input: RecipientInput };

/** PUT with `If-Match: "<version>"`; a stale version answers 412. */
export async function updateRecipient({ id, version, input }: UpdateRecipientArgs) {
  return unwrap(
    await api.PUT('/api/v1/recipients/{id}', { params: { path: { id } }, headers: { 'If-Match': ifMatch(version) }, body: input }),
  );
}

/** An edit that adds a webhook answers its secret once: forgotten with the form, never cached. */
export function useUpdateRecipient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRecipient,
    gcTime: 0,
    onSuccess: (recipient) => {
      const stored: RecipientDto = { ...recipient, webhookSecret: null };
      queryClient.setQueryData(recipientQueryOptions(recipient.id).queryKey, stored);
      void queryClient.invalidateQueries({ queryKey: recipientsQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: historyQueryOptions(recipient.id).queryKey });
    },
  });
}

/** A new webhook secret, in this answer only (gcTime 0: forgotten as soon as it is shown and closed). */
export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/recipients/{id}/webhook-secret/rotate', { params: { path: { id } } })),
    gcTime: 0,
    onSuccess: (secret) => void queryClient.invalidateQueries({ queryKey: historyQueryOptions(secret.recipientId).queryKey }),
  });
}

export const historyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...recipientsKey, 'detail', id, 'history'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/recipients/{id}/history', { params: { path: { id } }, signal })),
  });

/** Who registered, edited or rotated the recipient's secret, newest first. */
export function useRecipientHistory(id: string) {
  return useQuery(historyQueryOptions(id));
}

export const noticesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...recipientsKey, 'detail', id, 'notices'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/recipients/{id}/notices', { params: { path: { id } }, signal })),
  });

/** Webhook notices; asked again every 30 s while any is still being delivered. */
export function useNotices(id: string, enabled: boolean) {
  return useQuery({
    ...noticesQueryOptions(id),
    enabled,
    refetchInterval: (q) => (q.state.data?.some((n) => !n.deliveredAt && !n.abandonedAt) ? 30_000 : false),
  });
}
