import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import type { AssetInput } from './c360-types';
import { customer360Key } from './keys';
import { api } from '@/api/client';
import type { ListParams } from './purchases';

export async function getAssets({ customerId, productGroupId, page, pageSize }: ListParams, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers/{id}/assets', {
      params: { path: { id: customerId }, query: { productGroupId: productGroupId || undefined, page, pageSize } },
      signal,
    }),
  );
}

export const assetsQueryOptions = (params: ListParams) =>
  queryOptions({ queryKey: [...customer360Key(params.customerId), 'assets', params], queryFn: ({ signal }) => getAssets(params, signal) });

export function useAssets(params: ListParams) {
  return useQuery({ ...assetsQueryOptions(params), placeholderData: keepPreviousData });
}

export async function createAsset({ customerId, input }: { customerId: string; input: AssetInput }) {
  return unwrap(await api.POST('/api/v1/customers/{id}/assets', { params: { path: { id: customerId } }, body: input }));
}

export function useCreateAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAsset,
    onSuccess: (_, { customerId }) => queryClient.invalidateQueries({ queryKey: customer360Key(customerId) }),
  });
}
