import { lazy, Suspense, useState } from 'react';
import { Anchor, Button, Card, Collapse, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Assignment, Task } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { ZoneNote } from '../../components/ZoneNote';
import { daysUntil, formatDate, formatDateTime, todayIn } from '../../lib/formatDate';
import { useMilestones, usePhases, usePlanTimeZone } from '../plans/queries';
import { ProgressUpdateForm } from '../progress/ProgressUpdateForm';
import { GroupMembersControl } from '../units/GroupMembersControl';
import { useUnitDirectory, useUnitGroups, viCollator } from '../units/queries';
import { AssignmentHistory } from './AssignmentHistory';
import { taskKeys, useTask } from './queries';
import { UrgeDialog } from './UrgeDialog';

// Only coordinators edit: officers on phones do not download the editor (date pickers, pickers of units).
const TaskEditForm = lazy(() => import('./TaskEditForm').then((m) => ({ default: m.TaskEditForm })));

function DueLine({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const milestones = useMilestones(task.plan_id);
  const zone = usePlanTimeZone(task.plan_id);
  if (!task.due_date) return <Text size="sm">{t('tasks.noDue')}</Text>;
  const days = daysUntil(task.due_date, todayIn(zone));
  const anchor =
    task.due && task.due.kind === 'milestone'
      ? (milestones.data ?? []).find((m) => m.id === (task.due as { milestone_id: string }).milestone_id)
      : undefined;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={task.overdue ? 700 : 500} c={task.overdue ? 'red.9' : undefined}>
        {t('task.due', { date: formatDate(task.due_date, i18n.language) })}
      </Text>
      {task.overdue ? (
        <StatusBadge tone="danger">{t('task.overdueDays', { count: Math.abs(days) })}</StatusBadge>
      ) : null}
      {anchor ? (
        <Text size="xs" c="dimmed">
          {t('task.anchoredTo', { milestone: anchor.title })}
        </Text>
      ) : null}
      <ZoneNote timeZone={zone} />
    </Group>
  );
}

