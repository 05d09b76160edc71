import { useEffect, useRef } from 'react';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { PopulationImportDto } from '@/api/types';
import { isRunning } from '@/lib/imports';

const importsKey = ['population-register', 'imports'] as const;

export const importsQueryOptions = () =>
  queryOptions({
    queryKey: [...importsKey, 'list'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/population-register/imports', { signal })),
  });

/** The history; while one of them runs it is asked again every 2 s. */
export function usePopulationImports() {
  return useQuery({ ...importsQueryOptions(), refetchInterval: (query) => (query.state.data?.some(isRunning) ? 2000 : false) });
}

export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...importsKey, id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/population-register/imports/{id}', { params: { path: { id } }, signal })),
  });

export const POLL_MS = 1000;

/** One import, asked every second while it runs; when it ends the history is fetched again. */
export function usePopulationImport(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...importQueryOptions(id ?? ''),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data && isRunning(q.state.data) ? POLL_MS : false),
  });
  const status = query.data?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'running' && status && status !== 'running')
      void queryClient.invalidateQueries({ queryKey: importsQueryOptions().queryKey, exact: true });
    previous.current = status;
  }, [status, queryClient]);
  return query;
}

/** multipart/form-data (`file`) through the one API client, so the Bearer token goes along. Answers 202 with the running import. */
export async function uploadChangeFile(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    await api.POST('/api/v1/population-register/imports', {
      // The schema types the binary part as a string; what is sent is the FormData above.
      body: { file: file.name },
      bodySerializer: () => form,
    }),
  ) as PopulationImportDto;
}

export function useUploadChangeFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadChangeFile,
    onSuccess: (started) => {
      queryClient.setQueryData(importQueryOptions(started.id).queryKey, started);
      void queryClient.invalidateQueries({ queryKey: importsQueryOptions().queryKey, exact: true });
    },
  });
}

export function useUnmatched(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...importsKey, id, 'unmatched', page],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/population-register/imports/{id}/unmatched', { params: { path: { id }, query: { page, pageSize: 50 } }, signal })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
