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

export const reportKeys = {
  periods: (planId: string) => ['reports', 'periods', planId] as const,
  board: (periodId: string) => ['reports', 'board', periodId] as const,
  report: (id: string) => ['reports', 'unit-report', id] as const,
  reviews: (planId: string) => ['reports', 'reviews', planId] as const,
  review: (id: string) => ['reports', 'review', id] as const,
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

/** The review document (draft or issue ``n``) as a Blob: downloads need the bearer token. */
export async function reviewDocument(id: string, fmt: 'docx' | 'pdf', issue: number | null): Promise<Blob> {
  const result = await api.GET('/reviews/{review_id}/document.{fmt}', {
    params: { path: { review_id: id, fmt }, query: { issue } },
    parseAs: 'blob',
  });
  if (!result.response.ok) return unwrap(Promise.resolve(result)) as Promise<never>;
  return result.data as unknown as Blob;
}

/** The unit report as DOCX or PDF. */
export async function unitReportDocument(id: string, fmt: 'docx' | 'pdf'): Promise<Blob> {
  const result = await api.GET('/unit-reports/{report_id}/document.{fmt}', {
    params: { path: { report_id: id, fmt } },
    parseAs: 'blob',
  });
  if (!result.response.ok) return unwrap(Promise.resolve(result)) as Promise<never>;
  return result.data as unknown as Blob;
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
