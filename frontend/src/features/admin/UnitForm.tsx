import { useMemo, useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Unit, UnitKind, UnitUpdate } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictDialog, type ConflictField } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Versioned } from '../../hooks/useEtagMutation';
import { useVersionedSave } from '../../hooks/useVersionedSave';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { UNIT_KINDS, unitKeys, useUnitDirectory } from '../units/queries';
import { createUnit, deleteUnit, getUnit, patchUnit } from './api';

interface UnitFields {
  name: string;
  short_name: string;
  kind: UnitKind;
  parent_id: string | null;
  active: boolean;
}

/** Ids of `id` and everything under it: a unit cannot move under itself. */
export function descendantsOf(id: string, units: Unit[]): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parent_id && out.has(u.parent_id) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

function UnitFieldsEditor({
  fields,
  onChange,
  errors,
  selfId,
}: {
  fields: UnitFields;
  onChange: (f: UnitFields) => void;
  errors: Record<string, string>;
  selfId?: string;
}) {
  const { t } = useTranslation();
  const { directory } = useUnitDirectory();
  const parents = useMemo(() => {
    const excluded = selfId ? descendantsOf(selfId, directory.units) : new Set<string>();
    return directory.options.filter((o) => !excluded.has(o.value));
  }, [directory, selfId]);
  return (
    <>
      <TextInput
        label={t('admin.units.name')}
        required
        value={fields.name}
        onChange={(e) => onChange({ ...fields, name: e.currentTarget.value })}
        error={errors.name}
      />
      <TextInput
        label={t('admin.units.shortName')}
        value={fields.short_name}
        onChange={(e) => onChange({ ...fields, short_name: e.currentTarget.value })}
        error={errors.short_name}
      />
      <Select
        label={t('admin.units.kind')}
        required
        allowDeselect={false}
        data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
        value={fields.kind}
        onChange={(v) => v && onChange({ ...fields, kind: v as UnitKind })}
        error={errors.kind}
      />
      <Select
        label={t('admin.units.parent')}
        data={parents}
        value={fields.parent_id}
        onChange={(v) => onChange({ ...fields, parent_id: v })}
        searchable
        clearable
        placeholder={t('admin.units.noParent')}
        nothingFoundMessage={t('admin.nothingFound')}
        error={errors.parent_id}
      />
      <Switch
        label={t('admin.active')}
        checked={fields.active}
        onChange={(e) => onChange({ ...fields, active: e.currentTarget.checked })}
      />
    </>
  );
}

export function CreateUnitForm({ onDone, parentId = null }: { onDone: () => void; parentId?: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<UnitFields>({
    name: '',
    short_name: '',
    kind: 'other',
    parent_id: parentId,
    active: true,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const server = translatedFieldErrors(error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!fields.name.trim()) found.name = t('errors.field.required');
    setLocal(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(null);
    try {
      await createUnit({
        name: fields.name.trim(),
        short_name: fields.short_name.trim() || null,
        kind: fields.kind,
        parent_id: fields.parent_id,
        active: fields.active,
      });
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      notifications.show({ color: 'green', message: t('admin.saved') });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.units.create')}>
      <Stack gap="sm">
        <UnitFieldsEditor fields={fields} onChange={setFields} errors={errors} />
        {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('admin.units.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function unitDiff(before: Unit, after: UnitFields): UnitUpdate {
  const out: UnitUpdate = {};
  if (after.name.trim() !== before.name) out.name = after.name.trim();
  if ((after.short_name.trim() || null) !== (before.short_name ?? null))
    out.short_name = after.short_name.trim() || null;
  if (after.kind !== before.kind) out.kind = after.kind;
  if ((after.parent_id ?? null) !== (before.parent_id ?? null)) out.parent_id = after.parent_id;
  if (after.active !== before.active) out.active = after.active;
  return out;
}

export function EditUnitForm({ resource, onDone }: { resource: Versioned<Unit>; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { directory } = useUnitDirectory();
  const unit = resource.data;
  const [fields, setFields] = useState<UnitFields>({
    name: unit.name,
    short_name: unit.short_name ?? '',
    kind: unit.kind as UnitKind,
    parent_id: unit.parent_id ?? null,
    active: unit.active,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState(false);
  const save = useVersionedSave<UnitUpdate, Unit>({
    queryKey: unitKeys.unit(unit.id),
    send: (body, etag) => patchUnit(unit.id, body, etag),
    load: () => getUnit(unit.id),
    invalidate: [unitKeys.all],
    onSaved: () => {
      notifications.show({ color: 'green', message: t('admin.saved') });
      onDone();
    },
  });
  const server = translatedFieldErrors(save.error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!fields.name.trim()) found.name = t('errors.field.required');
    setLocal(found);
    if (Object.keys(found).length) return;
    const diff = unitDiff(unit, fields);
    if (Object.keys(diff).length === 0) return onDone();
    await save.save(diff, resource.etag);
  }

  async function onDelete() {
    if (!resource.etag) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteUnit(unit.id, resource.etag);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      notifications.show({ color: 'green', message: t('admin.units.deleted', { name: unit.name }) });
      setConfirmDelete(false);
      onDone();
    } catch (err) {
      setDeleteError(err);
    } finally {
      setDeleting(false);
    }
  }

  const conflictFields: ConflictField[] = [
    { name: 'name', label: t('admin.units.name') },
    { name: 'short_name', label: t('admin.units.shortName') },
    { name: 'kind', label: t('admin.units.kind'), format: (v) => (v ? t(`unitKind.${v as UnitKind}`) : '—') },
    { name: 'parent_id', label: t('admin.units.parent'), format: (v) => directory.name(v as string) || '—' },
    { name: 'active', label: t('admin.state'), format: (v) => (v ? t('admin.active') : t('admin.inactive')) },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.units.edit')}>
      <Stack gap="sm">
        <UnitFieldsEditor fields={fields} onChange={setFields} errors={errors} selfId={unit.id} />
        {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
        <Group justify="space-between" gap="sm">
          <Button variant="subtle" color="red.8" onClick={() => setConfirmDelete(true)}>
            {t('admin.units.delete')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
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
      <ConfirmDialog
        opened={confirmDelete}
        title={t('admin.units.delete')}
        confirmLabel={t('admin.units.delete')}
        onConfirm={() => void onDelete()}
        onClose={() => setConfirmDelete(false)}
        busy={deleting}
        danger
        error={deleteError}
      >
        {t('admin.units.deleteConfirm', { name: unit.name })}
      </ConfirmDialog>
    </form>
  );
}
