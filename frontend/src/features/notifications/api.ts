/** Notification calls: the bell (polled with ETag/304), the list, mark read, preferences, reminder rules. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithEtag } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type NotificationItem = S['NotificationOut'];
export type Preferences = S['PreferencesOut'];
export type PreferencesIn = S['PreferencesIn'];
export type ReminderRules = S['ReminderRulesOut'];
export type ReminderRulesIn = S['ReminderRulesIn'];

/** How often the bell asks; a 304 costs one small query and no body. */
export const BELL_POLL_MS = 10_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  preferences: ['notifications', 'preferences'] as const,
  rules: (planId: string) => ['reminder-rules', planId] as const,
};

// The last answer and its ETag, so a 304 keeps the count without a body.
let lastBell: { etag: string | null; unread: number } = { etag: null, unread: 0 };

export async function fetchUnread(signal?: AbortSignal): Promise<number> {
  const { data, response } = await api.GET('/me/notifications/unread-count', {
    headers: lastBell.etag ? { 'If-None-Match': lastBell.etag } : {},
    signal,
  });
  if (response.status === 304) return lastBell.unread;
  if (!response.ok || !data) throw ApiError.from(undefined, response);
  lastBell = { etag: response.headers.get('ETag'), unread: data.unread };
  return data.unread;
}

export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => fetchUnread(signal),
    refetchInterval: BELL_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
    enabled,
  });
}

export function listNotifications(unreadOnly: boolean, cursor: string | null, signal?: AbortSignal) {
  return unwrap(api.GET('/me/notifications', { params: { query: { unread: unreadOnly, limit: 30, cursor } }, signal }));
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return async (body: { ids?: string[]; all?: boolean }) => {
    const result = await unwrap(api.POST('/me/notifications/read', { body: { all: false, ...body } }));
    lastBell = { etag: null, unread: result.unread };
    queryClient.setQueryData(notificationKeys.unread, result.unread);
    void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    return result;
  };
}

export const getPreferences = (signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/me/notification-preferences', { signal }));
export const putPreferences = (body: PreferencesIn, etag: string) =>
  unwrapWithEtag(api.PUT('/me/notification-preferences', { body, params: { header: { 'If-Match': etag } } }));

export const getRules = (planId: string, signal?: AbortSignal) =>
  unwrapWithEtag(api.GET('/plans/{plan_id}/reminder-rules', { params: { path: { plan_id: planId } }, signal }));
export const putRules = (planId: string, body: ReminderRulesIn, etag: string) =>
  unwrapWithEtag(
    api.PUT('/plans/{plan_id}/reminder-rules', {
      params: { path: { plan_id: planId }, header: { 'If-Match': etag } },
      body,
    }),
  );
