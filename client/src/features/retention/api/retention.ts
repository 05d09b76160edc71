import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ifMatch, unwrap } from '@/api/problem';
import type { LegalHoldInput, RetentionRuleInput } from '@/api/types';

const retentionKey = ['retention'] as const;

export const rulesQueryOptions = () =>
  queryOptions({
    queryKey: [...retentionKey, 'rules'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/retention/rules', { signal })),
  });

export function useRetentionRules() {
  return useQuery(rulesQueryOptions());
}

export type UpdateRuleArgs = { category: string; version: string; input: RetentionRuleInput };

export async function updateRule({ category, version, input }: UpdateRuleArgs) {
  return unwrap(
    await api.PUT('/api/v1/retention/rules/{category}', {
      params: { path: { category } },
      headers: { 'If-Match': ifMatch(version) },
      body: input,
    }),
  );
}

/** A changed rule changes what is due: the dry run is asked again. */
export function useUpdateRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }),
  });
}

export const financialYearQueryOptions = () =>
  queryOptions({
    queryKey: [...retentionKey, 'financial-year'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/retention/financial-year', { signal })),
  });

export function useFinancialYear() {
  return useQuery(financialYearQueryOptions());
}

export type UpdateFinancialYearArgs = { version: string; endMonth: number; endDay: number };

export async function updateFinancialYear({ version, endMonth, endDay }: UpdateFinancialYearArgs) {
  return unwrap(
    await api.PUT('/api/v1/retention/financial-year', { headers: { 'If-Match': ifMatch(version) }, body: { endMonth, endDay } }),
  );
}

export function useUpdateFinancialYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFinancialYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }),
  });
}

export const holdsQueryOptions = (includeLifted: boolean) =>
  queryOptions({
    queryKey: [...retentionKey, 'holds', { includeLifted }],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/retention/holds', { params: { query: { includeLifted } }, signal })),
  });

export function useLegalHolds(includeLifted: boolean) {
  return useQuery(holdsQueryOptions(includeLifted));
}

export async function placeHold(input: LegalHoldInput) {
  return unwrap(await api.POST('/api/v1/retention/holds', { body: input }));
}

export function usePlaceHold() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: placeHold, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }) });
}

export async function liftHold(id: string) {
  unwrap(await api.DELETE('/api/v1/retention/holds/{id}', { params: { path: { id } } }));
}

export function useLiftHold() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: liftHold, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }) });
}

export const dryRunQueryOptions = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: [...retentionKey, 'dry-run', { page, pageSize }],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/retention/dry-run', { params: { query: { page, pageSize } }, signal })),
  });

export function useDryRun(page: number, pageSize: number) {
  return useQuery({ ...dryRunQueryOptions(page, pageSize), placeholderData: keepPreviousData });
}

export const runsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...retentionKey, 'runs', { page }],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/retention/runs', { params: { query: { page, pageSize: 10 } }, signal })),
  });

export function useRetentionRuns(page: number) {
  return useQuery({ ...runsQueryOptions(page), placeholderData: keepPreviousData });
}

export async function startRun() {
  return unwrap(await api.POST('/api/v1/retention/runs'));
}

/** What a run removed is no longer due, and the run joins the history. */
export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: startRun, onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }) });
}

/** After a 412: every retention query is asked again, so the form reopens on the current version. */
export function useReloadRetention() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: retentionKey });
}
