import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Scope, ServiceAccount, ServiceAccountUpdate, ServiceAccountWithSecret } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictDialog, type ConflictField } from '../../components/ConflictDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { VersionedModal } from '../../components/VersionedModal';
import type { Versioned } from '../../hooks/useEtagMutation';
import { useVersionedSave } from '../../hooks/useVersionedSave';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import {
  adminKeys,
  createServiceAccount,
  getServiceAccount,
  listServiceAccounts,
  patchServiceAccount,
  rotateServiceAccountSecret,
} from './api';
import { CardTable } from '../../components/CardTable';

export const SCOPES: readonly Scope[] = [
  'plans:read',
  'tasks:read',
  'tasks:write',
  'feedback:read',
  'feedback:write',
  'notifications:read',
];

function ScopePicker({ value, onChange, error }: { value: Scope[]; onChange: (v: Scope[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('admin.serviceAccounts.scopes')}
      description={t('admin.serviceAccounts.scopesHint')}
      required
      value={value}
      onChange={(v) => onChange(v as Scope[])}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {SCOPES.map((s) => (
          <Checkbox
            key={s}
            value={s}
            label={`${s} — ${s === 'notifications:read' ? t('notifications.scopeLabel') : t(`scope.${s.replace(':', '_') as 'plans_read'}`)}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** The client secret, shown once: copy it now, it cannot be shown again. */
export function SecretReveal({ account, onClose }: { account: ServiceAccountWithSecret; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title={t('admin.serviceAccounts.secretOnce')} c="dark.8">
        {t('admin.serviceAccounts.secretOnceHint')}
      </Alert>
      {(
        [
          ['clientId', account.client_id],
          ['clientSecret', account.client_secret],
        ] as const
      ).map(([key, value]) => (
        <div key={key}>
          <Text size="sm" fw={600} id={`sa-${key}`}>
            {t(`admin.serviceAccounts.${key}`)}
          </Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block style={{ flex: 1, wordBreak: 'break-all' }} aria-labelledby={`sa-${key}`} data-testid={key}>
              {value}
            </Code>
            <CopyButton value={value}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="light" onClick={copy}>
                  {copied ? t('admin.copied') : t('admin.copy')}
                  <VisuallyHidden> {t(`admin.serviceAccounts.${key}`)}</VisuallyHidden>
                </Button>
              )}
            </CopyButton>
          </Group>
        </div>
      ))}
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('admin.serviceAccounts.stored')}</Button>
      </Group>
    </Stack>
  );
}

function CreateServiceAccountForm({
  onCreated,
  onCancel,
}: {
  onCreated: (a: ServiceAccountWithSecret) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['plans:read']);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const server = translatedFieldErrors(error, t);
  const errors = { ...server, ...local };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = t('errors.field.required');
    if (scopes.length === 0) found.scopes = t('errors.field.minItems', { count: 1 });
    setLocal(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createServiceAccount({ name: name.trim(), scopes });
      void queryClient.invalidateQueries({ queryKey: adminKeys.serviceAccounts });
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.serviceAccounts.create')}>
      <Stack gap="sm">
        <TextInput
          label={t('admin.serviceAccounts.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <ScopePicker value={scopes} onChange={setScopes} error={errors.scopes} />
        {error && Object.keys(server).length === 0 ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('admin.serviceAccounts.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditServiceAccountForm({
  resource,
  onDone,
  onRotated,
}: {
  resource: Versioned<ServiceAccount>;
  onDone: () => void;
  onRotated: (a: ServiceAccountWithSecret) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const account = resource.data;
  const [name, setName] = useState(account.name);
  const [scopes, setScopes] = useState<Scope[]>(account.scopes);
  const [active, setActive] = useState(account.active);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [rotateError, setRotateError] = useState<unknown>(null);
  const [rotating, setRotating] = useState(false);
  const save = useVersionedSave<ServiceAccountUpdate, ServiceAccount>({
    queryKey: adminKeys.serviceAccount(account.id),
    send: (body, etag) => patchServiceAccount(account.id, body, etag),
    load: () => getServiceAccount(account.id),
    invalidate: [adminKeys.serviceAccounts],
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
    if (!name.trim()) found.name = t('errors.field.required');
    if (scopes.length === 0) found.scopes = t('errors.field.minItems', { count: 1 });
    setLocal(found);
    if (Object.keys(found).length) return;
    const diff: ServiceAccountUpdate = {};
    if (name.trim() !== account.name) diff.name = name.trim();
    if ([...scopes].sort().join() !== [...account.scopes].sort().join()) diff.scopes = scopes;
    if (active !== account.active) diff.active = active;
    if (Object.keys(diff).length === 0) return onDone();
    await save.save(diff, resource.etag);
  }

  async function onRotate() {
    setRotating(true);
    setRotateError(null);
    try {
      const rotated = await rotateServiceAccountSecret(account.id);
      void queryClient.invalidateQueries({ queryKey: adminKeys.serviceAccounts });
      setConfirmRotate(false);
      onRotated(rotated);
    } catch (err) {
      setRotateError(err);
    } finally {
      setRotating(false);
    }
  }

  const conflictFields: ConflictField[] = [
    { name: 'name', label: t('admin.serviceAccounts.name') },
    { name: 'scopes', label: t('admin.serviceAccounts.scopes') },
    { name: 'active', label: t('admin.state'), format: (v) => (v ? t('admin.active') : t('admin.inactive')) },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.serviceAccounts.edit')}>
      <Stack gap="sm">
        <Text size="sm">
          {t('admin.serviceAccounts.clientId')}: <Code>{account.client_id}</Code>
        </Text>
        <TextInput
          label={t('admin.serviceAccounts.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <ScopePicker value={scopes} onChange={setScopes} error={errors.scopes} />
        <Switch
          label={t('admin.serviceAccounts.activeLabel')}
          description={t('admin.serviceAccounts.activeHint')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
        <Group justify="space-between" gap="sm">
          <Button variant="subtle" onClick={() => setConfirmRotate(true)}>
            {t('admin.serviceAccounts.rotate')}
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
        opened={confirmRotate}
        title={t('admin.serviceAccounts.rotate')}
        confirmLabel={t('admin.serviceAccounts.rotate')}
        onConfirm={() => void onRotate()}
        onClose={() => setConfirmRotate(false)}
        busy={rotating}
        danger
        error={rotateError}
      >
        {t('admin.serviceAccounts.rotateConfirm', { name: account.name })}
      </ConfirmDialog>
    </form>
  );
}

/** Third-party systems' accounts (client credentials): scopes, secret rotation, deactivation. */
export default function ServiceAccountsPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: adminKeys.serviceAccounts, queryFn: ({ signal }) => listServiceAccounts(signal) });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [secret, setSecret] = useState<ServiceAccountWithSecret | null>(null);

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)}>{t('admin.serviceAccounts.create')}</Button>
      </Group>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && query.data.length === 0 ? <Text>{t('admin.empty')}</Text> : null}
      {query.isSuccess && query.data.length > 0 ? (
        <CardTable minWidth={600}>
          <Table striped aria-label={t('admin.serviceAccounts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.serviceAccounts.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.serviceAccounts.clientId')}</Table.Th>
                <Table.Th scope="col">{t('admin.serviceAccounts.scopes')}</Table.Th>
                <Table.Th scope="col">{t('admin.state')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>
                    <Code>{a.client_id}</Code>
                  </Table.Td>
                  <Table.Td>{a.scopes.join(', ')}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={a.active ? 'success' : 'neutral'}>
                      {a.active ? t('admin.active') : t('admin.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setEditing(a.id)}
                      aria-label={t('admin.editNamed', { name: a.name })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </CardTable>
      ) : null}

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('admin.serviceAccounts.create')} size="lg">
        <CreateServiceAccountForm
          onCancel={() => setCreating(false)}
          onCreated={(a) => {
            setCreating(false);
            setSecret(a);
          }}
        />
      </Modal>
      {editing ? (
        <VersionedModal
          opened
          onClose={() => setEditing(null)}
          title={t('admin.serviceAccounts.edit')}
          queryKey={adminKeys.serviceAccount(editing)}
          load={(signal) => getServiceAccount(editing, signal)}
        >
          {(resource) => (
            <EditServiceAccountForm
              resource={resource}
              onDone={() => setEditing(null)}
              onRotated={(a) => {
                setEditing(null);
                setSecret(a);
              }}
            />
          )}
        </VersionedModal>
      ) : null}
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        title={secret ? t('admin.serviceAccounts.secretTitle', { name: secret.name }) : ''}
        size="lg"
        closeOnClickOutside={false}
      >
        {secret ? <SecretReveal account={secret} onClose={() => setSecret(null)} /> : null}
      </Modal>
    </Stack>
  );
}
