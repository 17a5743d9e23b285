import { screen } from '@testing-library/react';
import { PeriodBoard } from './PeriodBoard';
import { renderWithProviders, fakeMe } from '../../test/render';
import { json, mockFetch } from '../../test/http';
import { tokenStore } from '../../api/session';
import { UNIT_A, UNIT_B } from '../../test/fixtures';

const UNIT_C = '9b2e4f1a-0000-4000-8000-00000000c001';
const row = (unit_id: string, unit_name: string, status: string, report_id: string | null) => ({
  unit_id,
  unit_name,
  status,
  report_id,
  submitted_at: null,
  late: false,
  days_late: 0,
  urged: 0,
  last_urged_at: null,
});
const BOARD = {
  period: {
    id: 'p1',
    plan_id: 'plan1',
    label: 'Tháng 5/2020',
    kind: 'monthly',
    starts_on: '2020-05-01',
    ends_on: '2020-05-31',
    due_on: '2020-06-05',
  },
  today: '2020-06-10',
  counts: { expected: 4, submitted: 1, accepted: 0, missing: 2, late: 0 },
  units: [
    row(UNIT_A, 'Huyện ủy Krông Pắc', 'missing', 'ra'), // a draft past its due day
    row(UNIT_B, 'Thành ủy Buôn Ma Thuột', 'returned', 'rb'),
    row(UNIT_C, 'Huyện ủy Ea Súp', 'submitted', 'rc'),
    row('9b2e4f1a-0000-4000-8000-00000000d001', 'Huyện ủy Lắk', 'missing', null),
  ],
};

function links() {
  return screen.queryAllByRole('link').map((a) => a.textContent);
}

describe('PeriodBoard', () => {
  beforeEach(() => tokenStore.set('token'));

  it("links another unit's report only once it is submitted; its own unit's always", async () => {
    mockFetch(() => json(200, BOARD));
    const officer = fakeMe('unit_officer', { unit_id: UNIT_A, permissions: ['reports:read', 'reports:write'] });
    renderWithProviders(<PeriodBoard />, { route: '/periods/p1', path: '/periods/:periodId', user: officer });
    expect(await screen.findByText('Thành ủy Buôn Ma Thuột')).toBeInTheDocument();
    expect(links()).toEqual(['Huyện ủy Krông Pắc', 'Huyện ủy Ea Súp']);
  });

  it('links every report for a reviewer, none where there is no report', async () => {
    mockFetch(() => json(200, BOARD));
    renderWithProviders(<PeriodBoard />, {
      route: '/periods/p1',
      path: '/periods/:periodId',
      user: fakeMe('coordinator', { permissions: ['reports:read', 'reports:review'] }),
    });
    expect(await screen.findByText('Huyện ủy Lắk')).toBeInTheDocument();
    expect(links()).toEqual(['Huyện ủy Krông Pắc', 'Thành ủy Buôn Ma Thuột', 'Huyện ủy Ea Súp']);
  });

  it('links only submitted reports for a viewer', async () => {
    mockFetch(() => json(200, BOARD));
    renderWithProviders(<PeriodBoard />, {
      route: '/periods/p1',
      path: '/periods/:periodId',
      user: fakeMe('viewer', { permissions: ['reports:read'] }),
    });
    expect(await screen.findByText('Huyện ủy Lắk')).toBeInTheDocument();
    expect(links()).toEqual(['Huyện ủy Ea Súp']);
  });
});
