import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProgressUpdateForm } from './ProgressUpdateForm';
import { renderWithProviders } from '../../test/render';
import { json, mockFetch, problem } from '../../test/http';
import { tokenStore } from '../../api/session';

const TASK = '0b8f3c1e-5d2a-4b7c-9e1f-2a3b4c5d6e7f';
const UNIT = '1f4a7c2e-8b3d-4e6f-a1c2-3d4e5f6a7b8c';
const FAST = { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 4 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const created = {
  id: 'u-1',
  task_id: TASK,
  unit_id: UNIT,
  status: 'in_progress',
  percent: 60,
  note: 'Đã in 500 tờ rơi',
  created_at: '2020-04-01T03:00:00Z',
};

async function fillAndSubmit() {
  await userEvent.selectOptions(screen.getByLabelText('Tình trạng'), 'in_progress');
  const percent = screen.getByRole('textbox', { name: 'Mức độ hoàn thành' });
  await userEvent.clear(percent);
  await userEvent.type(percent, '60');
  await userEvent.type(screen.getByLabelText(/Ghi chú/), 'Đã in 500 tờ rơi');
  await userEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
}

describe('ProgressUpdateForm', () => {
  beforeEach(() => tokenStore.set('token'));

  it('retries a dropped connection and a 503 with the same Idempotency-Key', async () => {
    let n = 0;
    const { calls } = mockFetch(() => {
      n++;
      if (n === 1) throw new TypeError('Failed to fetch');
      if (n === 2) return problem(503, 'Service Unavailable');
      return json(201, created);
    });
    const onSaved = vi.fn();
    renderWithProviders(<ProgressUpdateForm taskId={TASK} unitId={UNIT} onSaved={onSaved} retry={FAST} />);

    await fillAndSubmit();

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
    expect(calls).toHaveLength(3);
    const keys = calls.map((c) => c.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(UUID);
    expect(new Set(keys).size).toBe(1);
    expect(calls.every((c) => c.path === `/api/v1/tasks/${TASK}/updates`)).toBe(true);
    expect(JSON.parse(calls[2]!.body)).toEqual({
      status: 'in_progress',
      percent: 60,
      note: 'Đã in 500 tờ rơi',
      unit_id: UNIT,
    });
    expect(await screen.findByText('Đã lưu báo cáo tiến độ.')).toBeInTheDocument();
  });

  it('keeps what was typed when every try fails, and sending again reuses the key', async () => {
    let failing = true;
    const { calls } = mockFetch(() => (failing ? problem(502, 'Bad Gateway') : json(201, created)));
    renderWithProviders(<ProgressUpdateForm taskId={TASK} unitId={UNIT} retry={FAST} />);

    await fillAndSubmit();

    expect(await screen.findByText('Chưa gửi được báo cáo')).toBeInTheDocument();
    expect(calls).toHaveLength(4);
    expect(screen.getByLabelText(/Ghi chú/)).toHaveValue('Đã in 500 tờ rơi');
    expect(screen.getByRole('textbox', { name: 'Mức độ hoàn thành' })).toHaveValue('60 %');
    expect(screen.getByLabelText('Tình trạng')).toHaveValue('in_progress');

    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Gửi lại' }));
    expect(await screen.findByText('Đã lưu báo cáo tiến độ.')).toBeInTheDocument();
    expect(new Set(calls.map((c) => c.headers.get('Idempotency-Key'))).size).toBe(1);
  });

  it('does not retry a validation error, shows it on the field and keeps the input', async () => {
    const { calls } = mockFetch(() =>
      problem(422, 'Unprocessable Entity', { errors: [{ loc: ['body', 'note'], msg: 'Ghi chú quá dài' }] }),
    );
    renderWithProviders(<ProgressUpdateForm taskId={TASK} unitId={UNIT} retry={FAST} />);

    await fillAndSubmit();

    expect(await screen.findByText('Ghi chú quá dài')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(screen.getByLabelText(/Ghi chú/)).toHaveValue('Đã in 500 tờ rơi');
  });

  it('a changed input after a failure is a new submission with a new key', async () => {
    let n = 0;
    const { calls } = mockFetch(() =>
      ++n === 1 ? problem(409, 'Conflict', { detail: 'Assignment cancelled' }) : json(201, created),
    );
    renderWithProviders(<ProgressUpdateForm taskId={TASK} unitId={UNIT} retry={FAST} />);

    await fillAndSubmit();
    expect(await screen.findByText('Assignment cancelled')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Ghi chú/), ' (bổ sung)');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi lại' }));

    expect(await screen.findByText('Đã lưu báo cáo tiến độ.')).toBeInTheDocument();
    const [k1, k2] = calls.map((c) => c.headers.get('Idempotency-Key'));
    expect(k1).not.toBe(k2);
  });
});
