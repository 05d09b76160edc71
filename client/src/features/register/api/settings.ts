import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ifMatch, unwrap } from '@/api/problem';
import type { ControllerInput, Language, ProcessingRecordDto } from '@/api/types';
import { downloadedFile } from '@/lib/download';

export const controllerQueryOptions = () =>
  queryOptions({
    queryKey: ['controller'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/controller', { signal })),
  });

export function useController() {
  return useQuery(controllerQueryOptions());
}

/** PUT with `If-Match: "<version>"`; a stale version answers 412. */
export function useUpdateController() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, input }: { version: string; input: ControllerInput }) =>
      unwrap(await api.PUT('/api/v1/controller', { headers: { 'If-Match': ifMatch(version) }, body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(controllerQueryOptions().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['privacyNotice', 'preview'] });
    },
  });
}

/** The draft generated from the register now (nothing kept), in one language. */
export function useNoticePreview(lang: Language) {
  return useQuery({
    queryKey: ['privacyNotice', 'preview', lang],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/privacy-notice/preview', { params: { query: { lang } }, signal })),
  });
}

export const noticeVersionsQueryOptions = () =>
  queryOptions({
    queryKey: ['privacyNotice', 'versions'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/privacy-notice/versions', { signal })),
  });

export function useNoticeVersions() {
  return useQuery(noticeVersionsQueryOptions());
}

/** Publishing keeps a new immutable version: the list is read again. */
export function usePublishNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/privacy-notice/versions')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: noticeVersionsQueryOptions().queryKey }),
  });
}

/** What changed from version `from` to `number`, section by section (a published version never changes: cached as is). */
export function useNoticeDiff(number: number | null, from: number | null, lang: Language) {
  return useQuery({
    queryKey: ['privacyNotice', 'diff', number, from, lang],
    enabled: number !== null,
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/privacy-notice/versions/{number}/diff', {
          params: { path: { number: number ?? 0 }, query: { from: from ?? undefined, lang } },
          signal,
        }),
      ),
  });
}

export function useProcessingRecord(lang: Language) {
  return useQuery({
    queryKey: ['processingRecord', lang],
    // Without Accept: text/html the API answers the JSON (the HTML alternative widens the generated type).
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/processing-record', { params: { query: { lang } }, signal })) as ProcessingRecordDto,
  });
}

export async function processingRecordCsv(lang: Language) {
  return downloadedFile(await api.GET('/api/v1/processing-record.csv', { params: { query: { lang } }, parseAs: 'blob' }), 'processing-record.csv');
}

/** The printable page (Accept: text/html), through the API client so the Bearer token goes along. */
export async function processingRecordPage(lang: Language) {
  return downloadedFile(
    await api.GET('/api/v1/processing-record', { params: { query: { lang } }, headers: { Accept: 'text/html' }, parseAs: 'blob' }),
    `processing-record-${lang}.html`,
  );
}
