import { AppShell, Burger, Button, Center, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { hasPermission, useSession, type Permission } from '@/lib/auth';
import { useLogout } from '@/features/auth/api/logout';
import { useMe } from '@/features/auth/api/get-me';
import { SearchBox } from '@/features/search/components/search-box';

/** `end`: active on that path only (not on the paths under it, which have their own entry). */
const NAV: { to: string; label: string; permission: Permission; end?: boolean }[] = [
  { to: '/search', label: 'nav.search', permission: 'search' },
  { to: '/customers', label: 'nav.customers', permission: 'customers.read' },
  { to: '/persons', label: 'nav.persons', permission: 'persons.read' },
  { to: '/marketing', label: 'nav.marketing', permission: 'marketing.select' },
  { to: '/prohibition-registers', label: 'nav.prohibitionRegisters', permission: 'prohibitionRegisters.manage' },
  { to: '/population-register', label: 'nav.populationRegister', permission: 'populationRegister.import' },
  { to: '/recipients', label: 'nav.recipients', permission: 'recipients.read' },
  { to: '/disclosures', label: 'nav.disclosures', permission: 'disclosures.read' },
  { to: '/requests', label: 'nav.requests', permission: 'requests.manage', end: true },
  { to: '/requests/new', label: 'nav.registerRequest', permission: 'requests.register' },
  { to: '/retention', label: 'nav.retention', permission: 'retention.manage' },
  { to: '/non-disclosure-claims', label: 'nav.nonDisclosureClaims', permission: 'nonDisclosure.manage' },
  { to: '/api-clients', label: 'nav.apiClients', permission: 'apiClients.manage' },
  { to: '/users', label: 'nav.users', permission: 'users.manage' },
  { to: '/settings', label: 'nav.settings', permission: 'privacyNotice.publish' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
];

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const logout = useLogout();
  useMe(Boolean(current));
  const user = current?.user;
  const signOutButton = (
    <Button
      variant="default"
      size="xs"
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
    >
      {t('auth.signOut')}
    </Button>
  );

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Title order={2} size="h3">
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                HsWorks
              </Link>
            </Title>
            {hasPermission(current, 'search') && <SearchBox />}
          </Group>
          <Group wrap="nowrap" gap="sm" visibleFrom="sm">
            {user && (
              <Stack gap={0} align="flex-end" data-testid="current-user">
                <Text size="sm" fw={600}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`accessLevels.${user.accessLevel}`, user.accessLevel)}
                </Text>
              </Stack>
            )}
            <LanguageSwitcher />
            {signOutButton}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} component="nav">
        {NAV.filter((n) => hasPermission(current, n.permission)).map((n) => (
          <NavLink key={n.to} component={RouterNavLink} to={n.to} end={n.end} label={t(n.label)} onClick={close} />
        ))}
        {/* On small screens the header has no room for these. */}
        <Stack hiddenFrom="sm" mt="auto" gap="xs">
          {user && (
            <Text size="sm">
              {user.displayName} · {t(`accessLevels.${user.accessLevel}`, user.accessLevel)}
            </Text>
          )}
          <LanguageSwitcher />
          {signOutButton}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Center py="xl">
              <Loader aria-label={t('common.loading')} />
            </Center>
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
