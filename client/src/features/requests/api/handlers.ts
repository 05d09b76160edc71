import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { useSession } from '@/lib/auth';

export type Handler = { id: string; name: string };

/**
 * The staff who handle requests, from the API (GET /api/v1/requests/handlers): the enabled ones are whom a request can be
 * assigned to; every one keeps its name in the inbox and the timeline. The API checks the choice again (409).
 */
export function useHandlers(): { handlers: Handler[]; nameOf: (id: string | null | undefined) => string | null } {
  const { t } = useTranslation();
  const me = useSession()?.user;
  const all = useQuery({
    queryKey: ['requests', 'handlers'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/requests/handlers', { signal })),
    staleTime: 60_000,
  });
  const named = (id: string, name: string) => (id === me?.id ? t('requests.me', { name }) : name);
  const handlers: Handler[] = [];
  if (me) handlers.push({ id: me.id, name: t('requests.me', { name: me.displayName }) });
  for (const h of all.data ?? []) if (h.enabled && h.id !== me?.id) handlers.push({ id: h.id, name: h.displayName });
  const nameOf = (id: string | null | undefined) => {
    if (!id) return null;
    const known = all.data?.find((h) => h.id === id);
    return known ? named(known.id, known.displayName) : (handlers.find((h) => h.id === id)?.name ?? t('requests.otherHandler'));
  };
  return { handlers, nameOf };
}
