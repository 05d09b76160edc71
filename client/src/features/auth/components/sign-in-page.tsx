import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { useSession } from '@/lib/auth';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const current = useSession();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (current?.user && !current.mustChangePassword) return <Navigate to={from} replace />;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={400} maw="100%">
        <Stack>
          <Group justify="space-between">
            <Title order={1} size="h2">
              HsWorks
            </Title>
            <LanguageSwitcher />
          </Group>
          <Text c="dimmed">{t('auth.signInIntro')}</Text>
          <SignInForm
            onSuccess={(result) =>
              navigate(result.mustChangePassword ? '/change-password' : from, { replace: true, state: { from } })
            }
          />
        </Stack>
      </Paper>
    </Center>
  );
}
