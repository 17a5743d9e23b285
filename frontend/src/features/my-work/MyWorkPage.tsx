import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  Progress,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { MyAssignment } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { daysUntil, formatDate, todayIn } from '../../lib/formatDate';
import { usePlanTimeZones } from '../plans/queries';
import { ProgressUpdateForm } from '../progress/ProgressUpdateForm';
import { taskKeys, useMyAssignments } from '../tasks/queries';
import { groupWork, WORK_GROUPS, type WorkGroup } from './groups';

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

const GROUP_TONE: Record<WorkGroup, string> = {
  overdue: 'var(--mantine-color-red-8)',
  soon: 'var(--mantine-color-orange-8)',
  later: 'var(--mantine-color-civic-7, var(--mantine-color-blue-8))',
  undated: 'var(--mantine-color-gray-6)',
  done: 'var(--mantine-color-green-8)',
};

function WorkCard({ a, group, today }: { a: MyAssignment; group: WorkGroup; today: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reporting, setReporting] = useState(false);
  const days = a.due_date ? daysUntil(a.due_date, today) : null;
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      radius="md"
      data-group={group}
      data-overdue={group === 'overdue' || undefined}
      style={{ borderLeft: `4px solid ${GROUP_TONE[group]}` }}
    >
      {/* Title on its own line: a badge beside it leaves a 360 px phone too little width. */}
      <Anchor component={Link} to={`/tasks/${a.task_id}`} fw={600} c="civic.8" lineClamp={3}>
        {a.title}
      </Anchor>
      <Group gap="xs" mt={6} wrap="wrap">
        <StatusBadge tone={toneForStatus(a.status)}>{t(`assignmentStatus.${a.status}`)}</StatusBadge>
        <Text size="sm">{t(`assignmentRole.${a.role}`)}</Text>
        {a.due_date ? <Text size="sm">· {t('task.due', { date: formatDate(a.due_date, i18n.language) })}</Text> : null}
        {group === 'overdue' && days !== null ? (
          <StatusBadge tone="danger">{t('task.overdueDays', { count: Math.abs(days) })}</StatusBadge>
        ) : null}
        {(group === 'soon' || group === 'later') && days !== null ? (
          <StatusBadge tone={group === 'soon' ? 'warning' : 'neutral'}>
            {days === 0 ? t('unitWork.dueToday') : t('task.dueInDays', { count: days })}
          </StatusBadge>
        ) : null}
      </Group>
      <Group gap="xs" mt="xs" wrap="nowrap">
        <Progress value={a.percent} style={{ flex: 1 }} aria-label={t('progress.percentOf', { percent: a.percent })} />
        <Text size="sm" fw={600} miw={40} ta="right">
          {a.percent}%
        </Text>
      </Group>
      {group === 'done' ? null : reporting ? (
        <Stack mt="sm">
          <ProgressUpdateForm
            taskId={a.task_id}
            unitId={a.unit_id}
            initialStatus={a.status}
            initialPercent={a.percent}
            onSaved={() => void queryClient.invalidateQueries({ queryKey: taskKeys.myAssignments })}
          />
          <Button variant="subtle" size="xs" w="fit-content" onClick={() => setReporting(false)}>
            {t('common.close')}
          </Button>
        </Stack>
      ) : (
        <Button variant="light" size="sm" mt="sm" w="fit-content" onClick={() => setReporting(true)}>
          {t('progress.post')}
        </Button>
      )}
    </Card>
  );
}

/** "Việc của đơn vị": the officer's landing page, grouped by how soon each item is due. */
export default function MyWorkPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const query = useMyAssignments();
  const [showDone, setShowDone] = useState(false);
  // "Due in N days" counts from today where each task's plan is issued.
  const zones = usePlanTimeZones(query.data?.items.map((a) => a.plan_id) ?? []);
  const todayOf = (a: MyAssignment) => todayIn(zones[a.plan_id]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const groups = groupWork(query.data.items, todayOf);

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('myWork.title')}
        </Title>
        {user?.unit_name ? (
          <Text size="sm" fw={500} data-testid="unit-name">
            {user.unit_name}
          </Text>
        ) : null}
      </div>
      {query.data.items.length === 0 ? <Text>{t('myWork.empty')}</Text> : null}
      {WORK_GROUPS.map((g) => {
        const items = groups[g];
        if (items.length === 0) return null;
        const headingId = `work-group-${g}`;
        const list = (
          <Stack
            gap="sm"
            component="ul"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
            aria-labelledby={headingId}
          >
            {items.map((a) => (
              <WorkCard key={`${a.task_id}:${a.unit_id}`} a={a} group={g} today={todayOf(a)} />
            ))}
          </Stack>
        );
        return (
          <section key={g} data-testid={`group-${g}`} aria-labelledby={headingId}>
            {g === 'done' ? (
              <>
                <UnstyledButton onClick={() => setShowDone((v) => !v)} aria-expanded={showDone} mb="xs">
                  <Group gap="xs">
                    <Title order={2} size="h4" id={headingId}>
                      {showDone ? '▾' : '▸'} {t(`unitWork.groups.${g}`)}
                    </Title>
                    <Badge variant="light" color="gray" c="dark.7">
                      {items.length}
                    </Badge>
                  </Group>
                </UnstyledButton>
                <Collapse in={showDone}>{showDone ? list : null}</Collapse>
              </>
            ) : (
              <>
                <Group gap="xs" mb="xs">
                  <Title order={2} size="h4" id={headingId}>
                    {t(`unitWork.groups.${g}`)}
                  </Title>
                  <Badge
                    variant="light"
                    color={g === 'overdue' ? 'red' : 'gray'}
                    c={g === 'overdue' ? 'red.9' : 'dark.7'}
                  >
                    {items.length}
                  </Badge>
                </Group>
                {list}
              </>
            )}
          </section>
        );
      })}
    </Stack>
  );
}
