import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, bareClient, refreshSession, setSessionExpiredHandler, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { sessionMarker, tokenStore } from '../api/session';
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
  const [state, setState] = useState<{ status: AuthStatus; user: Me | null; expired: boolean }>(() => ({
    status: 'loading',
    user: null,
    expired: false,
  }));
  const queryClient = useQueryClient();
  useEffect(() => {
    // StrictMode runs this twice; the two runs share one refresh request.
    let cancelled = false;
    (async () => {
      try {
        if (!tokenStore.get()) {
          // Never signed in here (or signed out): no refresh cookie to try, no 401 to log.
          if (!sessionMarker.has()) {
            if (!cancelled) setState({ status: 'anonymous', user: null, expired: false });
            return;
          }
          const outcome = await refreshSession();
          if (outcome !== 'refreshed') {
            if (!cancelled) setState({ status: 'anonymous', user: null, expired: false });
            return;
          }
        }
        const me = await fetchMe();
        if (!cancelled) setState({ status: 'authenticated', user: me, expired: false });
      } catch {
        if (!cancelled) setState({ status: 'anonymous', user: null, expired: false });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  // A token dropped anywhere (the API middleware) ends the session here too.
  useEffect(
    () =>
      tokenStore.subscribe(() => {
        if (!tokenStore.get())
          setState((s) => (s.status === 'authenticated' ? { status: 'anonymous', user: null, expired: false } : s));
      }),
    [],
  );

  // The refresh was refused: RequireAuth then sends the user to /login,
  // which says why and brings them back to where they were.
  useEffect(() => {
    setSessionExpiredHandler(() => {
      queryClient.clear();
      setState((s) => (s.status === 'loading' ? s : { status: 'anonymous', user: null, expired: true }));
    });
    return () => setSessionExpiredHandler(null);
  }, [queryClient]);

  const login = useCallback(async (email: string, password: string) => {
    const { data, error, response } = await bareClient
      .POST('/auth/login', { body: { email, password }, credentials: 'include' })
      .catch((cause: unknown) => {
        throw ApiError.network(cause);
      });
    if (!data || !response.ok) throw ApiError.from(error, response);
    tokenStore.set(data.access_token, data.expires_in);
    const me = await fetchMe();
    setState({ status: 'authenticated', user: me, expired: false });
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
    setState({ status: 'anonymous', user: null, expired: false });
  }, [queryClient]);

  const value = useMemo<AuthContextValue>(
    () => ({ status: state.status, user: state.user, expired: state.expired, login, logout }),
    [state, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
