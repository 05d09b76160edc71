import { Alert, Button, Center, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { useSession } from '@/lib/auth';
import { useLogout } from '../api/logout';
import { ChangePasswordForm } from './change-password-form';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const current = useSession();
  const logout = useLogout();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (!current) return <Navigate to="/sign-in" replace />;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={440} maw="100%">
        <Stack>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('auth.changePassword')}
            </Title>
            <LanguageSwitcher />
          </Group>
          {current.mustChangePassword && <Alert color="yellow">{t('auth.mustChangePassword')}</Alert>}
          <ChangePasswordForm onSuccess={() => navigate(from === '/change-password' ? '/' : from, { replace: true })} />
          <Button
            variant="subtle"
            color="gray"
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
          >
            {t('auth.signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
