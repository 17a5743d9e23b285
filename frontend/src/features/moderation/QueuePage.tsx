import { useEffect, useMemo, useRef, useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Chip, Drawer, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Consultation, ContributorGroup, Feedback, FeedbackChannel, FeedbackStatus } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { AppDateInput } from '../../components/AppDateInput';
import { FilterPanel, useNarrow } from '../../components/FilterPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/formatDate';
import { BulkActionBar } from './BulkActionBar';
import { FeedbackEditor } from './FeedbackEditor';
import {
  CONTRIBUTOR_GROUPS,
  countFeedback,
  FEEDBACK_CHANNELS,
  FEEDBACK_STATUSES,
  getFeedback,
  listFeedback,
  moderationKeys,
  useSections,
  type FeedbackFilters,
} from './queries';
import classes from './Queue.module.css';

/** What a moderator needs to act on: the queue opens on these unless the address says otherwise. */
export const NEEDS_ACTION: readonly FeedbackStatus[] = ['received', 'in_review'];

/** `?status=received,in_review`; `?status=all` (or no parameter without a default) is every status. */
export function statusesFromParam(raw: string | null, fallback: readonly FeedbackStatus[] = []): FeedbackStatus[] {
  if (raw === null) return [...fallback];
  if (raw === 'all' || raw === '') return [];
  return raw.split(',').filter((s): s is FeedbackStatus => (FEEDBACK_STATUSES as readonly string[]).includes(s));
}

export function queueFiltersFromParams(
  p: URLSearchParams,
  defaultStatuses: readonly FeedbackStatus[] = [],
): FeedbackFilters {
  return {
    status: statusesFromParam(p.get('status'), defaultStatuses),
    section_id: p.get('section') || null,
    contributor_group: (p.get('group') as ContributorGroup | null) || null,
    channel: (p.get('channel') as FeedbackChannel | null) || null,
    tag: p.get('tag') || null,
    cluster_id: p.get('cluster') || null,
    submitted_from: p.get('from') || null,
    submitted_to: p.get('to') || null,
    q: p.get('q') ?? '',
    sort: p.get('sort') === 'submitted_at' ? 'submitted_at' : '-submitted_at',
  };
}

function Row({
  fb,
  selected,
  onToggle,
  onOpen,
  sectionName,
  selectable,
  onCluster,
  canModerate,
}: {
  fb: Feedback;
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
  sectionName: (id: string | null) => string;
  selectable: boolean;
  onCluster: (id: string) => void;
  canModerate: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className={classes.row} data-selected={selected || undefined} role="listitem">
      {selectable ? (
        <Checkbox
          checked={selected}
          onChange={onToggle}
          aria-label={t('moderation.selectOne', { excerpt: fb.body.slice(0, 60) })}
          mt={4}
        />
      ) : null}
      <div className={classes.main}>
        <Group gap={6} wrap="wrap">
          <StatusBadge tone={toneForStatus(fb.status)}>{t(`feedbackStatus.${fb.status}`)}</StatusBadge>
          <Text size="xs" c="dimmed">
            {formatDateTime(fb.submitted_at, i18n.language)} · {t(`contributorGroup.${fb.contributor_group}`)} ·{' '}
            {t(`feedbackChannel.${fb.channel}`)}
            {fb.section_id ? ` · ${sectionName(fb.section_id)}` : ''}
          </Text>
          {fb.cluster_id ? (
            <Button size="compact-xs" variant="light" onClick={() => onCluster(fb.cluster_id!)}>
              {t('moderation.inCluster')}
            </Button>
          ) : null}
          {fb.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="outline" color="gray" c="dark.7">
              {tag}
            </Badge>
          ))}
        </Group>
        {fb.quote ? (
          <Text size="sm" fs="italic" c="dark.6" lineClamp={1} mt={2}>
            “{fb.quote}”
          </Text>
        ) : null}
        <Text size="sm" lineClamp={3} mt={2}>
          {fb.body}
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={onOpen} mt={2}>
          {canModerate ? t('moderation.open') : t('queueChips.view')}
        </Anchor>
      </div>
    </div>
  );
}

/**
 * The feedback queue: filters in the URL, pages fetched as the list scrolls,
 * rows virtualised (consultations run to hundreds of thousands), a selection
 * for bulk actions, and a drawer to read and answer one submission.
 */
