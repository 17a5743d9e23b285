import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HomePage from '../../pages/HomePage';
import { myAssignment } from '../../test/fixtures';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import { fakeMe, renderWithProviders } from '../../test/render';
import MyWorkPage from './MyWorkPage';

function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const officer = fakeMe('unit_officer', { unit_id: 'u-1', unit_name: 'Ban Tuyên giáo Tỉnh ủy' });

describe('Việc của đơn vị', () => {
  beforeEach(() => {
    mockFetch(async (req) => {
      if (pathOf(req).startsWith('/api/v1/me/assignments'))
        return json(200, {
          items: [
            myAssignment({ id: 'a1', task_id: 't1', title: 'Việc đến hạn sau 3 ngày', due_date: isoInDays(3) }),
            myAssignment({ id: 'a2', task_id: 't2', title: 'Việc quá hạn', due_date: isoInDays(-2), overdue: true }),
            myAssignment({ id: 'a3', task_id: 't3', title: 'Việc đã xong', status: 'done', percent: 100 }),
            myAssignment({ id: 'a4', task_id: 't4', title: 'Việc chưa có hạn', due_date: null, role: 'support' }),
          ],
          next_cursor: null,
        });
      return problem(404, 'Not Found');
    });
  });

  it('names the unit and puts each item in its group, finished work collapsed', async () => {
    renderWithProviders(<MyWorkPage />, { user: officer });
    expect(await screen.findByText('Ban Tuyên giáo Tỉnh ủy')).toBeInTheDocument();
    const soon = screen.getByTestId('group-soon');
    expect(within(soon).getByText('Việc đến hạn sau 3 ngày')).toBeInTheDocument();
    expect(within(soon).getByText('Còn 3 ngày')).toBeInTheDocument();
    expect(within(screen.getByTestId('group-overdue')).getByText('Quá hạn 2 ngày')).toBeInTheDocument();
    expect(within(screen.getByTestId('group-undated')).getByText('Việc chưa có hạn')).toBeInTheDocument();
    expect(screen.queryByText('Việc đã xong')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Đã xong/ }));
    expect(screen.getByText('Việc đã xong')).toBeInTheDocument();
  });

  it('opens the progress form in one tap', async () => {
    renderWithProviders(<MyWorkPage />, { user: officer });
    const soon = await screen.findByTestId('group-soon');
    await userEvent.click(within(soon).getByRole('button', { name: 'Báo cáo tiến độ' }));
    expect(within(soon).getByRole('button', { name: 'Đóng' })).toBeInTheDocument();
  });

  it('is where an officer lands after signing in', async () => {
    renderWithProviders(<HomePage />, { user: officer, path: '/' });
    expect(await screen.findByTestId('location')).toHaveTextContent('/my-work');
  });
});
