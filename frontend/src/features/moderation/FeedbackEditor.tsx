import { useRef, useState, type FormEvent } from 'react';
import { Alert, Blockquote, Button, Group, Select, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Feedback, FeedbackStatus, FeedbackUpdate } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { usePermissions } from '../../auth/usePermissions';
import { ConflictDialog, type ConflictField } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusBadge, toneForStatus } from '../../components/StatusBadge';
import type { Versioned } from '../../hooks/useEtagMutation';
import { useVersionedSave } from '../../hooks/useVersionedSave';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { formatDateTime } from '../../lib/formatDate';
import {
  getFeedback,
  needsReviewFirst,
  reachableStatuses,
  moderationKeys,
  NEEDS_ANSWER,
  patchFeedback,
  useTemplates,
} from './queries';

/** Pick a saved answer: its text goes into the answer box, where it can still be edited. */
export function TemplatePicker({
  consultationId,
  onPick,
}: {
  consultationId: string;
  onPick: (body: string, id: string) => void;
}) {
  const { t } = useTranslation();
  const templates = useTemplates(consultationId);
  if (!templates.data?.length) return null;
  return (
    <Select
      label={t('moderation.fromTemplate')}
      placeholder={t('moderation.chooseTemplate')}
      data={templates.data.map((tpl) => ({ value: tpl.id, label: tpl.title }))}
      value={null}
      onChange={(id) => {
        const tpl = templates.data.find((x) => x.id === id);
        if (tpl) onPick(tpl.body, tpl.id);
      }}
      searchable
      clearable
    />
  );
}

