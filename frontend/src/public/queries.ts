import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { bareClient as api, unwrap } from '../api/client';

// Public pages speak to the API anonymously, even when a staff member who is
// signed in follows the link here: what a citizen sees and submits must not
// depend on (or be refused because of) someone's staff role.
import type { FeedbackCreate } from '../api/types';

export const publicKeys = {
  consultations: ['public', 'consultations'] as const,
  consultation: (id: string) => ['public', 'consultation', id] as const,
  receipt: (code: string) => ['public', 'feedback', code] as const,
};

export function usePublicConsultations() {
  return useInfiniteQuery({
    queryKey: publicKeys.consultations,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/public/consultations', {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

export function usePublicConsultation(id: string) {
  return useQuery({
    queryKey: publicKeys.consultation(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/public/consultations/{consultation_id}', { params: { path: { consultation_id: id } }, signal })),
  });
}

export function useFeedbackByReceipt(code: string | undefined) {
  return useQuery({
    queryKey: publicKeys.receipt(code ?? ''),
    enabled: !!code,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/public/feedback/{receipt}', { params: { path: { receipt: code ?? '' } }, signal })),
  });
}

export function submitFeedback(consultationId: string, body: FeedbackCreate, key: string, signal: AbortSignal) {
  return unwrap(
    api.POST('/consultations/{consultation_id}/feedback', {
      params: { path: { consultation_id: consultationId } },
      headers: { 'Idempotency-Key': key },
      body,
      signal,
    }),
  );
}