function AssignmentCard({
  task,
  assignment,
  unitName,
  mine,
}: {
  task: Task;
  assignment: Assignment;
  unitName: string;
  mine: boolean;
}) {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const [showHistory, setShowHistory] = useState(mine);
  const [urging, setUrging] = useState(false);
  const canUpdate = permissions.canUpdateAssignment(assignment.unit_id);
  const zone = usePlanTimeZone(task.plan_id);
  return (
    <Card withBorder padding="sm" radius="md" component="li" data-testid={`assignment-${assignment.unit_id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Text fw={600}>
            {unitName}
            {mine ? ` (${t('task.yourUnit')})` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`assignmentRole.${assignment.role}`)}
            {assignment.last_update_at
              ? ` · ${t('task.lastUpdate', { when: formatDateTime(assignment.last_update_at, i18n.language, zone) })}`
              : ` · ${t('task.noUpdateYet')}`}
          </Text>
        </div>
        <StatusBadge tone={toneForStatus(assignment.status)}>{t(`assignmentStatus.${assignment.status}`)}</StatusBadge>
      </Group>
      <Group gap="xs" mt="xs" wrap="nowrap">
        <Progress
          value={assignment.percent}
          style={{ flex: 1 }}
          aria-label={t('task.percentOf', { unit: unitName })}
          color={task.overdue && assignment.status !== 'done' ? 'red.8' : 'civic.7'}
        />
        <Text size="sm" w={44} ta="right">
          {assignment.percent}%
        </Text>
      </Group>
      <Group gap="xs" mt="xs">
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setShowHistory((v) => !v)}
          aria-expanded={showHistory}
        >
          {showHistory ? t('task.hideHistory') : t('task.showHistory')}
        </Button>
        {canUpdate ? (
          <Button
            size="compact-sm"
            variant="light"
            component={Link}
            to={`/tasks/${task.id}/assignments/${assignment.unit_id}/edit`}
          >
            {t('task.updateAssignment')}
          </Button>
        ) : null}
        {permissions.urge && assignment.status !== 'done' && assignment.status !== 'cancelled' ? (
          <Button size="compact-sm" variant="light" color="orange" c="#8a3700" onClick={() => setUrging(true)}>
            {t('urge.button')}
          </Button>
        ) : null}
      </Group>
      <Collapse in={showHistory}>
        <Paper mt="sm" p="sm" bg="gray.0" radius="sm">
          {showHistory ? <AssignmentHistory taskId={task.id} unitId={assignment.unit_id} timeZone={zone} /> : null}
        </Paper>
      </Collapse>
      {urging ? (
        <UrgeDialog taskId={task.id} unitId={assignment.unit_id} unitName={unitName} onClose={() => setUrging(false)} />
      ) : null}
    </Card>
  );
}

/** One task: what, by when, who leads and supports, each unit's progress and history, urging. */
export default function TaskPage() {
  const { taskId = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const query = useTask(taskId);
  const { directory } = useUnitDirectory();
  const groups = useUnitGroups();
  const [editing, setEditing] = useState(false);
  const phases = usePhases(query.data?.data.plan_id ?? '');

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { data: task, etag } = query.data;
  const myUnit = user?.unit_id ?? null;
  const phase = phases.data?.find((p) => p.id === task.phase_id);
  const roleOrder = { lead: 0, member: 1, support: 2 } as const;
  const assignments = [...task.assignments].sort((a, b) =>
    a.role !== b.role
      ? roleOrder[a.role] - roleOrder[b.role]
      : viCollator.compare(directory.name(a.unit_id), directory.name(b.unit_id)),
  );
  const addressedTo = task.lead_group_id ? groups.data?.find((g) => g.id === task.lead_group_id) : undefined;
  const mine = myUnit ? task.assignments.find((a) => a.unit_id === myUnit) : undefined;

  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/plans/${task.plan_id}/tasks`} size="sm">
        ← {t('task.backToList')}
      </Anchor>
      <div>
        <Group gap="xs">
          {task.source_section ? <Text c="dimmed">{task.source_section}</Text> : null}
          {phase ? <Text c="dimmed">· {t('timeline.phaseLabel', { label: phase.label })}</Text> : null}
          <StatusBadge tone={toneForStatus(task.overdue ? 'overdue' : task.status)}>
            {task.overdue ? t('task.overdue') : t(`assignmentStatus.${task.status}`)}
          </StatusBadge>
          {task.awaiting_members ? <StatusBadge tone="warning">{t('groups.awaitingBadge')}</StatusBadge> : null}
        </Group>
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }} mt={4}>
          {task.title}
        </Title>
        <DueLine task={task} />
        <Text size="sm" mt={4}>
          {t('task.overall', { percent: task.percent })}
        </Text>
      </div>
      {addressedTo ? (
        <Paper withBorder p="md" radius="md" component="section" aria-label={t('groups.title')}>
          <GroupMembersControl
            group={addressedTo}
            onSaved={() => void queryClient.invalidateQueries({ queryKey: taskKeys.task(task.id) })}
          />
        </Paper>
      ) : null}

      {editing ? (
        <Paper withBorder p="md" radius="md">
          <Suspense fallback={<PageLoader />}>
            <TaskEditForm task={task} etag={etag} onDone={() => setEditing(false)} />
          </Suspense>
        </Paper>
      ) : (
        <>
          {task.body && task.body !== task.title ? <Text style={{ whiteSpace: 'pre-wrap' }}>{task.body}</Text> : null}
          {can.editTasks ? (
            <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
              {t('task.edit')}
            </Button>
          ) : null}
        </>
      )}

      {mine && can.canUpdateAssignment(mine.unit_id) ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="progress-heading">
          <Title order={2} size="h4" id="progress-heading" mb="sm">
            {t('progress.title')}
          </Title>
          <ProgressUpdateForm
            taskId={task.id}
            unitId={mine.unit_id}
            initialStatus={mine.status === 'not_started' ? 'in_progress' : mine.status}
            initialPercent={mine.percent}
            onSaved={() => {
              void queryClient.invalidateQueries({ queryKey: taskKeys.task(task.id) });
              void queryClient.invalidateQueries({ queryKey: taskKeys.history(task.id, mine.unit_id) });
              void queryClient.invalidateQueries({ queryKey: taskKeys.myAssignments });
            }}
          />
        </Paper>
      ) : null}

      <section aria-labelledby="units-heading">
        <Title order={2} size="h4" id="units-heading" mb="sm">
          {t('task.units')}
        </Title>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {assignments.map((a) => (
            <AssignmentCard
              key={a.unit_id}
              task={task}
              assignment={a}
              unitName={directory.name(a.unit_id) || t('task.unknownUnit')}
              mine={a.unit_id === myUnit}
            />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
