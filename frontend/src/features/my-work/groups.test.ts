import { myAssignment } from '../../test/fixtures';
import { groupWork, workGroup } from './groups';

const today = new Date(2026, 2, 10); // 10 March 2026, local time

describe('the groups of "Việc của đơn vị"', () => {
  it('puts an item due in 3 days in "due within 7 days", one due in 8 days in "later"', () => {
    expect(workGroup(myAssignment({ due_date: '2026-03-13' }), today)).toBe('soon');
    expect(workGroup(myAssignment({ due_date: '2026-03-17' }), today)).toBe('soon');
    expect(workGroup(myAssignment({ due_date: '2026-03-18' }), today)).toBe('later');
  });

  it('calls open work past its deadline overdue, and finished work done whatever its deadline', () => {
    expect(workGroup(myAssignment({ due_date: '2026-03-09' }), today)).toBe('overdue');
    expect(workGroup(myAssignment({ due_date: '2026-03-10' }), today)).toBe('soon');
    expect(workGroup(myAssignment({ status: 'done', due_date: '2026-03-01' }), today)).toBe('done');
    expect(workGroup(myAssignment({ status: 'cancelled', due_date: null }), today)).toBe('done');
    expect(workGroup(myAssignment({ due_date: null }), today)).toBe('undated');
  });

  it('orders each group by deadline, earliest first', () => {
    const groups = groupWork(
      [
        myAssignment({ id: 'b', due_date: '2026-03-15' }),
        myAssignment({ id: 'a', due_date: '2026-03-11' }),
        myAssignment({ id: 'late', due_date: '2026-02-01' }),
      ],
      today,
    );
    expect(groups.soon.map((a) => a.id)).toEqual(['a', 'b']);
    expect(groups.overdue.map((a) => a.id)).toEqual(['late']);
    expect(groups.later).toEqual([]);
  });
});
