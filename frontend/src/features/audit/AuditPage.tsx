import { useState } from 'react';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { AppDateInput } from '../../components/AppDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { formatDate, formatDateTime } from '../../lib/formatDate';
import { CardTable } from '../../components/CardTable';
import { useUnitDirectory } from '../units/queries';
import { actionKey, AUDIT_ACTIONS, AUDIT_ENTITIES } from './auditWords';

const STATUS_WORDS: Record<string, string> = {
  feedback: 'feedbackStatus',
  task: 'assignmentStatus',
  assignment: 'assignmentStatus',
  consultation: 'consultationStatus',
  plan: 'planStatus',
  milestone: 'milestoneStatus',
};

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One stored value as people read it: yes/no, a date, a status or role by name, a unit by name. */
function plainValue(
  field: string,
  value: unknown,
  entity: string,
  ctx: { t: Translate; exists: (key: string) => boolean; lang: string; unitName: (id: string) => string },
): string {
  const { t, exists, lang } = ctx;
  if (field === 'password_hash') return t('web2.audit.passwordChanged');
  if (value === null || value === undefined || value === '') return t('web2.audit.empty');
  if (typeof value === 'boolean') return value ? t('web2.audit.yes') : t('web2.audit.no');
  if (typeof value === 'string') {
    if (field === 'role' && exists(`roles.${value}`)) return t(`roles.${value}`);
    const words = STATUS_WORDS[entity];
    if (field === 'status' && words && exists(`${words}.${value}`)) return t(`${words}.${value}`);
    if (/unit_id$/.test(field)) return ctx.unitName(value) || value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, lang);
    return clip(value);
  }
  return clip(JSON.stringify(value));
}

/** Before → after of each changed field, in people's words. */
export function describeChanges(
  changes: Record<string, unknown>,
  entity: string,
  ctx: { t: Translate; exists: (key: string) => boolean; lang: string; unitName: (id: string) => string },
): string[] {
  const { t, exists } = ctx;
  return Object.entries(changes).map(([field, value]) => {
    const name = exists(`web2.audit.fields.${field}`) ? t(`web2.audit.fields.${field}`) : field;
    if (value && typeof value === 'object' && 'before' in value && 'after' in value) {
      const v = value as { before: unknown; after: unknown };
      if (field === 'password_hash') return `${name} ${t('web2.audit.passwordChanged')}`;
      return `${name}: ${plainValue(field, v.before, entity, ctx)} → ${plainValue(field, v.after, entity, ctx)}`;
    }
    return `${name}: ${plainValue(field, value, entity, ctx)}`;
  });
}

/** Who changed what and when: every mutation, for admins and coordinators. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const [entity, setEntity] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [entityId, setEntityId] = useState('');
  const [since, setSince] = useState<string | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [debounced] = useDebouncedValue({ entityId: entityId.trim() }, 300);
  const filters = { entity, since, until, action, ...debounced };
  const { directory } = useUnitDirectory();
  const words = {
    t: t as unknown as Translate,
    exists: (key: string) => i18n.exists(key),
    lang: i18n.language,
    unitName: (id: string) => directory.name(id),
  };
  const actionName = (a: string) =>
    i18n.exists(`web2.audit.actions.${actionKey(a)}`)
      ? t(`web2.audit.actions.${actionKey(a)}` as 'web2.audit.actionAny')
      : a;
  const entityName = (e: string) =>
    i18n.exists(`web2.audit.entities.${e}`) ? t(`web2.audit.entities.${e}` as 'web2.audit.actionAny') : e;
  // Grouped by what they act on; "every action on X" is the prefix "X." (the filter matches prefixes).
  const actionOptions = AUDIT_ENTITIES.map((e) => ({
    group: entityName(e),
    items: [
      { value: `${e}.`, label: t('web2.audit.allOf', { entity: entityName(e) }) },
      ...AUDIT_ACTIONS.filter(
        (a) =>
          a.startsWith(`${e}.`) ||
          (e === 'reporting_period' && a.startsWith('reporting_periods.')) ||
          (e === 'unit_report' && a.startsWith('report.')),
      ).map((a) => ({ value: a, label: actionName(a) })),
    ],
  }));
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
          data={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityName(e) }))}
          value={entity}
          onChange={setEntity}
          clearable
          placeholder={t('admin.all')}
          w={{ base: '100%', xs: 180 }}
        />
        <Select
          label={t('audit.action')}
          data={actionOptions}
          value={action}
          onChange={setAction}
          searchable
          clearable
          placeholder={t('web2.audit.actionAny')}
          nothingFoundMessage={t('admin.nothingFound')}
          w={{ base: '100%', xs: 280 }}
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
        <CardTable minWidth={760}>
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
                    {r.actor_name ??
                      (r.actor === 'system'
                        ? t('web2.audit.system')
                        : r.actor.startsWith('service:')
                          ? t('audit.serviceAccount')
                          : t('history.someone'))}
                    {r.actor_role ? (
                      <Text size="xs" c="dimmed">
                        {i18n.exists(`roles.${r.actor_role}`)
                          ? t(`roles.${r.actor_role}` as 'roles.admin')
                          : r.actor_role}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <span title={r.action}>{actionName(r.action)}</span>
                  </Table.Td>
                  <Table.Td>
                    {entityName(r.entity)}
                    <Text size="xs" c="dimmed" title={r.entity_id} style={{ whiteSpace: 'nowrap' }}>
                      {r.entity_id.length > 13 ? `${r.entity_id.slice(0, 8)}…` : r.entity_id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {describeChanges(r.changes as Record<string, unknown>, r.entity, words)
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
        </CardTable>
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
