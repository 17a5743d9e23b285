import { useEffect, useMemo, useRef } from 'react';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AssignmentRole, AssignmentStatus, TaskListItem } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { AppDateInput } from '../../components/AppDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { daysUntil, formatDate, todayIn } from '../../lib/formatDate';
import { orderPhases } from '../plans/Timeline';
import { usePhases, usePlanTimeZone } from '../plans/queries';
import { useUnitDirectory, useUnitGroups } from '../units/queries';
import { ASSIGNMENT_STATUSES } from '../progress/ProgressUpdateForm';
import { listTasks, taskKeys, type TaskFilters, type TaskSort } from './queries';
import { FilterPanel } from '../../components/FilterPanel';
import { STANDINGS, type Standing } from '../dashboard/standings';
import classes from './TaskList.module.css';

const SORTS: TaskSort[] = ['due_date', '-due_date', 'title', '-title', '-created_at', 'created_at'];

/** Filters live in the URL: a filtered list can be bookmarked, shared, and survives "back". */
export function filtersFromParams(p: URLSearchParams): TaskFilters {
  const overdue = p.get('overdue');
  return {
    q: p.get('q') ?? '',
    phase_id: p.get('phase') || null,
    unit_id: p.get('unit') || null,
    role: (p.get('role') as AssignmentRole | null) || null,
    status: p.getAll('status') as AssignmentStatus[],
    overdue: overdue === null ? null : overdue === 'true',
    due_after: p.get('from') || null,
    due_before: p.get('to') || null,
    standing: (STANDINGS as readonly string[]).includes(p.get('standing') ?? '')
      ? (p.get('standing') as Standing)
      : null,
    sort: (p.get('sort') as TaskSort | null) ?? 'due_date',
  };
}

/** How many filters are in force besides the search box (the "Bộ lọc" button's count). */
export function activeTaskFilters(f: TaskFilters): number {
  return [
    f.phase_id,
    f.unit_id,
    f.role,
    f.status?.length ? 'status' : null,
    f.overdue ? 'overdue' : null,
    f.due_after,
    f.due_before,
    f.standing,
    f.sort && f.sort !== 'due_date' ? 'sort' : null,
  ].filter(Boolean).length;
}

