import { screen, within } from '@testing-library/react';
import type { Milestone, Phase } from '../../api/types';
import { renderWithProviders } from '../../test/render';
import { PLAN_ID } from '../../test/fixtures';
import { Timeline, type BaselineSchedule } from './Timeline';

const CONGRESS: Milestone = {
  id: 'm-congress',
  etag: '"m-congress-1"',
  plan_id: PLAN_ID,
  title: 'Đại hội Đảng bộ tỉnh',
  description: null,
  kind: 'event',
  date: '2020-10-25',
  precision: 'day',
  range_start: '2020-10-25',
  range_end: '2020-10-25',
  status: 'moved',
};

function phase(label: string, start: string, end: string): Phase {
  return {
    id: `p-${label}`,
    etag: `"p-${label}-1"`,
    plan_id: PLAN_ID,
    parent_id: null,
    label,
    position: label === 'I' ? 0 : 1,
    title: `Đợt ${label}: nội dung`,
    topics: [],
    start: null,
    end: null,
    start_date: start,
    end_date: end,
  };
}

// Now: phase I ends ten days later than approved (the congress moved); phase II is unchanged;
// phase III was added after the approval.
const NOW = [
  phase('I', '2020-02-11', '2020-10-25'),
  phase('II', '2020-11-01', '2021-01-31'),
  phase('III', '2021-02-01', '2021-03-31'),
];
const BASELINE: BaselineSchedule = {
  phases: [
    { id: 'p-I', label: 'I', title: 'Đợt I', parent_id: null, start_date: '2020-02-11', end_date: '2020-10-15' },
    { id: 'p-II', label: 'II', title: 'Đợt II', parent_id: null, start_date: '2020-11-01', end_date: '2021-01-31' },
  ],
  milestones: [
    {
      id: 'm-congress',
      title: 'Đại hội Đảng bộ tỉnh',
      date: '2020-10-15',
      range_start: '2020-10-15',
      range_end: '2020-10-15',
    },
  ],
};

function leftOf(el: HTMLElement): number {
  return parseFloat(el.style.left);
}
function rightOf(el: HTMLElement): number {
  return parseFloat(el.style.left) + parseFloat(el.style.width);
}

describe('timeline baseline ghosts', () => {
  it('draws the approved window behind each phase and says where a moved one was', () => {
    renderWithProviders(<Timeline phases={NOW} milestones={[CONGRESS]} baseline={BASELINE} />);

    const moved = screen.getByTestId('ghost-phase-I');
    expect(moved).toHaveAttribute('data-moved', 'true');
    // The ghost ends where the approval ended the phase: before the current bar does.
    const bar = within(screen.getByTestId('phase-I')).getByText('I').parentElement as HTMLElement;
    expect(leftOf(moved)).toBeCloseTo(leftOf(bar), 5);
    expect(rightOf(moved)).toBeLessThan(rightOf(bar));
    expect(screen.getByTestId('approved-phase-I')).toHaveTextContent('Kế hoạch duyệt: 11/02/2020 – 15/10/2020');

    const same = screen.getByTestId('ghost-phase-II');
    expect(same).not.toHaveAttribute('data-moved');
    expect(screen.queryByTestId('approved-phase-II')).toBeNull();

    expect(screen.queryByTestId('ghost-phase-III')).toBeNull();
    expect(within(screen.getByTestId('phase-III')).getByText('Thêm sau khi duyệt')).toBeInTheDocument();

    expect(screen.getByTestId('ghost-milestone-m-congress')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('milestone-row-m-congress')).getByText('Kế hoạch duyệt: 15/10/2020'),
    ).toBeInTheDocument();
  });

  it('draws no ghosts when the baseline is off', () => {
    renderWithProviders(<Timeline phases={NOW} milestones={[CONGRESS]} />);
    expect(screen.queryByTestId('ghost-phase-I')).toBeNull();
    expect(screen.queryByTestId('ghost-milestone-m-congress')).toBeNull();
    expect(screen.queryByText('Thêm sau khi duyệt')).toBeNull();
  });
});
