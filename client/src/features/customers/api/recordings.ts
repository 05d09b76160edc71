import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ApiError, unwrap } from '@/api/problem';
import { customer360Key } from './keys';

/** What the API takes (it also checks that the content matches the type). */
export const RECORDING_ACCEPT = 'audio/*,.pdf,.txt,.eml,application/pdf,text/plain,message/rfc822';
export const RECORDING_MAX_BYTES = 50 * 1024 * 1024;

export type RecordingsParams = { customerId: string; page: number; pageSize: number };

export async function getRecordings({ customerId, page, pageSize }: RecordingsParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers/{id}/recordings', { params: { path: { id: customerId }, query: { page, pageSize } }, signal }),
  );
}

export const recordingsQueryOptions = (params: RecordingsParams) =>
  queryOptions({
    queryKey: [...customer360Key(params.customerId), 'recordings', params],
    queryFn: ({ signal }) => getRecordings(params, signal),
  });

export function useRecordings(params: RecordingsParams) {
  return useQuery({ ...recordingsQueryOptions(params), placeholderData: keepPreviousData });
}

export type UploadRecordingArgs = { customerId: string; file: File; contactId?: string | null };

/**
 * multipart/form-data (`file`, optional `contactId`) through the one API client, so the auth
 * middleware adds the Bearer token (and refreshes once on a 401). The body serializer hands
 * openapi-fetch a FormData, for which it sets no Content-Type: the browser adds the boundary.
 */
export async function uploadRecording({ customerId, file, contactId }: UploadRecordingArgs) {
  const form = new FormData();
  // Fields before the file: the API streams the file and reads no field after it.
  if (contactId) form.append('contactId', contactId);
  form.append('file', file, file.name);
  return unwrap(
    await api.POST('/api/v1/customers/{id}/recordings', {
      params: { path: { id: customerId } },
      // The schema types the binary part as a string; what is sent is the FormData above.
      body: { file: file.name, ...(contactId ? { contactId } : {}) },
      bodySerializer: () => form,
    }),
  );
}

export function useUploadRecording() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadRecording,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: [...customer360Key(customerId), 'recordings'] }),
  });
}

/**
 * The recording's content as a Blob (with the Bearer token, which an `<audio src>` could not
 * send). Every fetch is a playback in the audit log, so it is fetched on demand and not cached.
 */
export async function fetchRecordingBlob(id: string): Promise<Blob> {
  const result = await api.GET('/api/v1/recordings/{id}', { params: { path: { id } }, parseAs: 'blob' });
  if (!result.response.ok) throw new ApiError(result.response.status, typeof result.error === 'object' ? (result.error as object) : undefined);
  return result.data as Blob;
}

export function useRecordingBlob() {
  return useMutation({ mutationFn: fetchRecordingBlob, gcTime: 0 });
}