/** One submission: read it, set its status, answer it (from a template or not), tag it, take it. */
export function FeedbackEditor({
  resource,
  sectionName,
  onDone,
}: {
  resource: Versioned<Feedback>;
  sectionName: (id: string | null) => string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const permissions = usePermissions();
  const fb = resource.data;
  const [status, setStatus] = useState<FeedbackStatus>(fb.status);
  const [response, setResponse] = useState(fb.response ?? '');
  const [tags, setTags] = useState<string[]>(fb.tags);
  const [template, setTemplate] = useState<{ id: string; body: string } | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  // "Take it" keeps the drawer open to answer next; saving the answer closes it.
  const closeAfterSave = useRef(true);
  const save = useVersionedSave<FeedbackUpdate, Feedback>({
    queryKey: moderationKeys.feedback(fb.id),
    send: async (body, etag) => {
      if (!needsReviewFirst(fb.status, body.status)) return patchFeedback(fb.id, body, etag);
      const reviewed = await patchFeedback(fb.id, { status: 'in_review' }, etag);
      return patchFeedback(fb.id, body, reviewed.etag ?? etag);
    },
    load: () => getFeedback(fb.id),
    invalidate: [moderationKeys.queueAll(fb.consultation_id), moderationKeys.synthesis(fb.consultation_id)],
    onSaved: () => {
      notifications.show({ color: 'green', message: t('moderation.saved') });
      if (closeAfterSave.current) onDone();
    },
  });
  const server = translatedFieldErrors(save.error, t);
  const errors = { ...server, ...local };
  // A server error on a field this form does not show (template_id) must still be seen.
  const shownFields = new Set(['status', 'response', 'tags']);
  const unshown = Object.keys(server).some((k) => !shownFields.has(k));
  const canModerate = permissions.moderateFeedback;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    closeAfterSave.current = true;
    const found: Record<string, string> = {};
    if (NEEDS_ANSWER.has(status) && !response.trim()) found.response = t('moderation.answerRequired');
    setLocal(found);
    if (Object.keys(found).length) return;
    const diff: FeedbackUpdate = {};
    if (status !== fb.status) diff.status = status;
    if (response.trim() !== (fb.response ?? '')) diff.response = response.trim() || null;
    // The API takes an answer or a template, not both: an unedited template goes as the
    // template (the server fills the answer in and counts the template's use), an edited
    // one as the answer text.
    if (template && diff.response && diff.response === template.body.trim()) {
      delete diff.response;
      diff.template_id = template.id;
    }
    if ([...tags].sort().join('\n') !== [...fb.tags].sort().join('\n')) diff.tags = tags;
    if (Object.keys(diff).length === 0) return onDone();
    await save.save(diff, resource.etag);
  }

  async function takeIt() {
    if (!user) return;
    closeAfterSave.current = false;
    await save.save(
      { assigned_to: user.id, ...(fb.status === 'received' ? { status: 'in_review' } : {}) },
      resource.etag,
    );
  }

  const conflictFields: ConflictField[] = [
    { name: 'status', label: t('moderation.status'), format: (v) => t(`feedbackStatus.${v as FeedbackStatus}`) },
    { name: 'response', label: t('moderation.answer') },
    { name: 'tags', label: t('moderation.tags') },
    {
      name: 'assigned_to',
      label: t('moderation.assignee'),
      format: (v) => (v === user?.id ? t('history.you') : v ? t('history.someone') : '—'),
    },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('moderation.editTitle')}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <StatusBadge tone={toneForStatus(fb.status)}>{t(`feedbackStatus.${fb.status}`)}</StatusBadge>
          <Text size="sm" c="dimmed">
            {formatDateTime(fb.submitted_at, i18n.language)} · {t(`contributorGroup.${fb.contributor_group}`)} ·{' '}
            {t(`feedbackChannel.${fb.channel}`)}
          </Text>
        </Group>
        {fb.section_id ? (
          <Text size="sm">
            {t('moderation.onSection')}: <strong>{sectionName(fb.section_id)}</strong>
          </Text>
        ) : null}
        {fb.quote ? (
          <Blockquote p="xs" color="civic" style={{ whiteSpace: 'pre-wrap' }}>
            {fb.quote}
          </Blockquote>
        ) : null}
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="feedback-body">
          {fb.body}
        </Text>
        {fb.contacts &&
        permissions.readContactDetails &&
        (fb.contacts.name || fb.contacts.organisation || fb.contacts.contact) ? (
          <Alert variant="light" color="gray" c="dark.8" title={t('moderation.contacts')}>
            {[fb.contacts.name, fb.contacts.organisation, fb.contacts.contact].filter(Boolean).join(' · ') || '—'}
          </Alert>
        ) : null}
        {fb.contacts_purged ? (
          <Text size="xs" c="dimmed">
            {t('moderation.contactsPurged')}
          </Text>
        ) : null}
        {canModerate ? (
          <>
            <Group justify="space-between" align="flex-end" wrap="wrap">
              <Select
                label={t('moderation.status')}
                data={reachableStatuses(fb.status).map((s) => ({ value: s, label: t(`feedbackStatus.${s}`) }))}
                value={status}
                allowDeselect={false}
                onChange={(v) => v && setStatus(v as FeedbackStatus)}
                error={errors.status}
                w={{ base: '100%', xs: 240 }}
              />
              {fb.assigned_to !== user?.id ? (
                <Button variant="default" onClick={() => void takeIt()} loading={save.isPending}>
                  {t('moderation.takeIt')}
                </Button>
              ) : (
                <Text size="sm">{t('moderation.assignedToYou')}</Text>
              )}
            </Group>
            <TemplatePicker
              consultationId={fb.consultation_id}
              onPick={(body, id) => {
                setResponse(body);
                setTemplate({ id, body });
              }}
            />
            <Textarea
              label={t('moderation.answer')}
              description={t('moderation.answerHint')}
              required={NEEDS_ANSWER.has(status)}
              autosize
              minRows={4}
              value={response}
              onChange={(e) => setResponse(e.currentTarget.value)}
              error={errors.response}
            />
            <TagsInput
              label={t('moderation.tags')}
              description={t('moderation.tagsHint')}
              value={tags}
              onChange={setTags}
              clearable
              error={errors.tags}
            />
            {save.error && (Object.keys(server).length === 0 || unshown) ? <ErrorAlert error={save.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onDone} disabled={save.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </>
        ) : fb.response ? (
          <Alert variant="light" color="civic" c="dark.8" title={t('moderation.answer')}>
            {fb.response}
          </Alert>
        ) : null}
      </Stack>
      {save.conflict ? (
        <ConflictDialog
          opened
          fields={conflictFields}
          mine={save.conflict.mine as Record<string, unknown>}
          theirs={save.conflict.theirs as unknown as Record<string, unknown>}
          onReload={save.reload}
          onOverwrite={() => void save.overwrite()}
          onClose={save.dismiss}
          busy={save.isPending}
        />
      ) : null}
    </form>
  );
}
