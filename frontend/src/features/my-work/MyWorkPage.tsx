import { useState } from 'react';
import { Anchor, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { MyAssignment } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { daysUntil, formatDate, todayIn } from '../../lib/formatDate';
import { usePlanTimeZones } from '../plans/queries';
import { ProgressUpdateForm } from '../progress/ProgressUpdateForm';
import { taskKeys, useMyAssignments } from '../tasks/queries';

const closed = (a: MyAssignment) => a.status === 'done' || a.status === 'cancelled';

/** Overdue first, then open work by due date (no date last), finished work at the end: how officers triage. */
export function byUrgency(a: MyAssignment, b: MyAssignment): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (closed(a) !== closed(b)) return closed(a) ? 1 : -1;
  if (a.due_date && b.due_date) return a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : 0;
  if (a.due_date) return -1;
  if (b.due_date) return 1;
  return 0;
}

export default function MyWorkPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useMyAssignments();
  const [openTask, setOpenTask] = useState<string | null>(null);
  // "Due in N days" counts from today where each task's plan is issued.
  const zones = usePlanTimeZones(query.data?.items.map((a) => a.plan_id) ?? []);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const items = [...query.data.items].sort(byUrgency);

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('myWork.title')}
      </Title>
      {items.length === 0 ? <Text>{t('myWork.empty')}</Text> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((a) => {
          const days = a.due_date ? daysUntil(a.due_date, todayIn(zones[a.plan_id])) : null;
          const dueSoon = !a.overdue && days !== null && days >= 0 && days <= 7 && a.status !== 'done';
          return (
            <Card
              component="li"
              key={`${a.task_id}:${a.unit_id}`}
              withBorder
              padding="sm"
              radius="md"
              data-overdue={a.overdue || undefined}
              style={a.overdue ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined}
            >
              {/* Title on its own line: a badge beside it leaves a 360 px phone too little width. */}
              <Anchor component={Link} to={`/tasks/${a.task_id}`} fw={600} c="civic.8" lineClamp={3}>
                {a.title}
              </Anchor>
              <Group gap="xs" mt={6} wrap="wrap">
                <StatusBadge tone={toneForStatus(a.status)}>{t(`assignmentStatus.${a.status}`)}</StatusBadge>
                <Text size="sm">{t(`assignmentRole.${a.role}`)}</Text>
                {a.due_date ? (
                  <Text size="sm">· {t('task.due', { date: formatDate(a.due_date, i18n.language) })}</Text>
                ) : null}
                {a.overdue ? (
                  <StatusBadge tone="danger">{t('task.overdueDays', { count: Math.abs(days ?? 0) })}</StatusBadge>
                ) : null}
                {dueSoon ? <StatusBadge tone="warning">{t('task.dueInDays', { count: days ?? 0 })}</StatusBadge> : null}
              </Group>
              <Progress value={a.percent} mt="xs" aria-label={t('progress.percentOf', { percent: a.percent })} />
              {openTask === a.task_id ? (
                <Stack mt="sm">
                  <ProgressUpdateForm
                    taskId={a.task_id}
                    unitId={a.unit_id}
                    initialStatus={a.status}
                    initialPercent={a.percent}
                    onSaved={() => void queryClient.invalidateQueries({ queryKey: taskKeys.myAssignments })}
                  />
                  <Button variant="subtle" size="xs" w="fit-content" onClick={() => setOpenTask(null)}>
                    {t('common.close')}
                  </Button>
                </Stack>
              ) : (
                <Button variant="default" size="xs" mt="sm" w="fit-content" onClick={() => setOpenTask(a.task_id)}>
                  {t('progress.post')}
                </Button>
              )}
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
