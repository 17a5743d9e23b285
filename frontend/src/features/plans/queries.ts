/** Plans, phases, milestones, channels, dashboard: reads and the milestone move. */
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';
import type { DatePrecision, MilestoneMove, PlanStatus } from '../../api/types';

export const planKeys = {
  list: (filters: object) => ['plans', 'list', filters] as const,
  all: ['plans'] as const,
  plan: (id: string) => ['plans', 'one', id] as const,
  phases: (id: string) => ['plans', 'one', id, 'phases'] as const,
  milestones: (id: string) => ['plans', 'one', id, 'milestones'] as const,
  channels: (id: string) => ['plans', 'one', id, 'channels'] as const,
  dashboard: (id: string) => ['plans', 'one', id, 'dashboard'] as const,
  milestone: (id: string) => ['milestones', id] as const,
  impact: (id: string, date: string, precision: DatePrecision | null) =>
    ['milestones', id, 'impact', date, precision] as const,
};

export function listPlans(
  filters: { q?: string; status?: PlanStatus | null },
  cursor: string | null,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/plans', {
      params: { query: { q: filters.q || null, status: filters.status ?? null, limit: 50, cursor } },
      signal,
    }),
  );
}

export function usePlans() {
  return useQuery({
    queryKey: planKeys.list({}),
    queryFn: ({ signal }) => listPlans({}, null, signal),
  });
}

export const getPlan = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/plans/{plan_id}', { params: { path: { plan_id: id } }, signal }));

export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.plan(id), queryFn: ({ signal }) => getPlan(id, signal) });
}

/**
 * The IANA zone a plan's dates are reckoned in (`effective_timezone`): show its
 * instants and count "today" there. `undefined` until the plan has loaded (the
 * viewer's zone meanwhile); the plan is usually cached already.
 */
export function usePlanTimeZone(planId: string | null | undefined): string | undefined {
  const plan = useQuery({
    queryKey: planKeys.plan(planId ?? ''),
    queryFn: ({ signal }) => getPlan(planId ?? '', signal),
    enabled: !!planId,
  });
  return plan.data?.data.effective_timezone;
}

/** The zones of several plans (a unit's work spans plans), by plan id. */
export function usePlanTimeZones(planIds: readonly string[]): Record<string, string | undefined> {
  const ids = [...new Set(planIds)];
  const plans = useQueries({
    queries: ids.map((id) => ({
      queryKey: planKeys.plan(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getPlan(id, signal),
    })),
  });
  return Object.fromEntries(ids.map((id, i) => [id, plans[i]?.data?.data.effective_timezone]));
}

export function usePhases(planId: string) {
  return useQuery({
    queryKey: planKeys.phases(planId),
    enabled: !!planId,
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/plans/{plan_id}/phases', { params: { path: { plan_id: planId }, query: { limit: 200 } }, signal }),
      ),
  });
}

export function useMilestones(planId: string) {
  return useQuery({
    queryKey: planKeys.milestones(planId),
    enabled: !!planId,
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/plans/{plan_id}/milestones', {
          params: { path: { plan_id: planId }, query: { limit: 200 } },
          signal,
        }),
      ),
  });
}

export function useChannels(planId: string) {
  return useQuery({
    queryKey: planKeys.channels(planId),
    enabled: !!planId,
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/plans/{plan_id}/channels', { params: { path: { plan_id: planId }, query: { limit: 200 } }, signal }),
      ),
  });
}

export function useDashboard(planId: string) {
  return useQuery({
    queryKey: planKeys.dashboard(planId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/plans/{plan_id}/dashboard', { params: { path: { plan_id: planId } }, signal })),
  });
}

export const getMilestone = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/milestones/{milestone_id}', { params: { path: { milestone_id: id } }, signal }));

export function milestoneImpact(id: string, date: string, precision: DatePrecision | null, signal?: AbortSignal) {
  return unwrap(
    api.GET('/milestones/{milestone_id}/impact', {
      params: { path: { milestone_id: id }, query: { date, precision } },
      signal,
    }),
  );
}

export const moveMilestone = (id: string, body: MilestoneMove, etag: string) =>
  unwrapWithEtag(
    api.POST('/milestones/{milestone_id}/move', {
      params: { path: { milestone_id: id }, header: { 'If-Match': etag } },
      body,
    }),
  );
