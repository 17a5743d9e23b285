import { Suspense } from 'react';
import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Title, Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { usePermissions } from '../auth/usePermissions';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { PageLoader } from '../components/PageLoader';
import { RouteErrorBoundary } from '../components/RouteErrorBoundary';
import { isRole, type Permissions } from '../auth/permissions';
import type { Me } from '../api/types';

interface NavItem {
  to: string;
  labelKey:
    | 'nav.dashboard'
    | 'nav.plans'
    | 'nav.myWork'
    | 'nav.feedback'
    | 'nav.audit'
    | 'nav.admin'
    | 'integrations.nav'
    | 'meeting.nav'
    | 'documents.nav'
    | 'account.menu';
  visible: (p: Permissions, user: Me) => boolean;
  end?: boolean;
}

const NAV: NavItem[] = [
  { to: '/dashboard', labelKey: 'nav.dashboard', visible: () => true },
  { to: '/plans', labelKey: 'nav.plans', visible: () => true },
  { to: '/my-work', labelKey: 'nav.myWork', visible: (_p, u) => u.role === 'unit_officer' || !!u.unit_id },
  { to: '/feedback', labelKey: 'nav.feedback', visible: (p) => p.readFeedback },
  { to: '/documents', labelKey: 'documents.nav', visible: (p) => p.editConsultations },
  { to: '/meetings/new', labelKey: 'meeting.nav', visible: (p) => p.submitFeedbackBatch },
  { to: '/audit', labelKey: 'nav.audit', visible: (p) => p.readAudit },
  { to: '/admin', labelKey: 'nav.admin', visible: (p) => p.readUsers || p.manageUsers },
  { to: '/integrations', labelKey: 'integrations.nav', visible: (p) => p.has('webhooks:manage') },
  { to: '/account', labelKey: 'account.menu', visible: () => true },
];

/** The signed-in frame: header, role-aware navigation (a drawer on phones), content. */
export default function AppLayout() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const permissions = usePermissions();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  if (!user) return null;

  const items = NAV.filter((item) => item.visible(permissions, user));
  const isActive = (item: NavItem) =>
    item.end
      ? location.pathname === item.to
      : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            <Title order={1} size="h4">
              <Anchor component={Link} to="/" underline="never" c="civic.8">
                PlanDesk
              </Anchor>
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" id="app-navbar" aria-label={t('nav.main')}>
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end}
              label={t(item.labelKey)}
              active={isActive(item)}
              onClick={close}
              fw={500}
            />
          ))}
          <NavLink component={Link} to="/public/consultations" label={t('nav.publicSite')} onClick={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={4} p="xs">
            <Anchor component={Link} to="/account" size="sm" fw={600} onClick={close} truncate>
              {user.full_name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate>
              {user.email} · {isRole(user.role) ? t(`roles.${user.role}`) : user.role}
            </Text>
            <Button variant="default" size="xs" onClick={() => void logout()} mt={4}>
              {t('auth.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <RouteErrorBoundary>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
