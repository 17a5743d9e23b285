import { buildScale, fromDay, periodLabel, snapToPrecision, toDay } from './timelineScale';

describe('timeline scale', () => {
  it('round-trips calendar dates through day numbers', () => {
    expect(fromDay(toDay('2020-02-29'))).toBe('2020-02-29');
    expect(toDay('2020-03-01') - toDay('2020-02-28')).toBe(2);
  });

  it('spans whole months around the dates it is given', () => {
    const scale = buildScale(['2020-02-11', null, '2020-04-15'])!;
    expect(fromDay(scale.start)).toBe('2020-02-01');
    expect(fromDay(scale.end)).toBe('2020-05-01');
    expect(scale.months.map((m) => `${m.month}/${m.year}`)).toEqual(['2/2020', '3/2020', '4/2020']);
    expect(scale.x(scale.start)).toBe(0);
    expect(scale.x(scale.end)).toBe(100);
    expect(fromDay(scale.dayAt(0.5))).toBe('2020-03-17'); // 45 of 90 days
  });

  it('has nothing to draw without dates', () => {
    expect(buildScale([null, undefined])).toBeNull();
  });

  it('snaps a dragged day to the start of the milestone’s period', () => {
    const d = toDay('2020-11-17');
    expect(fromDay(snapToPrecision(d, 'day'))).toBe('2020-11-17');
    expect(fromDay(snapToPrecision(d, 'month'))).toBe('2020-11-01');
    expect(fromDay(snapToPrecision(d, 'quarter'))).toBe('2020-10-01');
    expect(fromDay(snapToPrecision(d, 'year'))).toBe('2020-01-01');
  });

  it('names periods the way the plan writes them', () => {
    expect(periodLabel('2020-10-01', 'month', 'vi')).toBe('tháng 10/2020');
    expect(periodLabel('2021-01-01', 'quarter', 'vi')).toBe('quý I/2021');
    expect(periodLabel('2020-04-15', 'day', 'vi')).toBe('15/04/2020');
    expect(periodLabel('2020-10-01', 'quarter', 'en')).toBe('Q4 2020');
    expect(periodLabel('2020-10-01', 'month', 'en')).toBe('Oct 2020');
  });
});
