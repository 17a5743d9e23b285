import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UnitReportForm } from './UnitReportForm';
import { RenderProgress } from './RenderProgress';
import type { Render } from './api';
import { renderWithProviders, fakeMe } from '../../test/render';
import { json, mockFetch } from '../../test/http';
import { tokenStore } from '../../api/session';
import { UNIT_A } from '../../test/fixtures';

const QUEUED: Render = {
  id: 'rn1',
  plan_id: 'plan1',
  subject_type: 'unit_report',
  subject_id: 'r1',
  issue: null,
  format: 'pdf',
  state: 'queued',
  progress: 0,
  stage: 'queued',
  error: null,
  filename: null,
  size: null,
  created_by: 'user:1',
  created_at: '2020-06-05T01:00:00Z',
  started_at: null,
  finished_at: null,
  download_url: null,
};
const RUNNING: Render = { ...QUEUED, state: 'running', stage: 'typesetting', progress: 40 };
const DONE: Render = {
  ...QUEUED,
  state: 'done',
  stage: 'done',
  progress: 100,
  filename: 'bao-cao-thang-5.pdf',
  size: 1234,
  download_url: '/api/v1/report-renders/rn1/file',
};

const REPORT = {
  id: 'r1',
  period_id: 'p1',
  plan_id: 'plan1',
  unit_id: UNIT_A,
  unit_name: 'Huyện ủy Krông Pắc',
  period_label: 'Tháng 5/2020',
  due_on: '2020-06-05',
  status: 'submitted',
  task_lines: [],
  figures: [],
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

describe('document renders', () => {
  beforeEach(() => {
    tokenStore.set('token');
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {}); // jsdom cannot navigate
  });

  it('follows a queued render through its stages, then offers the download', async () => {
    let polls = 0;
    const { calls } = mockFetch((req) => {
      if (req.url.endsWith('/report-renders/rn1')) return json(200, ++polls < 2 ? RUNNING : DONE);
      return new Response(new Blob(['%PDF-1.7']), { status: 200, headers: { 'Content-Type': 'application/pdf' } });
    });
    const onDone = vi.fn();
    renderWithProviders(<RenderProgress initial={QUEUED} onDone={onDone} />);

    expect(screen.getByText('PDF · Đang chờ dựng tài liệu…')).toBeInTheDocument();
    expect(await screen.findByText('PDF · Đang dàn trang…', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('40%')).toBeInTheDocument();
    const button = await screen.findByRole('button', { name: 'Tải bao-cao-thang-5.pdf' }, { timeout: 4000 });
    expect(onDone).toHaveBeenCalledTimes(1);

    await userEvent.click(button);
    await waitFor(() => expect(calls.at(-1)!.path).toBe('/api/v1/report-renders/rn1/file'));
  }, 15_000);

  it('says why a render failed', () => {
    mockFetch(() => json(200, QUEUED));
    renderWithProviders(
      <RenderProgress initial={{ ...QUEUED, state: 'failed', stage: 'failed', error: 'Không tìm thấy báo cáo' }} />,
    );
    expect(screen.getByText('Không tìm thấy báo cáo')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for the unit report as a render and shows its progress when it is large', async () => {
    const { calls } = mockFetch((req) => {
      if (req.method === 'POST') return json(202, QUEUED, { Location: '/api/v1/report-renders/rn1' });
      if (req.url.endsWith('/report-renders/rn1')) return json(200, RUNNING);
      return json(200, REPORT, { ETag: '"r1-1"' });
    });
    const officer = fakeMe('unit_officer', { unit_id: UNIT_A, permissions: ['reports:read', 'reports:write'] });
    renderWithProviders(<UnitReportForm />, { route: '/r/r1', path: '/r/:reportId', user: officer });

    await userEvent.click(await screen.findByRole('button', { name: 'Tải PDF' }));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/v1/unit-reports/r1/renders');
    expect(JSON.parse(post.body)).toEqual({ format: 'pdf' });
    expect(await screen.findByRole('progressbar', { name: 'Tiến độ dựng tài liệu PDF' })).toBeInTheDocument();
  }, 15_000);
});
