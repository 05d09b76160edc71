import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type {
  AssignRequestInput,
  CompleteRequestInput,
  ExtendRequestInput,
  IdentificationInput,
  MatchPersonsInput,
  RejectRequestInput,
  RequestDto,
  RequestInput,
  StaffNamesInput,
  VerifyIdentityInput,
} from '@/api/types';
import { downloadedFile, saveBlob } from '@/lib/download';
import type { RequestQuery } from '../lib/filters';

const requestsKey = ['requests'] as const;

export const requestsQueryOptions = (query: RequestQuery) =>
  queryOptions({
    queryKey: [...requestsKey, 'list', query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/requests', { params: { query }, signal })),
  });

/** The inbox: open requests first, by due date, as the API orders them. */
export function useRequests(query: RequestQuery) {
  return useQuery({ ...requestsQueryOptions(query), placeholderData: keepPreviousData });
}

export const requestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...requestsKey, 'detail', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/requests/{id}', { params: { path: { id } }, signal })),
  });

/** One request with the requester's full details and its timeline (every read is audited). */
export function useRequest(id: string) {
  return useQuery(requestQueryOptions(id));
}

export async function registerRequest(input: RequestInput) {
  return unwrap(await api.POST('/api/v1/requests', { body: input }));
}

export function useRegisterRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerRequest,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...requestsKey, 'list'] }),
  });
}

/** The steps on a request, by the path the API takes each at; every one answers the request as it is now. */
type StepBodies = {
  assign: AssignRequestInput;
  persons: MatchPersonsInput;
  'identification-asked': IdentificationInput;
  'identification-received': IdentificationInput;
  verify: VerifyIdentityInput;
  extend: ExtendRequestInput;
  complete: CompleteRequestInput;
  reject: RejectRequestInput;
  'staff-names': StaffNamesInput;
};
export type RequestStepPath = keyof StepBodies;

async function takeStep<S extends RequestStepPath>(id: string, step: S, body: StepBodies[S]): Promise<RequestDto> {
  const path = { params: { path: { id } } };
  switch (step) {
    case 'assign':
      return unwrap(await api.POST('/api/v1/requests/{id}/assign', { ...path, body: body as AssignRequestInput }));
    case 'persons':
      return unwrap(await api.POST('/api/v1/requests/{id}/persons', { ...path, body: body as MatchPersonsInput }));
    case 'identification-asked':
      return unwrap(await api.POST('/api/v1/requests/{id}/identification-asked', { ...path, body: body as IdentificationInput }));
    case 'identification-received':
      return unwrap(await api.POST('/api/v1/requests/{id}/identification-received', { ...path, body: body as IdentificationInput }));
    case 'verify':
      return unwrap(await api.POST('/api/v1/requests/{id}/verify', { ...path, body: body as VerifyIdentityInput }));
    case 'extend':
      return unwrap(await api.POST('/api/v1/requests/{id}/extend', { ...path, body: body as ExtendRequestInput }));
    case 'complete':
      return unwrap(await api.POST('/api/v1/requests/{id}/complete', { ...path, body: body as CompleteRequestInput }));
    case 'staff-names':
      return unwrap(await api.POST('/api/v1/requests/{id}/staff-names', { ...path, body: body as StaffNamesInput }));
    default:
      return unwrap(await api.POST('/api/v1/requests/{id}/reject', { ...path, body: body as RejectRequestInput }));
  }
}

/** Takes one step on the request; the answer replaces the detail, and the inbox is read again. */
export function useRequestStep<S extends RequestStepPath>(id: string, step: S) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StepBodies[S]) => takeStep(id, step, body),
    onSuccess: (request) => {
      queryClient.setQueryData(requestQueryOptions(id).queryKey, request);
      // What hangs on the request's state (its erasure preview, recipients, reports) is read again.
      void queryClient.invalidateQueries({ queryKey: requestQueryOptions(id).queryKey, predicate: (q) => q.queryKey.length > 3 });
      void queryClient.invalidateQueries({ queryKey: [...requestsKey, 'list'] });
    },
  });
}

/** The regulator's CSV through the one API client (the Bearer token goes along), saved under the API's file name. */
export async function downloadRequestsExport(): Promise<{ blob: Blob; fileName: string }> {
  return downloadedFile(await api.GET('/api/v1/requests/export', { parseAs: 'blob' }), 'requests.csv');
}

export function useExportRequests() {
  return useMutation({ mutationFn: downloadRequestsExport, gcTime: 0, onSuccess: (file) => saveBlob(file.blob, file.fileName) });
}
