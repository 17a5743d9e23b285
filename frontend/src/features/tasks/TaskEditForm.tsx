import { useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { DateRef, Task, TaskUpdate } from '../../api/types';
import { ConflictDialog, type ConflictField } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEtagMutation } from '../../hooks/useEtagMutation';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { formatDate } from '../../lib/formatDate';
import { orderPhases } from '../plans/Timeline';
import { planKeys, usePhases } from '../plans/queries';
import { useUnitDirectory } from '../units/queries';
import { DueEditor, dueRef, type DueFields } from './CreateTaskPage';
import { loadTask, patchTask, taskKeys } from './queries';

export interface TaskEditFormProps {
  task: Task;
  etag: string | null;
  onDone: () => void;
}

function dueFields(due: Task['due']): DueFields {
  if (due && due.kind === 'fixed') return { kind: 'fixed', date: due.date, milestoneId: null, side: 'end', offset: 0 };
  if (due && due.kind === 'milestone')
    return { kind: 'milestone', date: null, milestoneId: due.milestone_id, side: due.side, offset: due.offset_days };
  return { kind: 'none', date: null, milestoneId: null, side: 'end', offset: 0 };
}

const sameRef = (a: DateRef | null | undefined, b: DateRef | null | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Edits a task (text, phase, units, deadline) with `If-Match`; a 412 opens the conflict dialog. */
export function TaskEditForm({ task, etag, onDone }: TaskEditFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { directory } = useUnitDirectory();
  const phases = usePhases(task.plan_id);
  const [title, setTitle] = useState(task.title);
  const [body, setBody] = useState(task.body);
  const [sourceSection, setSourceSection] = useState(task.source_section ?? '');
  const [phaseId, setPhaseId] = useState<string | null>(task.phase_id);
  const [lead, setLead] = useState<string | null>(task.lead_unit_id);
  const [support, setSupport] = useState<string[]>(task.supporting_unit_ids);
  const [due, setDue] = useState<DueFields>(() => dueFields(task.due));
  const [local, setLocal] = useState<Record<string, string>>({});

  const reset = (next: Task) => {
    setTitle(next.title);
    setBody(next.body);
    setSourceSection(next.source_section ?? '');
    setPhaseId(next.phase_id);
    setLead(next.lead_unit_id);
    setSupport(next.supporting_unit_ids);
    setDue(dueFields(next.due));
  };
  const mutation = useEtagMutation<TaskUpdate, Task>({
    send: (changes, tag) => patchTask(task.id, changes, tag),
    loadCurrent: () => loadTask(task.id),
    onSaved: (result) => {
      queryClient.setQueryData(taskKeys.task(task.id), result);
      void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void queryClient.invalidateQueries({ queryKey: planKeys.dashboard(task.plan_id) });
      onDone();
    },
    onReload: (current) => {
      queryClient.setQueryData(taskKeys.task(task.id), current);
      reset(current.data);
    },
  });
  const server = translatedFieldErrors(mutation.error, t);
  const errors = { ...server, ...local };

  function changes(): TaskUpdate {
    const out: TaskUpdate = {};
    if (title.trim() !== task.title) out.title = title.trim();
    if (body !== task.body) out.body = body;
    if ((sourceSection.trim() || null) !== (task.source_section ?? null))
      out.source_section = sourceSection.trim() || null;
    if (phaseId !== task.phase_id) out.phase_id = phaseId;
    if (lead && lead !== task.lead_unit_id) out.lead_unit_id = lead;
    const nextSupport = support.filter((id) => id !== lead);
    if ([...nextSupport].sort().join() !== [...task.supporting_unit_ids].sort().join())
      out.supporting_unit_ids = nextSupport;
    const ref = dueRef(due);
    if (!sameRef(ref, task.due)) out.due = ref;
    return out;
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('errors.field.required');
    if (!lead && !task.lead_group_id) found.lead_unit_id = t('errors.field.required');
    if (due.kind !== 'none' && !dueRef(due)) found.due = t('errors.field.required');
    setLocal(found);
    if (Object.keys(found).length) return;
    const diff = changes();
    if (Object.keys(diff).length === 0) return onDone();
    await mutation.save(diff, etag);
  }

  const names = (v: unknown) => (Array.isArray(v) ? v.map((id) => directory.name(String(id))).join(', ') || '—' : '—');
  const dueText = (v: unknown) => {
    const ref = v as DateRef | null;
    if (!ref) return '—';
    if (ref.kind === 'fixed') return formatDate(ref.date, i18n.language);
    return `${t('task.dueMilestone')} (${ref.side}, ${ref.offset_days})`;
  };
  const fields: ConflictField[] = [
    { name: 'title', label: t('task.title') },
    { name: 'body', label: t('task.body') },
    { name: 'source_section', label: t('task.sourceSection') },
    { name: 'phase_id', label: t('tasks.phase'), format: (v) => phases.data?.find((p) => p.id === v)?.label ?? '—' },
    { name: 'lead_unit_id', label: t('task.leadUnit'), format: (v) => directory.name(v as string) || '—' },
    { name: 'supporting_unit_ids', label: t('task.supportUnits'), format: names },
    { name: 'due', label: t('task.dueLabel'), format: dueText },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('task.editTitle')}>
      <Stack gap="sm">
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
          minRows={4}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.body}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('task.sourceSection')}
            value={sourceSection}
            onChange={(e) => setSourceSection(e.currentTarget.value)}
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
        {task.lead_group_id ? null : (
          // A task addressed to a unit group has no lead unit: its members each have a share.
          <Select
            label={t('task.leadUnit')}
            required
            data={directory.options}
            value={lead}
            onChange={setLead}
            searchable
            nothingFoundMessage={t('admin.nothingFound')}
            error={errors.lead_unit_id}
          />
        )}
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
        <DueEditor planId={task.plan_id} value={due} onChange={setDue} error={errors.due ?? errors['due.date']} />
        {mutation.error && Object.keys(server).length === 0 ? <ErrorAlert error={mutation.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
      {mutation.conflict ? (
        <ConflictDialog
          opened
          fields={fields}
          mine={mutation.conflict.mine as Record<string, unknown>}
          theirs={mutation.conflict.theirs as unknown as Record<string, unknown>}
          onReload={mutation.reload}
          onOverwrite={() => void mutation.overwrite()}
          onClose={mutation.dismiss}
          busy={mutation.isPending}
        />
      ) : null}
    </form>
  );
}
