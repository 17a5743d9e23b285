import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictDialog } from './ConflictDialog';
import { TaskEditForm } from '../features/tasks/TaskEditForm';
import { renderWithProviders } from '../test/render';
import { json, mockFetch, pathOf, problem } from '../test/http';
import { tokenStore } from '../api/session';
import { task as makeTask } from '../test/fixtures';

const fields = [
  { name: 'title', label: 'Tên nhiệm vụ' },
  { name: 'body', label: 'Nội dung' },
  { name: 'source_section', label: 'Mục' },
];

describe('ConflictDialog', () => {
  it('shows my edits next to the current version, field by field, marking the ones that differ', () => {
    renderWithProviders(
      <ConflictDialog
        opened
        fields={fields}
        mine={{ title: 'Tuyên truyền Đại hội', body: 'Bản của tôi' }}
        theirs={{ title: 'Tuyên truyền Đại hội', body: 'Bản của người khác', source_section: 'IV.1' }}
        onReload={() => {}}
        onOverwrite={() => {}}
        onClose={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Nội dung đã được người khác thay đổi' });
    const table = within(dialog).getByRole('table');
    const rows = within(table).getAllByRole('row');
    // Header + only the fields I edited (title, body), not source_section.
    expect(rows).toHaveLength(3);
    const bodyRow = within(table)
      .getByRole('rowheader', { name: /Nội dung/ })
      .closest('tr')!;
    expect(within(bodyRow).getByText('Bản của tôi')).toBeInTheDocument();
    expect(within(bodyRow).getByText('Bản của người khác')).toBeInTheDocument();
    expect(bodyRow).toHaveAttribute('data-differs', 'true');
    const titleRow = within(table)
      .getByRole('rowheader', { name: /Tên nhiệm vụ/ })
      .closest('tr')!;
    expect(titleRow).not.toHaveAttribute('data-differs');
    expect(within(dialog).getByText('1 trường khác nhau')).toBeInTheDocument();
  });

  it('offers reload (discard mine) and overwrite', async () => {
    const onReload = vi.fn();
    const onOverwrite = vi.fn();
    renderWithProviders(
      <ConflictDialog
        opened
        fields={fields}
        mine={{ title: 'A' }}
        theirs={{ title: 'B' }}
        onReload={onReload}
        onOverwrite={onOverwrite}
        onClose={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tải bản hiện tại (bỏ phần sửa của tôi)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ghi đè bằng phần sửa của tôi' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onOverwrite).toHaveBeenCalledTimes(1);
  });
});

describe('editing with If-Match (useEtagMutation + ConflictDialog)', () => {
  const task = makeTask();
  const theirs = { ...task, body: 'Người khác đã sửa' };

  function server() {
    let stored = theirs;
    let etag = '"t-2"';
    return mockFetch(async (req, body) => {
      if (pathOf(req) !== `/api/v1/tasks/${task.id}`) return problem(404, 'Not Found');
      if (req.method === 'GET') return json(200, stored, { ETag: etag });
      if (req.headers.get('If-Match') !== etag) return problem(412, 'Precondition Failed');
      stored = { ...stored, ...JSON.parse(body) };
      etag = `"t-${Number(etag.slice(3, -1)) + 1}"`;
      return json(200, stored, { ETag: etag });
    });
  }

  it('sends If-Match, and on 412 shows the other change; overwrite re-sends with the new ETag', async () => {
    tokenStore.set('token');
    const { calls } = server();
    const onDone = vi.fn();
    renderWithProviders(<TaskEditForm task={task} etag='"t-1"' onDone={onDone} />);

    const body = screen.getByLabelText('Nội dung');
    await userEvent.clear(body);
    await userEvent.type(body, 'Bản của tôi');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Người khác đã sửa')).toBeInTheDocument();
    expect(within(dialog).getByText('Bản của tôi')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')!.headers.get('If-Match')).toBe('"t-1"');
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi đè bằng phần sửa của tôi' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches.map((c) => c.headers.get('If-Match'))).toEqual(['"t-1"', '"t-2"']);
    expect(JSON.parse(patches[1]!.body)).toEqual({ body: 'Bản của tôi' });
  });

  it('reload discards my edits and puts the current version in the form', async () => {
    tokenStore.set('token');
    const { calls } = server();
    renderWithProviders(<TaskEditForm task={task} etag='"t-1"' onDone={() => {}} />);

    await userEvent.type(screen.getByLabelText('Nội dung'), ' và thêm');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tải bản hiện tại (bỏ phần sửa của tôi)' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Nội dung')).toHaveValue('Người khác đã sửa');
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
  });
});
