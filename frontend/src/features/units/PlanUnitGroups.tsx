import { Paper, Stack, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrapItems } from '../../api/client';
import type { UnitGroup } from '../../api/types';
import { GroupMembersControl } from './GroupMembersControl';
import { unitKeys, viCollator } from './queries';

/**
 * The unit groups a plan's tasks are addressed to, groups still without members
 * first: the plan page asks the coordinator to choose them (#13.6).
 */
export function PlanUnitGroups({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const groups = useQuery({
    queryKey: [...unitKeys.groups, 'plan', planId],
    queryFn: ({ signal }): Promise<UnitGroup[]> =>
      unwrapItems(api.GET('/unit-groups', { params: { query: { plan_id: planId, limit: 200 } }, signal })),
  });
  if (!groups.data?.length) return null;
  const sorted = [...groups.data].sort(
    (a, b) => Number(b.awaiting_members) - Number(a.awaiting_members) || viCollator.compare(a.name, b.name),
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-groups-heading">
      <Title order={2} size="h4" mb="xs" id="plan-groups-heading">
        {t('groups.title')}
      </Title>
      <Stack gap="md">
        {sorted.map((g) => (
          <GroupMembersControl
            key={g.id}
            group={g}
            onSaved={() => void queryClient.invalidateQueries({ queryKey: ['tasks'] })}
          />
        ))}
      </Stack>
    </Paper>
  );
}
