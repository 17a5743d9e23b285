import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { VersionedModal } from '../../components/VersionedModal';
import { useUnitDirectory } from '../units/queries';
import { adminKeys, getUser, listUsers, type UserFilters } from './api';
import { CreateUserForm, EditUserForm, ROLES } from './UserForms';
import { CardTable } from '../../components/CardTable';

/** Users: search, filter by role, unit and state; create; edit role, unit, state; reset a password. */
export default function UsersPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const { directory } = useUnitDirectory();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  const filters: UserFilters = {
    q: debouncedQ,
    role,
    unit_id: unitId,
    active: active === null ? null : active === 'true',
  };
  const query = useInfiniteQuery({
    queryKey: adminKeys.users(filters),
    queryFn: ({ pageParam, signal }) => listUsers(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const users = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('admin.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            label={t('admin.users.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => setRole(v as Role | null)}
            clearable
            placeholder={t('admin.all')}
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('admin.users.unit')}
            data={directory.options}
            value={unitId}
            onChange={setUnitId}
            searchable
            clearable
            placeholder={t('admin.all')}
            nothingFoundMessage={t('admin.nothingFound')}
            w={{ base: '100%', xs: 240 }}
          />
          <Select
            label={t('admin.state')}
            data={[
              { value: 'true', label: t('admin.active') },
              { value: 'false', label: t('admin.inactive') },
            ]}
            value={active}
            onChange={setActive}
            clearable
            placeholder={t('admin.all')}
            w={{ base: '100%', xs: 160 }}
          />
        </Group>
        {permissions.manageUsers ? <Button onClick={() => setCreating(true)}>{t('admin.users.create')}</Button> : null}
      </Group>

      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && users.length === 0 ? <Text>{t('admin.empty')}</Text> : null}
      {users.length > 0 ? (
        <CardTable minWidth={640}>
          <Table striped highlightOnHover aria-label={t('admin.users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.users.fullName')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.email')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.unit')}</Table.Th>
                <Table.Th scope="col">{t('admin.state')}</Table.Th>
                {permissions.manageUsers ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.full_name}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td>{directory.name(u.unit_id) || '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={u.active ? 'success' : 'neutral'}>
                      {u.active ? t('admin.active') : t('admin.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  {permissions.manageUsers ? (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setEditing(u.id)}
                        aria-label={t('admin.editNamed', { name: u.full_name })}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </CardTable>
      ) : null}
      {query.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Group>
      ) : null}

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('admin.users.create')} size="lg">
        <CreateUserForm onDone={() => setCreating(false)} />
      </Modal>
      {editing ? (
        <VersionedModal
          opened
          onClose={() => setEditing(null)}
          title={t('admin.users.edit')}
          queryKey={adminKeys.user(editing)}
          load={(signal) => getUser(editing, signal)}
        >
          {(resource) => <EditUserForm resource={resource} onDone={() => setEditing(null)} />}
        </VersionedModal>
      ) : null}
    </Stack>
  );
}
