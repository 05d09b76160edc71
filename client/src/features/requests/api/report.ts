import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { AccessReportDto, Language } from '@/api/types';
import { downloadedFile } from '@/lib/download';
import { requestQueryOptions } from './requests';

export const accessReportsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['requests', 'detail', id, 'reports'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/requests/{id}/reports', { params: { path: { id } }, signal })),
  });

/** The access reports kept with a request: when, by whom, in which language (newest first). */
export function useAccessReports(id: string, enabled = true) {
  return useQuery({ ...accessReportsQueryOptions(id), enabled });
}

/**
 * Generates the access report (every generation is audited and kept with the request, so it is a
 * mutation, never a query that refetches by itself). The kept list and the timeline are read again.
 */
export function useGenerateAccessReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Without Accept: text/html the API answers the JSON (the HTML alternative widens the generated type).
    mutationFn: async (lang: Language) =>
      unwrap(await api.GET('/api/v1/requests/{id}/report', { params: { path: { id }, query: { lang } } })) as AccessReportDto,
    gcTime: 0,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: accessReportsQueryOptions(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: requestQueryOptions(id).queryKey, exact: true });
    },
  });
}

/** The printable page of the report (Accept: text/html), through the API client so the Bearer token goes along. */
export async function accessReportPage(id: string, lang: Language): Promise<{ blob: Blob; fileName: string }> {
  const result = await api.GET('/api/v1/requests/{id}/report', {
    params: { path: { id }, query: { lang } },
    headers: { Accept: 'text/html' },
    parseAs: 'blob',
  });
  return downloadedFile(result, `access-report-${lang}.html`);
}

/** Generates the printable page; it too is kept with the request, so the kept list and the timeline are read again. */
export function useAccessReportPage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lang: Language) => accessReportPage(id, lang),
    gcTime: 0,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: accessReportsQueryOptions(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: requestQueryOptions(id).queryKey, exact: true });
    },
  });
}

/** The portable data of a portability request as the API's ZIP (audited and written to the timeline). */
export async function portableData(id: string): Promise<{ blob: Blob; fileName: string }> {
  const result = await api.GET('/api/v1/requests/{id}/portability', { params: { path: { id } }, parseAs: 'blob' });
  return downloadedFile(result, 'portability.zip');
}
