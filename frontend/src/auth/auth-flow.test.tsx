import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../router';
import { theme } from '../theme';
import { LocationProbe, testQueryClient } from '../test/render';
import { json, ME, mockFetch, pathOf, problem, tokens } from '../test/http';
import { sessionMarker, tokenStore } from '../api/session';

function renderApp(route: string) {
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={testQueryClient()}>
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('signing in and out', () => {
  beforeEach(() => {
    window.localStorage.clear();
    tokenStore.clear();
  });

  it('makes no refresh call on a first visit (no 401 in the console): the login page at once', async () => {
    const { calls } = mockFetch(() => problem(401, 'No refresh token'));
    renderApp('/my-work');
    expect(await screen.findByLabelText(/Thư điện tử/)).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toEqual([]);
  });

  it('restores the session on start with a silent refresh, without asking for the password', async () => {
    sessionMarker.set(true);
    const { calls } = mockFetch((req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') return json(200, tokens('restored'));
      if (pathOf(req) === '/api/v1/auth/me') return json(200, ME);
      if (pathOf(req).startsWith('/api/v1/me/assignments')) return json(200, { items: [], next_cursor: null });
      return problem(404, 'Not Found');
    });
    renderApp('/');

    // An officer lands on the unit's work.
    expect(await screen.findByRole('heading', { name: 'Việc của đơn vị' })).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/v1/auth/refresh', credentials: 'include' });
    expect(calls[1]!.headers.get('Authorization')).toBe('Bearer restored');
  });

  it('sends an anonymous visitor to the login page, then back where they were going', async () => {
    const { calls } = mockFetch((req) => {
      const path = pathOf(req);
      if (path === '/api/v1/auth/refresh') return problem(401, 'No refresh token');
      if (path === '/api/v1/auth/login') return json(200, tokens('access-1'));
      if (path === '/api/v1/auth/me') return json(200, ME);
      if (path === '/api/v1/me/assignments') return json(200, { items: [], next_cursor: null });
      return problem(404, 'Not Found');
    });
    renderApp('/my-work');

    const email = await screen.findByLabelText(/Thư điện tử/);
    expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Fmy-work');
    await userEvent.type(email, 'officer@example.vn');
    await userEvent.type(screen.getByLabelText(/Mật khẩu/), 's3cret-pass');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('heading', { name: 'Việc của đơn vị' })).toBeInTheDocument();
    const login = calls.find((c) => c.path === '/api/v1/auth/login')!;
    expect(JSON.parse(login.body)).toEqual({ email: 'officer@example.vn', password: 's3cret-pass' });
    expect(login.credentials).toBe('include');
    expect(tokenStore.get()).toBe('access-1');
    expect(JSON.stringify(window.localStorage)).not.toContain('access-1');
  });

  it('shows a translated message for wrong credentials and keeps the e-mail', async () => {
    mockFetch((req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') return problem(401, 'No refresh token');
      return problem(401, 'Invalid credentials');
    });
    renderApp('/login');

    await userEvent.type(await screen.findByLabelText(/Thư điện tử/), 'officer@example.vn');
    await userEvent.type(screen.getByLabelText(/Mật khẩu/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Thư điện tử hoặc mật khẩu không đúng.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Thư điện tử/)).toHaveValue('officer@example.vn');
  });

  it('says when to try again after too many attempts', async () => {
    mockFetch((req) => {
      if (pathOf(req) === '/api/v1/auth/refresh') return problem(401, 'No refresh token');
      return problem(429, 'Too Many Requests', { headers: { 'Retry-After': '30' } });
    });
    renderApp('/login');
    await userEvent.type(await screen.findByLabelText(/Thư điện tử/), 'a@b.vn');
    await userEvent.type(screen.getByLabelText(/Mật khẩu/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Bạn thao tác quá nhanh. Vui lòng thử lại sau 30 giây.')).toBeInTheDocument();
  });

  it('shows only the navigation the role allows, and signs out', async () => {
    const { calls } = mockFetch((req) => {
      const path = pathOf(req);
      if (path === '/api/v1/auth/refresh') return json(200, tokens('t'));
      if (path === '/api/v1/auth/me') return json(200, ME);
      if (path === '/api/v1/auth/logout') return new Response(null, { status: 204 });
      if (path.startsWith('/api/v1/me/assignments')) return json(200, { items: [], next_cursor: null });
      return problem(404, 'Not Found');
    });
    sessionMarker.set(true);
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Việc của đơn vị' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Nhật ký thay đổi' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Quản trị' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Ý kiến góp ý' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/login/));
    const logout = calls.find((c) => c.path === '/api/v1/auth/logout')!;
    expect(logout.credentials).toBe('include');
    expect(tokenStore.get()).toBeNull();
  });

  it('returns to the login page when the session cannot be renewed mid-use', async () => {
    let refreshes = 0;
    mockFetch((req) => {
      const path = pathOf(req);
      if (path === '/api/v1/auth/refresh') return ++refreshes === 1 ? json(200, tokens('t')) : problem(401, 'Revoked');
      if (path === '/api/v1/auth/me') return json(200, ME);
      return problem(401, 'Token expired');
    });
    sessionMarker.set(true);
    renderApp('/my-work');

    expect(await screen.findByLabelText(/Thư điện tử/)).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login?next=%2Fmy-work');
    expect(await screen.findByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.')).toBeInTheDocument();
  });
});
