import type { ReactNode } from 'react';
import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { session } from '@/api/session';
import { hasPermission, useRestoringSession, useSession, type Permission } from '@/lib/auth';

/** Signed in and not forced to change the password first. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const current = useSession();
  const restoring = useRestoringSession();
  const location = useLocation();
  const from = location.pathname + location.search;
  if (!current && restoring)
    return (
      <Center mih="100vh">
        <Loader aria-label={t('auth.restoringSession')} />
      </Center>
    );
  // After an expired session the user returns where they were; after signing out, to the start.
  if (!current) return <Navigate to="/sign-in" replace state={session.signedOutByUser() ? null : { from }} />;
  if (current.mustChangePassword) return <Navigate to="/change-password" replace state={{ from }} />;
  return <>{children}</>;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const current = useSession();
  if (!hasPermission(current, permission))
    return (
      <Alert color="red" role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  return <>{children}</>;
}
