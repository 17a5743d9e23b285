import { useMemo, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { VersionedModal } from '../../components/VersionedModal';
import { matchesQuery } from '../../lib/text';
import { UNIT_KINDS, unitKeys, unitTree, useUnitDirectory } from '../units/queries';
import { getUnit } from './api';
import { CreateUnitForm, EditUnitForm } from './UnitForm';
import { CardTable } from '../../components/CardTable';

/** Units as a hierarchy (sub-units indented under their parent), with kind and state. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const canEdit = permissions.has('units:write');
  const { directory, isPending, isError, error } = useUnitDirectory();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const rows = useMemo(() => {
    const visible = directory.units.filter(
      (u) =>
        (showInactive || u.active) && (!kind || u.kind === kind) && matchesQuery(`${u.name} ${u.short_name ?? ''}`, q),
    );
    return unitTree(visible);
  }, [directory, q, kind, showInactive]);

  if (isPending) return <PageLoader />;
  if (isError) return <ErrorAlert error={error} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('admin.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={{ base: '100%', xs: 240 }}
          />
          <Select
            label={t('admin.units.kind')}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(v as UnitKind | null)}
            clearable
            placeholder={t('admin.all')}
            w={{ base: '100%', xs: 200 }}
          />
          <Switch
            label={t('admin.units.showInactive')}
            checked={showInactive}
            onChange={(e) => setShowInactive(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {canEdit ? <Button onClick={() => setCreating({ parentId: null })}>{t('admin.units.create')}</Button> : null}
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {t('admin.units.count', { count: rows.length })}
      </Text>
      {rows.length === 0 ? <Text>{t('admin.empty')}</Text> : null}
      {rows.length > 0 ? (
        <CardTable minWidth={640}>
          <Table striped highlightOnHover aria-label={t('admin.units.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.units.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.units.shortName')}</Table.Th>
                <Table.Th scope="col">{t('admin.units.kind')}</Table.Th>
                <Table.Th scope="col">{t('admin.state')}</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ unit, depth }) => (
                <Table.Tr key={unit.id}>
                  <Table.Td style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${depth * 1.25}rem)` }}>
                    {depth > 0 ? (
                      <span aria-hidden="true" style={{ color: 'var(--mantine-color-gray-7)' }}>
                        └{' '}
                      </span>
                    ) : null}
                    {unit.name}
                    {unit.parent_id && directory.byId.has(unit.parent_id) ? (
                      <VisuallyHidden>
                        {' '}
                        ({t('admin.units.partOfNamed', { name: directory.name(unit.parent_id) })})
                      </VisuallyHidden>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{unit.short_name ?? '—'}</Table.Td>
                  <Table.Td>{t(`unitKind.${unit.kind as UnitKind}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={unit.active ? 'success' : 'neutral'}>
                      {unit.active ? t('admin.active') : t('admin.inactive')}
                    </StatusBadge>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setEditing(unit.id)}
                          aria-label={t('admin.editNamed', { name: unit.name })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setCreating({ parentId: unit.id })}
                          aria-label={t('admin.units.addChildNamed', { name: unit.name })}
                        >
                          {t('admin.units.addChild')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </CardTable>
      ) : null}

      <Modal opened={creating !== null} onClose={() => setCreating(null)} title={t('admin.units.create')} size="lg">
        {creating ? <CreateUnitForm parentId={creating.parentId} onDone={() => setCreating(null)} /> : null}
      </Modal>
      {editing ? (
        <VersionedModal
          opened
          onClose={() => setEditing(null)}
          title={t('admin.units.edit')}
          queryKey={unitKeys.unit(editing)}
          load={(signal) => getUnit(editing, signal)}
        >
          {(resource) => <EditUnitForm resource={resource} onDone={() => setEditing(null)} />}
        </VersionedModal>
      ) : null}
    </Stack>
  );
}
