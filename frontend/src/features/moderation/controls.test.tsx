import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import { fakeMe, renderWithProviders } from '../../test/render';
import { ConsultationControls } from './ConsultationControls';

const CONSULTATION = {
  id: 'c-1',
  etag: '"c-7"',
  document_id: 'd-1',
  document_title: 'Dự thảo',
  document_version: 1,
  title: 'Lấy ý kiến',
  description: null,
  audiences: [],
  opens_at: '2026-11-01T00:00:00Z',
  closes_at: '2026-12-01T00:00:00Z',
  lead_unit_id: null,
  synthesis_due: null,
  status: 'open' as const,
  accepting_feedback: true,
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
};

describe('the consultation controls', () => {
  it('shows counts per state and closes the consultation with If-Match', async () => {
    const { calls } = mockFetch(async (req) => {
      const path = pathOf(req);
      if (path.startsWith('/api/v1/consultations/c-1/feedback/counts'))
        return json(200, { total: 5, by_status: { received: 3, accepted: 2 } });
      if (path === '/api/v1/consultations/c-1' && req.method === 'GET')
        return json(200, CONSULTATION, { ETag: '"c-7"' });
      if (path === '/api/v1/consultations/c-1' && req.method === 'PATCH')
        return json(200, { ...CONSULTATION, status: 'closed' }, { ETag: '"c-8"' });
      return problem(404, 'Not Found');
    });
    renderWithProviders(<ConsultationControls consultation={CONSULTATION} />, { user: fakeMe('coordinator') });
    expect(await screen.findByTestId('consultation-counts')).toHaveTextContent(
      '5 góp ý: Đã tiếp nhận 3 · Được tiếp thu 2',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Kết thúc lấy ý kiến' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"c-7"');
    expect(JSON.parse(patch.body)).toEqual({ status: 'closed' });
  });

  it('offers a viewer no control', async () => {
    mockFetch(async () => json(200, { total: 0, by_status: {} }));
    renderWithProviders(<ConsultationControls consultation={CONSULTATION} />, { user: fakeMe('viewer') });
    await screen.findByTestId('consultation-counts');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
