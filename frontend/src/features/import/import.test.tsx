import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { PlanImportPreview } from '../../api/types';
import { fakeMe, LocationProbe, renderWithProviders } from '../../test/render';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import ImportPage from './ImportPage';

const preview: PlanImportPreview = {
  dry_run: true,
  filename: 'ke-hoach.txt',
  draft: {
    code: '148-KH/TU',
    title: 'Tuyên truyền đại hội đảng bộ các cấp',
    issuing_body: 'Ban Thường vụ Tỉnh ủy Đắk Lắk',
    place: 'Đắk Lắk',
    issued_on: '2020-02-11',
    signer_name: 'Phạm Minh Tấn',
    signer_title: 'Phó Bí thư',
    legal_bases: [],
    purposes: [],
    requirements: [],
    recipients: [],
    milestones: [],
    phases: [
      {
        label: 'I',
        parent_label: null,
        position: 0,
        title: 'Đợt I',
        topics: ['a'],
        start: { kind: 'fixed', date: '2020-02-01' },
        end: null,
        source_lines: [40, 41],
        warnings: [{ code: 'window_guessed', message: 'end read as the district congress', source_lines: [40, 40] }],
      },
    ],
    channels: [],
    units: [],
    tasks: [],
    source_lines: [1, 300],
    warnings: [],
  },
  units: [],
  groups: [],
  counts: {
    milestones: 0,
    phases: 1,
    sub_phases: 0,
    channels: 0,
    tasks: 0,
    tasks_with_deadline: 0,
    assignments: 0,
    units_matched: 0,
    units_created: 0,
    groups_matched: 0,
    groups_created: 0,
    warnings: 1,
  },
} as unknown as PlanImportPreview;

describe('plan import', () => {
  it('previews the draft with its warnings, then creates the plan', async () => {
    const { calls } = mockFetch(async (req) => {
      if (pathOf(req) !== '/api/v1/plans/import') return problem(404, 'Not Found');
      const url = new URL(req.url);
      if (url.searchParams.get('dry_run') === 'true') return json(200, preview);
      return json(201, { ...preview, dry_run: false, plan: { id: 'p-new', code: '148-KH/TU' }, warnings: [] });
    });
    renderWithProviders(
      <Routes>
        <Route path="/plans/import" element={<ImportPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>,
      { route: '/plans/import', user: fakeMe('coordinator') },
    );
    const file = new File(['KẾ HOẠCH …'], 'ke-hoach.txt', { type: 'text/plain' });
    await userEvent.upload(document.querySelector('input[type=file]') as HTMLInputElement, file);
    await userEvent.click(screen.getByRole('button', { name: 'Đọc và xem trước' }));

    expect(await screen.findByText('1 chỗ cần kiểm tra')).toBeInTheDocument();
    expect(screen.getByText(/Đoán khoảng thời gian/)).toBeInTheDocument();
    expect(screen.getByText(/dòng 40/)).toBeInTheDocument();
    const dry = calls.find((c) => c.path.includes('dry_run=true'))!;
    expect(dry.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);

    await userEvent.click(screen.getByRole('button', { name: 'Tạo kế hoạch' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/plans/p-new'));
    expect(calls.filter((c) => c.path.includes('dry_run=false'))).toHaveLength(1);
  });

  it('says what was missing when the file is not a plan, and keeps the file chosen', async () => {
    mockFetch(async () => problem(422, 'Unprocessable Content', { detail: 'Not a plan: no phases found.' }));
    renderWithProviders(
      <Routes>
        <Route path="/plans/import" element={<ImportPage />} />
      </Routes>,
      { route: '/plans/import', user: fakeMe('coordinator') },
    );
    await userEvent.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      new File(['xin chào'], 'thu.txt', { type: 'text/plain' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Đọc và xem trước' }));
    expect(await screen.findByText('Not a plan: no phases found.')).toBeInTheDocument();
    expect(screen.getByText('thu.txt')).toBeInTheDocument();
  });
});
