import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Consultation, Feedback } from '../../api/types';
import { fakeMe, renderWithProviders } from '../../test/render';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import QueuePage from './QueuePage';
import { needsReviewFirst, reachableStatuses } from './queries';

const CONSULTATION: Consultation = {
  id: 'c-1',
  etag: '"c-1"',
  document_id: 'd-1',
  document_title: 'Dự thảo Báo cáo chính trị',
  document_version: 2,
  title: 'Lấy ý kiến dự thảo Báo cáo chính trị',
  description: null,
  audiences: ['citizen'],
  opens_at: '2020-03-01T00:00:00Z',
  closes_at: '2999-01-01T00:00:00Z',
  lead_unit_id: null,
  synthesis_due: null,
  status: 'open',
  accepting_feedback: true,
  created_at: '2020-03-01T00:00:00Z',
  updated_at: '2020-03-01T00:00:00Z',
};

function feedback(id: string, overrides: Partial<Feedback> = {}): Feedback {
  return {
    id,
    etag: `"${id}-1"`,
    consultation_id: 'c-1',
    section_id: 's-2',
    quote: null,
    quote_start: null,
    quote_end: null,
    body: `Góp ý số ${id}: cần làm rõ giải pháp.`,
    contributor_group: 'citizen',
    channel: 'web',
    meeting_id: null,
    submitted_at: '2020-03-02T08:30:00Z',
    status: 'received',
    response: null,
    responded_at: null,
    assigned_to: null,
    tags: [],
    cluster_id: null,
    duplicate_of: null,
    contacts: null,
    contacts_purged: false,
    ...overrides,
  };
}

const sections = {
  number: 2,
  note: null,
  source_filename: null,
  created_at: '2020-03-01T00:00:00Z',
  section_count: 1,
  changes: { added: [], changed: [], removed: [] },
  document_id: 'd-1',
  sections: [{ id: 's-2', number: 'II', heading: 'Phương hướng', text: '…', position: 0, change: 'unchanged' }],
};

describe('moderation state machine', () => {
  it('offers only moves the server accepts; answering a new one passes through review', () => {
    expect(reachableStatuses('accepted')).toEqual(['in_review', 'accepted']);
    expect(reachableStatuses('received')).toContain('accepted');
    expect(needsReviewFirst('received', 'accepted')).toBe(true);
    expect(needsReviewFirst('received', 'spam')).toBe(false);
    expect(needsReviewFirst('in_review', 'accepted')).toBe(false);
  });
});

describe('the feedback queue', () => {
  function server() {
    return mockFetch(async (req, body) => {
      const path = pathOf(req);
      if (path === '/api/v1/documents/d-1/versions/2') return json(200, sections);
      if (path === '/api/v1/consultations/c-1/feedback/counts')
        return json(200, { total: 9, by_status: { received: 2, in_review: 1, spam: 6 } });
      if (path === '/api/v1/consultations/c-1/feedback')
        return json(200, {
          items: [feedback('f1'), feedback('f2'), feedback('f3', { status: 'in_review' })],
          next_cursor: null,
        });
      if (path === '/api/v1/consultations/c-1/feedback/bulk') {
        const ids = JSON.parse(body).selection.ids as string[];
        return json(200, { matched: ids.length, updated: ids.length - 1, skipped: 1, skipped_ids: [ids[0]] });
      }
      if (path === '/api/v1/answer-templates')
        return json(200, {
          next_cursor: null,
          items: [
            {
              id: 'tpl-1',
              consultation_id: 'c-1',
              title: 'Tiếp thu',
              body: 'Ban soạn thảo xin tiếp thu ý kiến.',
              created_at: '2020-03-01T00:00:00Z',
              updated_at: '2020-03-01T00:00:00Z',
            },
          ],
        });
      return problem(404, 'Not Found');
    });
  }

  it('shows each submission with its section, and filters through the URL', async () => {
    const { calls } = server();
    renderWithProviders(<QueuePage consultation={CONSULTATION} />, {
      user: fakeMe('moderator'),
      route: '/feedback/c-1?status=received&group=citizen',
    });
    const list = await screen.findByRole('list', { name: 'Danh sách góp ý' });
    expect(await within(list).findAllByRole('listitem')).toHaveLength(3);
    await waitFor(() => expect(within(list).getAllByText(/II\. Phương hướng/).length).toBe(3));
    const sent = calls.find((c) => c.path.startsWith('/api/v1/consultations/c-1/feedback?'))!.path;
    expect(sent).toContain('status=received');
    expect(sent).toContain('contributor_group=citizen');
  });

  it('answers a selection from a template in one bulk action', async () => {
    const { calls } = server();
    renderWithProviders(<QueuePage consultation={CONSULTATION} />, {
      user: fakeMe('moderator'),
      route: '/feedback/c-1',
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: /Chọn góp ý: Góp ý số f1/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Chọn góp ý: Góp ý số f3/ }));
    const bar = screen.getByRole('region', { name: 'Xử lý hàng loạt' });
    expect(within(bar).getByText('Đã chọn 2 góp ý')).toBeInTheDocument();

    await userEvent.click(within(bar).getByRole('textbox', { name: 'Trạng thái' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Được tiếp thu' }));
    await userEvent.click(within(bar).getByRole('textbox', { name: 'Dùng mẫu trả lời' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Tiếp thu' }));
    expect(within(bar).getByLabelText(/Trả lời chính thức/)).toHaveValue('Ban soạn thảo xin tiếp thu ý kiến.');
    await userEvent.click(within(bar).getByRole('button', { name: 'Áp dụng cho 2 góp ý' }));

    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/feedback/bulk'))).toBe(true));
    const sent = JSON.parse(calls.find((c) => c.path.endsWith('/feedback/bulk'))!.body);
    expect(sent.selection).toEqual({ ids: ['f1', 'f3'] });
    expect(sent.action).toMatchObject({ status: 'accepted', response: 'Ban soạn thảo xin tiếp thu ý kiến.' });
    expect(sent.skip_ineligible).toBe(true);
  });

  it('is read-only for a viewer: no selection, no bulk actions', async () => {
    server();
    renderWithProviders(<QueuePage consultation={CONSULTATION} />, { user: fakeMe('viewer'), route: '/feedback/c-1' });
    await screen.findAllByRole('listitem');
    expect(screen.queryByRole('checkbox', { name: /Chọn góp ý/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Xem và trả lời')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Xem' })).toHaveLength(3);
  });

  it('opens a moderator on what needs action, with the count of each status on its chip', async () => {
    const { calls } = server();
    renderWithProviders(<QueuePage consultation={CONSULTATION} />, {
      user: fakeMe('moderator'),
      route: '/feedback/c-1',
    });
    await screen.findAllByRole('listitem');
    const sent = calls.find((c) => c.path.startsWith('/api/v1/consultations/c-1/feedback?'))!.path;
    expect(sent).toContain('status=received&status=in_review');
    expect(await screen.findByRole('checkbox', { name: 'Cần xử lý (3)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Không hợp lệ (6)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Tất cả (9)' })).not.toBeChecked();
  });
});
