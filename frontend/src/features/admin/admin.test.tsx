import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, fakeMe } from '../../test/render';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import { CreateUserForm } from './UserForms';
import UsersPage from './UsersPage';
import ServiceAccountsPage from './ServiceAccountsPage';
import UnitsPage from './UnitsPage';

const UNIT = {
  id: 'u-1',
  name: 'Ban Tuyên giáo Tỉnh ủy',
  short_name: null,
  kind: 'party_committee',
  parent_id: null,
  active: true,
};
const SUB = { id: 'u-2', name: 'Báo Đắk Lắk', short_name: null, kind: 'media', parent_id: 'u-1', active: true };
const OFFICER = {
  id: 'user-1',
  email: 'officer@example.test',
  full_name: 'Nguyễn Văn A',
  role: 'unit_officer',
  unit_id: 'u-1',
  active: true,
};
const admin = fakeMe('admin');

function unitsPage(req: Request) {
  return pathOf(req) === '/api/v1/units' ? json(200, { items: [UNIT, SUB], next_cursor: null }) : null;
}

describe('creating a user', () => {
  it('shows the server’s field error in Vietnamese and keeps everything typed', async () => {
    const { calls } = mockFetch(async (req) => {
      const units = unitsPage(req);
      if (units) return units;
      return problem(422, 'Unprocessable Content', {
        errors: [
          {
            loc: ['body', 'email'],
            msg: 'value is not a valid email address: The part after the @-sign is not valid.',
          },
        ],
      });
    });
    renderWithProviders(<CreateUserForm onDone={() => {}} />, { user: admin });
    await userEvent.type(screen.getByLabelText(/Thư điện tử/), 'a@b');
    await userEvent.type(screen.getByLabelText(/Họ và tên/), 'Trần Thị B');
    await userEvent.type(screen.getByLabelText(/^Mật khẩu/), 'mot-mat-khau-dai');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm người dùng' }));

    expect(await screen.findByText('Địa chỉ thư điện tử không hợp lệ.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Thư điện tử/)).toHaveValue('a@b');
    expect(screen.getByLabelText(/Họ và tên/)).toHaveValue('Trần Thị B');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveValue('mot-mat-khau-dai');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(JSON.parse(post.body)).toMatchObject({ email: 'a@b', full_name: 'Trần Thị B', role: 'viewer' });
  });

  it('asks for a unit before sending a unit officer', async () => {
    const { calls } = mockFetch(async (req) => unitsPage(req) ?? json(500, {}));
    renderWithProviders(<CreateUserForm onDone={() => {}} />, { user: admin });
    await userEvent.type(screen.getByLabelText(/Thư điện tử/), 'x@example.test');
    await userEvent.type(screen.getByLabelText(/Họ và tên/), 'X');
    await userEvent.type(screen.getByLabelText(/^Mật khẩu/), 'mot-mat-khau-dai');
    await userEvent.click(screen.getByRole('textbox', { name: /Vai trò/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Cán bộ đơn vị' }));
    await userEvent.click(screen.getByRole('button', { name: 'Thêm người dùng' }));
    expect(await screen.findByText('Vui lòng điền ô này.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});

describe('editing a user', () => {
  it('sends If-Match, and on 412 shows the other change and overwrites with the new ETag', async () => {
    let patches = 0;
    const { calls } = mockFetch(async (req) => {
      const units = unitsPage(req);
      if (units) return units;
      const path = pathOf(req);
      if (path === '/api/v1/users' && req.method === 'GET') return json(200, { items: [OFFICER], next_cursor: null });
      if (path === '/api/v1/users/user-1' && req.method === 'GET') {
        return patches === 0
          ? json(200, OFFICER, { ETag: '"v1"' })
          : json(200, { ...OFFICER, role: 'coordinator' }, { ETag: '"v2"' });
      }
      if (path === '/api/v1/users/user-1' && req.method === 'PATCH') {
        patches++;
        if (req.headers.get('If-Match') === '"v1"') return problem(412, 'Precondition Failed');
        return json(200, { ...OFFICER, role: 'viewer' }, { ETag: '"v3"' });
      }
      return json(404, {});
    });
    renderWithProviders(<UsersPage />, { user: admin });
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa Nguyễn Văn A' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa người dùng' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Vai trò/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Người xem' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const conflict = await screen.findByRole('dialog', { name: 'Nội dung đã được người khác thay đổi' });
    const row = within(conflict)
      .getByRole('rowheader', { name: /Vai trò/ })
      .closest('tr')!;
    expect(within(row).getByText('Người xem')).toBeInTheDocument();
    expect(within(row).getByText('Điều phối')).toBeInTheDocument();
    await userEvent.click(within(conflict).getByRole('button', { name: 'Ghi đè bằng phần sửa của tôi' }));

    await waitFor(() => expect(patches).toBe(2));
    const sent = calls.filter((c) => c.method === 'PATCH');
    expect(sent.map((c) => c.headers.get('If-Match'))).toEqual(['"v1"', '"v2"']);
    expect(JSON.parse(sent[1]!.body)).toEqual({ role: 'viewer' });
  });

  it('shows no edit buttons to a coordinator (read only)', async () => {
    mockFetch(async (req) => unitsPage(req) ?? json(200, { items: [OFFICER], next_cursor: null }));
    renderWithProviders(<UsersPage />, { user: fakeMe('coordinator') });
    expect(await screen.findByText('Nguyễn Văn A')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm người dùng' })).not.toBeInTheDocument();
  });
});

describe('units', () => {
  it('lists sub-units under their parent and filters without diacritics', async () => {
    mockFetch(async (req) => unitsPage(req) ?? json(404, {}));
    renderWithProviders(<UnitsPage />, { user: admin });
    const table = await screen.findByRole('table', { name: 'Đơn vị' });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')!.textContent);
    expect(names[0]).toContain('Ban Tuyên giáo Tỉnh ủy');
    expect(names[1]).toContain('Báo Đắk Lắk');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'dak lak');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByText('Báo Đắk Lắk')).toBeInTheDocument();
  });
});

describe('service accounts', () => {
  it('shows the new secret once, after creating', async () => {
    const created = {
      id: 'sa-1',
      name: 'Cổng thông tin',
      client_id: 'pd_123',
      client_secret: 's3cr3t-value',
      scopes: ['plans:read', 'tasks:read'],
      active: true,
    };
    const { calls } = mockFetch(async (req) => {
      if (req.method === 'POST') return json(201, created);
      return json(200, []);
    });
    renderWithProviders(<ServiceAccountsPage />, { user: admin });
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm tài khoản dịch vụ' }));
    const form = await screen.findByRole('form', { name: 'Thêm tài khoản dịch vụ' });
    await userEvent.type(within(form).getByLabelText(/Tên hệ thống/), 'Cổng thông tin');
    await userEvent.click(within(form).getByRole('checkbox', { name: /tasks:read/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Thêm tài khoản dịch vụ' }));

    expect(await screen.findByText('s3cr3t-value')).toBeInTheDocument();
    expect(screen.getByText('Khoá bí mật chỉ hiển thị một lần')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(JSON.parse(post.body)).toEqual({ name: 'Cổng thông tin', scopes: ['plans:read', 'tasks:read'] });
    await userEvent.click(screen.getByRole('button', { name: 'Tôi đã lưu khoá' }));
    await waitFor(() => expect(screen.queryByText('s3cr3t-value')).not.toBeInTheDocument());
  });
});
