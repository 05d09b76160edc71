import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { ConsentEventInput, ProhibitionInput } from '@/api/types';

// --- Consents: the state in force and the ledger (history newest first) ---

export const consentsQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['persons', 'detail', personId, 'consents'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/persons/{id}/consents', { params: { path: { id: personId } }, signal })),
  });

export function useConsents(personId: string) {
  return useQuery(consentsQueryOptions(personId));
}

export async function recordConsent({ personId, input }: { personId: string; input: ConsentEventInput }) {
  return unwrap(await api.POST('/api/v1/persons/{id}/consents', { params: { path: { id: personId } }, body: input }));
}

export function useRecordConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordConsent,
    onSuccess: (_, { personId }) => queryClient.invalidateQueries({ queryKey: consentsQueryOptions(personId).queryKey }),
  });
}

// --- Prohibitions (marketing bans), active and lifted ---

export const prohibitionsQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['persons', 'detail', personId, 'prohibitions'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/persons/{id}/prohibitions', { params: { path: { id: personId } }, signal })),
  });

export function useProhibitions(personId: string) {
  return useQuery(prohibitionsQueryOptions(personId));
}

export async function imposeProhibition({ personId, input }: { personId: string; input: ProhibitionInput }) {
  return unwrap(await api.POST('/api/v1/persons/{id}/prohibitions', { params: { path: { id: personId } }, body: input }));
}

export function useImposeProhibition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: imposeProhibition,
    onSuccess: (_, { personId }) => queryClient.invalidateQueries({ queryKey: prohibitionsQueryOptions(personId).queryKey }),
  });
}

export async function liftProhibition({ personId, prohibitionId }: { personId: string; prohibitionId: string }) {
  return unwrap(
    await api.POST('/api/v1/persons/{id}/prohibitions/{prohibitionId}/lift', { params: { path: { id: personId, prohibitionId } } }),
  );
}

export function useLiftProhibition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: liftProhibition,
    onSuccess: (_, { personId }) => queryClient.invalidateQueries({ queryKey: prohibitionsQueryOptions(personId).queryKey }),
  });
}

// --- Matches on prohibition registers (in force and earlier files); not lifted by hand ---

export const registerMatchesQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: ['persons', 'detail', personId, 'register-matches'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/persons/{id}/register-matches', { params: { path: { id: personId } }, signal })),
  });

export function useRegisterMatches(personId: string) {
  return useQuery(registerMatchesQueryOptions(personId));
}
