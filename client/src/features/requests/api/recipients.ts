import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { ManualNoticeInput } from '@/api/types';
import { downloadedFile, saveBlob } from '@/lib/download';
import { requestQueryOptions } from './requests';

export const requestRecipientsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['requests', 'detail', id, 'recipients'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/requests/{id}/recipients', { params: { path: { id } }, signal })),
  });

/** The recipients of the request's persons' data to tell (Art. 19), each with how it was told. */
export function useRequestRecipients(id: string) {
  return useQuery(requestRecipientsQueryOptions(id));
}

/** Records that a recipient was told by hand; the request (its timeline) comes back, and the recipients are read again. */
export function useRecordManualNotice(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ recipientId, body }: { recipientId: string; body: ManualNoticeInput }) =>
      unwrap(await api.POST('/api/v1/requests/{id}/recipients/{recipientId}/manual-notice', { params: { path: { id, recipientId } }, body })),
    onSuccess: (request) => {
      queryClient.setQueryData(requestQueryOptions(id).queryKey, request);
      void queryClient.invalidateQueries({ queryKey: requestRecipientsQueryOptions(id).queryKey });
    },
  });
}

/** The recipients as the API's CSV (the form given to the person on request). */
export function useExportRequestRecipients(id: string) {
  return useMutation({
    mutationFn: async () =>
      downloadedFile(await api.GET('/api/v1/requests/{id}/recipients/export', { params: { path: { id } }, parseAs: 'blob' }), 'recipients.csv'),
    gcTime: 0,
    onSuccess: (file) => saveBlob(file.blob, file.fileName),
  });
}
