import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { api, bareClient, refreshSession, setSessionExpiredHandler, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { tokenStore } from '../api/session';
import type { Me } from '../api/types';
import { AuthContext, type AuthContextValue, type AuthStatus } from './AuthContext';

function fetchMe(): Promise<Me> {
  return unwrap(api.GET('/auth/me'));
}

/**
 * Owns the signed-in user. On mount it tries a silent refresh (the HttpOnly
 * cookie survives reloads; the in-memory access token does not) to restore
 * the session without asking for the password again.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ status: AuthStatus; user: Me | null }>(() => ({
    status: 'loading',
    user: null,
  }));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    // StrictMode runs this twice; the two runs share one refresh request.
    let cancelled = false;
    (async () => {
      try {
        if (!tokenStore.get()) {
          const outcome = await refreshSession();
          if (outcome !== 'refreshed') {
            if (!cancelled) setState({ status: 'anonymous', user: null });
            return;
          }
        }
        const me = await fetchMe();
        if (!cancelled) setState({ status: 'authenticated', user: me });
      } catch {
        if (!cancelled) setState({ status: 'anonymous', user: null });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  // A refresh that fails anywhere (the API middleware) ends the session here too.
  useEffect(
    () =>
      tokenStore.subscribe(() => {
        if (!tokenStore.get()) setState((s) => (s.status === 'authenticated' ? { status: 'anonymous', user: null } : s));
      }),
    [],
  );

  useEffect(() => {
    setSessionExpiredHandler(() => {
      queryClient.clear();
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname.startsWith('/login')) return;
      navigate(`/login?next=${encodeURIComponent(here)}&expired=1`, { replace: true });
    });
    return () => setSessionExpiredHandler(null);
  }, [navigate, queryClient]);

  const login = useCallback(async (email: string, password: string) => {
    const { data, error, response } = await bareClient
      .POST('/auth/login', { body: { email, password }, credentials: 'include' })
      .catch((cause: unknown) => {
        throw ApiError.network(cause);
      });
    if (!data || !response.ok) throw ApiError.from(error, response);
    tokenStore.set(data.access_token, data.expires_in);
    const me = await fetchMe();
    setState({ status: 'authenticated', user: me });
    return me;
  }, []);

  const logout = useCallback(async () => {
    const token = tokenStore.get();
    try {
      await bareClient.POST('/auth/logout', {
        credentials: 'include',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
    } catch {
      // Offline: forget the session locally anyway; the cookie expires on its own.
    }
    tokenStore.clear();
    queryClient.clear();
    setState({ status: 'anonymous', user: null });
  }, [queryClient]);

  const value = useMemo<AuthContextValue>(
    () => ({ status: state.status, user: state.user, login, logout }),
    [state, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
