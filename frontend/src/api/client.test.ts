import { ApiError } from './errors';
import { api, refreshSession, setSessionExpiredHandler, unwrap } from './client';
import { tokenStore } from './session';
import { json, ME, mockFetch, pathOf, problem, tokens } from '../test/http';

describe('auth middleware: one silent refresh, then one retry', () => {
  it('adds the bearer token from memory to requests', async () => {
    tokenStore.set('access-1');
    const { calls } = mockFetch(() => json(200, ME));
    await unwrap(api.GET('/auth/me'));
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('on 401 refreshes with the cookie and retries the original request with the new token', async () => {
    tokenStore.set('expired');
    const { calls } = mockFetch((req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') return json(200, tokens('fresh'));
      return req.headers.get('Authorization') === 'Bearer fresh' ? json(200, ME) : problem(401, 'Unauthorized');
    });

    const me = await unwrap(api.GET('/auth/me'));

    expect(me.email).toBe(ME.email);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v1/auth/me',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/auth/me',
    ]);
    expect(calls[1]!.credentials).toBe('include');
    expect(calls[1]!.headers.get('Authorization')).toBeNull();
    expect(calls[2]!.headers.get('Authorization')).toBe('Bearer fresh');
    expect(tokenStore.get()).toBe('fresh');
  });

  it('replays a POST with its body and headers intact', async () => {
    tokenStore.set('expired');
    const { calls } = mockFetch((req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') return json(200, tokens('fresh'));
      if (req.headers.get('Authorization') !== 'Bearer fresh') return problem(401, 'Unauthorized');
      return json(201, {
        id: 'u1',
        task_id: 't1',
        unit_id: 'x',
        status: 'done',
        percent: 100,
        note: null,
        created_at: '2020-04-01T00:00:00Z',
      });
    });

    await unwrap(
      api.POST('/tasks/{task_id}/updates', {
        params: { path: { task_id: 't1' } },
        headers: { 'Idempotency-Key': 'key-1' },
        body: { status: 'done', percent: 100 },
      }),
    );

    const [first, , retry] = calls;
    expect(retry!.body).toBe(first!.body);
    expect(JSON.parse(retry!.body)).toEqual({ status: 'done', percent: 100 });
    expect(retry!.headers.get('Idempotency-Key')).toBe('key-1');
  });

  it('shares one refresh between concurrent 401s', async () => {
    tokenStore.set('expired');
    let refreshes = 0;
    const { calls } = mockFetch(async (req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') {
        refreshes++;
        await new Promise((r) => setTimeout(r, 10));
        return json(200, tokens(`fresh-${refreshes}`));
      }
      return req.headers.get('Authorization') === 'Bearer fresh-1' ? json(200, ME) : problem(401, 'Unauthorized');
    });

    const results = await Promise.all([
      unwrap(api.GET('/auth/me')),
      unwrap(api.GET('/auth/me')),
      unwrap(api.GET('/auth/me')),
    ]);

    expect(results).toHaveLength(3);
    expect(refreshes).toBe(1);
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('when the refresh is refused, clears the session and goes to login', async () => {
    tokenStore.set('expired');
    const expired = vi.fn();
    setSessionExpiredHandler(expired);
    const { calls } = mockFetch((req) =>
      pathOf(req) === '/api/v1/auth/refresh' ? problem(401, 'Refresh token revoked') : problem(401, 'Unauthorized'),
    );

    const error = await unwrap(api.GET('/auth/me')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(tokenStore.get()).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/auth/me', '/api/v1/auth/refresh']);
  });

  it('retries only once: a second 401 with a fresh token ends the session', async () => {
    tokenStore.set('expired');
    const expired = vi.fn();
    setSessionExpiredHandler(expired);
    const { calls } = mockFetch((req) =>
      pathOf(req) === '/api/v1/auth/refresh' ? json(200, tokens('fresh')) : problem(401, 'Account deactivated'),
    );

    await expect(unwrap(api.GET('/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(3);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when the refresh endpoint is unreachable', async () => {
    tokenStore.set('expired');
    const expired = vi.fn();
    setSessionExpiredHandler(expired);
    mockFetch((req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') throw new TypeError('Failed to fetch');
      return problem(401, 'Unauthorized');
    });

    await expect(unwrap(api.GET('/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(expired).not.toHaveBeenCalled();
    expect(tokenStore.get()).toBe('expired');
  });

  it('never refreshes for a failed login', async () => {
    const { calls } = mockFetch(() => problem(401, 'Wrong e-mail or password'));
    const { response } = await api.POST('/auth/login', { body: { email: 'a@b.vn', password: 'x' } });
    expect(response.status).toBe(401);
    expect(calls).toHaveLength(1);
  });

  it('refreshSession stores the new access token, not the refresh token', async () => {
    mockFetch(() => json(200, tokens('fresh')));
    await expect(refreshSession()).resolves.toBe('refreshed');
    expect(tokenStore.get()).toBe('fresh');
    expect(JSON.stringify(window.localStorage)).not.toContain('fresh');
    expect(JSON.stringify(window.sessionStorage)).not.toContain('fresh');
  });
});

describe('unwrap', () => {
  it('turns a network failure into ApiError with status 0', async () => {
    mockFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await unwrap(api.GET('/auth/me')).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetwork).toBe(true);
    expect(error.isTransient).toBe(true);
  });
});
