/** Plans, phases, milestones, channels, dashboard: reads and the milestone move. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '../../api/client';
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

export function usePhases(planId: string) {
  return useQuery({
    queryKey: planKeys.phases(planId),
    enabled: !!planId,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/plans/{plan_id}/phases', { params: { path: { plan_id: planId } }, signal })),
  });
}

export function useMilestones(planId: string) {
  return useQuery({
    queryKey: planKeys.milestones(planId),
    enabled: !!planId,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/plans/{plan_id}/milestones', { params: { path: { plan_id: planId } }, signal })),
  });
}

export function useChannels(planId: string) {
  return useQuery({
    queryKey: planKeys.channels(planId),
    enabled: !!planId,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/plans/{plan_id}/channels', { params: { path: { plan_id: planId } }, signal })),
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
      params: { path: { milestone_id: id } },
      headers: { 'If-Match': etag },
      body,
    }),
  );
