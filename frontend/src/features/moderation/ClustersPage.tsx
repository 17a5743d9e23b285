import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { BulkActionBar } from './BulkActionBar';
import { useClusters } from './queries';

/** Near-duplicates grouped (organised campaigns): read one, act on the whole group. */
export default function ClustersPage({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const query = useClusters(consultation.id);
  const [acting, setActing] = useState<string | null>(null);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.length === 0) return <Text>{t('moderation.noClusters')}</Text>;

  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {query.data.map((c) => (
        <Card component="li" key={c.cluster_id} withBorder padding="sm" radius="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Badge variant="light" color="grape" c="grape.9" size="lg">
              {t('moderation.clusterSize', { count: c.size })}
            </Badge>
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="light"
                component={Link}
                to={`/feedback/${consultation.id}?cluster=${c.cluster_id}`}
              >
                {t('moderation.seeCluster')}
              </Button>
              {permissions.moderateFeedback ? (
                <Button size="compact-sm" onClick={() => setActing(acting === c.cluster_id ? null : c.cluster_id)}>
                  {t('moderation.actOnCluster')}
                </Button>
              ) : null}
            </Group>
          </Group>
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
            {c.representative_text}
          </Text>
          {acting === c.cluster_id ? (
            <div style={{ marginTop: 8 }}>
              <BulkActionBar
                consultationId={consultation.id}
                selection={{ cluster_id: c.cluster_id }}
                count={c.size}
                onDone={() => setActing(null)}
              />
            </div>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
}
