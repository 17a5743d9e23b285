/** Consultations, the feedback queue, moderation, clusters, synthesis, exports, answer templates. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag, unwrapItems } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { BulkRequest, ContributorGroup, FeedbackChannel, FeedbackStatus, FeedbackUpdate } from '../../api/types';

export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = [
  'received',
  'in_review',
  'accepted',
  'partially_accepted',
  'not_accepted',
  'duplicate',
  'spam',
];
/** These need an official answer (the server refuses them without one). */
export const NEEDS_ANSWER: ReadonlySet<FeedbackStatus> = new Set(['accepted', 'partially_accepted', 'not_accepted']);
/** The server's moderation state machine (consultations/moderation.py), mirrored to offer only valid moves. */
export const TRANSITIONS: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  received: ['in_review', 'duplicate', 'spam'],
  in_review: ['received', 'accepted', 'partially_accepted', 'not_accepted', 'duplicate', 'spam'],
  accepted: ['in_review'],
  partially_accepted: ['in_review'],
  not_accepted: ['in_review'],
  duplicate: ['in_review'],
  spam: ['in_review'],
};

/**
 * Where a moderator can take a submission from `status` in one save. Answering
 * a submission still "received" passes through "in review" on the way (two
 * requests, each checked by the server).
 */
export function reachableStatuses(status: FeedbackStatus): FeedbackStatus[] {
  const direct = [status, ...TRANSITIONS[status]];
  const viaReview = status === 'received' ? TRANSITIONS.in_review : [];
  return FEEDBACK_STATUSES.filter((s) => direct.includes(s) || viaReview.includes(s));
}

export function needsReviewFirst(from: FeedbackStatus, to: FeedbackStatus | null | undefined): boolean {
  return !!to && to !== from && !TRANSITIONS[from].includes(to) && TRANSITIONS.in_review.includes(to);
}

export const CONTRIBUTOR_GROUPS: readonly ContributorGroup[] = [
  'citizen',
  'expert',
  'veteran',
  'party_member',
  'organisation',
  'unit',
  'other',
];
export const FEEDBACK_CHANNELS: readonly FeedbackChannel[] = ['web', 'mobile', 'meeting', 'letter', 'phone'];

export interface FeedbackFilters {
  /** Any of these statuses (none: every status). */
  status?: FeedbackStatus[] | null;
  section_id?: string | null;
  contributor_group?: ContributorGroup | null;
  channel?: FeedbackChannel | null;
  tag?: string | null;
  cluster_id?: string | null;
  submitted_from?: string | null;
  submitted_to?: string | null;
  q?: string;
  sort?: 'submitted_at' | '-submitted_at';
}

export const moderationKeys = {
  consultations: ['consultations'] as const,
  consultation: (id: string) => ['consultations', 'one', id] as const,
  sections: (documentId: string, version: number) => ['documents', documentId, 'v', version] as const,
  queue: (id: string, f: FeedbackFilters) => ['consultations', 'one', id, 'feedback', f] as const,
  counts: (id: string, f: FeedbackFilters) => ['consultations', 'one', id, 'feedback', 'counts', f] as const,
  queueAll: (id: string) => ['consultations', 'one', id, 'feedback'] as const,
  feedback: (id: string) => ['feedback', id] as const,
  clusters: (id: string) => ['consultations', 'one', id, 'clusters'] as const,
  cluster: (id: string, clusterId: string) => ['consultations', 'one', id, 'clusters', clusterId] as const,
  synthesis: (id: string) => ['consultations', 'one', id, 'synthesis'] as const,
  templates: (id: string | null) => ['answer-templates', id] as const,
  templatesAll: ['answer-templates'] as const,
};

export function useConsultations() {
  return useQuery({
    queryKey: moderationKeys.consultations,
    queryFn: ({ signal }) => unwrap(api.GET('/consultations', { params: { query: { limit: 100 } }, signal })),
  });
}

export function useConsultation(id: string) {
  return useQuery({
    queryKey: moderationKeys.consultation(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/consultations/{consultation_id}', { params: { path: { consultation_id: id } }, signal })),
  });
}

/** The consulted version's sections, for section names and the section filter. */
export function useSections(documentId: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: moderationKeys.sections(documentId ?? '', version ?? 0),
    enabled: !!documentId && !!version,
    staleTime: 10 * 60_000,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/documents/{document_id}/versions/{number}', {
          params: { path: { document_id: documentId!, number: version! } },
          signal,
        }),
      ).then((v) => v.sections),
  });
}

export function listFeedback(id: string, f: FeedbackFilters, cursor: string | null, signal?: AbortSignal) {
  return unwrap(
    api.GET('/consultations/{consultation_id}/feedback', {
      params: {
        path: { consultation_id: id },
        query: {
          status: f.status?.length ? f.status : null,
          section_id: f.section_id ?? null,
          contributor_group: f.contributor_group ?? null,
          channel: f.channel ?? null,
          tag: f.tag || null,
          cluster_id: f.cluster_id ?? null,
          submitted_from: f.submitted_from ?? null,
          submitted_to: f.submitted_to ?? null,
          q: f.q?.trim() || null,
          sort: f.sort ?? '-submitted_at',
          limit: 100,
          cursor,
        },
      },
      signal,
    }),
  );
}

