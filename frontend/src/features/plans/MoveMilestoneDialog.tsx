import { useState } from 'react';
import { Alert, Button, Group, List, Modal, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput, YearPickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DatePrecision, Milestone, MilestoneImpact, MilestoneMove } from '../../api/types';
import { ConflictDialog } from '../../components/ConflictDialog';
import { AppDateInput } from '../../components/AppDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useEtagMutation } from '../../hooks/useEtagMutation';
import { formatDate } from '../../lib/formatDate';
import { taskKeys } from '../tasks/queries';
import { getMilestone, milestoneImpact, moveMilestone, planKeys } from './queries';
import { fromDay, periodLabel, snapToPrecision, toDay } from './timelineScale';

const PRECISIONS: DatePrecision[] = ['day', 'month', 'quarter', 'year'];

/** `Date` (local midnight from the pickers) ↔ `YYYY-MM-DD` without time-zone drift. */
const toIso = (d: Date | string | null): string | null => {
  if (!d) return null;
  if (typeof d === 'string') return d.slice(0, 10);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function DatePicker({
  precision,
  value,
  onChange,
}: {
  precision: DatePrecision;
  value: string;
  onChange: (iso: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const year = Number(value.slice(0, 4));
  const quarter = Math.floor((Number(value.slice(5, 7)) - 1) / 3) + 1;
  if (precision === 'day')
    return (
      <AppDateInput
        label={t('milestone.newDate')}
        value={value}
        onChange={(d) => {
          const iso = toIso(d);
          if (iso) onChange(iso);
        }}
        required
      />
    );
  if (precision === 'month')
    return (
      <MonthPickerInput
        label={t('milestone.newMonth')}
        valueFormat="MM/YYYY"
        value={value}
        onChange={(d) => {
          const iso = toIso(d);
          if (iso) onChange(iso);
        }}
        required
      />
    );
  if (precision === 'year')
    return (
      <YearPickerInput
        label={t('milestone.newYear')}
        value={value}
        onChange={(d) => {
          const iso = toIso(d);
          if (iso) onChange(iso);
        }}
        required
      />
    );
  return (
    <Group grow>
      <Select
        label={t('milestone.quarter')}
        data={[1, 2, 3, 4].map((q) => ({
          value: String(q),
          label: periodLabel(`${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, 'quarter', i18n.language),
        }))}
        value={String(quarter)}
        allowDeselect={false}
        onChange={(q) => q && onChange(`${year}-${String(Number(q) * 3 - 2).padStart(2, '0')}-01`)}
      />
      <NumberInput
        label={t('milestone.year')}
        value={year}
        min={1900}
        max={2200}
        onChange={(y) => {
          const n = Number(y);
          if (n >= 1900 && n <= 2200) onChange(`${n}-${String(quarter * 3 - 2).padStart(2, '0')}-01`);
        }}
      />
    </Group>
  );
}

function Change({ before, after }: { before: string | null; after: string | null }) {
  const { i18n } = useTranslation();
  const f = (d: string | null) => (d ? formatDate(d, i18n.language) : '—');
  if (before === after) return <>{f(after)}</>;
  return (
    <>
      <s aria-hidden="true">{f(before)}</s> → <strong>{f(after)}</strong>
    </>
  );
}

function ImpactReport({ impact, unitName }: { impact: MilestoneImpact; unitName: (id: string) => string }) {
  const { t } = useTranslation();
  const changedPhases = impact.phases.filter(
    (p) => p.start_date.before !== p.start_date.after || p.end_date.before !== p.end_date.after,
  );
  return (
    <Stack gap="sm" data-testid="impact">
      <Text size="sm">
        {t('milestone.rangeChange')}: <Change before={impact.range_start.before} after={impact.range_start.after} /> –{' '}
        <Change before={impact.range_end.before} after={impact.range_end.after} />
      </Text>
      {impact.conflicts.length ? (
        <Alert color="red" variant="light" c="red.9" title={t('milestone.conflicts')} role="alert">
          <List size="sm">
            {impact.conflicts.map((c) => (
              <List.Item key={c.phase_id}>
                {t('timeline.phaseLabel', { label: c.label })} — {c.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <div>
        <Title order={3} size="h6">
          {t('milestone.phasesMoved', { count: changedPhases.length })}
        </Title>
        {changedPhases.length ? (
          <Table.ScrollContainer minWidth={420}>
            <Table withTableBorder verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('milestone.phase')}</Table.Th>
                  <Table.Th scope="col">{t('milestone.start')}</Table.Th>
                  <Table.Th scope="col">{t('milestone.end')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changedPhases.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={500}>
                      {t('timeline.phaseLabel', { label: p.label })}
                    </Table.Th>
                    <Table.Td>
                      <Change before={p.start_date.before} after={p.start_date.after} />
                    </Table.Td>
                    <Table.Td>
                      <Change before={p.end_date.before} after={p.end_date.after} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </div>
      <div>
        <Title order={3} size="h6">
          {t('milestone.tasksMoved', { count: impact.tasks.length })}
        </Title>
        {impact.tasks.length ? (
          <List size="sm" spacing={2}>
            {impact.tasks.slice(0, 20).map((task) => (
              <List.Item key={task.id}>
                <Link to={`/tasks/${task.id}`}>{task.title}</Link>:{' '}
                <Change before={task.due_date.before} after={task.due_date.after} />
              </List.Item>
            ))}
          </List>
        ) : null}
        {impact.tasks.length > 20 ? (
          <Text size="sm" c="dimmed">
            {t('milestone.andMore', { count: impact.tasks.length - 20 })}
          </Text>
        ) : null}
      </div>
      {impact.units.length ? (
        <Text size="sm">
          <strong>{t('milestone.unitsAffected', { count: impact.units.length })}:</strong>{' '}
          {impact.units.map((u) => `${u.name ?? unitName(u.unit_id)} (${u.task_count})`).join(', ')}
        </Text>
      ) : null}
    </Stack>
  );
}

export interface MoveMilestoneDialogProps {
  planId: string;
  milestone: Milestone;
  proposedDate: string;
  onClose: () => void;
  unitName: (id: string) => string;
}

/**
 * Moving a milestone shifts every phase window and deadline anchored to it:
 * the dialog first shows what would move (GET …/impact), then applies it
 * (POST …/move with If-Match). Conflicting windows are shown and block it.
 */
export function MoveMilestoneDialog({ planId, milestone, proposedDate, onClose, unitName }: MoveMilestoneDialogProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const initialPrecision: DatePrecision = milestone.precision ?? 'day';
  const [precision, setPrecision] = useState<DatePrecision>(initialPrecision);
  const [date, setDate] = useState(() => fromDay(snapToPrecision(toDay(proposedDate), initialPrecision)));
  const current = useQuery({
    queryKey: planKeys.milestone(milestone.id),
    queryFn: ({ signal }) => getMilestone(milestone.id, signal),
    staleTime: 0,
  });
  const impact = useQuery({
    queryKey: planKeys.impact(milestone.id, date, precision),
    queryFn: ({ signal }) => milestoneImpact(milestone.id, date, precision, signal),
    staleTime: 0,
  });
  const move = useEtagMutation<MilestoneMove, Milestone>({
    send: (body, etag) => moveMilestone(milestone.id, body, etag),
    loadCurrent: () => getMilestone(milestone.id),
    onSaved: () => {
      for (const key of [
        planKeys.phases(planId),
        planKeys.milestones(planId),
        planKeys.dashboard(planId),
        taskKeys.all,
      ])
        void queryClient.invalidateQueries({ queryKey: key });
      notifications.show({
        color: 'green',
        message: t('milestone.moved', { title: milestone.title, when: periodLabel(date, precision, i18n.language) }),
      });
      onClose();
    },
    onReload: (theirs) => {
      queryClient.setQueryData(planKeys.milestone(milestone.id), theirs);
      void queryClient.invalidateQueries({ queryKey: planKeys.milestones(planId) });
    },
  });

  const unchanged = date === milestone.date && precision === initialPrecision;
  const blocked = !!impact.data?.conflicts.length;

  return (
    <Modal opened onClose={onClose} title={t('milestone.moveTitle', { title: milestone.title })} size="xl">
      <Stack gap="md">
        <Text size="sm">
          {t('milestone.currently', {
            when: milestone.date ? periodLabel(milestone.date, milestone.precision, i18n.language) : '—',
          })}
        </Text>
        <Group grow align="flex-end">
          <Select
            label={t('milestone.precision')}
            data={PRECISIONS.map((p) => ({ value: p, label: t(`precision.${p}`) }))}
            value={precision}
            allowDeselect={false}
            onChange={(p) => {
              if (!p) return;
              const next = p as DatePrecision;
              setPrecision(next);
              setDate(fromDay(snapToPrecision(toDay(date), next)));
            }}
          />
          <DatePicker
            precision={precision}
            value={date}
            onChange={(iso) => setDate(fromDay(snapToPrecision(toDay(iso), precision)))}
          />
        </Group>
        <div aria-live="polite">
          <Title order={2} size="h5" mb="xs">
            {t('milestone.impactTitle', { when: periodLabel(date, precision, i18n.language) })}
          </Title>
          {impact.isPending ? <PageLoader /> : null}
          {impact.isError ? <ErrorAlert error={impact.error} /> : null}
          {impact.data ? <ImpactReport impact={impact.data} unitName={unitName} /> : null}
        </div>
        {move.error ? <ErrorAlert error={move.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={move.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void move.save({ date, precision }, current.data?.etag ?? null)}
            loading={move.isPending}
            disabled={unchanged || blocked || !impact.data || !current.data}
          >
            {t('milestone.apply')}
          </Button>
        </Group>
      </Stack>
      {move.conflict ? (
        <ConflictDialog
          opened
          fields={[
            {
              name: 'date',
              label: t('milestone.date'),
              format: (v) => (v ? formatDate(String(v), i18n.language) : '—'),
            },
            {
              name: 'precision',
              label: t('milestone.precision'),
              format: (v) => (v ? t(`precision.${v as DatePrecision}`) : '—'),
            },
          ]}
          mine={move.conflict.mine as unknown as Record<string, unknown>}
          theirs={move.conflict.theirs as unknown as Record<string, unknown>}
          onReload={move.reload}
          onOverwrite={() => void move.overwrite()}
          onClose={move.dismiss}
          busy={move.isPending}
        />
      ) : null}
    </Modal>
  );
}
