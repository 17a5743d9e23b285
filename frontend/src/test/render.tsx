import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { theme } from '../theme';
import type { Me, Role } from '../api/types';
import { AuthContext } from '../auth/AuthContext';
import { ROLE_PERMISSIONS } from '../auth/permissions';

/** A signed-in user of `role` (permissions from the role table). */
export function fakeMe(role: Role, extra: Partial<Me> = {}): Me {
  return {
    id: `00000000-0000-4000-8000-00000000000${role.length % 10}`,
    kind: 'user',
    email: `${role}@example.test`,
    full_name: `Test ${role}`,
    role,
    unit_id: null,
    unit_name: null,
    scopes: [],
    permissions: [...ROLE_PERMISSIONS[role]],
    ...extra,
  };
}

function SignedIn({ user, children }: { user: Me | null; children: ReactNode }) {
  if (!user) return <>{children}</>;
  return (
    <AuthContext.Provider
      value={{ status: 'authenticated', user, expired: false, login: async () => user, logout: async () => {} }}
    >
      {children}
    </AuthContext.Provider>
  );
}

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

/** Shows the current location so tests can assert navigation. */
export function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export function Providers({
  children,
  route = '/',
  user = null,
}: {
  children: ReactNode;
  route?: string;
  user?: Me | null;
}) {
  return (
    // env="test": no transitions, no portals (Mantine's testing setup).
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={testQueryClient()}>
        <SignedIn user={user}>
          <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
        </SignedIn>
      </QueryClientProvider>
    </MantineProvider>
  );
}

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path, user = null }: { route?: string; path?: string; user?: Me | null } = {},
) {
  return render(
    <Providers route={route} user={user}>
      {path ? (
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      ) : (
        ui
      )}
    </Providers>,
  );
}
