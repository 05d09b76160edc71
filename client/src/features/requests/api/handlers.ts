import { useTranslation } from 'react-i18next';
import { REQUEST_HANDLER_LEVELS } from '@/api/types';
import { usePermission, useSession } from '@/lib/auth';
import { useUsers } from '@/features/users';

export type Handler = { id: string; name: string };

/**
 * The staff a request can be assigned to: the signed-in handler always; every enabled handler
 * when the user may list staff accounts (users.manage). The API checks the choice again (409).
 */
export function useHandlers(): { handlers: Handler[]; nameOf: (id: string | null | undefined) => string | null } {
  const { t } = useTranslation();
  const me = useSession()?.user;
  const canListUsers = usePermission('users.manage');
  const users = useUsers({ page: 1, pageSize: 100 }, { enabled: canListUsers });
  const handlers: Handler[] = [];
  if (me) handlers.push({ id: me.id, name: t('requests.me', { name: me.displayName }) });
  for (const u of users.data?.items ?? [])
    if (u.enabled && REQUEST_HANDLER_LEVELS.includes(u.accessLevel) && u.id !== me?.id) handlers.push({ id: u.id, name: u.displayName });
  const nameOf = (id: string | null | undefined) => (id ? (handlers.find((h) => h.id === id)?.name ?? t('requests.otherHandler')) : null);
  return { handlers, nameOf };
}
