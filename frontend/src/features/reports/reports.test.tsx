import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnitReportForm } from './UnitReportForm';
import { renderWithProviders, fakeMe } from '../../test/render';
import { json, mockFetch } from '../../test/http';
import { tokenStore } from '../../api/session';
import { UNIT_A } from '../../test/fixtures';

const REPORT = {
  id: 'r1',
  period_id: 'p1',
  plan_id: 'plan1',
  unit_id: UNIT_A,
  unit_name: 'Huyện ủy Krông Pắc',
  period_label: 'Tháng 5/2020',
  due_on: '2020-06-05',
  status: 'draft',
  task_lines: [
    {
      task_id: 't1',
      title: 'Hội nghị báo cáo viên',
      status: 'in_progress',
      percent: 60,
      done_text: 'Đã tổ chức 3 hội nghị',
    },
  ],
  figures: [{ channel_id: 'c1', channel: 'Tuyên truyền miệng', events: 0, participants: 0, articles: 0, banners: 0 }],
  difficulties: '',
  proposals: '',
  submitted_at: null,
  submitted_on: null,
  late: false,
  submitted_by: null,
  review_comment: null,
  reviewed_at: null,
  reviewed_by: null,
  attachments: [],
};

const officer = fakeMe('unit_officer', { unit_id: UNIT_A, permissions: ['reports:read', 'reports:write'] });

describe('UnitReportForm', () => {
  beforeEach(() => tokenStore.set('token'));

  it('shows the work prefilled from progress notes, autosaves with If-Match, then submits', async () => {
    const { calls } = mockFetch((req, body) => {
      if (req.method === 'GET') return json(200, REPORT, { ETag: '"r1-1"' });
      if (req.method === 'PATCH')
        return json(
          200,
          { ...REPORT, ...JSON.parse(body), task_lines: REPORT.task_lines, figures: REPORT.figures },
          { ETag: '"r1-2"' },
        );
      return json(200, { ...REPORT, status: 'submitted', difficulties: 'Mưa lũ' }, { ETag: '"r1-3"' });
    });
    renderWithProviders(<UnitReportForm />, { route: '/r/r1', path: '/r/:reportId', user: officer });

    expect(await screen.findByDisplayValue('Đã tổ chức 3 hội nghị')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Khó khăn, vướng mắc'), 'Mưa lũ');

    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true), { timeout: 4000 });
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"r1-1"');
    expect(JSON.parse(patch.body)).toMatchObject({
      difficulties: 'Mưa lũ',
      task_lines: [{ task_id: 't1', done_text: 'Đã tổ chức 3 hội nghị' }],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    await waitFor(() => expect(calls.at(-1)!.path).toBe('/api/v1/unit-reports/r1/submit'));
    expect(await screen.findByText(/Đã gửi/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).toBeNull();
  }, 20_000); // the autosave waits for a pause in typing

  it('is read-only for an officer of another unit (who reads it once it is submitted)', async () => {
    mockFetch(() => json(200, { ...REPORT, status: 'submitted' }, { ETag: '"r1-1"' }));
    const other = fakeMe('unit_officer', { unit_id: 'someone-else', permissions: ['reports:read', 'reports:write'] });
    renderWithProviders(<UnitReportForm />, { route: '/r/r1', path: '/r/:reportId', user: other });

    expect(await screen.findByDisplayValue('Đã tổ chức 3 hội nghị')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).toBeNull();
  });
});
