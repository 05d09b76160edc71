import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export type AuditParams = { page: number; pageSize: number; action?: string };

export async function getAudit({ page, pageSize, action }: AuditParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/audit', { params: { query: { page, pageSize, action: action || undefined } }, signal }),
  );
}

export const auditQueryOptions = (params: AuditParams) =>
  queryOptions({ queryKey: ['audit', params], queryFn: ({ signal }) => getAudit(params, signal) });

export function useAudit(params: AuditParams) {
  return useQuery({ ...auditQueryOptions(params), placeholderData: keepPreviousData });
}
