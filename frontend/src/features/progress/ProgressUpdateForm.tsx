import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, NumberInput, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/errors';
import type { AssignmentStatus, ProgressUpdate, ProgressUpdateCreate } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIdempotentSubmit, type IdempotentSubmitOptions } from '../../hooks/useIdempotentSubmit';

export const ASSIGNMENT_STATUSES: AssignmentStatus[] = ['not_started', 'in_progress', 'done', 'blocked', 'cancelled'];

export interface ProgressUpdateFormProps {
  taskId: string;
  /** The assignment's unit (coordinators may post for any unit; officers for their own). */
  unitId?: string | null;
  initialStatus?: AssignmentStatus;
  initialPercent?: number;
  onSaved?: (update: ProgressUpdate) => void;
  /** Tests shorten the back-off. */
  retry?: IdempotentSubmitOptions;
}

function postProgress(taskId: string, body: ProgressUpdateCreate, key: string, signal: AbortSignal) {
  return unwrap(
    api.POST('/tasks/{task_id}/updates', {
      params: { path: { task_id: taskId } },
      headers: { 'Idempotency-Key': key },
      body,
      signal,
    }),
  );
}

/**
 * Status, percent and a note for one assignment, built for officers on
 * phones with a poor connection: retries keep one Idempotency-Key, and what
 * was typed stays in the form until the server has stored it.
 */
export function ProgressUpdateForm({
  taskId,
  unitId,
  initialStatus = 'in_progress',
  initialPercent = 0,
  onSaved,
  retry,
}: ProgressUpdateFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AssignmentStatus>(initialStatus);
  const [percent, setPercent] = useState<number>(initialPercent);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const submission = useIdempotentSubmit(
    (body: ProgressUpdateCreate, key, signal) => postProgress(taskId, body, key, signal),
    retry,
  );
  const fieldErrors = isApiError(submission.error) ? submission.error.fieldErrors : {};

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const body: ProgressUpdateCreate = {
      status,
      percent,
      note: note.trim() ? note.trim() : null,
      ...(unitId ? { unit_id: unitId } : {}),
    };
    const outcome = await submission.submit(body);
    if (outcome.ok) {
      setNote('');
      setSaved(true);
      onSaved?.(outcome.data);
    }
  }

  function onStatusChange(next: AssignmentStatus) {
    setStatus(next);
    if (next === 'done') setPercent(100);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('progress.formLabel')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('progress.status')}
          value={status}
          onChange={(e) => onStatusChange(e.currentTarget.value as AssignmentStatus)}
          data={ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: t(`assignmentStatus.${s}`) }))}
          error={fieldErrors.status}
        />
        <div>
          <NumberInput
            label={t('progress.percent')}
            min={0}
            max={100}
            step={5}
            clampBehavior="strict"
            allowDecimal={false}
            suffix=" %"
            value={percent}
            onChange={(v) => setPercent(typeof v === 'number' ? v : Number(v) || 0)}
            error={fieldErrors.percent}
          />
          <Slider
            mt="xs"
            min={0}
            max={100}
            step={5}
            value={percent}
            onChange={setPercent}
            label={(v) => `${v} %`}
            thumbLabel={t('progress.percent')}
          />
        </div>
        <Textarea
          label={t('progress.note')}
          description={t('progress.noteHint')}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldErrors.note}
        />

        <div aria-live="polite">
          {submission.status === 'retrying' ? (
            <Alert color="yellow" variant="light" c="dark.8">
              {t('progress.retrying', { attempt: submission.attempt, max: submission.maxAttempts })}
            </Alert>
          ) : null}
          {submission.status === 'error' ? (
            <Stack gap={4}>
              <ErrorAlert error={submission.error} title={t('progress.failed')} />
              <Text size="sm">{t('progress.keptInput')}</Text>
            </Stack>
          ) : null}
          {saved && submission.status === 'success' ? (
            <Alert color="green" variant="light" c="green.9" role="status">
              {t('progress.saved')}
            </Alert>
          ) : null}
        </div>

        <Group justify="flex-end">
          <Button type="submit" loading={submission.isPending}>
            {submission.status === 'error' ? t('common.tryAgain') : t('progress.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
