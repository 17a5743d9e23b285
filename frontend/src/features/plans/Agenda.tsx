import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatePrecision, Milestone, Phase } from '../../api/types';
import { formatDate } from '../../lib/formatDate';
import { orderPhases, phaseName } from './Timeline';
import { periodLabel } from './timelineScale';
import classes from './Agenda.module.css';

export interface AgendaProps {
  phases: Phase[];
  milestones: Milestone[];
  /** YYYY-MM-DD: the entry under way today is marked, and a "today" line is drawn between entries. */
  today?: string;
}

interface Entry {
  key: string;
  start: string | null;
  end: string | null;
  kind: 'phase' | 'milestone';
  depth: number;
  title: string;
  when: string;
}

/**
 * The timeline on a phone (under 600 px): phases and milestones as one dated list in
 * time order, "today" marked between them, instead of a chart squeezed to a few pixels.
 */
export function Agenda({ phases, milestones, today }: AgendaProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const range = (a: string | null, b: string | null) =>
    a && b && a !== b ? `${formatDate(a, lang)} – ${formatDate(b, lang)}` : a ? formatDate(a, lang) : '—';
  const entries: Entry[] = [
    ...orderPhases(phases).map(({ phase, depth }) => ({
      key: `p-${phase.id}`,
      start: phase.start_date,
      end: phase.end_date,
      kind: 'phase' as const,
      depth,
      title: phaseName(phase, t('timeline.phaseLabel', { label: phase.label })),
      when: range(phase.start_date, phase.end_date),
    })),
    ...milestones.map((m) => ({
      key: `m-${m.id}`,
      start: m.range_start,
      end: m.range_end,
      kind: 'milestone' as const,
      depth: 0,
      title: m.title,
      when: m.range_start
        ? periodLabel(m.date ?? m.range_start, (m.precision ?? 'day') as DatePrecision, lang)
        : t('web2.agenda.undated'),
    })),
  ].sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.kind.localeCompare(b.kind));
  const todayIndex = today ? entries.findIndex((e) => (e.start ?? '9999') > today) : -1;
  const inPlan = today && entries.some((e) => e.start && e.start <= today) && todayIndex !== -1;

  return (
    <ol className={classes.agenda} aria-label={t('web2.agenda.label')} data-testid="timeline-agenda">
      {entries.map((e, i) => {
        const current = !!today && !!e.start && e.start <= today && (e.end ?? e.start) >= today;
        return (
          <li key={e.key} className={classes.entryWrap}>
            {inPlan && i === todayIndex ? (
              <div className={classes.today} role="presentation">
                <span>{t('web2.agenda.today', { date: formatDate(today, lang) })}</span>
              </div>
            ) : null}
            <div
              className={classes.entry}
              data-kind={e.kind}
              data-depth={e.depth || undefined}
              data-current={current || undefined}
            >
              <Text size="xs" c="dark.6" fw={600} className={classes.when}>
                {e.when}
              </Text>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  variant={e.kind === 'phase' ? 'filled' : 'outline'}
                  color="civic"
                  className={classes.badge}
                >
                  {e.kind === 'phase' ? t('web2.agenda.phase') : t('web2.agenda.milestone')}
                </Badge>
                <Text size="sm" fw={e.kind === 'phase' && !e.depth ? 600 : 400}>
                  {e.title}
                  {current ? (
                    <Text span size="xs" c="dark.8" fw={700} ml={6}>
                      {t('web2.agenda.now')}
                    </Text>
                  ) : null}
                </Text>
              </Group>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
