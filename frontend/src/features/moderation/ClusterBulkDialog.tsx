import { useMemo, useState } from 'react';
import { Alert, Badge, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClusterDetail } from '../../api/types';
import { BulkActionBar } from './BulkActionBar';
import { DiffSummary } from './DiffText';

/**
 * Before one answer goes to a whole cluster: every listed member with a tick box.
 * Members whose text differs in content from the first one are flagged and unticked
 * by default — an answer about schools must not reach someone who asked for a clinic.
 * The server leaves flagged members out unless they are listed as ticked.
 */
export function ClusterBulkDialog({
  consultationId,
  cluster,
  opened,
  onClose,
}: {
  consultationId: string;
  cluster: ClusterDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<Set<string>>(
    () => new Set(cluster.members.filter((m) => !m.differs_in_content).map((m) => m.id)),
  );
  const unlisted = cluster.size - cluster.members.length;
  const selection = useMemo(
    () => ({
      cluster_id: cluster.cluster_id,
      exclude_ids: cluster.members.filter((m) => !m.differs_in_content && !ticked.has(m.id)).map((m) => m.id),
      include_flagged_ids: cluster.members.filter((m) => m.differs_in_content && ticked.has(m.id)).map((m) => m.id),
    }),
    [cluster, ticked],
  );
  const count = ticked.size + Math.max(0, unlisted);

  function toggle(id: string, on: boolean) {
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('clusters.bulk.title', { count: cluster.size })} size="xl">
      <Stack gap="sm">
        {cluster.flagged ? (
          <Alert color="orange" variant="light">
            {t('clusters.bulk.flaggedNote', { count: cluster.flagged })}
          </Alert>
        ) : null}
        <ScrollArea.Autosize mah={320}>
          <Stack
            gap={4}
            component="ul"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
            aria-label={t('clusters.bulk.members')}
          >
            {cluster.members.map((m) => (
              <li key={m.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Checkbox
                    checked={ticked.has(m.id)}
                    onChange={(e) => toggle(m.id, e.currentTarget.checked)}
                    aria-label={t('clusters.bulk.include', { text: m.body.slice(0, 80) })}
                    data-flagged={m.differs_in_content ? 'true' : 'false'}
                  />
                  <div style={{ minWidth: 0 }}>
                    {m.differs_in_content ? (
                      <Badge color="orange" variant="light" size="sm" mr={6}>
                        {t('clusters.flagged')}
                      </Badge>
                    ) : null}
                    {m.representative ? (
                      <Text size="sm" lineClamp={2}>
                        {m.body}
                      </Text>
                    ) : (
                      <DiffSummary segments={m.diff} />
                    )}
                  </div>
                </Group>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {unlisted > 0 ? <Text size="sm">{t('clusters.bulk.unlisted', { count: unlisted })}</Text> : null}
        <BulkActionBar consultationId={consultationId} selection={selection} count={count} onDone={onClose} />
      </Stack>
    </Modal>
  );
}
