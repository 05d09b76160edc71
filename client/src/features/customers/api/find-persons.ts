import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getPersons } from '@/features/persons';
import { search } from '@/features/search';

export type PersonCandidate = { id: string; displayName: string; detail: string | null };

/**
 * Person candidates for a picker: name-prefix matches from the persons list first, then the
 * typo-tolerant global search's person hits (which may be crowded out by customers).
 */
export async function findPersons(q: string, signal?: AbortSignal): Promise<PersonCandidate[]> {
  const [listed, searched] = await Promise.all([
    getPersons({ q, page: 1, pageSize: 10 }, signal),
    search({ q, page: 1, pageSize: 25 }, signal),
  ]);
  const out = new Map<string, PersonCandidate>();
  for (const p of listed.items ?? [])
    out.set(p.id, {
      id: p.id,
      displayName: `${p.firstName} ${p.lastName}`,
      detail: [p.city, p.email].filter(Boolean).join(' · ') || null,
    });
  for (const hit of searched.items ?? [])
    if (hit.kind === 'person' && !out.has(hit.id)) out.set(hit.id, { id: hit.id, displayName: hit.displayName, detail: hit.detail ?? null });
  return [...out.values()].slice(0, 10);
}

export const findPersonsQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['persons-picker', q], queryFn: ({ signal }) => findPersons(q, signal) });

export function useFindPersons(q: string) {
  return useQuery({ ...findPersonsQueryOptions(q), enabled: q.trim().length > 0, placeholderData: keepPreviousData });
}
