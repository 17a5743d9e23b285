import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useClusters } from './queries';

/** Near-duplicates grouped (organised campaigns): review one group, then answer the members that ask the same. */
export default function ClustersPage({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const query = useClusters(consultation.id);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.length === 0) return <Text>{t('moderation.noClusters')}</Text>;

  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {query.data.map((c) => (
        <Card component="li" key={c.cluster_id} withBorder padding="sm" radius="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Group gap="xs">
              <Badge variant="light" color="grape" c="grape.9" size="lg">
                {t('moderation.clusterSize', { count: c.size })}
              </Badge>
              {c.flagged ? (
                <Badge variant="filled" color="orange.8" size="lg">
                  {t('clusters.flaggedCount', { count: c.flagged })}
                </Badge>
              ) : null}
            </Group>
            <Group gap="xs">
              <Button size="compact-sm" component={Link} to={`/feedback/${consultation.id}/clusters/${c.cluster_id}`}>
                {t('clusters.review')}
              </Button>
              <Button
                size="compact-sm"
                variant="light"
                component={Link}
                to={`/feedback/${consultation.id}?cluster=${c.cluster_id}`}
              >
                {t('moderation.seeCluster')}
              </Button>
            </Group>
          </Group>
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
            {c.representative_text}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
