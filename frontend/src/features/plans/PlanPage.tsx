import { lazy, Suspense } from 'react';
import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { PlanHeader } from './PlanHeader';
import { usePlan } from './queries';

const PlanOverview = lazy(() => import('./PlanOverview'));
const TaskListPage = lazy(() => import('../tasks/TaskListPage'));
const CreateTaskPage = lazy(() => import('../tasks/CreateTaskPage'));
const PlanDashboard = lazy(() => import('../dashboard/PlanDashboard'));

type Tab = 'overview' | 'tasks' | 'dashboard';

/** One plan: header, then overview (timeline, purposes, bases, recipients), tasks, dashboard. */
export default function PlanPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const rest = location.pathname.split('/')[3];
  const tab: Tab = rest === 'tasks' ? 'tasks' : rest === 'dashboard' ? 'dashboard' : 'overview';

  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;

  return (
    <Stack gap="md">
      <PlanHeader plan={plan.data.data} />
      <Tabs
        value={tab}
        onChange={(v) => navigate(v === 'overview' ? `/plans/${planId}` : `/plans/${planId}/${v}`)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="overview">{t('plan.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('plan.tabs.tasks')}</Tabs.Tab>
          <Tabs.Tab value="dashboard">{t('plan.tabs.dashboard')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route index element={<PlanOverview plan={plan.data.data} />} />
          <Route path="tasks" element={<TaskListPage planId={planId} />} />
          <Route path="tasks/new" element={<CreateTaskPage planId={planId} />} />
          <Route path="dashboard" element={<PlanDashboard planId={planId} />} />
        </Routes>
      </Suspense>
    </Stack>
  );
}
