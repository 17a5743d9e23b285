import { Anchor, Card, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types';
import { StackedBars } from '../../components/charts/StackedBars';
import { OKABE_ITO, STANDING_COLORS } from '../../components/charts/palette';
import { STANDINGS, type Standing } from './standings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { daysUntil, formatDate, todayIn } from '../../lib/formatDate';
import { periodLabel } from '../plans/timelineScale';
import { useDashboard, usePlanTimeZone } from '../plans/queries';
import { listTasks, taskKeys } from '../tasks/queries';
import { useUnitDirectory } from '../units/queries';

export function standingCounts(d: Dashboard): Record<Standing, number> {
  const s = d.deadlines;
  return {
    done_on_time: s.done_on_time,
    done_late: s.done_late,
    in_progress: s.in_progress_within_deadline,
    not_started: s.not_started,
    overdue: s.overdue,
    no_deadline: s.no_deadline,
  };
}

function Tile({ planId, standing, value }: { planId: string; standing: Standing; value: number }) {
  const { t } = useTranslation();
  const label = t(`web2.standing.${standing}`);
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      component={Link}
      to={`/plans/${planId}/tasks?standing=${standing}`}
      aria-label={t('web2.standing.seeList', { count: value, label })}
      data-testid={`tile-${standing}`}
      style={{ borderLeft: `6px solid ${STANDING_COLORS[standing].color}` }}
    >
      <Text size="xs" c="dark.6" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={standing === 'overdue' && value ? 'red.9' : undefined}>
        {value}
      </Text>
    </Card>
  );
}

function Standing({ d, planId }: { d: Dashboard; planId: string }) {
  const { t } = useTranslation();
  const counts = standingCounts(d);
  const today = d.today;
  const in7 = dayjs(today).add(7, 'day').format('YYYY-MM-DD');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="standing">
      <Group justify="space-between" align="baseline" wrap="wrap" mb="xs">
        <Title order={2} size="h4" id="standing">
          {t('web2.standing.title')}
        </Title>
        <Text fw={700} data-testid="tile-total">
          {t('web2.standing.total')}: {d.deadlines.counted}
        </Text>
      </Group>
      <Text size="sm" c="dark.6" mb="sm">
        {t('web2.standing.sumNote', { total: d.deadlines.counted })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {STANDINGS.map((k) => (
          <Tile key={k} planId={planId} standing={k} value={counts[k]} />
        ))}
      </SimpleGrid>
      <Anchor
        component={Link}
        to={`/plans/${planId}/tasks?from=${today}&to=${in7}&status=not_started&status=in_progress&status=blocked`}
        size="sm"
        mt="sm"
        display="inline-block"
      >
        {t('web2.standing.dueWithin7', { count: d.deadlines.due_within_7_days })}
      </Anchor>
    </Paper>
  );
}