function TaskRow({
  task,
  unitName,
  today,
}: {
  task: TaskListItem;
  unitName: (id: string | null | undefined) => string;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const days = task.due_date ? daysUntil(task.due_date, today) : null;
  const tone = task.overdue ? 'overdue' : task.status;
  return (
    <div className={classes.row} data-overdue={task.overdue || undefined} role="listitem">
      <Text size="sm" c="dimmed" className={classes.section}>
        {task.source_section ?? ''}
      </Text>
      <div className={classes.title}>
        <Anchor component={Link} to={`/tasks/${task.id}`} fw={600} c="civic.8" lineClamp={2} size="sm">
          {task.title}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {t('tasks.leadShort', { unit: unitName(task.lead_unit_id ?? task.lead_group_id) })}
          {task.awaiting_members ? ` · ${t('groups.awaitingBadge')}` : ''}
          {task.assignments.length > 1 ? ` · ${t('tasks.supportCount', { count: task.assignments.length - 1 })}` : ''}
        </Text>
      </div>
      <div className={classes.due}>
        {task.due_date ? (
          <Text size="sm" c={task.overdue ? 'red.9' : undefined} fw={task.overdue ? 600 : undefined}>
            {formatDate(task.due_date, i18n.language)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('tasks.noDue')}
          </Text>
        )}
        {task.overdue && days !== null ? (
          <Text size="xs" c="red.9">
            {t('task.overdueDays', { count: Math.abs(days) })}
          </Text>
        ) : null}
      </div>
      <div className={classes.status}>
        <StatusBadge tone={toneForStatus(tone)}>
          {task.overdue ? t('task.overdue') : t(`assignmentStatus.${task.status}`)}
        </StatusBadge>
      </div>
      <div className={classes.percent}>
        <Progress value={task.percent} size="sm" aria-hidden="true" color={task.overdue ? 'red.8' : 'civic.7'} />
        <Text size="xs">{task.percent}%</Text>
      </div>
    </div>
  );
}

/**
 * The plan's tasks: server-side filters, search and sort, cursor pages loaded
 * as the list scrolls, rows virtualised so thousands of tasks stay smooth.
 */
export default function TaskListPage({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const [params, setParams] = useSearchParams();
  const paramKey = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(paramKey)), [paramKey]);
  const [q] = useDebouncedValue(filters.q ?? '', 300);
  const effective = useMemo(() => ({ ...filters, q }), [filters, q]);
  const { directory } = useUnitDirectory();
  const unitGroups = useUnitGroups();
  const nameOf = (id: string | null | undefined) =>
    directory.name(id) || unitGroups.data?.find((g) => g.id === id)?.name || '';
  // Days left count from today where the plan is issued, as the server's `overdue` does.
  const today = todayIn(usePlanTimeZone(planId));
  const phases = usePhases(planId);

  const query = useInfiniteQuery({
    queryKey: taskKeys.list(planId, effective),
    queryFn: ({ pageParam, signal }) => listTasks(planId, effective, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const tasks = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useWindowVirtualizer({
    count: tasks.length,
    estimateSize: () => 68,
    overscan: 8,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1]!.index : -1;
  useEffect(() => {
    if (lastIndex >= tasks.length - 15 && query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  }, [lastIndex, tasks.length, query]);

  function set(name: string, value: string | string[] | null) {
    const next = new URLSearchParams(params);
    next.delete(name);
    if (Array.isArray(value)) value.forEach((v) => next.append(name, v));
    else if (value) next.set(name, value);
    if (name === 'unit' && !value) next.delete('role');
    setParams(next, { replace: true });
  }
  const phaseOptions = (phases.data ? orderPhases(phases.data) : []).map(({ phase, depth }) => ({
    value: phase.id,
    label: `${depth ? '— ' : ''}${t('timeline.phaseLabel', { label: phase.label })}`,
  }));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('tasks.search')}
          type="search"
          value={filters.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          w={{ base: '100%', sm: 260 }}
        />
        <FilterPanel active={activeTaskFilters(filters)}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('web2.standing.filter')}
              data={STANDINGS.map((k) => ({ value: k, label: t(`web2.standing.${k}`) }))}
              value={filters.standing ?? null}
              onChange={(v) => set('standing', v)}
              clearable
              placeholder={t('admin.all')}
              w={{ base: '100%', xs: 220 }}
            />
            <Select
              label={t('tasks.phase')}
              data={phaseOptions}
              value={filters.phase_id ?? null}
              onChange={(v) => set('phase', v)}
              clearable
              placeholder={t('admin.all')}
              w={{ base: '100%', xs: 170 }}
            />
            <Select
              label={t('tasks.unit')}
              data={directory.options}
              value={filters.unit_id ?? null}
              onChange={(v) => set('unit', v)}
              searchable
              clearable
              placeholder={t('admin.all')}
              nothingFoundMessage={t('admin.nothingFound')}
              w={{ base: '100%', sm: 260 }}
            />
            {filters.unit_id ? (
              <SegmentedControl
                aria-label={t('tasks.role')}
                value={filters.role ?? 'any'}
                onChange={(v) => set('role', v === 'any' ? null : v)}
                data={[
                  { value: 'any', label: t('tasks.roleAny') },
                  { value: 'lead', label: t('assignmentRole.lead') },
                  { value: 'support', label: t('assignmentRole.support') },
                  { value: 'member', label: t('assignmentRole.member') },
                ]}
              />
            ) : null}
            <MultiSelect
              label={t('tasks.status')}
              data={ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: t(`assignmentStatus.${s}`) }))}
              value={filters.status ?? []}
              onChange={(v) => set('status', v)}
              clearable
              placeholder={filters.status?.length ? undefined : t('admin.all')}
              w={{ base: '100%', sm: 240 }}
            />
            <AppDateInput
              label={t('tasks.dueAfter')}
              value={filters.due_after ?? null}
              onChange={(d) => set('from', d ? String(d).slice(0, 10) : null)}
              clearable
              w={{ base: '100%', xs: 150 }}
            />
            <AppDateInput
              label={t('tasks.dueBefore')}
              value={filters.due_before ?? null}
              onChange={(d) => set('to', d ? String(d).slice(0, 10) : null)}
              clearable
              w={{ base: '100%', xs: 150 }}
            />
            <Select
              label={t('tasks.sort')}
              data={SORTS.map((s) => ({ value: s, label: t(`tasks.sorts.${s.replace('-', 'desc_') as 'due_date'}`) }))}
              value={filters.sort ?? 'due_date'}
              allowDeselect={false}
              onChange={(v) => set('sort', v === 'due_date' ? null : v)}
              w={{ base: '100%', xs: 190 }}
            />
            <Switch
              label={t('tasks.overdueOnly')}
              checked={filters.overdue === true}
              onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : null)}
              mb={8}
            />
          </Group>
        </FilterPanel>
      </Group>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {query.isSuccess
            ? query.hasNextPage
              ? t('tasks.loadedMore', { count: tasks.length })
              : t('tasks.count', { count: tasks.length })
            : ''}
        </Text>
        {permissions.editTasks ? (
          <Button component={Link} to={`/plans/${planId}/tasks/new`}>
            {t('tasks.create')}
          </Button>
        ) : null}
      </Group>

      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && tasks.length === 0 ? <Text>{t('tasks.empty')}</Text> : null}

      {tasks.length > 0 ? (
        <div>
          <div className={classes.header} aria-hidden="true">
            <span>{t('tasks.col.section')}</span>
            <span>{t('tasks.col.title')}</span>
            <span>{t('tasks.col.due')}</span>
            <span>{t('tasks.col.status')}</span>
            <span>{t('tasks.col.percent')}</span>
          </div>
          <div
            ref={listRef}
            role="list"
            aria-label={t('tasks.listLabel')}
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
          >
            {items.map((item) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
                }}
              >
                <TaskRow task={tasks[item.index]!} unitName={nameOf} today={today} />
              </div>
            ))}
          </div>
          {query.isFetchingNextPage ? <PageLoader /> : null}
        </div>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('tasks.dateHint', { example: formatDate('2020-04-15', i18n.language) })}
      </Text>
    </Stack>
  );
}