/** How many submissions match the other filters, per status: the numbers on the status chips. */
export function countFeedback(id: string, f: FeedbackFilters, signal?: AbortSignal) {
  return unwrap(
    api.GET('/consultations/{consultation_id}/feedback/counts', {
      params: {
        path: { consultation_id: id },
        query: {
          section_id: f.section_id ?? null,
          contributor_group: f.contributor_group ?? null,
          channel: f.channel ?? null,
          tag: f.tag || null,
          cluster_id: f.cluster_id ?? null,
          submitted_from: f.submitted_from ?? null,
          submitted_to: f.submitted_to ?? null,
          q: f.q?.trim() || null,
        },
      },
      signal,
    }),
  );
}

export const getFeedback = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/feedback/{feedback_id}', { params: { path: { feedback_id: id } }, signal }));

export const patchFeedback = (id: string, body: FeedbackUpdate, etag: string) =>
  unwrapWithEtag(
    api.PATCH('/feedback/{feedback_id}', {
      params: { path: { feedback_id: id }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const bulkModerate = (consultationId: string, body: BulkRequest) =>
  unwrap(
    api.POST('/consultations/{consultation_id}/feedback/bulk', {
      params: { path: { consultation_id: consultationId } },
      body,
    }),
  );

export function useClusters(id: string) {
  return useQuery({
    queryKey: moderationKeys.clusters(id),
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/consultations/{consultation_id}/clusters', {
          params: { path: { consultation_id: id }, query: { limit: 100 } },
          signal,
        }),
      ),
  });
}

/** One cluster: each member against the cluster's first text, flagged members first. */
export function useClusterDetail(id: string, clusterId: string) {
  return useQuery({
    queryKey: moderationKeys.cluster(id, clusterId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/consultations/{consultation_id}/clusters/{cluster_id}', {
          params: { path: { consultation_id: id, cluster_id: clusterId }, query: { limit: 200 } },
          signal,
        }),
      ),
  });
}

export const moveOutOfCluster = (id: string, clusterId: string, feedbackId: string) =>
  unwrap(
    api.POST('/consultations/{consultation_id}/clusters/{cluster_id}/members/{feedback_id}/move-out', {
      params: { path: { consultation_id: id, cluster_id: clusterId, feedback_id: feedbackId } },
    }),
  );

export const undoBulkAction = (id: string, bulkActionId: string, feedbackId: string) =>
  unwrap(
    api.POST('/consultations/{consultation_id}/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo', {
      params: { path: { consultation_id: id, bulk_action_id: bulkActionId, feedback_id: feedbackId } },
    }),
  );

export function useSynthesis(id: string) {
  return useQuery({
    queryKey: moderationKeys.synthesis(id),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/consultations/{consultation_id}/synthesis', { params: { path: { consultation_id: id } }, signal }),
      ),
  });
}

export function useTemplates(consultationId: string | null) {
  return useQuery({
    queryKey: moderationKeys.templates(consultationId),
    queryFn: ({ signal }) =>
      unwrapItems(
        api.GET('/answer-templates', { params: { query: { consultation_id: consultationId, limit: 200 } }, signal }),
      ),
  });
}

export const createTemplate = (body: { title: string; body: string; consultation_id: string | null }) =>
  unwrap(api.POST('/answer-templates', { body }));
export const getTemplate = (id: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/answer-templates/{template_id}', { params: { path: { template_id: id } }, signal }));
export const patchTemplate = (id: string, body: { title?: string | null; body?: string | null }, etag: string) =>
  unwrapWithEtag(
    api.PATCH('/answer-templates/{template_id}', {
      params: { path: { template_id: id }, header: { 'If-Match': etag } },
      body,
    }),
  );
export const deleteTemplate = (id: string, etag: string) =>
  unwrap(
    api.DELETE('/answer-templates/{template_id}', {
      params: { path: { template_id: id }, header: { 'If-Match': etag } },
    }),
  );

export type ExportKind = 'csv' | 'xlsx' | 'docx';

/** The export as a file download. The access token lives in memory, so a plain link cannot carry it. */
export async function downloadExport(
  consultationId: string,
  kind: ExportKind,
  opts: { includeContacts?: boolean; status?: FeedbackStatus | null; lang?: 'vi' | 'en' } = {},
): Promise<void> {
  const path = { consultation_id: consultationId };
  // Column headers and values in the reader's language (Vietnamese unless English is chosen).
  const query = { include_contacts: !!opts.includeContacts, status: opts.status ?? null, lang: opts.lang ?? 'vi' };
  const call =
    kind === 'csv'
      ? api.GET('/consultations/{consultation_id}/exports/feedback.csv', { params: { path, query }, parseAs: 'blob' })
      : kind === 'xlsx'
        ? api.GET('/consultations/{consultation_id}/exports/feedback.xlsx', {
            params: { path, query },
            parseAs: 'blob',
          })
        : api.GET('/consultations/{consultation_id}/exports/synthesis.docx', { params: { path }, parseAs: 'blob' });
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch (cause) {
    throw ApiError.network(cause);
  }
  // openapi-fetch parses error bodies as JSON whatever `parseAs` says: a problem+json arrives intact.
  if (!result.response.ok) throw ApiError.from(result.error, result.response);
  const blob = result.data as unknown as Blob;
  const disposition = result.response.headers.get('Content-Disposition') ?? '';
  const name =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ??
    /filename="?([^";]+)"?/i.exec(disposition)?.[1] ??
    `export.${kind}`;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = decodeURIComponent(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
