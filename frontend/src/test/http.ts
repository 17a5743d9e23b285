import { vi } from 'vitest';

export interface RecordedCall {
  method: string;
  path: string;
  headers: Headers;
  credentials: RequestCredentials;
  body: string;
}

type Handler = (req: Request, body: string) => Response | Promise<Response>;

/**
 * Replace `fetch` with `handler`, recording every request (method, path
 * without origin, headers, credentials, body) in the order it was sent.
 */
export function mockFetch(handler: Handler) {
  const calls: RecordedCall[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.clone().text();
    const url = new URL(req.url);
    calls.push({
      method: req.method,
      path: url.pathname + url.search,
      headers: req.headers,
      credentials: req.credentials,
      body,
    });
    return handler(req, body);
  });
  vi.stubGlobal('fetch', fn);
  return { calls, fn };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  title: string,
  extra: {
    detail?: string;
    errors?: { loc: (string | number)[]; msg: string }[];
    headers?: Record<string, string>;
  } = {},
): Response {
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title,
      status,
      detail: extra.detail ?? null,
      instance: null,
      errors: extra.errors ?? null,
    }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...(extra.headers ?? {}) } },
  );
}

export function pathOf(req: Request): string {
  return new URL(req.url).pathname;
}

export const ME = {
  id: '7d0c2a64-3c1b-4d8e-9a51-0f2b8c6d1e01',
  kind: 'user',
  email: 'officer@example.vn',
  full_name: 'Nguyễn Văn An',
  role: 'unit_officer',
  unit_id: '1f4a7c2e-8b3d-4e6f-a1c2-3d4e5f6a7b8c',
  unit_name: 'Huyện uỷ Phú Vang',
  scopes: [],
  permissions: [
    'units:read',
    'plans:read',
    'tasks:read',
    'documents:read',
    'calendar:read',
    'assignments:update',
    'progress:post',
    'feedback:submit',
    'feedback:submit_batch',
  ],
};

export function tokens(access: string) {
  return {
    access_token: access,
    token_type: 'bearer',
    expires_in: 900,
    refresh_token: null, // browser sign-ins get the refresh token only as an HttpOnly cookie
    refresh_expires_in: 1209600,
  };
}
