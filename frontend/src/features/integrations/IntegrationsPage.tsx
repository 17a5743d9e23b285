import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/usePermissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { StatusBadge } from '../../components/StatusBadge';
import { translatedFieldErrors } from '../../lib/fieldErrors';
import { formatDateTime } from '../../lib/formatDate';
import { usePlans } from '../plans/queries';
import {
  createEndpoint,
  integrationKeys,
  listAttempts,
  listEndpoints,
  listEventTypes,
  listFailedJobs,
  redeliver,
  redeliverFailedSince,
  rotateSecret,
  sendTestEvent,
  setActive,
  type AttemptFilters,
  type WebhookEndpoint,
  type WebhookEndpointCreate,
  type WebhookEndpointWithSecret,
} from './api';

/** The signing secret, shown once (on creation and rotation). */
export function SecretOnce({ endpoint, onClose }: { endpoint: WebhookEndpointWithSecret; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title={t('integrations.secretOnce')} c="dark.8">
        {t('integrations.secretOnceHint')}
      </Alert>
      <Group gap="xs" wrap="nowrap">
        <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="webhook-secret">
          {endpoint.secret}
        </Code>
        <CopyButton value={endpoint.secret}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="light" onClick={copy}>
              {copied ? t('integrations.copied') : t('integrations.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('integrations.stored')}</Button>
      </Group>
    </Stack>
  );
}

function EndpointForm({
  onCreated,
  onCancel,
}: {
  onCreated: (e: WebhookEndpointWithSecret) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const queryClient = useQueryClient();
  const types = useQuery({ queryKey: integrationKeys.eventTypes, queryFn: ({ signal }) => listEventTypes(signal) });
  const plans = usePlans();
  const [url, setUrl] = useState('https://');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>(['*']);
  const [planId, setPlanId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = translatedFieldErrors(error, t);
  const options = [
    { value: '*', label: t('integrations.allEvents') },
    ...(types.data ?? []).map((e) => ({ value: e.type, label: `${e.type} — ${e.description}` })),
  ];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createEndpoint({
        url,
        description,
        // The choices come from GET /webhooks/event-types: each is one of the schema's names.
        event_types: eventTypes as WebhookEndpointCreate['event_types'],
        plan_id: planId,
        active: true,
      });
      void queryClient.invalidateQueries({ queryKey: integrationKeys.endpoints });
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('integrations.create')}>
      <Stack gap="sm">
        <TextInput
          label={t('integrations.url')}
          description={t('integrations.urlHint')}
          required
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={errors.url}
        />
        <TextInput
          label={t('integrations.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <MultiSelect
          label={t('integrations.events')}
          data={options}
          value={eventTypes}
          onChange={setEventTypes}
          searchable
          required
          error={errors.event_types}
        />
        <Select
          label={t('integrations.plan')}
          description={permissions.has('jobs:admin') ? t('integrations.planHintAdmin') : t('integrations.planHint')}
          data={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` }))}
          value={planId}
          onChange={setPlanId}
          clearable
          searchable
          error={errors.plan_id}
        />
        {error && Object.keys(errors).length === 0 ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('integrations.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('integrations.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeliveryLog({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<AttemptFilters>({});
  const log = useQuery({
    queryKey: integrationKeys.attempts(endpoint.id, filters),
    queryFn: ({ signal }) => listAttempts(endpoint.id, filters, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks', endpoint.id] });

  async function again(deliveryId: string) {
    await redeliver(endpoint.id, deliveryId);
    notifications.show({ message: t('integrations.redeliverQueued') });
    void refresh();
  }

  async function againSince() {
    const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
    const { queued } = await redeliverFailedSince(endpoint.id, since);
    notifications.show({ message: t('integrations.redeliverFailedQueued', { count: queued }) });
    void refresh();
  }

  return (
    <Stack gap="sm" aria-label={t('integrations.log')}>
      <Group justify="space-between" align="flex-end">
        <Title order={3}>
          {t('integrations.log')}: {endpoint.url}
        </Title>
        <Button variant="light" onClick={() => void againSince()}>
          {t('integrations.redeliverFailed')}
        </Button>
      </Group>
      <Group gap="sm">
        <Select
          label={t('integrations.outcome')}
          data={[
            { value: 'all', label: t('integrations.outcomeAll') },
            { value: 'ok', label: t('integrations.outcomeOk') },
            { value: 'failed', label: t('integrations.outcomeFailed') },
          ]}
          value={filters.succeeded == null ? 'all' : filters.succeeded ? 'ok' : 'failed'}
          onChange={(v) => setFilters({ ...filters, succeeded: v === 'all' || !v ? null : v === 'ok' })}
          allowDeselect={false}
        />
        <TextInput
          label={t('integrations.eventType')}
          value={filters.event_type ?? ''}
          onChange={(e) => setFilters({ ...filters, event_type: e.currentTarget.value || null })}
        />
      </Group>
      {log.isPending ? <PageLoader /> : null}
      {log.error ? <ErrorAlert error={log.error} /> : null}
      {log.data && log.data.items.length === 0 ? <Text c="dimmed">{t('integrations.logEmpty')}</Text> : null}
      {log.data && log.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('integrations.at')}</Table.Th>
                <Table.Th>{t('integrations.event')}</Table.Th>
                <Table.Th>{t('integrations.attempt')}</Table.Th>
                <Table.Th>{t('integrations.status')}</Table.Th>
                <Table.Th>{t('integrations.response')}</Table.Th>
                <Table.Th>{t('integrations.nextAttempt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateTime(a.at, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.event_type}</Text>
                    <Text size="xs" c="dimmed">
                      {a.webhook_id}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.attempt}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={a.status_code && a.status_code < 300 ? 'success' : 'danger'}>
                      {a.status_code ?? t('integrations.noResponse')}
                    </StatusBadge>
                    <Text size="xs">{a.duration_ms} ms</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" lineClamp={2} style={{ wordBreak: 'break-all' }}>
                      {a.error ?? a.response_body}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.next_attempt_at ? formatDateTime(a.next_attempt_at, i18n.language) : '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => void again(a.delivery_id)}>
                      {t('integrations.redeliver')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

function FailedJobs() {
  const { t, i18n } = useTranslation();
  const jobs = useQuery({ queryKey: integrationKeys.failedJobs, queryFn: ({ signal }) => listFailedJobs(signal) });
  if (jobs.isPending) return <PageLoader />;
  if (jobs.error) return <ErrorAlert error={jobs.error} />;
  if (jobs.data.items.length === 0) return <Text c="dimmed">{t('integrations.noFailedJobs')}</Text>;
  return (
    <Table striped aria-label={t('integrations.failedJobs')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('integrations.job')}</Table.Th>
          <Table.Th>{t('integrations.attempts')}</Table.Th>
          <Table.Th>{t('integrations.scheduledAt')}</Table.Th>
          <Table.Th>{t('integrations.error')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.data.items.map((j) => (
          <Table.Tr key={j.id}>
            <Table.Td>
              {j.task}{' '}
              <Text span size="xs" c="dimmed">
                #{j.id}
              </Text>
            </Table.Td>
            <Table.Td>{j.attempts}</Table.Td>
            <Table.Td>{j.scheduled_at ? formatDateTime(j.scheduled_at, i18n.language) : '—'}</Table.Td>
            <Table.Td>
              <Text size="xs">{j.error ?? '—'}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Endpoints() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const endpoints = useQuery({ queryKey: integrationKeys.endpoints, queryFn: ({ signal }) => listEndpoints(signal) });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<WebhookEndpointWithSecret | null>(null);
  const [selected, setSelected] = useState<WebhookEndpoint | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function act(fn: () => Promise<unknown>, message: string) {
    setError(null);
    try {
      await fn();
      notifications.show({ message });
      void queryClient.invalidateQueries({ queryKey: integrationKeys.endpoints });
    } catch (err) {
      setError(err);
    }
  }

  if (endpoints.isPending) return <PageLoader />;
  if (endpoints.error) return <ErrorAlert error={endpoints.error} />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed">{t('integrations.intro')}</Text>
        <Button onClick={() => setCreating(true)}>{t('integrations.create')}</Button>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {endpoints.data.items.length === 0 ? <Text>{t('integrations.empty')}</Text> : null}
      {endpoints.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={t('integrations.endpoints')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('integrations.url')}</Table.Th>
                <Table.Th>{t('integrations.events')}</Table.Th>
                <Table.Th>{t('integrations.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoints.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {e.url}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {e.description}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{e.event_types.join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge tone={e.active ? 'success' : 'danger'}>
                      {e.active ? t('integrations.active') : t('integrations.disabled')}
                    </StatusBadge>
                    {e.disabled_reason ? <Text size="xs">{e.disabled_reason}</Text> : null}
                    {e.consecutive_failures > 0 ? (
                      <Text size="xs" c="red.9">
                        {t('integrations.failures', { count: e.consecutive_failures })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="light" onClick={() => setSelected(e)}>
                        {t('integrations.log')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => void act(() => sendTestEvent(e.id), t('integrations.testQueued'))}
                      >
                        {t('integrations.test')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => void rotateSecret(e.id).then(setSecret, setError)}
                      >
                        {t('integrations.rotate')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() =>
                          void act(
                            () => setActive(e.id, !e.active),
                            e.active ? t('integrations.disabledNow') : t('integrations.enabledNow'),
                          )
                        }
                      >
                        {e.active ? t('integrations.disable') : t('integrations.enable')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {selected ? <DeliveryLog endpoint={selected} /> : null}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('integrations.create')} size="lg">
        <EndpointForm
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created);
          }}
        />
      </Modal>
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={t('integrations.secret')} size="lg">
        {secret ? <SecretOnce endpoint={secret} onClose={() => setSecret(null)} /> : null}
      </Modal>
    </Stack>
  );
}

/** "Tích hợp": webhook endpoints and their delivery log; failed background jobs for admins. */
export default function IntegrationsPage() {
  const { t } = useTranslation();
  const permissions = usePermissions();
  return (
    <Stack gap="md">
      <Title order={1}>{t('integrations.title')}</Title>
      <Tabs defaultValue="webhooks" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="webhooks">{t('integrations.endpoints')}</Tabs.Tab>
          {permissions.has('jobs:admin') ? <Tabs.Tab value="jobs">{t('integrations.failedJobs')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="webhooks" pt="md">
          <Endpoints />
        </Tabs.Panel>
        {permissions.has('jobs:admin') ? (
          <Tabs.Panel value="jobs" pt="md">
            <FailedJobs />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
