import { myAssignment } from '../../test/fixtures';
import { byUrgency } from './MyWorkPage';

describe('my unit’s work, in the order an officer triages it', () => {
  it('puts overdue first, then open work by deadline, then finished work', () => {
    const items = [
      myAssignment({ id: 'done-early', status: 'done', due_date: '2020-03-01' }),
      myAssignment({ id: 'later', due_date: '2030-05-01' }),
      myAssignment({ id: 'no-date', due_date: null }),
      myAssignment({ id: 'overdue', overdue: true, due_date: '2020-04-15' }),
      myAssignment({ id: 'sooner', due_date: '2030-01-01' }),
    ];
    expect([...items].sort(byUrgency).map((a) => a.id)).toEqual([
      'overdue',
      'sooner',
      'later',
      'no-date',
      'done-early',
    ]);
  });
});