export default function QueuePage({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const [params, setParams] = useSearchParams();
  const paramKey = params.toString();
  const canModerate = permissions.moderateFeedback;
  const filters = useMemo(
    () => queueFiltersFromParams(new URLSearchParams(paramKey), canModerate ? NEEDS_ACTION : []),
    [paramKey, canModerate],
  );
  const [q] = useDebouncedValue(filters.q ?? '', 300);
  const effective = useMemo(() => ({ ...filters, q }), [filters, q]);
  const sections = useSections(consultation.document_id, consultation.document_version);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const phone = useNarrow();
  const counts = useQuery({
    queryKey: moderationKeys.counts(consultation.id, { ...effective, status: null, sort: undefined }),
    queryFn: ({ signal }) => countFeedback(consultation.id, effective, signal),
  });
  const defaultStatuses = canModerate ? NEEDS_ACTION : [];
  const statusChanged =
    (filters.status ?? []).length !== defaultStatuses.length ||
    defaultStatuses.some((s) => !(filters.status ?? []).includes(s));
  const activeFilters = [
    statusChanged ? 'status' : null,
    filters.section_id,
    filters.contributor_group,
    filters.channel,
    filters.tag,
    filters.submitted_from,
    filters.submitted_to,
    filters.sort === 'submitted_at' ? 'sort' : null,
  ].filter(Boolean).length;
  const statusSet = new Set(filters.status ?? []);
  function setStatuses(next: FeedbackStatus[]) {
    const value = next.length === 0 ? 'all' : FEEDBACK_STATUSES.filter((s) => next.includes(s)).join(',');
    set('status', value);
  }

  const query = useInfiniteQuery({
    queryKey: moderationKeys.queue(consultation.id, effective),
    queryFn: ({ pageParam, signal }) => listFeedback(consultation.id, effective, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  useEffect(() => setSelected(new Set()), [effective]);

  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 120,
    overscan: 6,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.length ? virtualItems[virtualItems.length - 1]!.index : -1;
  useEffect(() => {
    if (lastIndex >= items.length - 20 && query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  }, [lastIndex, items.length, query]);

  const sectionName = (id: string | null) => {
    const s = sections.data?.find((x) => x.id === id);
    return s ? `${s.number}. ${s.heading}` : '';
  };
  function set(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allLoadedSelected = items.length > 0 && items.every((f) => selected.has(f.id));

  const open = useQuery({
    queryKey: moderationKeys.feedback(openId ?? ''),
    queryFn: ({ signal }) => getFeedback(openId!, signal),
    enabled: !!openId,
    staleTime: 0,
  });

  const chips = (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('moderation.status')}>
      <Chip
        size="sm"
        checked={statusSet.size === 0}
        onChange={() => setStatuses([])}
        variant="outline"
        data-testid="chip-all"
      >
        {t('queueChips.all')} {counts.data ? `(${counts.data.total})` : ''}
      </Chip>
      {canModerate ? (
        <Chip
          size="sm"
          variant="outline"
          checked={statusSet.size === NEEDS_ACTION.length && NEEDS_ACTION.every((s) => statusSet.has(s))}
          onChange={() => setStatuses([...NEEDS_ACTION])}
        >
          {t('queueChips.needsAction')}{' '}
          {counts.data ? `(${NEEDS_ACTION.reduce((n, s) => n + (counts.data.by_status[s] ?? 0), 0)})` : ''}
        </Chip>
      ) : null}
      {FEEDBACK_STATUSES.map((s) => (
        <Chip
          key={s}
          size="sm"
          checked={statusSet.has(s)}
          data-testid={`chip-${s}`}
          onChange={(on) => setStatuses(on ? [...statusSet, s] : [...statusSet].filter((x) => x !== s))}
        >
          {t(`feedbackStatus.${s}`)} ({counts.data?.by_status[s] ?? 0})
        </Chip>
      ))}
    </Group>
  );

  return (
    <Stack gap="sm">
      {phone ? null : chips}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('moderation.search')}
          type="search"
          value={filters.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          w={{ base: '100%', sm: 240 }}
        />
        <FilterPanel active={activeFilters}>
          <Stack gap="sm" w="100%">
            {phone ? chips : null}
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select
                label={t('moderation.section')}
                data={(sections.data ?? []).map((s) => ({ value: s.id, label: `${s.number}. ${s.heading}` }))}
                value={filters.section_id ?? null}
                onChange={(v) => set('section', v)}
                clearable
                searchable
                placeholder={t('admin.all')}
                w={{ base: '100%', xs: 220 }}
              />
              <Select
                label={t('moderation.group')}
                data={CONTRIBUTOR_GROUPS.map((g) => ({ value: g, label: t(`contributorGroup.${g}`) }))}
                value={filters.contributor_group ?? null}
                onChange={(v) => set('group', v)}
                clearable
                placeholder={t('admin.all')}
                w={{ base: '100%', xs: 170 }}
              />
              <Select
                label={t('moderation.channel')}
                data={FEEDBACK_CHANNELS.map((c) => ({ value: c, label: t(`feedbackChannel.${c}`) }))}
                value={filters.channel ?? null}
                onChange={(v) => set('channel', v)}
                clearable
                placeholder={t('admin.all')}
                w={{ base: '100%', xs: 150 }}
              />
              <TextInput
                label={t('moderation.tag')}
                value={filters.tag ?? ''}
                onChange={(e) => set('tag', e.currentTarget.value || null)}
                w={{ base: '100%', xs: 140 }}
              />
              <AppDateInput
                label={t('moderation.from')}
                value={filters.submitted_from?.slice(0, 10) ?? null}
                onChange={(d) => set('from', d ? `${String(d).slice(0, 10)}T00:00:00` : null)}
                clearable
                w={{ base: '100%', xs: 150 }}
              />
              <AppDateInput
                label={t('moderation.to')}
                value={filters.submitted_to?.slice(0, 10) ?? null}
                onChange={(d) => set('to', d ? `${String(d).slice(0, 10)}T23:59:59.999` : null)}
                clearable
                w={{ base: '100%', xs: 150 }}
              />
              <Select
                label={t('moderation.sort')}
                data={[
                  { value: '-submitted_at', label: t('moderation.newestFirst') },
                  { value: 'submitted_at', label: t('moderation.oldestFirst') },
                ]}
                value={filters.sort ?? '-submitted_at'}
                allowDeselect={false}
                onChange={(v) => set('sort', v === 'submitted_at' ? v : null)}
                w={{ base: '100%', xs: 160 }}
              />
            </Group>
          </Stack>
        </FilterPanel>
      </Group>
      {filters.cluster_id ? (
        <Group gap="xs">
          <Badge variant="light" color="grape" c="grape.9">
            {t('moderation.filteredByCluster')}
          </Badge>
          <Button size="compact-sm" variant="subtle" onClick={() => set('cluster', null)}>
            {t('moderation.showAll')}
          </Button>
        </Group>
      ) : null}

      <Group justify="space-between" wrap="wrap">
        <Text size="sm" role="status">
          {query.isSuccess
            ? query.hasNextPage
              ? t('moderation.loadedMore', { count: items.length })
              : t('moderation.count', { count: items.length })
            : ''}
        </Text>
        {canModerate && items.length ? (
          <Checkbox
            label={t('moderation.selectAllLoaded', { count: items.length })}
            checked={allLoadedSelected}
            indeterminate={selected.size > 0 && !allLoadedSelected}
            onChange={() => setSelected(allLoadedSelected ? new Set() : new Set(items.map((f) => f.id)))}
          />
        ) : null}
      </Group>

      {canModerate && (selected.size > 0 || filters.cluster_id) ? (
        <div className={classes.bulk}>
          <BulkActionBar
            consultationId={consultation.id}
            selection={selected.size > 0 ? { ids: [...selected] } : { cluster_id: filters.cluster_id }}
            count={selected.size > 0 ? selected.size : items.length}
            onDone={() => setSelected(new Set())}
          />
        </div>
      ) : null}

      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && items.length === 0 ? <Text>{t('moderation.empty')}</Text> : null}
      <div
        ref={listRef}
        role="list"
        aria-label={t('moderation.queueLabel')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualItems.map((v) => {
          const fb = items[v.index]!;
          return (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <Row
                fb={fb}
                selected={selected.has(fb.id)}
                onToggle={() => toggle(fb.id)}
                onOpen={() => setOpenId(fb.id)}
                sectionName={sectionName}
                selectable={canModerate}
                onCluster={(id) => set('cluster', id)}
                canModerate={canModerate}
              />
            </div>
          );
        })}
      </div>
      {query.isFetchingNextPage ? <PageLoader /> : null}

      <Drawer
        opened={!!openId}
        onClose={() => setOpenId(null)}
        position="right"
        size={phone ? '100%' : 'xl'}
        title={t('moderation.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open.isPending && openId ? <PageLoader /> : null}
        {open.isError ? <ErrorAlert error={open.error} /> : null}
        {open.data ? (
          <div key={open.data.etag ?? ''}>
            <FeedbackEditor resource={open.data} sectionName={sectionName} onDone={() => setOpenId(null)} />
          </div>
        ) : null}
      </Drawer>
    </Stack>
  );
}
