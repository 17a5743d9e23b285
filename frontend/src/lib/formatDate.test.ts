import { daysUntil, formatDate, formatDateTime } from './formatDate';

describe('formatDate', () => {
  it('writes calendar dates dd/MM/yyyy in Vietnamese', () => {
    expect(formatDate('2020-04-15', 'vi')).toBe('15/04/2020');
    expect(formatDate('2020-02-11')).toBe('11/02/2020');
  });

  it('writes them "15 Apr 2020" in English', () => {
    expect(formatDate('2020-04-15', 'en')).toBe('15 Apr 2020');
  });

  it('never shifts a calendar date by the viewer’s time zone', () => {
    // A naive new Date('2020-01-01') is UTC midnight: 31/12 in the Americas.
    expect(formatDate('2020-01-01', 'vi')).toBe('01/01/2020');
  });

  it('returns an empty string for missing or invalid values', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('writes date then 24-hour time for instants', () => {
    const d = new Date(2020, 3, 15, 14, 5);
    expect(formatDateTime(d, 'vi')).toBe('15/04/2020 14:05');
    expect(formatDateTime(d, 'en')).toBe('15 Apr 2020 14:05');
  });
});

describe('daysUntil', () => {
  it('counts whole days, negative when past', () => {
    const today = new Date(2020, 3, 10, 23, 59);
    expect(daysUntil('2020-04-15', today)).toBe(5);
    expect(daysUntil('2020-04-10', today)).toBe(0);
    expect(daysUntil('2020-04-01', today)).toBe(-9);
  });
});
