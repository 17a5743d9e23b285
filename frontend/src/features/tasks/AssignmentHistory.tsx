import { Stack, Text, Timeline as MTimeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDateTime } from '../../lib/formatDate';
import { useAssignmentHistory } from './queries';

/** "You", else the name the server gives (`author_name`); never a bare id. */
function AuthorName({ id, name }: { id: string; name?: string | null }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (user?.id === id) return <>{t('history.you')}</>;
  return <>{name ?? t('history.someone')}</>;
}

function Entry({ entry, timeZone }: { entry: HistoryEntry; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {entry.kind === 'urge'
          ? t('history.urged')
          : t('history.update', {
              status: entry.status ? t(`assignmentStatus.${entry.status}`) : '—',
              percent: entry.percent ?? 0,
            })}
      </Text>
      {entry.note || entry.message ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {entry.note ?? entry.message}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {formatDateTime(entry.at, i18n.language, timeZone)} · <AuthorName id={entry.author} name={entry.author_name} />
      </Text>
    </Stack>
  );
}

/** Progress updates and urges on one assignment, newest first, timed in `timeZone` (the plan's). */
export function AssignmentHistory({ taskId, unitId, timeZone }: { taskId: string; unitId: string; timeZone?: string }) {
  const { t } = useTranslation();
  const query = useAssignmentHistory(taskId, unitId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.empty')}
      </Text>
    );
  const entries = [...query.data].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <MTimeline bulletSize={14} lineWidth={2} active={-1}>
      {entries.map((e) => (
        <MTimeline.Item key={`${e.kind}-${e.id}`} color={e.kind === 'urge' ? 'orange.8' : 'civic.7'}>
          <Entry entry={e} timeZone={timeZone} />
        </MTimeline.Item>
      ))}
    </MTimeline>
  );
}
