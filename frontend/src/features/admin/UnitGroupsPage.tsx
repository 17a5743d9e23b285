import { useState, type FormEvent } from 'react';
import { Button, Card, Group, Modal, MultiSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UnitGroup, UnitGroupUpdate } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictDialog, type ConflictField } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { VersionedModal } from '../../components/VersionedModal';
import type { Versioned } from '../../hooks/useEtagMutation';
import { useVersionedSave } from '../../hooks/useVersionedSave';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { unitKeys, useUnitDirectory, useUnitGroups, viCollator } from '../units/queries';
import { createGroup, deleteGroup, getGroup, patchGroup } from './api';

interface GroupFields {
  name: string;
  description: string;
  unit_ids: string[];
}

function GroupFieldsEditor({
  fields,
  onChange,
  errors,
}: {
  fields: GroupFields;
  onChange: (f: GroupFields) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { directory } = useUnitDirectory();
  return (
    <>
      <TextInput
        label={t('admin.groups.name')}
        required
        value={fields.name}
        onChange={(e) => onChange({ ...fields, name: e.currentTarget.value })}
        error={errors.name}
      />
      <Textarea
        label={t('admin.groups.description')}
        autosize
        minRows={2}
        value={fields.description}
        onChange={(e) => onChange({ ...fields, description: e.currentTarget.value })}
        error={errors.description}
      />
      <MultiSelect
        label={t('admin.groups.members')}
        description={t('admin.groups.membersHint')}
        data={directory.options}
        value={fields.unit_ids}
        onChange={(v) => onChange({ ...fields, unit_ids: v })}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('admin.nothingFound')}
        error={errors.unit_ids}
      />
    </>
  );
}

function GroupForm({
  resource,
  onDone,
}: {
  /** Absent: a new group. */
  resource?: Versioned<UnitGroup>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { directory } = useUnitDirectory();
  const group = resource?.data;
  const [fields, setFields] = useState<GroupFields>({
    name: group?.name ?? '',
    description: group?.description ?? '',
    unit_ids: group?.unit_ids ?? [],
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [createError, setCreateError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState(false);
  const save = useVersionedSave<UnitGroupUpdate, UnitGroup>({
    queryKey: unitKeys.group(group?.id ?? 'new'),
    send: (body, etag) => patchGroup(group!.id, body, etag),
    load: () => getGroup(group!.id),
    invalidate: [unitKeys.groups],
    onSaved: () => {
      notifications.show({ color: 'green', message: t('admin.saved') });
      onDone();
    },
  });
  const error = group ? save.error : createError;
  const server = translatedFieldErrors(error, t);
  const errors = { ...server, ...local };
  const busy = group ? save.isPending : creating;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!fields.name.trim()) found.name = t('errors.field.required');
    setLocal(found);
    if (Object.keys(found).length) return;
    const body = {
      name: fields.name.trim(),
      description: fields.description.trim() || null,
      unit_ids: fields.unit_ids,
    };
    if (!group) {
      setCreating(true);
      setCreateError(null);
      try {
        await createGroup(body);
        void queryClient.invalidateQueries({ queryKey: unitKeys.groups });
        notifications.show({ color: 'green', message: t('admin.saved') });
        onDone();
      } catch (err) {
        setCreateError(err);
      } finally {
        setCreating(false);
      }
      return;
    }
    const diff: UnitGroupUpdate = {};
    if (body.name !== group.name) diff.name = body.name;
    if (body.description !== (group.description ?? null)) diff.description = body.description;
    if ([...body.unit_ids].sort().join() !== [...group.unit_ids].sort().join()) diff.unit_ids = body.unit_ids;
    if (Object.keys(diff).length === 0) return onDone();
    await save.save(diff, resource!.etag);
  }

  async function onDelete() {
    if (!group || !resource?.etag) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteGroup(group.id, resource.etag);
      void queryClient.invalidateQueries({ queryKey: unitKeys.groups });
      setConfirmDelete(false);
      onDone();
    } catch (err) {
      setDeleteError(err);
    } finally {
      setDeleting(false);
    }
  }

  const names = (v: unknown) => (Array.isArray(v) ? v.map((id) => directory.name(String(id))).join(', ') || '—' : '—');
  const conflictFields: ConflictField[] = [
    { name: 'name', label: t('admin.groups.name') },
    { name: 'description', label: t('admin.groups.description') },
    { name: 'unit_ids', label: t('admin.groups.members'), format: names },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={group ? t('admin.groups.edit') : t('admin.groups.create')}>
      <Stack gap="sm">
        <GroupFieldsEditor fields={fields} onChange={setFields} errors={errors} />
        {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
        <Group justify="space-between" gap="sm">
          {group ? (
            <Button variant="subtle" color="red.8" onClick={() => setConfirmDelete(true)}>
              {t('admin.groups.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {group ? t('common.save') : t('admin.groups.create')}
            </Button>
          </Group>
        </Group>
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
      {group ? (
        <ConfirmDialog
          opened={confirmDelete}
          title={t('admin.groups.delete')}
          confirmLabel={t('admin.groups.delete')}
          onConfirm={() => void onDelete()}
          onClose={() => setConfirmDelete(false)}
          busy={deleting}
          danger
          error={deleteError}
        >
          {t('admin.groups.deleteConfirm', { name: group.name })}
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** Named sets of units ("Các huyện uỷ, thị uỷ, thành uỷ…"): a task given to a group reaches each member. */
export default function UnitGroupsPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const canEdit = permissions.has('unit_groups:write');
  const { directory } = useUnitDirectory();
  const groups = useUnitGroups();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  if (groups.isPending) return <PageLoader />;
  if (groups.isError) return <ErrorAlert error={groups.error} />;
  const sorted = [...groups.data].sort((a, b) => viCollator.compare(a.name, b.name));

  return (
    <Stack gap="sm">
      {canEdit ? (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>{t('admin.groups.create')}</Button>
        </Group>
      ) : null}
      {sorted.length === 0 ? <Text>{t('admin.empty')}</Text> : null}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {sorted.map((g) => (
          <Card component="li" key={g.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Title order={3} size="h5">
                  {g.name}
                </Title>
                {g.awaiting_members ? <StatusBadge tone="warning">{t('groups.awaitingBadge')}</StatusBadge> : null}
                {g.description ? (
                  <Text size="sm" c="dimmed">
                    {g.description}
                  </Text>
                ) : null}
                <Text size="sm" mt={4}>
                  {t('admin.groups.memberCount', { count: g.unit_ids.length })}
                  {g.unit_ids.length ? ': ' : ''}
                  {g.unit_ids
                    .map((id) => directory.name(id))
                    .filter(Boolean)
                    .sort(viCollator.compare)
                    .join(', ')}
                </Text>
              </div>
              {canEdit ? (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => setEditing(g.id)}
                  aria-label={t('admin.editNamed', { name: g.name })}
                >
                  {t('common.edit')}
                </Button>
              ) : null}
            </Group>
          </Card>
        ))}
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('admin.groups.create')} size="lg">
        <GroupForm onDone={() => setCreating(false)} />
      </Modal>
      {editing ? (
        <VersionedModal
          opened
          onClose={() => setEditing(null)}
          title={t('admin.groups.edit')}
          queryKey={unitKeys.group(editing)}
          load={(signal) => getGroup(editing, signal)}
        >
          {(resource) => <GroupForm resource={resource} onDone={() => setEditing(null)} />}
        </VersionedModal>
      ) : null}
    </Stack>
  );
}
