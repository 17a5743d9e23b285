import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, fakeMe } from '../../test/render';
import { json, mockFetch, pathOf } from '../../test/http';
import IntegrationsPage from './IntegrationsPage';

// The screen's chunk loads lazily; on a busy machine that takes longer than the default second.
const SLOW = { timeout: 10_000 };

const ENDPOINT = {
  id: 'e-1',
  url: 'https://eoffice.example.gov.vn/plandesk',
  description: 'Văn phòng điện tử',
  event_types: ['task.*'],
  plan_id: null,
  active: false,
  disabled_reason: 'The endpoint answered 410 Gone.',
  owner_id: null,
  consecutive_failures: 3,
  failing_since: null,
  previous_secret_expires_at: null,
  created_at: '2026-11-29T01:00:00Z',
  updated_at: '2026-11-29T01:00:00Z',
};
const ATTEMPT = {
  id: 'a-1',
  delivery_id: 'd-1',
  event_id: 'ev-1',
  event_type: 'task.created',
  webhook_id: 'msg_ev1',
  attempt: 2,
  at: '2026-11-29T01:05:00Z',
  status_code: 500,
  duration_ms: 120,
  response_body: 'boom',
  error: null,
  next_attempt_at: null,
  delivery_state: 'pending',
};

function api(req: Request) {
  const path = pathOf(req);
  if (path === '/api/v1/webhooks') return json(200, { items: [ENDPOINT], next_cursor: null });
  if (path === '/api/v1/webhooks/e-1/attempts') return json(200, { items: [ATTEMPT], next_cursor: null });
  if (path === '/api/v1/webhooks/e-1/deliveries/d-1/redeliver') return json(202, { queued: 1 });
  return json(404, {});
}

describe('the integrations screen', () => {
  it('lists endpoints with why one was disabled, and shows its delivery log', async () => {
    mockFetch(async (req) => api(req));
    renderWithProviders(<IntegrationsPage />, { user: fakeMe('admin') });

    const table = await screen.findByRole('table', { name: 'Điểm nhận webhook' }, SLOW);
    expect(within(table).getByText('https://eoffice.example.gov.vn/plandesk')).toBeInTheDocument();
    expect(within(table).getByText('Đã tắt')).toBeInTheDocument();
    expect(within(table).getByText('The endpoint answered 410 Gone.')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Nhật ký gửi' }));
    expect(await screen.findByText('boom', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('msg_ev1')).toBeInTheDocument();
  }, 20_000);

  it('redelivers one event from the log', async () => {
    const { calls } = mockFetch(async (req) => api(req));
    renderWithProviders(<IntegrationsPage />, { user: fakeMe('admin') });
    const table = await screen.findByRole('table', { name: 'Điểm nhận webhook' }, SLOW);
    await userEvent.click(within(table).getByRole('button', { name: 'Nhật ký gửi' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Gửi lại' }, SLOW));

    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/webhooks/e-1/deliveries/d-1/redeliver'))).toBe(
      true,
    );
  }, 20_000);

  it('shows the failed-jobs tab to admins only', async () => {
    mockFetch(async (req) => api(req));
    const { unmount } = renderWithProviders(<IntegrationsPage />, { user: fakeMe('admin') });
    expect(await screen.findByRole('tab', { name: 'Tác vụ lỗi' }, SLOW)).toBeInTheDocument();
    unmount();
    renderWithProviders(<IntegrationsPage />, { user: fakeMe('coordinator') });
    await screen.findByRole('table', { name: 'Điểm nhận webhook' }, SLOW);
    expect(screen.queryByRole('tab', { name: 'Tác vụ lỗi' })).toBeNull();
  }, 20_000);
});
