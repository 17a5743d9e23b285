import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../lib/formatDate';
import { usePlans } from './queries';
import { planStatusTone } from './PlanHeader';

/** Every plan the user can read; coordinators import new ones from a document. */
export default function PlansPage() {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const query = usePlans();

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {t('nav.plans')}
        </Title>
        {permissions.importPlans ? (
          <Button component={Link} to="/plans/import">
            {t('plan.import')}
          </Button>
        ) : null}
      </Group>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && query.data.items.length === 0 ? <Text>{t('plan.none')}</Text> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {query.data?.items.map((p) => (
          <Card component="li" key={p.id} withBorder padding="md" radius="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <div>
                <Text size="sm" c="dimmed">
                  {t('plan.codeDated', {
                    code: p.code,
                    date: p.issued_on ? formatDate(p.issued_on, i18n.language) : '—',
                  })}
                </Text>
                <Title order={2} size="h4" mt={2}>
                  <Anchor component={Link} to={`/plans/${p.id}`} c="civic.8">
                    {p.title}
                  </Anchor>
                </Title>
                {p.issuing_body ? <Text size="sm">{p.issuing_body}</Text> : null}
              </div>
              <StatusBadge tone={planStatusTone(p.status)}>{t(`planStatus.${p.status}`)}</StatusBadge>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
