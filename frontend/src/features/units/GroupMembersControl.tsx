import { useState } from 'react';
import { Alert, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UnitGroup } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { getGroup, patchGroup } from '../admin/api';
import { unitKeys, useUnitDirectory, viCollator } from './queries';

/**
 * A unit group a task is addressed to, with its members; while it has none, a
 * "choose member units" control (admins and coordinators): saving gives each
 * member its own share of every task addressed to the group.
 */
export function GroupMembersControl({ group, onSaved }: { group: UnitGroup; onSaved?: () => void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const { directory } = useUnitDirectory();
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const names = group.unit_ids
    .map((id) => directory.name(id))
    .filter(Boolean)
    .sort(viCollator.compare);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      // Read the group afresh: its ETag, and members someone else may have added meanwhile.
      const current = await getGroup(group.id);
      await patchGroup(group.id, { unit_ids: [...new Set([...current.data.unit_ids, ...chosen])] }, current.etag ?? '');
      setChosen([]);
      void queryClient.invalidateQueries({ queryKey: unitKeys.groups });
      notifications.show({ color: 'green', message: t('groups.membersSaved', { name: group.name }) });
      onSaved?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Text size="sm">
        <strong>{t('groups.addressedTo', { name: group.name })}</strong>
        {names.length ? ` — ${t('groups.members', { count: names.length })}: ${names.join(', ')}` : ''}
      </Text>
      {group.awaiting_members ? (
        <Alert color="yellow" variant="light" c="dark.8" title={t('groups.awaitingTitle')}>
          {t('groups.awaitingHint')}
        </Alert>
      ) : null}
      {can.has('unit_groups:write') ? (
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label={group.awaiting_members ? t('groups.chooseMembers') : t('groups.addMembers')}
            data={directory.options.filter((o) => !group.unit_ids.includes(o.value))}
            value={chosen}
            onChange={setChosen}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('groups.nothingFound')}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button onClick={() => void save()} loading={busy} disabled={!chosen.length}>
            {t('groups.saveMembers')}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={error} />
    </Stack>
  );
}
