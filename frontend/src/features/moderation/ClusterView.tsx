import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ClusterMember, Consultation } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { ClusterBulkDialog } from './ClusterBulkDialog';
import { DiffText } from './DiffText';
import { moderationKeys, moveOutOfCluster, undoBulkAction, useClusterDetail } from './queries';

/**
 * One near-duplicate cluster as a moderator reviews it before answering: each member
 * against the first text, word by word, members that differ in content first and
 * flagged; a member that does not belong can be moved out, and a bulk answer undone
 * for one member.
 */
export default function ClusterView({ consultation }: { consultation: Consultation }) {
  const { clusterId = '' } = useParams();
  const { t } = useTranslation();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const query = useClusterDetail(consultation.id, clusterId);
  const [answering, setAnswering] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(key: string, call: () => Promise<unknown>, done: string) {
    setBusy(key);
    setError(null);
    try {
      await call();
      notifications.show({ color: 'green', message: done });
      void queryClient.invalidateQueries({ queryKey: moderationKeys.clusters(consultation.id) });
      void queryClient.invalidateQueries({ queryKey: moderationKeys.queueAll(consultation.id) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const cluster = query.data;

  function member(m: ClusterMember) {
    const bulk = m.last_bulk_action;
    return (
      <Card
        component="li"
        key={m.id}
        withBorder
        padding="sm"
        radius="md"
        data-testid="cluster-member"
        data-flagged={m.differs_in_content ? 'true' : 'false'}
      >
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs">
            {m.representative ? (
              <Badge variant="light" color="grape" c="grape.9">
                {t('clusters.firstText')}
              </Badge>
            ) : null}
            {m.differs_in_content ? (
              <Badge variant="filled" color="orange.8">
                {t('clusters.flagged')}
              </Badge>
            ) : null}
            <Badge variant="outline" color="gray" c="dark">
              {t(`feedbackStatus.${m.status}`)}
            </Badge>
          </Group>
          {permissions.moderateFeedback ? (
            <Group gap="xs">
              {bulk?.undoable ? (
                <Button
                  size="compact-sm"
                  variant="light"
                  color="yellow"
                  loading={busy === `undo-${m.id}`}
                  onClick={() =>
                    void run(
                      `undo-${m.id}`,
                      () => undoBulkAction(consultation.id, bulk.bulk_action_id, m.id),
                      t('clusters.undone'),
                    )
                  }
                >
                  {t('clusters.undo')}
                </Button>
              ) : null}
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                loading={busy === `move-${m.id}`}
                onClick={() => {
                  if (!window.confirm(t('clusters.moveOutConfirm'))) return;
                  void run(
                    `move-${m.id}`,
                    () => moveOutOfCluster(consultation.id, cluster.cluster_id, m.id),
                    t('clusters.movedOutDone'),
                  );
                }}
              >
                {t('clusters.moveOut')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <div style={{ marginTop: 8 }}>
          {m.representative ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body}
            </Text>
          ) : (
            <DiffText segments={m.diff} />
          )}
        </div>
        {m.response ? (
          <Text size="xs" mt={6}>
            {t('clusters.answer')}: {m.response}
          </Text>
        ) : null}
        {bulk && !bulk.undoable && bulk.undone_at ? (
          <Text size="xs" mt={4}>
            {t('clusters.undoneAt')}
          </Text>
        ) : null}
      </Card>
    );
  }

  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/feedback/${consultation.id}/clusters`} size="sm">
        ← {t('clusters.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            {t('clusters.title', { count: cluster.size })}
          </Title>
          <Text size="sm">
            {cluster.flagged ? t('clusters.flaggedCount', { count: cluster.flagged }) : t('clusters.noneFlagged')}
          </Text>
        </div>
        {permissions.moderateFeedback ? (
          <Button onClick={() => setAnswering(true)}>{t('clusters.answerCluster')}</Button>
        ) : null}
      </Group>
      <Text size="xs">{t('clusters.legend')}</Text>
      <ErrorAlert error={error} />
      <Stack
        gap="sm"
        component="ul"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
        aria-label={t('clusters.members')}
      >
        {cluster.members.map(member)}
      </Stack>
      {cluster.members_shown < cluster.size ? (
        <Text size="sm">{t('clusters.moreMembers', { count: cluster.size - cluster.members_shown })}</Text>
      ) : null}
      {cluster.moved_out.length ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('clusters.movedOut')}
          </Title>
          {cluster.moved_out.map((m) => (
            <Text key={m.id} size="sm" lineClamp={2}>
              {m.body}
            </Text>
          ))}
        </Stack>
      ) : null}
      {answering ? (
        <ClusterBulkDialog
          consultationId={consultation.id}
          cluster={cluster}
          opened={answering}
          onClose={() => setAnswering(false)}
        />
      ) : null}
    </Stack>
  );
}
