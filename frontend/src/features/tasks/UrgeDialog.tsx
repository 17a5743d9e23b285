import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { taskKeys, urgeAssignment } from './queries';

/** A coordinator's reminder to one unit; it shows in that assignment's history. */
export function UrgeDialog({
  taskId,
  unitId,
  unitName,
  onClose,
}: {
  taskId: string;
  unitId: string;
  unitName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState(t('urge.defaultMessage'));
  const [local, setLocal] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const server = translatedFieldErrors(error, t);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!message.trim()) return setLocal(t('errors.field.required'));
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      await urgeAssignment(taskId, unitId, message.trim());
      void queryClient.invalidateQueries({ queryKey: taskKeys.history(taskId, unitId) });
      notifications.show({ color: 'green', message: t('urge.sent', { unit: unitName }) });
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('urge.title', { unit: unitName })} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('urge.message')}
            required
            autosize
            minRows={3}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            error={local ?? server.message}
          />
          {error && !server.message ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('urge.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
