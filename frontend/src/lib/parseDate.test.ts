import { parseTypedDate } from './parseDate';

describe('typed dates, day first', () => {
  it.each([
    ['15/04/2020', '2020-04-15'],
    ['15/4/2020', '2020-04-15'],
    ['1-2-2021', '2021-02-01'],
    ['31.12.2030', '2030-12-31'],
    ['2020-04-15', '2020-04-15'],
    ['15/04/20', '2020-04-15'],
  ])('%s → %s', (typed, iso) => expect(parseTypedDate(typed)).toBe(iso));

  it.each(['31/02/2020', '04/15/2020', 'hôm nay', ''])('refuses %s', (typed) =>
    expect(parseTypedDate(typed)).toBeNull(),
  );
});
