import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unwrap } from '@/api/problem';
import { api } from '@/api/client';

export async function getProductGroups(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/product-groups', { signal }));
}

/** Keyed by language: the names come in the Accept-Language language. */
export const productGroupsQueryOptions = (language: string) =>
  queryOptions({
    queryKey: ['product-groups', language],
    queryFn: ({ signal }) => getProductGroups(signal),
    staleTime: 10 * 60_000,
  });

export function useProductGroups() {
  const { i18n } = useTranslation();
  return useQuery(productGroupsQueryOptions(i18n.resolvedLanguage ?? i18n.language));
}
