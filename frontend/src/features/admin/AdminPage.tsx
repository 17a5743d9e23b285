import { lazy, Suspense } from 'react';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { usePermissions } from '../../auth/usePermissions';
import { PageLoader } from '../../components/PageLoader';
import { RoutedTabs } from '../../components/RoutedTabs';
import { EmailStatusNotice } from '../notifications/EmailStatusNotice';

const UsersPage = lazy(() => import('./UsersPage'));
const UnitsPage = lazy(() => import('./UnitsPage'));
const UnitGroupsPage = lazy(() => import('./UnitGroupsPage'));
const ServiceAccountsPage = lazy(() => import('./ServiceAccountsPage'));

type TabKey = 'users' | 'units' | 'groups' | 'service-accounts';

/** Users, units and unit groups, service accounts: one tab each, each its own URL. */
export default function AdminPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs: { key: TabKey; label: string; visible: boolean }[] = [
    { key: 'users', label: t('admin.users.title'), visible: permissions.readUsers },
    { key: 'units', label: t('admin.units.title'), visible: permissions.has('units:read') },
    { key: 'groups', label: t('admin.groups.title'), visible: permissions.has('units:read') },
    {
      key: 'service-accounts',
      label: t('admin.serviceAccounts.title'),
      visible: permissions.has('service_accounts:write'),
    },
  ];
  const visible = tabs.filter((tab) => tab.visible);
  const current = location.pathname.split('/')[2] as TabKey | undefined;
  const first = visible[0]?.key ?? 'units';

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('nav.admin')}
      </Title>
      {permissions.has('jobs:admin') ? <EmailStatusNotice /> : null}
      <RoutedTabs
        value={current ?? first}
        tabs={visible.map((tab) => ({ value: tab.key, label: tab.label }))}
        onChange={(v) => navigate(`/admin/${v}`)}
      >
        <Suspense fallback={<PageLoader />}>
          <Routes>
            <Route index element={<Navigate to={first} replace />} />
            {permissions.readUsers ? <Route path="users" element={<UsersPage />} /> : null}
            <Route path="units" element={<UnitsPage />} />
            <Route path="groups" element={<UnitGroupsPage />} />
            {permissions.has('service_accounts:write') ? (
              <Route path="service-accounts" element={<ServiceAccountsPage />} />
            ) : null}
            <Route path="*" element={<Navigate to={`/admin/${first}`} replace />} />
          </Routes>
        </Suspense>
      </RoutedTabs>
    </Stack>
  );
}
