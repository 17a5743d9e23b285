/**
 * The one typed HTTP client for `/api/v1`. Types come from the generated
 * `schema.d.ts`; this module adds the bearer token, one shared silent refresh
 * on 401 with a single retry, and a way out to the login page when the
 * session is gone for good.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError } from './errors';
import { tokenStore } from './session';

export const API_BASE = '/api/v1';

/** The generated paths carry the `/api/v1` prefix; the client's base URL does too. */
type StripPrefix<P> = {
  [K in keyof P as K extends `${typeof API_BASE}${infer Rest}` ? Rest : never]: P[K];
};
export type ApiPaths = StripPrefix<paths>;

// Absolute, because a `Request` built outside a document (tests, workers) cannot resolve a bare path.
const baseUrl = `${globalThis.location?.origin ?? ''}${API_BASE}`;

// Resolve `fetch` at call time so tests (and polyfills) can replace it.
const callFetch = (input: Request) => globalThis.fetch(input);

/** Without the auth middleware: for login, refresh and logout themselves. */
export const bareClient = createClient<ApiPaths>({ baseUrl, fetch: callFetch });

export type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

let refreshInFlight: Promise<RefreshOutcome> | null = null;

/**
 * Exchange the HttpOnly refresh cookie for a new access token. Concurrent
 * callers share one request: refresh tokens rotate, and a second use of the
 * same one would revoke the whole family.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  if (!refreshInFlight) {
    refreshInFlight = (async (): Promise<RefreshOutcome> => {
      try {
        const { data, response } = await bareClient.POST('/auth/refresh', { credentials: 'include' });
        if (data && response.ok) {
          tokenStore.set(data.access_token, data.expires_in);
          return 'refreshed';
        }
        if (response.status >= 500) return 'unreachable';
        tokenStore.clear();
        return 'rejected';
      } catch {
        return 'unreachable';
      } finally {
        refreshInFlight = null;
      }
    })();
  }
  return refreshInFlight;
}

type SessionExpiredHandler = () => void;

const defaultExpiredHandler: SessionExpiredHandler = () => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname.startsWith('/login') || window.location.pathname.startsWith('/public')) return;
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
};

let onSessionExpired: SessionExpiredHandler = defaultExpiredHandler;

/** The app installs a router-aware handler; the default does a full redirect. */
export function setSessionExpiredHandler(handler: SessionExpiredHandler | null) {
  onSessionExpired = handler ?? defaultExpiredHandler;
}

const NO_RETRY_PATHS = ['/auth/login', '/auth/refresh', '/auth/logout', '/auth/token'];

function skipsRefresh(url: string): boolean {
  const path = new URL(url, 'http://localhost').pathname;
  return NO_RETRY_PATHS.some((p) => path === API_BASE + p);
}

// Copies of outgoing requests, taken before `fetch` consumes their body, so a
// request can be replayed once after a refresh. Keyed by openapi-fetch's id.
const replayable = new Map<string, Request>();

export const authMiddleware: Middleware = {
  async onRequest({ request, id }) {
    if (!skipsRefresh(request.url)) {
      // Refresh ahead of a known expiry: saves a guaranteed 401 round trip.
      if (tokenStore.expiresSoon()) await refreshSession();
      replayable.set(id, request.clone());
    }
    const token = tokenStore.get();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },

  async onResponse({ response, id }) {
    const original = replayable.get(id);
    replayable.delete(id);
    if (response.status !== 401 || !original) return undefined;

    const outcome = await refreshSession();
    if (outcome === 'unreachable') return undefined; // keep the session; the caller sees the 401
    if (outcome === 'rejected') {
      tokenStore.clear();
      onSessionExpired();
      return undefined;
    }
    const retry = original.clone();
    retry.headers.set('Authorization', `Bearer ${tokenStore.get() ?? ''}`);
    const second = await callFetch(retry);
    if (second.status === 401) {
      // A fresh token refused: the account was deactivated or its role changed.
      tokenStore.clear();
      onSessionExpired();
    }
    return second;
  },

  onError({ id }) {
    replayable.delete(id);
  },
};

export const api = createClient<ApiPaths>({ baseUrl, fetch: callFetch });
api.use(authMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Await an openapi-fetch call and return its data, or throw an `ApiError`
 * (status 0 for network failures). Use inside TanStack Query functions.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  if (result.response.ok) return result.data as T;
  throw ApiError.from(result.error, result.response);
}

/** Like `unwrap`, also returning the response's `ETag` (needed for `If-Match`). */
export async function unwrapWithEtag<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; etag: string | null }> {
  let response: Response | undefined;
  const data = await unwrap(
    call.then((r) => {
      response = r.response;
      return r;
    }),
  );
  return { data, etag: response?.headers.get('ETag') ?? null };
}

/** The items of a list page (`{items, next_cursor}`): short lists are read as one page of the
 * largest size (200), which holds all of a plan's phases, milestones or channels. */
export async function unwrapItems<T>(
  call: Promise<FetchResult<{ items: T[]; next_cursor: string | null }>>,
): Promise<T[]> {
  return (await unwrap(call)).items;
}
