import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BulkRequest, FeedbackStatus } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TemplatePicker } from './FeedbackEditor';
import { bulkModerate, FEEDBACK_STATUSES, moderationKeys, NEEDS_ANSWER } from './queries';

type Action = 'status' | 'add_tag' | 'remove_tag' | 'assign_me';

/**
 * One action over a selection of submissions or a whole duplicate cluster:
 * a status (with an answer, from a template or typed), a tag, or "take them".
 * Items the action does not fit are skipped and counted, not failed.
 */
export function BulkActionBar({
  consultationId,
  selection,
  count,
  onDone,
}: {
  consultationId: string;
  selection: BulkRequest['selection'];
  count: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action>('status');
  const [status, setStatus] = useState<FeedbackStatus>('in_review');
  const [response, setResponse] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function apply() {
    const a: BulkRequest['action'] = { add_tags: [], remove_tags: [], unassign: false };
    if (action === 'status') {
      if (NEEDS_ANSWER.has(status) && !response.trim() && !templateId) return setLocal(t('moderation.answerRequired'));
      a.status = status;
      if (response.trim()) a.response = response.trim();
      if (templateId && !response.trim()) a.template_id = templateId;
    } else if (action === 'add_tag' || action === 'remove_tag') {
      if (!tag.trim()) return setLocal(t('errors.field.required'));
      if (action === 'add_tag') a.add_tags = [tag.trim()];
      else a.remove_tags = [tag.trim()];
    } else if (user) {
      a.assigned_to = user.id;
    }
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      const result = await bulkModerate(consultationId, { selection, action: a, skip_ineligible: true });
      void queryClient.invalidateQueries({ queryKey: moderationKeys.queueAll(consultationId) });
      void queryClient.invalidateQueries({ queryKey: moderationKeys.synthesis(consultationId) });
      void queryClient.invalidateQueries({ queryKey: moderationKeys.clusters(consultationId) });
      notifications.show({
        color: result.skipped ? 'yellow' : 'green',
        message: t('moderation.bulkDone', { updated: result.updated, skipped: result.skipped }),
      });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder shadow="md" p="sm" radius="md" role="region" aria-label={t('moderation.bulkTitle')}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {selection.cluster_id ? t('moderation.bulkCluster', { count }) : t('moderation.bulkSelected', { count })}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('moderation.bulkAction')}
            data={[
              { value: 'status', label: t('moderation.actions.status') },
              { value: 'add_tag', label: t('moderation.actions.addTag') },
              { value: 'remove_tag', label: t('moderation.actions.removeTag') },
              { value: 'assign_me', label: t('moderation.actions.assignMe') },
            ]}
            value={action}
            allowDeselect={false}
            onChange={(v) => v && setAction(v as Action)}
            w={{ base: '100%', xs: 220 }}
          />
          {action === 'status' ? (
            <Select
              label={t('moderation.status')}
              data={FEEDBACK_STATUSES.map((s) => ({ value: s, label: t(`feedbackStatus.${s}`) }))}
              value={status}
              allowDeselect={false}
              onChange={(v) => v && setStatus(v as FeedbackStatus)}
              w={{ base: '100%', xs: 220 }}
            />
          ) : null}
          {action === 'add_tag' || action === 'remove_tag' ? (
            <TextInput
              label={t('moderation.tag')}
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
              error={local}
              w={{ base: '100%', xs: 220 }}
            />
          ) : null}
          <Button onClick={() => void apply()} loading={busy}>
            {t('moderation.applyTo', { count })}
          </Button>
          <Button variant="subtle" onClick={onDone} disabled={busy}>
            {t('moderation.clearSelection')}
          </Button>
        </Group>
        {action === 'status' && NEEDS_ANSWER.has(status) ? (
          <>
            <TemplatePicker
              consultationId={consultationId}
              onPick={(body, id) => {
                setResponse(body);
                setTemplateId(id);
              }}
            />
            <Textarea
              label={t('moderation.answer')}
              required
              autosize
              minRows={2}
              value={response}
              onChange={(e) => setResponse(e.currentTarget.value)}
              error={local}
            />
          </>
        ) : null}
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
