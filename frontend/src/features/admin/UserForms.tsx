import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, PasswordInput, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role, User, UserCreate, UserUpdate } from '../../api/types';
import { ConflictDialog, type ConflictField } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Versioned } from '../../hooks/useEtagMutation';
import { useVersionedSave } from '../../hooks/useVersionedSave';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { useUnitDirectory } from '../units/queries';
import { adminKeys, createUser, getUser, patchUser } from './api';

export const ROLES: readonly Role[] = ['admin', 'coordinator', 'unit_officer', 'moderator', 'viewer'];
export const PASSWORD_MIN = 10;

interface UserFields {
  full_name: string;
  role: Role;
  unit_id: string | null;
  active: boolean;
  unit_head: boolean;
}

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

/** Client checks that save a round trip; the server checks everything again. */
function checkUser(fields: UserFields, t: (k: 'errors.field.required') => string) {
  const errors: Record<string, string> = {};
  if (!fields.full_name.trim()) errors.full_name = t('errors.field.required');
  if (fields.role === 'unit_officer' && !fields.unit_id) errors.unit_id = t('errors.field.required');
  return errors;
}

function UserFieldsEditor({
  fields,
  onChange,
  errors,
}: {
  fields: UserFields;
  onChange: (f: UserFields) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const roles = useRoleOptions();
  const { directory } = useUnitDirectory();
  return (
    <>
      <TextInput
        label={t('admin.users.fullName')}
        required
        value={fields.full_name}
        onChange={(e) => onChange({ ...fields, full_name: e.currentTarget.value })}
        error={errors.full_name}
      />
      <Select
        label={t('admin.users.role')}
        required
        data={roles}
        value={fields.role}
        allowDeselect={false}
        onChange={(v) => v && onChange({ ...fields, role: v as Role })}
        error={errors.role}
      />
      <Select
        label={t('admin.users.unit')}
        description={fields.role === 'unit_officer' ? t('admin.users.unitRequired') : undefined}
        required={fields.role === 'unit_officer'}
        data={directory.options}
        value={fields.unit_id}
        onChange={(v) => onChange({ ...fields, unit_id: v })}
        searchable
        clearable
        nothingFoundMessage={t('admin.nothingFound')}
        error={errors.unit_id}
      />
      <Switch
        label={t('admin.users.active')}
        checked={fields.active}
        onChange={(e) => onChange({ ...fields, active: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('notifications.unitHead.label')}
        description={t('notifications.unitHead.hint')}
        disabled={!fields.unit_id}
        checked={fields.unit_head}
        onChange={(e) => onChange({ ...fields, unit_head: e.currentTarget.checked })}
      />
    </>
  );
}

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<UserFields>({
    full_name: '',
    role: 'viewer',
    unit_id: null,
    active: true,
    unit_head: false,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const server = translatedFieldErrors(error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = checkUser(fields, t);
    if (!email.trim()) found.email = t('errors.field.required');
    if (password.length < PASSWORD_MIN) found.password = t('errors.field.minLength', { count: PASSWORD_MIN });
    setLocal(found);
    if (Object.keys(found).length) return;
    const body: UserCreate = { ...fields, full_name: fields.full_name.trim(), email: email.trim(), password };
    setBusy(true);
    setError(null);
    try {
      const created = await createUser(body);
      void queryClient.invalidateQueries({ queryKey: adminKeys.usersAll });
      notifications.show({ color: 'green', message: t('admin.users.created', { email: created.data.email }) });
      onDone();
    } catch (err) {
      setError(err); // everything typed stays in the form
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.users.create')}>
      <Stack gap="sm">
        <TextInput
          label={t('admin.users.email')}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
        />
        <UserFieldsEditor fields={fields} onChange={setFields} errors={errors} />
        <PasswordInput
          label={t('admin.users.password')}
          description={t('admin.users.passwordHint', { count: PASSWORD_MIN })}
          required
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
        />
        {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('admin.users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function userDiff(before: User, after: UserFields): UserUpdate {
  const out: UserUpdate = {};
  if (after.full_name.trim() !== before.full_name) out.full_name = after.full_name.trim();
  if (after.role !== before.role) out.role = after.role;
  if ((after.unit_id ?? null) !== (before.unit_id ?? null)) out.unit_id = after.unit_id;
  if (after.active !== before.active) out.active = after.active;
  if (after.unit_head !== (before.unit_head ?? false)) out.unit_head = after.unit_head;
  return out;
}

export function EditUserForm({ resource, onDone }: { resource: Versioned<User>; onDone: () => void }) {
  const { t } = useTranslation();
  const { directory } = useUnitDirectory();
  const user = resource.data;
  const [fields, setFields] = useState<UserFields>({
    full_name: user.full_name,
    role: user.role,
    unit_id: user.unit_id ?? null,
    active: user.active,
    unit_head: user.unit_head ?? false,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useVersionedSave<UserUpdate, User>({
    queryKey: adminKeys.user(user.id),
    send: (body, etag) => patchUser(user.id, body, etag),
    load: () => getUser(user.id),
    invalidate: [adminKeys.usersAll],
    onSaved: () => {
      notifications.show({ color: 'green', message: t('admin.saved') });
      onDone();
    },
  });
  const server = translatedFieldErrors(save.error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found = checkUser(fields, t);
    setLocal(found);
    if (Object.keys(found).length) return;
    const diff = userDiff(user, fields);
    if (Object.keys(diff).length === 0) return onDone();
    await save.save(diff, resource.etag);
  }

  const conflictFields: ConflictField[] = [
    { name: 'full_name', label: t('admin.users.fullName') },
    { name: 'role', label: t('admin.users.role'), format: (v: unknown) => (v ? t(`roles.${v as Role}`) : '—') },
    { name: 'unit_id', label: t('admin.users.unit'), format: (v: unknown) => directory.name(v as string) || '—' },
    {
      name: 'active',
      label: t('admin.users.active'),
      format: (v: unknown) => (v ? t('admin.active') : t('admin.inactive')),
    },
  ];

  return (
    <Stack gap="lg">
      <form onSubmit={onSubmit} noValidate aria-label={t('admin.users.edit')}>
        <Stack gap="sm">
          <Text size="sm">
            {t('admin.users.email')}: <strong>{user.email}</strong>
          </Text>
          <UserFieldsEditor fields={fields} onChange={setFields} errors={errors} />
          {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
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
      </form>
      <ResetPasswordForm resource={resource} conflictFields={conflictFields} />
    </Stack>
  );
}

/** A new password set by an admin (the user can change it afterwards). */
function ResetPasswordForm({
  resource,
  conflictFields,
}: {
  resource: Versioned<User>;
  conflictFields: ConflictField[];
}) {
  const { t } = useTranslation();
  const user = resource.data;
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const save = useVersionedSave<UserUpdate, User>({
    queryKey: adminKeys.user(user.id),
    send: (body, etag) => patchUser(user.id, body, etag),
    load: () => getUser(user.id),
    onSaved: () => notifications.show({ color: 'green', message: t('admin.users.passwordReset') }),
  });
  const server = translatedFieldErrors(save.error, t);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (password.length < PASSWORD_MIN) return setLocal(t('errors.field.minLength', { count: PASSWORD_MIN }));
    setLocal(null);
    await save.save({ password }, resource.etag);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`reset-${user.id}`}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={`reset-${user.id}`}>
          {t('admin.users.resetPassword')}
        </Title>
        <PasswordInput
          label={t('admin.users.newPassword')}
          description={t('admin.users.passwordHint', { count: PASSWORD_MIN })}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={local ?? server.password}
        />
        {save.error && !server.password ? <ErrorAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('admin.users.resetPassword')}
          </Button>
        </Group>
      </Stack>
      {save.conflict ? (
        // Someone changed this user meanwhile: show what changed, then reset anyway or reload.
        <ConflictDialog
          opened
          fields={conflictFields}
          mine={{ full_name: user.full_name, role: user.role, unit_id: user.unit_id, active: user.active }}
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
