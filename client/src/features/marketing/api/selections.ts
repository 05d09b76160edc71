import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ApiError, unwrap, type Problem } from '@/api/problem';
import type { MarketingSelectionInput } from '@/api/types';
import { attachmentFileName, saveBlob } from '@/lib/download';

const selectionsKey = ['marketing', 'selections'] as const;

export type SelectionsParams = { page: number; pageSize: number };

export const selectionsQueryOptions = ({ page, pageSize }: SelectionsParams) =>
  queryOptions({
    queryKey: [...selectionsKey, 'list', { page, pageSize }],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/marketing/selections', { params: { query: { page, pageSize } }, signal })),
  });

export function useSelections(params: SelectionsParams) {
  return useQuery({ ...selectionsQueryOptions(params), placeholderData: keepPreviousData });
}

export const selectionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...selectionsKey, 'detail', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/marketing/selections/{id}', { params: { path: { id } }, signal })),
  });

export function useSelection(id: string) {
  return useQuery(selectionQueryOptions(id));
}

export async function createSelection(input: MarketingSelectionInput) {
  return unwrap(await api.POST('/api/v1/marketing/selections', { body: input }));
}

export function useCreateSelection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSelection,
    onSuccess: (selection) => {
      queryClient.setQueryData(selectionQueryOptions(selection.id).queryKey, selection);
      void queryClient.invalidateQueries({ queryKey: [...selectionsKey, 'list'] });
    },
  });
}

/** The counts now: not cached for long, since consents, bans and registers change. */
export const previewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...selectionsKey, 'detail', id, 'preview'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/marketing/selections/{id}/preview', { params: { path: { id } }, signal })),
    staleTime: 0,
  });

export function usePreview(id: string) {
  return useQuery(previewQueryOptions(id));
}

export const exportsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...selectionsKey, 'detail', id, 'exports'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/marketing/selections/{id}/exports', { params: { path: { id } }, signal })),
  });

export function useExports(id: string) {
  return useQuery(exportsQueryOptions(id));
}

export type DownloadedExport = { blob: Blob; fileName: string; exportId: string | null };

/**
 * The CSV through the one API client (so the Bearer token goes along and a 401 refreshes once),
 * as a Blob with the file name the API gives in Content-Disposition. Every call is a recorded export.
 */
export async function downloadExport(id: string): Promise<DownloadedExport> {
  const result = await api.GET('/api/v1/marketing/selections/{id}/export', { params: { path: { id } }, parseAs: 'blob' });
  if (!result.response.ok) {
    // openapi-fetch reads error bodies as JSON (problem details) whatever parseAs says.
    const error: unknown = result.error;
    throw new ApiError(result.response.status, typeof error === 'object' && error !== null ? (error as Problem) : undefined);
  }
  return {
    blob: result.data as Blob,
    fileName: attachmentFileName(result.response.headers.get('Content-Disposition'), `selection-${id}.csv`),
    exportId: result.response.headers.get('HsWorks-Export-Id'),
  };
}

export function useExportSelection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: downloadExport,
    gcTime: 0,
    onSuccess: (file) => saveBlob(file.blob, file.fileName),
    onSettled: (_, __, id) => queryClient.invalidateQueries({ queryKey: exportsQueryOptions(id).queryKey }),
  });
}

// --- Handing a selection over to a recipient ---

export async function handOverSelection({ id, recipientId }: { id: string; recipientId: string }) {
  return unwrap(await api.POST('/api/v1/marketing/selections/{id}/handover', { params: { path: { id } }, body: { recipientId } }));
}

/** Hands the persons the selection includes now to a recipient; the API records it as a disclosure. */
export function useHandOverSelection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: handOverSelection,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['disclosures'] }),
  });
}
