import { useState } from 'react';
import { Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { usePermissions } from '../../auth/usePermissions';
import { AppDateInput } from '../../components/AppDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDateTime } from '../../lib/formatDate';
import { adminKeys, getUser } from '../admin/api';

const ENTITIES = [
  'plan',
  'phase',
  'milestone',
  'channel',
  'task',
  'assignment',
  'user',
  'unit',
  'unit_group',
  'service_account',
  'consultation',
  'document',
  'feedback',
];

function Actor({ id }: { id: string }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const isUser = /^[0-9a-f-]{36}$/i.test(id);
  const query = useQuery({
    queryKey: adminKeys.user(id),
    queryFn: ({ signal }) => getUser(id, signal),
    enabled: isUser && permissions.readUsers,
    staleTime: 10 * 60_000,
    retry: false,
  });
  if (id.startsWith('service:')) return <>{t('audit.serviceAccount')}</>;
  return <>{query.data?.data.full_name ?? (isUser ? t('history.someone') : id)}</>;
}

/** Before → after of each changed field, compactly. */
export function describeChanges(changes: Record<string, unknown>): string[] {
  return Object.entries(changes).map(([field, value]) => {
    if (value && typeof value === 'object' && 'before' in value && 'after' in value) {
      const v = value as { before: unknown; after: unknown };
      return `${field}: ${JSON.stringify(v.before)} → ${JSON.stringify(v.after)}`;
    }
    return `${field}: ${JSON.stringify(value)}`;
  });
}

/** Who changed what and when: every mutation, for admins and coordinators. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const [entity, setEntity] = useState<string | null>(null);
  const [action, setAction] = useState('');
  const [entityId, setEntityId] = useState('');
  const [since, setSince] = useState<string | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [debounced] = useDebouncedValue({ action: action.trim(), entityId: entityId.trim() }, 300);
  const filters = { entity, since, until, ...debounced };
  const query = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/audit', {
          params: {
            query: {
              entity: filters.entity,
              entity_id: filters.entityId || null,
              action: filters.action || null,
              since: filters.since ? `${filters.since}T00:00:00Z` : null,
              until: filters.until ? `${filters.until}T23:59:59Z` : null,
              limit: 50,
              cursor: pageParam,
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? null,
  });
  const rows: AuditEntry[] = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('nav.audit')}
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('audit.entity')}
          data={ENTITIES.map((e) => ({ value: e, label: e }))}
          value={entity}
          onChange={setEntity}
          clearable
          placeholder={t('admin.all')}
          w={{ base: '100%', xs: 180 }}
        />
        <TextInput
          label={t('audit.action')}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          w={{ base: '100%', xs: 160 }}
        />
        <TextInput
          label={t('audit.entityId')}
          value={entityId}
          onChange={(e) => setEntityId(e.currentTarget.value)}
          w={{ base: '100%', xs: 300 }}
        />
        <AppDateInput
          label={t('audit.since')}
          value={since}
          onChange={(d) => setSince(d ? String(d).slice(0, 10) : null)}
          clearable
          w={{ base: '100%', xs: 150 }}
        />
        <AppDateInput
          label={t('audit.until')}
          value={until}
          onChange={(d) => setUntil(d ? String(d).slice(0, 10) : null)}
          clearable
          w={{ base: '100%', xs: 150 }}
        />
      </Group>
      {query.isPending ? <PageLoader /> : null}
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {query.isSuccess && rows.length === 0 ? <Text>{t('admin.empty')}</Text> : null}
      {rows.length ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped fz="sm" verticalSpacing={6} aria-label={t('nav.audit')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.at')}</Table.Th>
                <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                <Table.Th scope="col">{t('audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Actor id={r.actor} />
                    {r.actor_role ? (
                      <Text size="xs" c="dimmed">
                        {r.actor_role}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Code>{r.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {r.entity}
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {r.entity_id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {describeChanges(r.changes as Record<string, unknown>)
                      .slice(0, 6)
                      .map((line, i) => (
                        <Text key={i} size="xs" style={{ wordBreak: 'break-word' }} lineClamp={2}>
                          {line}
                        </Text>
                      ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {query.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
