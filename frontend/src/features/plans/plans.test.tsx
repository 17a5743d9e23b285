import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Milestone, MilestoneImpact, Phase } from '../../api/types';
import { fakeMe, renderWithProviders } from '../../test/render';
import { json, mockFetch, pathOf, problem } from '../../test/http';
import { PLAN_ID } from '../../test/fixtures';
import { MoveMilestoneDialog } from './MoveMilestoneDialog';
import { orderPhases, phaseName, Timeline } from './Timeline';

const DISTRICT: Milestone = {
  id: 'm-district',
  etag: '"m-1"',
  plan_id: PLAN_ID,
  title: 'Đại hội đảng bộ cấp huyện',
  description: null,
  kind: 'event',
  date: '2020-08-01',
  precision: 'month',
  range_start: '2020-08-01',
  range_end: '2020-08-31',
  status: 'planned',
};

function phase(label: string, extra: Partial<Phase> = {}): Phase {
  return {
    id: `p-${label}`,
    etag: `"p-${label}-1"`,
    plan_id: PLAN_ID,
    parent_id: null,
    label,
    position: 0,
    title: `Đợt ${label}: nội dung`,
    topics: [],
    start: null,
    end: null,
    start_date: '2020-02-01',
    end_date: '2020-08-31',
    ...extra,
  };
}

describe('timeline', () => {
  const phases = [
    phase('III', { position: 2, start_date: '2020-11-01', end_date: '2021-03-31' }),
    phase('3.1', { position: 0, parent_id: 'p-III', start_date: '2020-11-01', end_date: '2020-12-31' }),
    phase('I', { position: 0 }),
  ];

  it('orders phases with sub-phases under their parent', () => {
    expect(orderPhases(phases).map((r) => [r.phase.label, r.depth])).toEqual([
      ['I', 0],
      ['III', 0],
      ['3.1', 1],
    ]);
  });

  it('does not repeat a label the title already starts with', () => {
    expect(phaseName(phases[2]!, 'Đợt I')).toBe('Đợt I: nội dung');
    expect(phaseName({ ...phases[2]!, title: 'Tuyên truyền' }, 'Đợt I')).toBe('Đợt I · Tuyên truyền');
  });

  it('states every phase’s dates in words and draws milestones', () => {
    renderWithProviders(<Timeline phases={phases} milestones={[DISTRICT]} />);
    const region = screen.getByRole('region', { name: 'Biểu đồ các đợt và mốc thời gian' });
    expect(within(region).getByText('01/02/2020 – 31/08/2020')).toBeInTheDocument();
    expect(within(region).getByText('tháng 08/2020')).toBeInTheDocument();
    // Without a move handler the marker is not a control.
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });

  it('proposes the next period with the arrow keys, and the current date on Enter/click', async () => {
    const onMove = vi.fn();
    renderWithProviders(<Timeline phases={phases} milestones={[DISTRICT]} onMoveMilestone={onMove} />);
    const marker = screen.getByRole('button', { name: /Dời mốc “Đại hội đảng bộ cấp huyện” \(tháng 08\/2020\)/ });
    marker.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onMove).toHaveBeenLastCalledWith(DISTRICT, '2020-09-01');
    await userEvent.keyboard('{ArrowLeft}');
    expect(onMove).toHaveBeenLastCalledWith(DISTRICT, '2020-07-01');
    fireEvent.pointerDown(marker, { button: 0, clientX: 100, pointerId: 1 });
    fireEvent.pointerUp(marker, { clientX: 100, pointerId: 1 });
    expect(onMove).toHaveBeenLastCalledWith(DISTRICT, '2020-08-01');
  });
});

describe('moving a milestone', () => {
  const impact: MilestoneImpact = {
    milestone_id: DISTRICT.id,
    range_start: { before: '2020-08-01', after: '2020-09-01' },
    range_end: { before: '2020-08-31', after: '2020-09-30' },
    phases: [
      {
        id: 'p-I',
        label: 'I',
        title: 'Đợt I',
        start_date: { before: '2020-02-01', after: '2020-02-01' },
        end_date: { before: '2020-08-31', after: '2020-09-30' },
      },
    ],
    tasks: [
      {
        id: 't-1',
        title: 'Tổng hợp ý kiến',
        due_date: { before: '2020-08-31', after: '2020-09-30' },
        unit_ids: ['u-1'],
      },
    ],
    units: [{ unit_id: 'u-1', name: 'Ban Tuyên giáo Tỉnh ủy', task_count: 1 }],
    conflicts: [],
  };

  function server(opts: { conflicts?: MilestoneImpact['conflicts'] } = {}) {
    return mockFetch(async (req) => {
      const path = pathOf(req);
      if (path === `/api/v1/milestones/${DISTRICT.id}`) return json(200, DISTRICT, { ETag: '"m-1"' });
      if (path === `/api/v1/milestones/${DISTRICT.id}/impact`)
        return json(200, { ...impact, conflicts: opts.conflicts ?? [] });
      if (path === `/api/v1/milestones/${DISTRICT.id}/move`) {
        if (req.headers.get('If-Match') !== '"m-1"') return problem(412, 'Precondition Failed');
        return json(200, { ...DISTRICT, date: '2020-09-01', range_start: '2020-09-01', range_end: '2020-09-30' });
      }
      return problem(404, 'Not Found');
    });
  }

  it('previews what moves, then applies with If-Match', async () => {
    const { calls } = server();
    const onClose = vi.fn();
    renderWithProviders(
      <MoveMilestoneDialog
        planId={PLAN_ID}
        milestone={DISTRICT}
        proposedDate="2020-09-17"
        onClose={onClose}
        unitName={() => ''}
      />,
      { user: fakeMe('coordinator') },
    );
    const report = await screen.findByTestId('impact');
    expect(within(report).getByText('1 đợt thay đổi thời gian')).toBeInTheDocument();
    expect(within(report).getByText('1 nhiệm vụ đổi thời hạn')).toBeInTheDocument();
    expect(within(report).getByText(/Ban Tuyên giáo Tỉnh ủy \(1\)/)).toBeInTheDocument();
    // The dragged day snaps to the start of the milestone's month.
    expect(calls.find((c) => c.path.includes('/impact'))!.path).toContain('date=2020-09-01');

    await userEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const move = calls.find((c) => c.path.endsWith('/move'))!;
    expect(move.headers.get('If-Match')).toBe('"m-1"');
    expect(JSON.parse(move.body)).toEqual({ date: '2020-09-01', precision: 'month' });
  });

  it('refuses to apply a move that breaks a phase window, naming the phase', async () => {
    server({
      conflicts: [
        {
          phase_id: 'p-II',
          label: 'II',
          title: 'Đợt II',
          start_date: '2020-12-01',
          end_date: '2020-10-31',
          message: 'ends before it starts',
        },
      ],
    });
    renderWithProviders(
      <MoveMilestoneDialog
        planId={PLAN_ID}
        milestone={DISTRICT}
        proposedDate="2020-12-01"
        onClose={() => {}}
        unitName={() => ''}
      />,
      { user: fakeMe('coordinator') },
    );
    expect(await screen.findByText(/Đợt II — ends before it starts/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  });
});
