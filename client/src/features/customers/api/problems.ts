import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import type { ProblemInput } from './c360-types';
import { customer360Key } from './keys';
import { api } from '@/api/client';
import type { ListParams } from './purchases';
import type { ClosedSet } from '@/api/types';

export type ProblemsParams = ListParams & { status?: string };

export async function getProblems({ customerId, productGroupId, status, page, pageSize }: ProblemsParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers/{id}/problems', {
      params: {
        path: { id: customerId },
        query: { productGroupId: productGroupId || undefined, status: (status || undefined) as ClosedSet<'ProblemStatus'> | undefined, page, pageSize },
      },
      signal,
    }),
  );
}

export const problemsQueryOptions = (params: ProblemsParams) =>
  queryOptions({ queryKey: [...customer360Key(params.customerId), 'problems', params], queryFn: ({ signal }) => getProblems(params, signal) });

export function useProblems(params: ProblemsParams) {
  return useQuery({ ...problemsQueryOptions(params), placeholderData: keepPreviousData });
}

export async function createProblem({ customerId, input }: { customerId: string; input: ProblemInput }) {
  return unwrap(await api.POST('/api/v1/customers/{id}/problems', { params: { path: { id: customerId } }, body: input }));
}

export function useCreateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProblem,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: customer360Key(customerId) }),
  });
}

export async function updateProblem({ customerId, problemId, input }: { customerId: string; problemId: string; input: ProblemInput }) {
  return unwrap(
    await api.PUT('/api/v1/customers/{id}/problems/{problemId}', {
      params: { path: { id: customerId, problemId } },
      body: input,
    }),
  );
}

export function useUpdateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProblem,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: customer360Key(customerId) }),
  });
}
