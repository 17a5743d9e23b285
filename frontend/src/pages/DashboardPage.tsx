import { lazy, Suspense, useState } from 'react';
import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { usePlans } from '../features/plans/queries';

const PlanDashboard = lazy(() => import('../features/dashboard/PlanDashboard'));
const STORAGE_KEY = 'plandesk.dashboardPlan';

/** The home page: one plan's dashboard (the one chosen last, else the newest active one). */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const plans = usePlans();
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  });

  const items = plans.data?.items ?? [];
  const planId =
    items.find((p) => p.id === chosen)?.id ?? items.find((p) => p.status === 'active')?.id ?? items[0]?.id ?? null;
  const plan = items.find((p) => p.id === planId);

  function choose(id: string | null) {
    setChosen(id);
    try {
      if (id) window.localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // a preference only
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('dashboard.title')}
          </Title>
          <Text size="sm">{t('dashboard.welcome', { name: user?.full_name ?? '' })}</Text>
        </div>
        {items.length > 1 ? (
          <Select
            label={t('dashboard.plan')}
            data={items.map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` }))}
            value={planId}
            onChange={choose}
            allowDeselect={false}
            w={{ base: '100%', sm: 420 }}
          />
        ) : null}
      </Group>
      {plans.isPending ? <PageLoader /> : null}
      {plans.isError ? <ErrorAlert error={plans.error} /> : null}
      {plans.isSuccess && !planId ? <Text>{t('plan.none')}</Text> : null}
      {plan ? (
        <>
          <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>
            {plan.code} — {plan.title}
          </Anchor>
          <Suspense fallback={<PageLoader />}>
            <PlanDashboard planId={plan.id} />
          </Suspense>
        </>
      ) : null}
    </Stack>
  );
}
