import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ClusterDetail, ClusterMember, Consultation } from '../../api/types';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import { fakeMe, renderWithProviders } from '../../test/render';
import ClusterView from './ClusterView';

const CONSULTATION = { id: 'c-1', title: 'Lấy ý kiến', document_title: 'Dự thảo', document_version: 1 } as Consultation;
const FIRST = 'Cần đầu tư xây dựng trường học ở huyện Ea Súp.';

function member(id: string, overrides: Partial<ClusterMember> = {}): ClusterMember {
  return {
    id,
    body: FIRST,
    submitted_at: '2026-11-29T01:00:00Z',
    status: 'received',
    response: null,
    representative: false,
    differs_in_content: false,
    diff: [{ op: 'same', text: FIRST, content: false }],
    last_bulk_action: null,
    ...overrides,
  };
}

const CLUSTER: ClusterDetail = {
  cluster_id: 'k-1',
  consultation_id: 'c-1',
  size: 3,
  flagged: 1,
  representative_id: 'f1',
  members: [
    member('f1', { representative: true }),
    member('f2', {
      body: FIRST + ' Ngoài ra cần trạm y tế.',
      differs_in_content: true,
      diff: [
        { op: 'same', text: FIRST + ' ', content: false },
        { op: 'added', text: 'Ngoài ra cần trạm y tế', content: true },
        { op: 'same', text: '.', content: false },
      ],
    }),
    member('f3', {
      body: FIRST + ' Trân trọng.',
      status: 'not_accepted',
      response: 'Đã có trong dự thảo.',
      diff: [
        { op: 'same', text: FIRST + ' ', content: false },
        { op: 'added', text: 'Trân trọng', content: false },
      ],
      last_bulk_action: {
        bulk_action_id: 'b-1',
        at: '2026-11-29T02:00:00Z',
        by: 'user:m',
        undoable: true,
        undone_at: null,
      },
    }),
  ],
  members_shown: 3,
  moved_out: [],
};

function server() {
  return mockFetch(async (req) => {
    const path = pathOf(req);
    if (path === '/api/v1/consultations/c-1/clusters/k-1') return json(200, CLUSTER);
    if (path === '/api/v1/consultations/c-1/feedback/bulk')
      return json(200, { matched: 2, updated: 2, skipped: 0, skipped_ids: [], bulk_action_id: 'b-2' });
    if (path === '/api/v1/consultations/c-1/bulk-actions/b-1/recipients/f3/undo')
      return json(200, { feedback_id: 'f3', bulk_action_id: 'b-1', status: 'in_review', response: null });
    if (path === '/api/v1/consultations/c-1/clusters/k-1/members/f2/move-out')
      return json(200, { feedback_id: 'f2', cluster_id: 'k-1', cluster_size: 2 });
    if (path === '/api/v1/answer-templates') return json(200, { items: [], next_cursor: null });
    return problem(404, 'Not Found');
  });
}

function renderCluster(role: 'moderator' | 'viewer' = 'moderator') {
  return renderWithProviders(<ClusterView consultation={CONSULTATION} />, {
    user: fakeMe(role),
    route: '/feedback/c-1/clusters/k-1',
    path: '/feedback/:consultationId/clusters/:clusterId',
  });
}

describe('a near-duplicate cluster under review', () => {
  it('flags the member that differs in content and highlights its content words', async () => {
    server();
    renderCluster();
    const list = await screen.findByRole('list', { name: 'Các góp ý trong nhóm' });
    const cards = within(list).getAllByTestId('cluster-member');
    expect(cards.map((c) => c.dataset.flagged)).toEqual(['false', 'true', 'false']);
    expect(within(cards[1]!).getByText('Khác về nội dung')).toBeInTheDocument();
    const added = within(cards[1]!).getByText('Ngoài ra cần trạm y tế');
    expect(added.tagName).toBe('MARK');
    expect(added.dataset.content).toBe('true');
    expect(within(cards[2]!).getByText('Trân trọng').dataset.content).toBe('false');
  });

  it('lists flagged members unticked in the bulk dialog and answers only the ticked ones', async () => {
    const { calls } = server();
    renderCluster();
    await userEvent.click(await screen.findByRole('button', { name: 'Trả lời cả nhóm…' }));
    const who = await screen.findByRole('list', { name: 'Những góp ý nhận câu trả lời' });
    const boxes = within(who).getAllByRole('checkbox');
    expect(boxes.map((b) => [b.dataset.flagged, (b as HTMLInputElement).checked])).toEqual([
      ['false', true],
      ['true', false],
      ['false', true],
    ]);
    const bar = screen.getByRole('region', { name: 'Xử lý hàng loạt' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Áp dụng cho 2 góp ý' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/feedback/bulk'))).toBe(true));
    const sent = JSON.parse(calls.find((c) => c.path.endsWith('/feedback/bulk'))!.body);
    expect(sent.selection).toEqual({ cluster_id: 'k-1', exclude_ids: [], include_flagged_ids: [] });
  }, 20_000);

  it('sends a flagged member the moderator ticks, and leaves out an unticked one', async () => {
    const { calls } = server();
    renderCluster();
    await userEvent.click(await screen.findByRole('button', { name: 'Trả lời cả nhóm…' }));
    const who = await screen.findByRole('list', { name: 'Những góp ý nhận câu trả lời' });
    const boxes = within(who).getAllByRole('checkbox');
    await userEvent.click(boxes[1]!);
    await userEvent.click(boxes[2]!);
    const bar = screen.getByRole('region', { name: 'Xử lý hàng loạt' });
    await userEvent.click(within(bar).getByRole('button', { name: 'Áp dụng cho 2 góp ý' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/feedback/bulk'))).toBe(true));
    const sent = JSON.parse(calls.find((c) => c.path.endsWith('/feedback/bulk'))!.body);
    expect(sent.selection).toEqual({ cluster_id: 'k-1', exclude_ids: ['f3'], include_flagged_ids: ['f2'] });
  }, 20_000);

  it('undoes the group answer for one member', async () => {
    const { calls } = server();
    renderCluster();
    const cards = await screen.findAllByTestId('cluster-member');
    await userEvent.click(within(cards[2]!).getByRole('button', { name: 'Hoàn tác câu trả lời chung' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/bulk-actions/b-1/recipients/f3/undo'))).toBe(
        true,
      ),
    );
  });

  it('moves a member out after the moderator confirms', async () => {
    const { calls } = server();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderCluster();
    const cards = await screen.findAllByTestId('cluster-member');
    await userEvent.click(within(cards[1]!).getByRole('button', { name: 'Tách khỏi nhóm' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/members/f2/move-out'))).toBe(true));
  });

  it('offers a viewer no answer, move or undo', async () => {
    server();
    renderCluster('viewer');
    await screen.findAllByTestId('cluster-member');
    expect(screen.queryByRole('button', { name: 'Trả lời cả nhóm…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tách khỏi nhóm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hoàn tác câu trả lời chung' })).not.toBeInTheDocument();
  });
});
