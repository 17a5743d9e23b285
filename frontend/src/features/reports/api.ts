/** Reporting periods, unit reports, reviews and their documents: calls and query keys. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';
import type { components } from '../../api/schema';
import type { Me } from '../../api/types';

type S = components['schemas'];
export type Period = S['PeriodOut'];
export type PeriodBoard = S['PeriodBoardOut'];
export type UnitReport = S['UnitReportOut'];
export type ReportUpdate = S['ReportUpdate'];
export type Review = S['ReviewOut'];
export type ReviewUpdate = S['ReviewUpdate'];
export type ReviewTexts = S['ReviewTexts'];
export type ReviewHeader = S['ReviewHeader'];
export type Render = S['RenderOut'];
export type RenderFormat = Render['format'];

export const reportKeys = {
  periods: (planId: string) => ['reports', 'periods', planId] as const,
  board: (periodId: string) => ['reports', 'board', periodId] as const,
  report: (id: string) => ['reports', 'unit-report', id] as const,
  reviews: (planId: string) => ['reports', 'reviews', planId] as const,
  review: (id: string) => ['reports', 'review', id] as const,
  baselineSchedule: (planId: string) => ['reports', 'baseline-schedule', planId] as const,
  render: (id: string) => ['reports', 'render', id] as const,
};

/** Who may do what with reports (the server checks again): DESIGN.md "Follow-through". */
export function reportRights(user: Me | null) {
  const granted = new Set(user?.permissions ?? []);
  return {
    writeOwn: granted.has('reports:write'),
    review: granted.has('reports:review'),
    writeReviews: granted.has('reviews:write'),
    managePeriods: granted.has('plans:write'),
    unitId: user?.unit_id ?? null,
  };
}

export function usePeriods(planId: string) {
  return useQuery({
    queryKey: reportKeys.periods(planId),
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/plans/{plan_id}/reporting-periods', {
          params: { path: { plan_id: planId }, query: { limit: 200 } },
          signal,
        }),
      ),
  });
}

export function useBoard(periodId: string) {
  return useQuery({
    queryKey: reportKeys.board(periodId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/reporting-periods/{period_id}/board', { params: { path: { period_id: periodId } }, signal })),
  });
}

export const generateMonthly = (planId: string, day: number) =>
  unwrap(
    api.POST('/plans/{plan_id}/reporting-periods/generate', {
      params: { path: { plan_id: planId } },
      body: { kind: 'monthly', day_of_month: day, due_offset_days: 0 },
    }),
  );

export const urgeMissing = (periodId: string, message: string) =>
  unwrap(
    api.POST('/reporting-periods/{period_id}/urge', {
      params: { path: { period_id: periodId } },
      body: { message },
    }),
  );

export const startReport = (periodId: string, unitId: string) =>
  unwrapWithEtag(
    api.POST('/reporting-periods/{period_id}/reports', {
      params: { path: { period_id: periodId } },
      body: { unit_id: unitId },
    }),
  );

export function useUnitReport(id: string) {
  return useQuery({
    queryKey: reportKeys.report(id),
    queryFn: ({ signal }) =>
      unwrapWithEtag(api.GET('/unit-reports/{report_id}', { params: { path: { report_id: id } }, signal })),
  });
}

export const saveReport = (id: string, etag: string, body: ReportUpdate) =>
  unwrapWithEtag(
    api.PATCH('/unit-reports/{report_id}', {
      params: { path: { report_id: id }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const submitReport = (id: string) =>
  unwrapWithEtag(api.POST('/unit-reports/{report_id}/submit', { params: { path: { report_id: id } } }));

export const acceptReport = (id: string) =>
  unwrapWithEtag(api.POST('/unit-reports/{report_id}/accept', { params: { path: { report_id: id } } }));

export const returnReport = (id: string, comment: string) =>
  unwrapWithEtag(
    api.POST('/unit-reports/{report_id}/return', { params: { path: { report_id: id } }, body: { comment } }),
  );

export function useReviews(planId: string) {
  return useQuery({
    queryKey: reportKeys.reviews(planId),
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/plans/{plan_id}/reviews', { params: { path: { plan_id: planId }, query: { limit: 200 } }, signal }),
      ),
  });
}

export const createReview = (planId: string, kind: 'interim' | 'final') =>
  unwrap(api.POST('/plans/{plan_id}/reviews', { params: { path: { plan_id: planId } }, body: { kind } }));

export function useReview(id: string) {
  return useQuery({
    queryKey: reportKeys.review(id),
    queryFn: ({ signal }) =>
      unwrapWithEtag(api.GET('/reviews/{review_id}', { params: { path: { review_id: id } }, signal })),
  });
}

export const saveReview = (id: string, etag: string, body: ReviewUpdate) =>
  unwrapWithEtag(
    api.PATCH('/reviews/{review_id}', { params: { path: { review_id: id }, header: { 'If-Match': etag } }, body }),
  );

export const issueReview = (id: string) =>
  unwrap(api.POST('/reviews/{review_id}/issues', { params: { path: { review_id: id } }, body: {} }));

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The latest baseline's phase windows and milestone dates (the timeline's ghosts); null when none. */
export function useBaselineSchedule(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.baselineSchedule(planId),
    enabled,
    retry: false,
    queryFn: async ({ signal }) => {
      const result = await api.GET('/plans/{plan_id}/baseline-schedule', {
        params: { path: { plan_id: planId } },
        signal,
      });
      if (result.response.status === 404) return null;
      return unwrap(Promise.resolve(result));
    },
  });
}

/**
 * Ask for a review (draft, or issued version ``issue``) as DOCX/PDF. Small documents come
 * back finished (state ``done``); large ones queued: follow them with ``useRender``.
 */
export const requestReviewRender = (id: string, format: RenderFormat, issue: number | null) =>
  unwrap(
    api.POST('/reviews/{review_id}/renders', { params: { path: { review_id: id } }, body: { format, issue } }),
  ) as Promise<Render>;

export const requestReportRender = (id: string, format: RenderFormat) =>
  unwrap(
    api.POST('/unit-reports/{report_id}/renders', { params: { path: { report_id: id } }, body: { format } }),
  ) as Promise<Render>;

const RENDER_POLL_MS = 1000;

/** A render followed until it is done or failed (polled every second meanwhile). */
export function useRender(initial: Render) {
  return useQuery({
    queryKey: reportKeys.render(initial.id),
    initialData: initial,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/report-renders/{render_id}', { params: { path: { render_id: initial.id } }, signal })),
    refetchInterval: (query) =>
      query.state.data && (query.state.data.state === 'done' || query.state.data.state === 'failed')
        ? false
        : RENDER_POLL_MS,
  });
}

/** A finished render's file (downloads need the bearer token, hence a Blob). */
export async function renderFile(id: string): Promise<Blob> {
  const result = await api.GET('/report-renders/{render_id}/file', {
    params: { path: { render_id: id } },
    parseAs: 'blob',
  });
  if (!result.response.ok) return unwrap(Promise.resolve(result)) as Promise<never>;
  return result.data as unknown as Blob;
}
