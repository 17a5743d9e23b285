import { lazy, Suspense } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { RoutedTabs } from '../../components/RoutedTabs';
import { CalendarFeedButton } from './CalendarFeed';
import { PlanHeader } from './PlanHeader';
import { usePlan } from './queries';

const PlanOverview = lazy(() => import('./PlanOverview'));
const TaskListPage = lazy(() => import('../tasks/TaskListPage'));
const CreateTaskPage = lazy(() => import('../tasks/CreateTaskPage'));
const PlanDashboard = lazy(() => import('../dashboard/PlanDashboard'));
const ReportsPage = lazy(() => import('../reports/ReportsPage'));
const PlanEditPage = lazy(() => import('../plan-edit/PlanEditPage'));

type Tab = 'overview' | 'tasks' | 'dashboard' | 'reports' | 'edit';

/** One plan: header, then overview (timeline, purposes, bases, recipients), tasks, dashboard. */
export default function PlanPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const rest = location.pathname.split('/')[3];
  const permissions = usePermissions();
  const tab: Tab =
    rest === 'tasks' || rest === 'dashboard' || rest === 'reports' || rest === 'edit' ? rest : 'overview';

  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <PlanHeader plan={plan.data.data} />
        <Group gap="xs">
          {permissions.editPlans ? (
            <Button component={Link} to={`/plans/${planId}/reminders`} variant="default" size="xs">
              {t('notifications.openRules')}
            </Button>
          ) : null}
          <CalendarFeedButton planId={planId} />
        </Group>
      </Group>
      <RoutedTabs
        value={tab}
        tabs={[
          { value: 'overview', label: t('plan.tabs.overview') },
          { value: 'tasks', label: t('plan.tabs.tasks') },
          { value: 'dashboard', label: t('plan.tabs.dashboard') },
          { value: 'reports', label: t('reports.tab') },
          ...(permissions.editPlans ? [{ value: 'edit', label: t('planEdit.tab') }] : []),
        ]}
        onChange={(v) => navigate(v === 'overview' ? `/plans/${planId}` : `/plans/${planId}/${v}`)}
      >
        <Suspense fallback={<PageLoader />}>
          <Routes>
            <Route index element={<PlanOverview plan={plan.data.data} />} />
            <Route path="tasks" element={<TaskListPage planId={planId} />} />
            <Route path="tasks/new" element={<CreateTaskPage planId={planId} />} />
            <Route path="dashboard" element={<PlanDashboard planId={planId} />} />
            <Route path="reports/*" element={<ReportsPage planId={planId} />} />
            <Route path="edit" element={<PlanEditPage plan={plan.data.data} />} />
          </Routes>
        </Suspense>
      </RoutedTabs>
    </Stack>
  );
}
