import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import type { Task, TaskUpdate } from '../../api/types';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEtagMutation } from '../../hooks/useEtagMutation';
import { loadTask, patchTask, taskKeys } from './queries';

export interface TaskEditFormProps {
  task: Task;
  etag: string | null;
  onDone: () => void;
}

/** Edits a task's text with `If-Match`; a 412 opens the conflict dialog. */
export function TaskEditForm({ task, etag, onDone }: TaskEditFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(task.title);
  const [body, setBody] = useState(task.body);
  const [sourceSection, setSourceSection] = useState(task.source_section ?? '');

  const mutation = useEtagMutation<TaskUpdate, Task>({
    send: (changes, tag) => patchTask(task.id, changes, tag),
    loadCurrent: () => loadTask(task.id),
    onSaved: (result) => {
      queryClient.setQueryData(taskKeys.task(task.id), result);
      onDone();
    },
    onReload: (current) => {
      queryClient.setQueryData(taskKeys.task(task.id), current);
      setTitle(current.data.title);
      setBody(current.data.body);
      setSourceSection(current.data.source_section ?? '');
    },
  });
  const fieldErrors = isApiError(mutation.error) ? mutation.error.fieldErrors : {};

  function changes(): TaskUpdate {
    const out: TaskUpdate = {};
    if (title !== task.title) out.title = title;
    if (body !== task.body) out.body = body;
    if ((sourceSection || null) !== (task.source_section ?? null)) out.source_section = sourceSection || null;
    return out;
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const diff = changes();
    if (Object.keys(diff).length === 0) return onDone();
    await mutation.save(diff, etag);
  }

  const fields = [
    { name: 'title', label: t('task.title') },
    { name: 'body', label: t('task.body') },
    { name: 'source_section', label: t('task.sourceSection') },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('task.editTitle')}>
      <Stack gap="sm">
        <TextInput
          label={t('task.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldErrors.title}
        />
        <Textarea
          label={t('task.body')}
          autosize
          minRows={4}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={fieldErrors.body}
        />
        <TextInput
          label={t('task.sourceSection')}
          value={sourceSection}
          onChange={(e) => setSourceSection(e.currentTarget.value)}
          error={fieldErrors.source_section}
        />
        {mutation.error && Object.keys(fieldErrors).length === 0 ? <ErrorAlert error={mutation.error} /> : null}
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
