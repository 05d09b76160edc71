import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function getPurposes(signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/purposes', { signal }));
}

/** Keyed by language: the names come in the Accept-Language language. */
export const purposesQueryOptions = (language: string) =>
  queryOptions({
    queryKey: ['purposes', language],
    queryFn: ({ signal }) => getPurposes(signal),
    staleTime: 10 * 60_000,
  });

/** The purposes of processing (with their legal basis and whether they are marketing), in the UI language. */
export function usePurposes() {
  const { i18n } = useTranslation();
  return useQuery(purposesQueryOptions(i18n.resolvedLanguage ?? i18n.language));
}
