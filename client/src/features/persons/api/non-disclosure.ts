import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { ClosedSet } from '@/api/types';

// --- Claims of the non-disclosure marking: staff record them, the data protection officer decides ---

export const nonDisclosureClaimsQueryOptions = (decided: boolean, page = 1) =>
  queryOptions({
    queryKey: ['non-disclosure-claims', { decided, page }],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/non-disclosure-claims', { params: { query: { decided, page, pageSize: 50 } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useNonDisclosureClaims(decided: boolean, page = 1) {
  return useQuery(nonDisclosureClaimsQueryOptions(decided, page));
}

export async function claimNonDisclosure({ personId, note }: { personId: string; note: string | null }) {
  return unwrap(await api.POST('/api/v1/persons/{id}/non-disclosure-claims', { params: { path: { id: personId } }, body: { note } }));
}

/** The person's address is hidden at once, so the person (and any claim list) is read again. */
export function useClaimNonDisclosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimNonDisclosure,
    onSuccess: async (_, { personId }) => {
      await queryClient.invalidateQueries({ queryKey: ['persons', 'detail', personId] });
      await queryClient.invalidateQueries({ queryKey: ['non-disclosure-claims'] });
    },
  });
}

export type NonDisclosureOutcome = ClosedSet<'NonDisclosureClaimOutcome'>;

export async function decideNonDisclosureClaim({ claimId, outcome, note }: { claimId: string; outcome: NonDisclosureOutcome; note: string | null }) {
  return unwrap(
    await api.POST('/api/v1/non-disclosure-claims/{id}/decision', { params: { path: { id: claimId } }, body: { outcome, note } }),
  );
}

export function useDecideNonDisclosureClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideNonDisclosureClaim,
    onSuccess: async (claim) => {
      await queryClient.invalidateQueries({ queryKey: ['non-disclosure-claims'] });
      await queryClient.invalidateQueries({ queryKey: ['persons', 'detail', claim.personId] });
    },
  });
}
