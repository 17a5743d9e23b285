import { Suspense } from 'react';
import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { PageLoader } from '../components/PageLoader';
import { RouteErrorBoundary } from '../components/RouteErrorBoundary';

/** The citizen-facing frame: light, no sign-in, readable on a phone. */
export default function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Anchor component={Link} to="/public/consultations" underline="never" fw={700} size="lg" c="civic.8">
              {t('public.siteTitle')}
            </Anchor>
            <Group gap="md" wrap="wrap">
              <nav aria-label={t('public.nav')}>
                <Group gap="md" wrap="wrap">
                  <Anchor component={NavLink} to="/public/consultations" size="sm">
                    {t('public.consultations')}
                  </Anchor>
                  <Anchor component={NavLink} to="/public/feedback" size="sm">
                    {t('public.lookup')}
                  </Anchor>
                </Group>
              </nav>
              <LanguageSwitcher />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="md" py="md" component="main" id="main" tabIndex={-1}>
        <RouteErrorBoundary>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </Container>
      <Box component="footer" py="md">
        <Container size="md">
          <Text size="xs" c="dimmed">
            {t('public.footer')}{' '}
            <Anchor component={Link} to="/login" size="xs">
              {t('public.staffLogin')}
            </Anchor>
          </Text>
        </Container>
      </Box>
    </>
  );
}
