import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { Box, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import type { DatePrecision, Milestone, Phase } from '../../api/types';
import { formatDate } from '../../lib/formatDate';
import { buildScale, fromDay, periodLabel, snapToPrecision, toDay, type TimeScale } from './timelineScale';
import classes from './Timeline.module.css';

/** The approved baseline's windows (GET /plans/{id}/baseline-schedule), drawn as ghosts. */
export type BaselineSchedule = Pick<components['schemas']['BaselineScheduleOut'], 'phases' | 'milestones'>;

export interface TimelineProps {
  phases: Phase[];
  milestones: Milestone[];
  /** When given, each phase and milestone also shows where the approved plan put it (a dashed ghost). */
  baseline?: BaselineSchedule | null;
  /** YYYY-MM-DD; a line marks it when it falls inside the plan. */
  today?: string;
  /** Coordinators: drag a milestone (or press ←/→ on it) to propose a new date; Enter opens the editor. */
  onMoveMilestone?: (milestone: Milestone, proposedDate: string) => void;
}

/** Phases in plan order, each top-level phase followed by its sub-phases. */
export function orderPhases(phases: Phase[]): { phase: Phase; depth: number }[] {
  const top = phases.filter((p) => !p.parent_id).sort((a, b) => a.position - b.position);
  const out: { phase: Phase; depth: number }[] = [];
  for (const p of top) {
    out.push({ phase: p, depth: 0 });
    for (const c of phases.filter((s) => s.parent_id === p.id).sort((a, b) => a.position - b.position)) {
      out.push({ phase: c, depth: 1 });
    }
  }
  // Sub-phases whose parent is missing still show.
  for (const p of phases) if (!out.some((o) => o.phase.id === p.id)) out.push({ phase: p, depth: 1 });
  return out;
}

/**
 * "Đợt I · title", unless the title already starts with its own label (the
 * seed's titles do: "Đợt I: Từ đầu tháng 02/2020 …").
 */
export function phaseName(phase: Phase, label: string, withTitle = true): string {
  if (!withTitle || !phase.title) return label;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(phase.title).startsWith(fold(label)) ? phase.title : `${label} · ${phase.title}`;
}

function stepPeriod(date: string, precision: DatePrecision, direction: 1 | -1): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (precision === 'day') d.setUTCDate(d.getUTCDate() + direction);
  if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + direction);
  if (precision === 'quarter') d.setUTCMonth(d.getUTCMonth() + 3 * direction);
  if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + direction);
  return d.toISOString().slice(0, 10);
}

