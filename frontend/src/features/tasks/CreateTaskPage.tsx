import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { DateRef, TaskCreate } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { AppDateInput } from '../../components/AppDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { periodLabel } from '../plans/timelineScale';
import { orderPhases } from '../plans/Timeline';
import { planKeys, useChannels, useMilestones, usePhases } from '../plans/queries';
import { useUnitDirectory, useUnitGroups } from '../units/queries';
import { createTask, taskKeys } from './queries';

type DueKind = 'none' | 'fixed' | 'milestone';

export interface DueFields {
  kind: DueKind;
  date: string | null;
  milestoneId: string | null;
  side: 'start' | 'end';
  offset: number;
}

export function dueRef(due: DueFields): DateRef | null {
  if (due.kind === 'fixed' && due.date) return { kind: 'fixed', date: due.date };
  if (due.kind === 'milestone' && due.milestoneId)
    return { kind: 'milestone', milestone_id: due.milestoneId, side: due.side, offset_days: due.offset };
  return null;
}

/** A deadline: none, a fixed day, or anchored to a milestone (so it moves with it). */
export function DueEditor({
  planId,
  value,
  onChange,
  error,
}: {
  planId: string;
  value: DueFields;
  onChange: (v: DueFields) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const milestones = useMilestones(planId);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={`due-${planId}`}>
        {t('task.dueLabel')}
      </Text>
      <SegmentedControl
        aria-labelledby={`due-${planId}`}
        value={value.kind}
        onChange={(k) => onChange({ ...value, kind: k as DueKind })}
        data={[
          { value: 'none', label: t('task.dueNone') },
          { value: 'fixed', label: t('task.dueFixed') },
          { value: 'milestone', label: t('task.dueMilestone') },
        ]}
        w="fit-content"
      />
      {value.kind === 'fixed' ? (
        <AppDateInput
          label={t('task.dueDate')}
          value={value.date}
          onChange={(d) => onChange({ ...value, date: d ? String(d).slice(0, 10) : null })}
          required
          error={error}
          maw={220}
        />
      ) : null}
      {value.kind === 'milestone' ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('task.milestone')}
            data={(milestones.data ?? []).map((m) => ({
              value: m.id,
              label: `${m.title}${m.date ? ` (${periodLabel(m.date, m.precision, i18n.language)})` : ''}`,
            }))}
            value={value.milestoneId}
            onChange={(v) => onChange({ ...value, milestoneId: v })}
            required
            searchable
            error={error}
            w={{ base: '100%', sm: 360 }}
          />
          <Select
            label={t('task.side')}
            data={[
              { value: 'start', label: t('task.sideStart') },
              { value: 'end', label: t('task.sideEnd') },
            ]}
            value={value.side}
            allowDeselect={false}
            onChange={(v) => onChange({ ...value, side: (v as 'start' | 'end') ?? 'end' })}
            w={150}
          />
          <NumberInput
            label={t('task.offset')}
            description={t('task.offsetHint')}
            value={value.offset}
            onChange={(v) => onChange({ ...value, offset: Number(v) || 0 })}
            min={-3650}
            max={3650}
            w={150}
          />
        </Group>
      ) : null}
    </Stack>
  );
}

const GROUP_PREFIX = 'group:';

/** A new task: one lead unit (or a unit group), any supporting units or groups, phase, channels, deadline. */
export default function CreateTaskPage({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { directory } = useUnitDirectory();
  const groups = useUnitGroups();
  const phases = usePhases(planId);
  const channels = useChannels(planId);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [section, setSection] = useState('');
  const [phaseId, setPhaseId] = useState<string | null>(null);
  const [lead, setLead] = useState<string | null>(null);
  const [support, setSupport] = useState<string[]>([]);
  const [supportGroups, setSupportGroups] = useState<string[]>([]);
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [due, setDue] = useState<DueFields>({ kind: 'none', date: null, milestoneId: null, side: 'end', offset: 0 });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (!permissions.editTasks) return <Navigate to={`/plans/${planId}/tasks`} replace />;
  const server = translatedFieldErrors(error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('errors.field.required');
    if (!lead) found.lead_unit_id = t('errors.field.required');
    if (due.kind !== 'none' && !dueRef(due)) found.due = t('errors.field.required');
    setLocal(found);
    if (Object.keys(found).length) return;
    // "group:<id>": the task is addressed to a unit group, each member owes a share.
    const leadGroup = lead?.startsWith(GROUP_PREFIX) ? lead.slice(GROUP_PREFIX.length) : null;
    const payload: TaskCreate = {
      title: title.trim(),
      body: body.trim(),
      source_section: section.trim() || null,
      phase_id: phaseId,
      lead_unit_id: leadGroup ? null : lead!,
      lead_group_id: leadGroup,
      supporting_unit_ids: support.filter((id) => id !== lead),
      supporting_group_ids: supportGroups,
      due: dueRef(due),
      channel_ids: channelIds,
    };
    setBusy(true);
    setError(null);
    try {
      const created = await createTask(planId, payload);
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      void queryClient.invalidateQueries({ queryKey: planKeys.dashboard(planId) });
      notifications.show({ color: 'green', message: t('tasks.created') });
      navigate(`/tasks/${created.id}`);
    } catch (err) {
      setError(err); // everything typed stays
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" maw={860}>
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-task-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-task-title">
            {t('tasks.create')}
          </Title>
          <TextInput
            label={t('task.title')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <Textarea
            label={t('task.body')}
            autosize
            minRows={3}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={errors.body}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('task.sourceSection')}
              placeholder="IV.1"
              value={section}
              onChange={(e) => setSection(e.currentTarget.value)}
              error={errors.source_section}
            />
            <Select
              label={t('tasks.phase')}
              data={(phases.data ? orderPhases(phases.data) : []).map(({ phase, depth }) => ({
                value: phase.id,
                label: `${depth ? '— ' : ''}${t('timeline.phaseLabel', { label: phase.label })}`,
              }))}
              value={phaseId}
              onChange={setPhaseId}
              clearable
              error={errors.phase_id}
            />
          </Group>
          <Select
            label={t('task.leadUnit')}
            description={t('groups.leadHint')}
            required
            data={[
              { group: t('groups.unitsLabel'), items: directory.options },
              {
                group: t('groups.title'),
                items: (groups.data ?? []).map((g) => ({ value: `${GROUP_PREFIX}${g.id}`, label: g.name })),
              },
            ]}
            value={lead}
            onChange={setLead}
            searchable
            nothingFoundMessage={t('admin.nothingFound')}
            error={errors.lead_unit_id}
          />
          <MultiSelect
            label={t('task.supportUnits')}
            data={directory.options.filter((o) => o.value !== lead)}
            value={support}
            onChange={setSupport}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('admin.nothingFound')}
            error={errors.supporting_unit_ids}
          />
          <MultiSelect
            label={t('task.supportGroups')}
            description={t('task.supportGroupsHint')}
            data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={supportGroups}
            onChange={setSupportGroups}
            searchable
            clearable
            error={errors.supporting_group_ids}
          />
          <MultiSelect
            label={t('task.channels')}
            data={(channels.data ?? []).map((c) => ({ value: c.id, label: `${c.label}. ${c.title}` }))}
            value={channelIds}
            onChange={setChannelIds}
            clearable
            error={errors.channel_ids}
          />
          <DueEditor planId={planId} value={due} onChange={setDue} error={errors.due ?? errors['due.date']} />
          {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => navigate(`/plans/${planId}/tasks`)} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('tasks.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