function OverdueTasks({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const { directory } = useUnitDirectory();
  const today = todayIn(usePlanTimeZone(planId));
  const filters = { overdue: true, sort: 'due_date' as const };
  const query = useQuery({
    queryKey: taskKeys.list(planId, { ...filters, q: '' }),
    queryFn: ({ signal }) => listTasks(planId, filters, null, signal, 10),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) return <Text size="sm">{t('dashboard.noOverdue')}</Text>;
  return (
    <Stack gap="xs">
      <List spacing={6} size="sm">
        {query.data.items.map((task) => (
          <List.Item key={task.id}>
            <Anchor component={Link} to={`/tasks/${task.id}`} c="civic.8">
              {task.title}
            </Anchor>
            <Text size="xs" c="red.9">
              {directory.name(task.lead_unit_id)} · {formatDate(task.due_date, i18n.language)} ·{' '}
              {t('task.overdueDays', { count: Math.abs(daysUntil(task.due_date ?? '', today)) })}
            </Text>
          </List.Item>
        ))}
      </List>
      <Anchor component={Link} to={`/plans/${planId}/tasks?overdue=true`} size="sm">
        {t('dashboard.allOverdue')}
      </Anchor>
    </Stack>
  );
}

function Next14Days({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const { directory } = useUnitDirectory();
  const items = [
    ...d.next_14_days.deadlines.map((x) => ({
      key: `t-${x.task_id}`,
      date: x.due_date,
      node: (
        <>
          <Anchor component={Link} to={`/tasks/${x.task_id}`} c="civic.8">
            {x.title}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            ({directory.name(x.lead_unit_id)})
          </Text>{' '}
          <StatusBadge tone={toneForStatus(x.status)}>{t(`assignmentStatus.${x.status}`)}</StatusBadge>
        </>
      ),
      kind: t('dashboard.deadline'),
    })),
    ...d.next_14_days.milestones.map((m) => ({
      key: `m-${m.id}`,
      date: m.range_start,
      node: <strong>{m.title}</strong>,
      kind: t('dashboard.milestone'),
      label: periodLabel(m.range_start, m.precision as 'day' | null, i18n.language),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  if (items.length === 0)
    return (
      <Text size="sm">{t('dashboard.nothingNext', { until: formatDate(d.next_14_days.until, i18n.language) })}</Text>
    );
  return (
    <Table verticalSpacing={6} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.when')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.what')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.key}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.date, i18n.language)}</Table.Td>
            <Table.Td>
              <Text span size="xs" c="dimmed" mr={4}>
                {i.kind}:
              </Text>
              {i.node}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A plan's standing the way agencies report it: done on time, done late, in
 * progress within the deadline, overdue; a scoreboard by unit and by phase;
 * overdue tasks; what falls due in the next 14 days. Charts live in this
 * chunk only (never in the public pages' first load).
 */
export default function PlanDashboard({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const query = useDashboard(planId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const d = query.data;
  const swatch = (key: Standing, label: string) => ({
    key,
    label,
    color: STANDING_COLORS[key].color,
    text: STANDING_COLORS[key].text,
  });
  const series = [
    swatch('done_on_time', t('web2.standing.done_on_time')),
    swatch('done_late', t('web2.standing.done_late')),
    swatch('in_progress', t('web2.standing.open')),
    swatch('not_started', t('web2.standing.not_started')),
    swatch('overdue', t('web2.standing.overdue')),
  ];
  const phaseSeries = [
    { ...swatch('done_on_time', t('web2.standing.done')) },
    swatch('in_progress', t('web2.standing.open')),
    swatch('not_started', t('web2.standing.not_started')),
    swatch('overdue', t('web2.standing.overdue')),
  ];
  const unitRows = [...d.units]
    .sort((a, b) => b.overdue - a.overdue || b.assignments - a.assignments)
    .map((u) => ({
      key: u.unit_id,
      label: u.name || u.short_name || '—',
      values: {
        done_on_time: u.done_on_time,
        done_late: u.done_late,
        in_progress: u.in_progress,
        not_started: u.not_started,
        overdue: u.overdue,
      },
    }));
  const phaseRows = d.phases.map((p) => ({
    key: p.phase_id ?? 'none',
    label: p.label ? t('timeline.phaseLabel', { label: p.label }) : t('dashboard.noPhase'),
    values: { done_on_time: p.done, in_progress: p.in_progress, not_started: p.not_started, overdue: p.overdue },
  }));
  const phaseAverage = d.phases.map((p) => ({
    key: p.phase_id ?? 'none',
    label: p.label ? t('timeline.phaseLabel', { label: p.label }) : t('dashboard.noPhase'),
    values: { average: Math.round(p.average_percent) },
  }));

  return (
    <Stack gap="md">
      <Standing d={d} planId={planId} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-unit">
          <Title order={2} size="h4" id="by-unit" mb="sm">
            {t('dashboard.byUnit')}
          </Title>
          <StackedBars rows={unitRows} series={series} caption={t('dashboard.byUnit')} />
          <Table mt="sm" fz="xs" verticalSpacing={2} aria-label={t('dashboard.byUnitTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.unit')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.assignments')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.done')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.overdue')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.averagePercent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.units.map((u) => (
                <Table.Tr key={u.unit_id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.assignments}</Table.Td>
                  <Table.Td>{u.done}</Table.Td>
                  <Table.Td c={u.overdue ? 'red.9' : undefined} fw={u.overdue ? 700 : undefined}>
                    {u.overdue}
                  </Table.Td>
                  <Table.Td>{Math.round(u.average_percent)}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Stack gap="md">
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="by-phase">
            <Title order={2} size="h4" id="by-phase" mb="sm">
              {t('dashboard.byPhase')}
            </Title>
            <StackedBars rows={phaseRows} series={phaseSeries} caption={t('dashboard.byPhase')} />
            <Text size="sm" fw={600} mt="sm" mb={4}>
              {t('dashboard.averagePercent')}
            </Text>
            <StackedBars
              rows={phaseAverage}
              series={[
                { key: 'average', label: t('dashboard.averagePercent'), color: OKABE_ITO.blue.color, text: '#fff' },
              ]}
              max={100}
              unit="%"
              caption={t('dashboard.averagePercent')}
            />
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="overdue-heading">
            <Group justify="space-between">
              <Title order={2} size="h4" id="overdue-heading" mb="sm">
                {t('dashboard.overdueTasks')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('dashboard.overdueBuckets', {
                  a: d.deadlines.overdue_by_days.days_1_7,
                  b: d.deadlines.overdue_by_days.days_8_30,
                  c: d.deadlines.overdue_by_days.days_over_30,
                })}
              </Text>
            </Group>
            <OverdueTasks planId={planId} />
          </Paper>
        </Stack>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="next-14">
        <Title order={2} size="h4" id="next-14" mb="sm">
          {t('dashboard.next14')}
        </Title>
        <Next14Days d={d} />
      </Paper>
    </Stack>
  );
}