function MonthAxis({ scale, lang }: { scale: TimeScale; lang: string }) {
  const dense = scale.months.length > 18;
  return (
    <div className={classes.axis} aria-hidden="true">
      {scale.months.map((m, i) => {
        const showYear = i === 0 || m.month === 1;
        const show = !dense || m.month % 3 === 1 || showYear;
        return (
          <div
            key={m.day}
            className={classes.tick}
            data-year={m.month === 1 || undefined}
            style={{ left: `${scale.x(m.day)}%` }}
          >
            {show ? (
              <span>
                {lang.startsWith('en')
                  ? new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
                      new Date(Date.UTC(m.year, m.month - 1, 1)),
                    )
                  : `T${m.month}`}
                {showYear ? ` ${m.year}` : ''}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function MilestoneMarker({
  milestone,
  scale,
  onMove,
  approved,
}: {
  milestone: Milestone;
  scale: TimeScale;
  onMove?: (m: Milestone, date: string) => void;
  /** The baseline's range for this milestone, drawn behind it when it differs. */
  approved?: { start: number; end: number } | null;
}) {
  const { t, i18n } = useTranslation();
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; day: number; moved: boolean } | null>(null);
  const [ghost, setGhost] = useState<number | null>(null);
  const ghostBand = approved ? (
    <div
      className={classes.milestoneGhost}
      style={{
        left: `${scale.x(approved.start)}%`,
        width: `${Math.max(scale.x(approved.end) - scale.x(approved.start), 0)}%`,
      }}
      data-testid={`ghost-milestone-${milestone.id}`}
      aria-hidden="true"
    />
  ) : null;
  if (!milestone.range_start) return <div className={classes.track}>{ghostBand}</div>;
  const precision: DatePrecision = milestone.precision ?? 'day';
  const start = toDay(milestone.range_start);
  const end = milestone.range_end ? toDay(milestone.range_end) + 1 : start + 1;
  const shown = ghost ?? start;
  const width = Math.max(scale.x(shown + (end - start)) - scale.x(shown), 0);
  const label = periodLabel(milestone.date ?? milestone.range_start, precision, i18n.language);

  function onPointerDown(e: ReactPointerEvent<HTMLButtonElement>) {
    if (!onMove || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, day: start, moved: false };
  }
  function onPointerMove(e: ReactPointerEvent<HTMLButtonElement>) {
    const d = drag.current;
    const el = track.current;
    if (!d || !el) return;
    const dx = e.clientX - d.x;
    if (Math.abs(dx) > 4) d.moved = true;
    if (!d.moved) return;
    const span = scale.end - scale.start;
    const day = snapToPrecision(
      Math.min(scale.end - 1, Math.max(scale.start, d.day + Math.round((dx / el.clientWidth) * span))),
      precision,
    );
    setGhost(day);
  }
  function onPointerUp() {
    const d = drag.current;
    drag.current = null;
    const proposed = ghost;
    setGhost(null);
    if (!onMove) return;
    if (d?.moved && proposed !== null && proposed !== start) onMove(milestone, fromDay(proposed));
    else if (!d?.moved) onMove(milestone, milestone.date ?? milestone.range_start!);
  }
  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (!onMove) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      onMove(
        milestone,
        stepPeriod(milestone.date ?? milestone.range_start!, precision, e.key === 'ArrowRight' ? 1 : -1),
      );
    }
  }

  const style = { left: `${scale.x(shown)}%`, width: `${width}%` };
  const ghostLabel = ghost !== null ? periodLabel(fromDay(ghost), precision, i18n.language) : null;
  return (
    <div className={classes.track} ref={track}>
      {ghostBand}
      <div
        className={classes.milestoneBand}
        style={style}
        data-dragging={ghost !== null || undefined}
        aria-hidden="true"
      />
      {onMove ? (
        <Tooltip label={ghostLabel ?? t('timeline.dragHint')} opened={ghost !== null ? true : undefined} withArrow>
          <button
            type="button"
            className={classes.milestoneHandle}
            style={{ left: `${scale.x(shown)}%` }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => {
              drag.current = null;
              setGhost(null);
            }}
            onKeyDown={onKeyDown}
            aria-label={t('timeline.moveMilestone', { title: milestone.title, when: label })}
            aria-keyshortcuts="ArrowLeft ArrowRight"
            data-testid={`milestone-${milestone.id}`}
          />
        </Tooltip>
      ) : (
        <span className={classes.milestoneDot} style={{ left: `${scale.x(shown)}%` }} aria-hidden="true" />
      )}
    </div>
  );
}

/**
 * Phases and sub-phases as bars over a month axis, milestones as markers
 * (a band for fuzzy dates: a month, a quarter). Every row also states its
 * dates in words, so the chart is not the only way to read them.
 */
export function Timeline({ phases, milestones, baseline, today, onMoveMilestone }: TimelineProps) {
  const { t, i18n } = useTranslation();
  const rows = useMemo(() => orderPhases(phases), [phases]);
  const scale = useMemo(
    () =>
      buildScale([
        ...phases.flatMap((p) => [p.start_date, p.end_date]),
        ...milestones.flatMap((m) => [m.range_start, m.range_end]),
        ...(baseline?.phases ?? []).flatMap((p) => [p.start_date, p.end_date]),
        ...(baseline?.milestones ?? []).flatMap((m) => [m.range_start, m.range_end]),
      ]),
    [phases, milestones, baseline],
  );
  const approvedPhases = useMemo(() => new Map((baseline?.phases ?? []).map((p) => [p.id, p])), [baseline]);
  const approvedMilestones = useMemo(() => new Map((baseline?.milestones ?? []).map((m) => [m.id, m])), [baseline]);
  if (!scale) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  const todayDay = today ? toDay(today) : null;
  const showToday = todayDay !== null && todayDay >= scale.start && todayDay < scale.end;
  const sortedMilestones = [...milestones].sort((a, b) =>
    (a.range_start ?? '9999').localeCompare(b.range_start ?? '9999'),
  );
  const range = (from: string | null | undefined, to: string | null | undefined) =>
    `${from ? formatDate(from, i18n.language) : '…'} – ${to ? formatDate(to, i18n.language) : t('timeline.openEnded')}`;

  return (
    <div className={classes.scroller} tabIndex={0} role="region" aria-label={t('timeline.chart')}>
      <div className={classes.grid}>
        <div className={classes.corner} />
        <MonthAxis scale={scale} lang={i18n.language} />

        <div className={classes.sectionLabel}>{t('timeline.phases')}</div>
        <div className={classes.sectionTrack} />
        {rows.map(({ phase, depth }) => {
          const startDay = phase.start_date ? toDay(phase.start_date) : scale.start;
          const endDay = phase.end_date ? toDay(phase.end_date) + 1 : scale.end;
          const approved = baseline ? approvedPhases.get(phase.id) : undefined;
          const moved =
            approved !== undefined &&
            (approved.start_date !== (phase.start_date ?? null) || approved.end_date !== (phase.end_date ?? null));
          const ghostStart = approved?.start_date ? toDay(approved.start_date) : scale.start;
          const ghostEnd = approved?.end_date ? toDay(approved.end_date) + 1 : scale.end;
          return (
            <div className={classes.row} key={phase.id} data-testid={`phase-${phase.label}`}>
              <div className={classes.label} style={{ paddingInlineStart: depth ? '1.25rem' : undefined }}>
                <Text size="sm" fw={depth ? 500 : 700} lineClamp={2} title={phase.title}>
                  {phaseName(phase, t('timeline.phaseLabel', { label: phase.label }))}
                </Text>
                <Text size="xs" c="dimmed">
                  {range(phase.start_date, phase.end_date)}
                </Text>
                {moved ? (
                  <Text size="xs" c="orange.9" data-testid={`approved-phase-${phase.label}`}>
                    {t('reports2.timeline.approved', { range: range(approved.start_date, approved.end_date) })}
                  </Text>
                ) : null}
                {baseline && approved === undefined ? (
                  <Text size="xs" c="dimmed" fs="italic">
                    {t('reports2.timeline.newSinceBaseline')}
                  </Text>
                ) : null}
              </div>
              <div className={classes.track}>
                {approved ? (
                  <div
                    className={classes.ghost}
                    data-moved={moved || undefined}
                    data-testid={`ghost-phase-${phase.label}`}
                    style={{
                      left: `${scale.x(ghostStart)}%`,
                      width: `${Math.max(scale.x(ghostEnd) - scale.x(ghostStart), 0.5)}%`,
                    }}
                    aria-hidden="true"
                  />
                ) : null}
                <Box
                  className={classes.bar}
                  data-depth={depth}
                  data-open-end={!phase.end_date || undefined}
                  style={{
                    left: `${scale.x(startDay)}%`,
                    width: `${Math.max(scale.x(endDay) - scale.x(startDay), 0.5)}%`,
                  }}
                  aria-hidden="true"
                >
                  <span>{phase.label}</span>
                </Box>
                {showToday ? <div className={classes.today} style={{ left: `${scale.x(todayDay)}%` }} /> : null}
              </div>
            </div>
          );
        })}

        <div className={classes.sectionLabel}>{t('timeline.milestones')}</div>
        <div className={classes.sectionTrack} />
        {sortedMilestones.map((m) => {
          const approved = baseline ? approvedMilestones.get(m.id) : undefined;
          const moved =
            approved?.range_start != null &&
            (approved.range_start !== m.range_start || approved.range_end !== m.range_end);
          const ghost =
            moved && approved?.range_start
              ? {
                  start: toDay(approved.range_start),
                  end: (approved.range_end ? toDay(approved.range_end) : toDay(approved.range_start)) + 1,
                }
              : null;
          return (
            <div className={classes.row} key={m.id} data-testid={`milestone-row-${m.id}`}>
              <div className={classes.label}>
                <Text size="sm" fw={500} lineClamp={2} title={m.title}>
                  {m.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.range_start
                    ? periodLabel(m.date ?? m.range_start, m.precision, i18n.language)
                    : t('timeline.undated')}
                  {m.status !== 'planned' ? ` · ${t(`milestoneStatus.${m.status}`)}` : ''}
                </Text>
                {moved && approved?.range_start ? (
                  <Text size="xs" c="orange.9">
                    {t('reports2.timeline.approvedMilestone', {
                      when: periodLabel(approved.date ?? approved.range_start, m.precision, i18n.language),
                    })}
                  </Text>
                ) : null}
              </div>
              <MilestoneMarker milestone={m} scale={scale} onMove={onMoveMilestone} approved={ghost} />
            </div>
          );
        })}
      </div>
      {showToday ? (
        <VisuallyHidden>{t('timeline.today', { date: formatDate(today, i18n.language) })}</VisuallyHidden>
      ) : null}
    </div>
  );
}
