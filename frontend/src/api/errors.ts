/**
 * RFC 9457 problem details, as every PlanDesk error is shaped, turned into an
 * `ApiError` the UI can translate and map onto form fields.
 */
import type { Problem } from './types';

export type { Problem };
type ProblemItem = {
  loc: (string | number)[];
  msg: string;
  type?: string | null;
  ctx?: Record<string, unknown> | null;
};

/** Where a validation error points: drop FastAPI's "body"/"query"/... prefix. */
const LOCATION_ROOTS = new Set(['body', 'query', 'path', 'header', 'cookie']);

export function fieldPath(loc: readonly (string | number)[]): string {
  const parts = loc.length > 1 && LOCATION_ROOTS.has(String(loc[0])) ? loc.slice(1) : loc;
  return parts.map(String).join('.');
}

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | null;
  readonly instance: string | null;
  readonly errors: ProblemItem[];
  /** Seconds, from `Retry-After` on 429/503. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string | null;
    instance?: string | null;
    errors?: ProblemItem[] | null;
    retryAfter?: number | null;
    cause?: unknown;
  }) {
    super(init.detail || init.title || `HTTP ${init.status}`, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? '';
    this.detail = init.detail ?? null;
    this.instance = init.instance ?? null;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter ?? null;
  }

  /** status 0: the request never got an HTTP answer (offline, DNS, reset). */
  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Worth retrying the very same request: no answer, or a server-side hiccup. */
  get isTransient(): boolean {
    return this.status === 0 || this.status === 408 || this.status >= 500;
  }

  /** Field errors keyed by dotted path (`quote_start`, `items.0.body`): first message wins. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const item of this.errors) {
      const key = fieldPath(item.loc);
      if (key && !(key in out)) out[key] = item.msg;
    }
    return out;
  }

  static network(cause: unknown): ApiError {
    return new ApiError({ status: 0, title: 'Network error', cause });
  }

  /** Build from an openapi-fetch `{ error, response }` pair. */
  static from(error: unknown, response: Response): ApiError {
    const retryAfterHeader = response.headers.get('Retry-After');
    const retryAfter = retryAfterHeader !== null && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : null;
    if (isProblem(error)) {
      return new ApiError({
        status: error.status || response.status,
        type: error.type,
        title: error.title,
        detail: error.detail,
        instance: error.instance,
        errors: normaliseItems(error.errors),
        retryAfter,
      });
    }
    // FastAPI's default 422 shape, in case a route slips past the problem handler.
    if (error && typeof error === 'object' && Array.isArray((error as { detail?: unknown }).detail)) {
      return new ApiError({
        status: response.status,
        errors: normaliseItems((error as { detail: unknown[] }).detail),
        retryAfter,
      });
    }
    return new ApiError({
      status: response.status,
      title: response.statusText,
      detail: typeof error === 'string' && error.length < 500 ? error : null,
      retryAfter,
    });
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    'status' in value &&
    typeof (value as Problem).status === 'number'
  );
}

function normaliseItems(items: unknown): ProblemItem[] {
  if (!Array.isArray(items)) return [];
  return items
    .filter((i): i is { loc: unknown; msg: unknown } => typeof i === 'object' && i !== null && 'msg' in i)
    .map((i) => ({
      loc: Array.isArray(i.loc) ? (i.loc as (string | number)[]) : [],
      msg: String(i.msg),
    }));
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Status → i18n key under `errors.` for the generic, translated message. */
export function errorMessageKey(error: unknown): string {
  if (!isApiError(error)) return 'errors.unexpected';
  if (error.isNetwork) return 'errors.network';
  const known = [400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429];
  if (known.includes(error.status)) return `errors.${error.status}`;
  if (error.status >= 500) return 'errors.server';
  return 'errors.unexpected';
}
