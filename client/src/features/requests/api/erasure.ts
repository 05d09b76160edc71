import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { requestQueryOptions } from './requests';

export const erasureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['requests', 'detail', id, 'erasure'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/requests/{id}/erasure', { params: { path: { id } }, signal })),
  });

/** The erasure preview of a request (what each item of the persons' data would become, and why not yet), or its record once carried out. */
export function useErasure(id: string) {
  return useQuery(erasureQueryOptions(id));
}

/** Carries out the erasure (once, cannot be undone); the answer is the record, and the request is read again for its timeline. */
export function useCarryOutErasure(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/requests/{id}/erasure', { params: { path: { id } } })),
    onSuccess: (record) => {
      queryClient.setQueryData(erasureQueryOptions(id).queryKey, record);
      void queryClient.invalidateQueries({ queryKey: requestQueryOptions(id).queryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: ['requests', 'detail', id, 'recipients'] });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}
