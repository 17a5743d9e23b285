import { useState, type FormEvent } from 'react';
import { Button, Card, Group, Modal, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AnswerTemplate, Consultation } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { VersionedModal } from '../../components/VersionedModal';
import type { Versioned } from '../../hooks/useEtagMutation';
import { useVersionedSave } from '../../hooks/useVersionedSave';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { createTemplate, deleteTemplate, getTemplate, moderationKeys, patchTemplate, useTemplates } from './queries';

function TemplateForm({
  consultationId,
  resource,
  onDone,
}: {
  consultationId: string;
  resource?: Versioned<AnswerTemplate>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tpl = resource?.data;
  const [title, setTitle] = useState(tpl?.title ?? '');
  const [body, setBody] = useState(tpl?.body ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [createError, setCreateError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const save = useVersionedSave<{ title?: string; body?: string }, AnswerTemplate>({
    queryKey: ['answer-templates', 'one', tpl?.id ?? 'new'],
    send: (b, etag) => patchTemplate(tpl!.id, b, etag),
    load: () => getTemplate(tpl!.id),
    invalidate: [moderationKeys.templatesAll],
    onSaved: () => {
      notifications.show({ color: 'green', message: t('admin.saved') });
      onDone();
    },
  });
  const error = tpl ? save.error : createError;
  const server = translatedFieldErrors(error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('errors.field.required');
    if (!body.trim()) found.body = t('errors.field.required');
    setLocal(found);
    if (Object.keys(found).length) return;
    if (tpl) {
      const diff: { title?: string; body?: string } = {};
      if (title.trim() !== tpl.title) diff.title = title.trim();
      if (body.trim() !== tpl.body) diff.body = body.trim();
      if (Object.keys(diff).length === 0) return onDone();
      await save.save(diff, resource!.etag);
      return;
    }
    setBusy(true);
    setCreateError(null);
    try {
      await createTemplate({ title: title.trim(), body: body.trim(), consultation_id: consultationId });
      void queryClient.invalidateQueries({ queryKey: moderationKeys.templatesAll });
      onDone();
    } catch (err) {
      setCreateError(err);
    } finally {
      setBusy(false);
    }
  }

  async function onDelete() {
    if (!tpl || !resource?.etag) return;
    try {
      await deleteTemplate(tpl.id, resource.etag);
      void queryClient.invalidateQueries({ queryKey: moderationKeys.templatesAll });
      onDone();
    } catch (err) {
      setDeleteError(err);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={tpl ? t('templates.edit') : t('templates.create')}>
      <Stack gap="sm">
        <TextInput
          label={t('templates.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('templates.body')}
          required
          autosize
          minRows={5}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.body}
        />
        {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
        <Group justify="space-between">
          {tpl ? (
            <Button variant="subtle" color="red.8" onClick={() => setConfirmDelete(true)}>
              {t('templates.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy || save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      {save.conflict ? (
        <ConflictDialog
          opened
          fields={[
            { name: 'title', label: t('templates.title') },
            { name: 'body', label: t('templates.body') },
          ]}
          mine={save.conflict.mine as Record<string, unknown>}
          theirs={save.conflict.theirs as unknown as Record<string, unknown>}
          onReload={save.reload}
          onOverwrite={() => void save.overwrite()}
          onClose={save.dismiss}
          busy={save.isPending}
        />
      ) : null}
      {tpl ? (
        <ConfirmDialog
          opened={confirmDelete}
          title={t('templates.delete')}
          confirmLabel={t('templates.delete')}
          onConfirm={() => void onDelete()}
          onClose={() => setConfirmDelete(false)}
          danger
          error={deleteError}
        >
          {t('templates.deleteConfirm', { title: tpl.title })}
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** Saved answers moderators insert and adapt ("Ban soạn thảo xin tiếp thu …"). */
export default function TemplatesPage({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const query = useTemplates(consultation.id);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)}>{t('templates.create')}</Button>
      </Group>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && query.data.length === 0 ? <Text>{t('templates.none')}</Text> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {query.data?.map((tpl) => (
          <Card component="li" key={tpl.id} withBorder padding="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Title order={3} size="h5">
                  {tpl.title}
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
                  {tpl.body}
                </Text>
              </div>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setEditing(tpl.id)}
                aria-label={t('admin.editNamed', { name: tpl.title })}
              >
                {t('common.edit')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('templates.create')} size="lg">
        <TemplateForm consultationId={consultation.id} onDone={() => setCreating(false)} />
      </Modal>
      {editing ? (
        <VersionedModal
          opened
          onClose={() => setEditing(null)}
          title={t('templates.edit')}
          queryKey={['answer-templates', 'one', editing]}
          load={(signal) => getTemplate(editing, signal)}
        >
          {(resource) => (
            <TemplateForm consultationId={consultation.id} resource={resource} onDone={() => setEditing(null)} />
          )}
        </VersionedModal>
      ) : null}
    </Stack>
  );
}
