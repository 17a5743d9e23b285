/** Webhook endpoints, their delivery log, redelivery and test events; failed jobs (admins). */
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type WebhookEndpoint = S['EndpointOut'];
export type WebhookEndpointWithSecret = S['EndpointWithSecret'];
export type WebhookEndpointCreate = S['EndpointCreate'];
export type WebhookAttempt = S['AttemptOut'];
export type EventType = S['EventTypeOut'];
export type Job = S['JobOut'];

export interface AttemptFilters {
  succeeded?: boolean | null;
  event_type?: string | null;
}

export const integrationKeys = {
  endpoints: ['webhooks'] as const,
  eventTypes: ['webhooks', 'event-types'] as const,
  attempts: (id: string, filters: AttemptFilters) => ['webhooks', id, 'attempts', filters] as const,
  failedJobs: ['admin-jobs', 'failed'] as const,
};

export const listEndpoints = (signal?: AbortSignal) =>
  unwrap(api.GET('/webhooks', { params: { query: { limit: 200 } }, signal }));
export const listEventTypes = (signal?: AbortSignal) =>
  unwrapItems(api.GET('/webhooks/event-types', { params: { query: { limit: 200 } }, signal }));
export const createEndpoint = (body: WebhookEndpointCreate) => unwrap(api.POST('/webhooks', { body }));
export const getEndpoint = (id: string) =>
  unwrapWithEtag(api.GET('/webhooks/{endpoint_id}', { params: { path: { endpoint_id: id } } }));

export async function setActive(id: string, active: boolean) {
  const { etag } = await getEndpoint(id);
  return unwrap(
    api.PATCH('/webhooks/{endpoint_id}', {
      params: { path: { endpoint_id: id }, header: { 'If-Match': etag ?? '*' } },
      body: { active },
    }),
  );
}

export async function rotateSecret(id: string) {
  const { etag } = await getEndpoint(id);
  return unwrap(
    api.POST('/webhooks/{endpoint_id}/rotate-secret', {
      params: { path: { endpoint_id: id }, header: { 'If-Match': etag ?? '*' } },
      body: { overlap_hours: 24 },
    }),
  );
}

export const sendTestEvent = (id: string) =>
  unwrap(api.POST('/webhooks/{endpoint_id}/test', { params: { path: { endpoint_id: id } } }));

export const listAttempts = (id: string, filters: AttemptFilters, signal?: AbortSignal) =>
  unwrap(
    api.GET('/webhooks/{endpoint_id}/attempts', {
      params: {
        path: { endpoint_id: id },
        query: { succeeded: filters.succeeded ?? null, event_type: filters.event_type || null, limit: 100 },
      },
      signal,
    }),
  );

export const redeliver = (id: string, deliveryId: string) =>
  unwrap(
    api.POST('/webhooks/{endpoint_id}/deliveries/{delivery_id}/redeliver', {
      params: { path: { endpoint_id: id, delivery_id: deliveryId } },
    }),
  );

export const redeliverFailedSince = (id: string, since: string) =>
  unwrap(
    api.POST('/webhooks/{endpoint_id}/redeliver-failed', {
      params: { path: { endpoint_id: id } },
      body: { since },
    }),
  );

export const listFailedJobs = (signal?: AbortSignal) =>
  unwrap(api.GET('/admin/jobs', { params: { query: { state: 'failed', limit: 100 } }, signal }));
