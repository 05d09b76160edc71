import { useEffect, useRef } from 'react';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { ProhibitionRegisterInput, RegisterImportDto } from '@/api/types';
import { isRunning } from '../lib/imports';

const registersKey = ['prohibition-registers'] as const;

export const registersQueryOptions = () =>
  queryOptions({
    queryKey: [...registersKey, 'list'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/prohibition-registers', { signal })),
  });

export function useRegisters() {
  return useQuery(registersQueryOptions());
}

export async function createRegister(input: ProhibitionRegisterInput) {
  return unwrap(await api.POST('/api/v1/prohibition-registers', { body: input }));
}

export function useCreateRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRegister,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registersQueryOptions().queryKey }),
  });
}

export const importsQueryOptions = (registerId: string) =>
  queryOptions({
    queryKey: [...registersKey, registerId, 'imports'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/prohibition-registers/{id}/imports', { params: { path: { id: registerId } }, signal })),
  });

/** The history; while one of them runs it is asked again every 2 s. */
export function useImports(registerId: string) {
  return useQuery({
    ...importsQueryOptions(registerId),
    refetchInterval: (query) => (query.state.data?.some(isRunning) ? 2000 : false),
  });
}

export const importQueryOptions = (registerId: string, importId: string) =>
  queryOptions({
    queryKey: [...registersKey, registerId, 'imports', importId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/prohibition-registers/{id}/imports/{importId}', { params: { path: { id: registerId, importId } }, signal }),
      ),
  });

export const POLL_MS = 1000;

/**
 * One import, asked every second while it runs. When it ends, the history and the registers (the
 * import in force) are fetched again.
 */
export function useImport(registerId: string, importId: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...importQueryOptions(registerId, importId ?? ''),
    enabled: Boolean(importId),
    refetchInterval: (q) => (q.state.data && isRunning(q.state.data) ? POLL_MS : false),
  });
  const status = query.data?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'running' && status && status !== 'running') {
      void queryClient.invalidateQueries({ queryKey: importsQueryOptions(registerId).queryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: registersQueryOptions().queryKey });
    }
    previous.current = status;
  }, [status, registerId, queryClient]);
  return query;
}

export type UploadArgs = { registerId: string; file: File; fileDate: string };

/**
 * multipart/form-data (`file`, `fileDate`) through the one API client, so the Bearer token goes
 * along; the browser sets the boundary. Answers 202 with the running import.
 */
export async function uploadRegisterFile({ registerId, file, fileDate }: UploadArgs) {
  const form = new FormData();
  // Fields before the file: the API streams the file and reads no field after it.
  form.append('fileDate', fileDate);
  form.append('file', file, file.name);
  return unwrap(
    await api.POST('/api/v1/prohibition-registers/{id}/imports', {
      params: { path: { id: registerId } },
      // The schema types the binary part as a string; what is sent is the FormData above.
      body: { file: file.name, fileDate },
      bodySerializer: () => form,
    }),
  ) as RegisterImportDto;
}

export function useUploadRegisterFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadRegisterFile,
    onSuccess: (started, { registerId }) => {
      queryClient.setQueryData(importQueryOptions(registerId, started.id).queryKey, started);
      void queryClient.invalidateQueries({ queryKey: importsQueryOptions(registerId).queryKey, exact: true });
    },
  });
}

export type MatchesParams = { registerId: string; importId: string; page: number; pageSize: number };

export const matchesQueryOptions = ({ registerId, importId, page, pageSize }: MatchesParams) =>
  queryOptions({
    queryKey: [...registersKey, registerId, 'imports', importId, 'matches', { page, pageSize }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/prohibition-registers/{id}/imports/{importId}/matches', {
          params: { path: { id: registerId, importId }, query: { page, pageSize } },
          signal,
        }),
      ),
  });

export function useMatches(params: MatchesParams) {
  return useQuery({ ...matchesQueryOptions(params), placeholderData: keepPreviousData });
}
