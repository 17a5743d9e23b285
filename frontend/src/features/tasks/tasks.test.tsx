import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { fakeMe, renderWithProviders } from '../../test/render';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import { PLAN_ID, task, UNIT_A, UNIT_B } from '../../test/fixtures';
import AssignmentEditPage from './AssignmentEditPage';
import TaskListPage, { filtersFromParams } from './TaskListPage';
import TaskPage from './TaskPage';

const units = {
  items: [
    {
      id: UNIT_A,
      name: 'Ban Tuyên giáo Tỉnh ủy',
      short_name: null,
      kind: 'party_committee',
      parent_id: null,
      active: true,
    },
    { id: UNIT_B, name: 'Báo Đắk Lắk', short_name: null, kind: 'media', parent_id: null, active: true },
  ],
  next_cursor: null,
};

describe('task list filters', () => {
  it('reads filters from the URL', () => {
    const f = filtersFromParams(
      new URLSearchParams('q=dai+hoi&status=in_progress&status=blocked&overdue=true&sort=-title'),
    );
    expect(f).toMatchObject({ q: 'dai hoi', status: ['in_progress', 'blocked'], overdue: true, sort: '-title' });
  });

  it('sends them to the server and highlights overdue rows', async () => {
    const { calls } = mockFetch(async (req) => {
      const path = pathOf(req);
      if (path === '/api/v1/units') return json(200, units);
      if (path.endsWith('/phases')) return json(200, { items: [], next_cursor: null });
      if (path.endsWith('/tasks'))
        return json(200, {
          items: [
            {
              ...task({ overdue: true, due_date: '2020-03-15' }),
              assignments: [{ unit_id: UNIT_A, role: 'lead', status: 'in_progress', percent: 40 }],
            },
          ],
          next_cursor: null,
        });
      return problem(404, 'Not Found');
    });
    renderWithProviders(
      <Routes>
        <Route path="/plans/:planId/tasks" element={<TaskListPage planId={PLAN_ID} />} />
      </Routes>,
      { route: `/plans/${PLAN_ID}/tasks?overdue=true&status=in_progress`, user: fakeMe('coordinator') },
    );
    const list = await screen.findByRole('list', { name: 'Danh sách nhiệm vụ' });
    const row = within(list).getByRole('listitem');
    expect(row).toHaveAttribute('data-overdue', 'true');
    expect(within(row).getByText('15/03/2020')).toBeInTheDocument();
    expect(within(row).getByText('Chủ trì: Ban Tuyên giáo Tỉnh ủy')).toBeInTheDocument();
    const sent = calls.find((c) => c.path.includes('/tasks?'))!.path;
    expect(sent).toContain('overdue=true');
    expect(sent).toContain('status=in_progress');
    expect(sent).toContain('sort=due_date');
    expect(screen.getByRole('link', { name: 'Giao nhiệm vụ mới' })).toBeInTheDocument();
  });
});

describe('an officer and another unit’s assignment', () => {
  it('is refused in the UI without asking the server for it', async () => {
    const { calls } = mockFetch(async (req) => {
      const path = pathOf(req);
      if (path === '/api/v1/units') return json(200, units);
      if (path === `/api/v1/tasks/${task().id}`) return json(200, task(), { ETag: '"t-1"' });
      return problem(403, 'Forbidden');
    });
    renderWithProviders(
      <Routes>
        <Route path="/tasks/:taskId/assignments/:unitId/edit" element={<AssignmentEditPage />} />
      </Routes>,
      { route: `/tasks/${task().id}/assignments/${UNIT_B}/edit`, user: fakeMe('unit_officer', { unit_id: UNIT_A }) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Bạn chỉ có thể cập nhật phần việc của đơn vị mình');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Báo Đắk Lắk'));
    expect(calls.some((c) => c.path.includes('/assignments/'))).toBe(false);
  });

  it('shows update buttons only on the officer’s own unit, and no urge button', async () => {
    const t = task({
      supporting_unit_ids: [UNIT_B],
      assignments: [
        { ...task().assignments[0]! },
        { ...task().assignments[0]!, id: 'a-2', unit_id: UNIT_B, role: 'support', status: 'not_started', percent: 0 },
      ],
    });
    mockFetch(async (req) => {
      const path = pathOf(req);
      if (path === '/api/v1/units') return json(200, units);
      if (path === `/api/v1/tasks/${t.id}`) return json(200, t, { ETag: '"t-1"' });
      if (path.endsWith('/history')) return json(200, { items: [], next_cursor: null });
      if (path.endsWith('/phases') || path.endsWith('/milestones')) return json(200, { items: [], next_cursor: null });
      return problem(404, 'Not Found');
    });
    renderWithProviders(
      <Routes>
        <Route path="/tasks/:taskId" element={<TaskPage />} />
      </Routes>,
      { route: `/tasks/${t.id}`, user: fakeMe('unit_officer', { unit_id: UNIT_A }) },
    );
    const mine = await screen.findByTestId(`assignment-${UNIT_A}`);
    const other = screen.getByTestId(`assignment-${UNIT_B}`);
    expect(within(mine).getByRole('link', { name: 'Cập nhật' })).toBeInTheDocument();
    expect(within(other).queryByRole('link', { name: 'Cập nhật' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đôn đốc' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa nhiệm vụ' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Báo cáo tiến độ' })).toBeInTheDocument();
  });
});
