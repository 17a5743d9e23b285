import {
  daysUntil,
  formatDate,
  formatDateTime,
  localDateOf,
  todayIn,
  utcOffsetLabel,
  zoneDiffersFromBrowser,
  zonePlace,
} from './formatDate';

// 2020-03-15T17:30Z: 00:30 on 16/3 in Hà Nội, 18:30 on 15/3 in Paris (issue 18).
const LATE_NIGHT = new Date('2020-03-15T17:30:00Z');
const EVENING = new Date('2020-03-15T16:30:00Z');
const HANOI = 'Asia/Ho_Chi_Minh';

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

describe('dates in the plan’s time zone', () => {
  it('shows an instant on the plan’s local day and hour, whatever the browser’s zone', () => {
    expect(formatDateTime(LATE_NIGHT, 'vi', HANOI)).toBe('16/03/2020 00:30');
    expect(formatDateTime(EVENING, 'vi', HANOI)).toBe('15/03/2020 23:30');
    expect(formatDateTime('2020-03-15T17:30:00Z', 'en', 'Europe/Paris')).toBe('15 Mar 2020 18:30');
    expect(formatDate(LATE_NIGHT, 'vi', HANOI)).toBe('16/03/2020');
  });

  it('never shifts a calendar date, whichever zone is given', () => {
    for (const zone of [HANOI, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      expect(formatDate('2020-03-15', 'vi', zone)).toBe('15/03/2020');
    }
  });

  it('counts today from the plan’s local date', () => {
    expect(todayIn(HANOI, LATE_NIGHT)).toBe('2020-03-16');
    expect(todayIn(HANOI, EVENING)).toBe('2020-03-15');
    expect(todayIn('Europe/Paris', LATE_NIGHT)).toBe('2020-03-15');
    expect(localDateOf(new Date('2020-03-31T22:30:00Z'), 'Europe/Paris')).toBe('2020-04-01');
  });

  it('counts days left from a calendar date given as today', () => {
    expect(daysUntil('2020-03-15', todayIn(HANOI, LATE_NIGHT))).toBe(-1);
    expect(daysUntil('2020-03-15', todayIn(HANOI, EVENING))).toBe(0);
    expect(daysUntil('2020-03-15', 'not a date')).toBeNaN();
  });

  it('writes the zone’s offset as people do', () => {
    expect(utcOffsetLabel(HANOI, EVENING)).toBe('UTC+7');
    expect(utcOffsetLabel('Asia/Kolkata', EVENING)).toBe('UTC+5:30');
    expect(utcOffsetLabel('America/Sao_Paulo', EVENING)).toBe('UTC-3');
    expect(utcOffsetLabel('Europe/Paris', new Date('2020-07-01T00:00:00Z'))).toBe('UTC+2');
    expect(utcOffsetLabel('UTC', EVENING)).toBe('UTC');
  });

  it('says the zone differs only when the browser reads the clock differently', () => {
    expect(zoneDiffersFromBrowser(HANOI, EVENING, 'UTC')).toBe(true);
    expect(zoneDiffersFromBrowser(HANOI, EVENING, HANOI)).toBe(false);
    expect(zoneDiffersFromBrowser(HANOI, EVENING, 'Asia/Bangkok')).toBe(false); // same UTC+7
    expect(zoneDiffersFromBrowser(undefined, EVENING, 'UTC')).toBe(false);
  });

  it('names Việt Nam’s zone itself and others by their city', () => {
    expect(zonePlace(HANOI)).toBeNull();
    expect(zonePlace('Asia/Saigon')).toBeNull();
    expect(zonePlace('America/Sao_Paulo')).toBe('Sao Paulo');
  });
});
