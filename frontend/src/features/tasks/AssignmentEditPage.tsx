import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { usePlanTimeZone } from '../plans/queries';
import { ProgressUpdateForm } from '../progress/ProgressUpdateForm';
import { useUnitDirectory } from '../units/queries';
import { AssignmentHistory } from './AssignmentHistory';
import { loadAssignment, taskKeys, useTask } from './queries';

/**
 * One unit's part of a task: report progress, see its history. Officers may
 * only open their own unit's: anything else is refused here before any
 * request (and the server refuses it again with 403).
 */
export default function AssignmentEditPage() {
  const { taskId = '', unitId = '' } = useParams();
  const { t } = useTranslation();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const { directory } = useUnitDirectory();
  const allowed = permissions.canUpdateAssignment(unitId);
  const task = useTask(taskId);
  const assignment = useQuery({
    queryKey: taskKeys.assignment(taskId, unitId),
    queryFn: ({ signal }) => loadAssignment(taskId, unitId, signal),
    enabled: allowed,
  });
  const unitName = directory.name(unitId) || t('task.unknownUnit');
  const zone = usePlanTimeZone(task.data?.data.plan_id);

  if (!allowed) {
    return (
      <Stack gap="sm" maw={720}>
        <Alert color="red" variant="light" c="red.9" title={t('assignment.refusedTitle')} role="alert">
          {t('assignment.refused', { unit: unitName })}
        </Alert>
        <Anchor component={Link} to={`/tasks/${taskId}`}>
          {t('assignment.backToTask')}
        </Anchor>
      </Stack>
    );
  }
  if (assignment.isPending || task.isPending) return <PageLoader />;
  if (assignment.isError) return <ErrorAlert error={assignment.error} />;
  if (task.isError) return <ErrorAlert error={task.error} />;
  const a = assignment.data.data;

  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={`/tasks/${taskId}`} size="sm">
        ← {t('assignment.backToTask')}
      </Anchor>
      <div>
        <Text size="sm" c="dimmed">
          {unitName} · {t(`assignmentRole.${a.role}`)}
        </Text>
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
          {task.data.data.title}
        </Title>
        <StatusBadge tone={toneForStatus(a.status)}>{t(`assignmentStatus.${a.status}`)}</StatusBadge>{' '}
        <Text span size="sm">
          {a.percent}%
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="assignment-progress">
        <Title order={2} size="h4" id="assignment-progress" mb="sm">
          {t('progress.title')}
        </Title>
        <ProgressUpdateForm
          taskId={taskId}
          unitId={unitId}
          initialStatus={a.status === 'not_started' ? 'in_progress' : a.status}
          initialPercent={a.percent}
          onSaved={() => {
            for (const key of [
              taskKeys.task(taskId),
              taskKeys.assignment(taskId, unitId),
              taskKeys.history(taskId, unitId),
              taskKeys.myAssignments,
            ])
              void queryClient.invalidateQueries({ queryKey: key });
          }}
        />
      </Paper>
      <section aria-labelledby="assignment-history">
        <Title order={2} size="h4" id="assignment-history" mb="sm">
          {t('task.history')}
        </Title>
        <AssignmentHistory taskId={taskId} unitId={unitId} timeZone={zone} />
      </section>
    </Stack>
  );
}
