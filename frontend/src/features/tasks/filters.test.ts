import { describe, expect, it } from 'vitest';
import { activeTaskFilters, filtersFromParams } from './TaskListPage';

describe('the task list’s "Bộ lọc" count', () => {
  it('counts every filter in force but the search box', () => {
    expect(activeTaskFilters(filtersFromParams(new URLSearchParams('q=abc')))).toBe(0);
    const f = filtersFromParams(
      new URLSearchParams('status=in_progress&status=blocked&from=2020-01-01&standing=overdue'),
    );
    expect(f.standing).toBe('overdue');
    expect(activeTaskFilters(f)).toBe(3);
    expect(activeTaskFilters(filtersFromParams(new URLSearchParams('sort=title&unit=u1&role=lead')))).toBe(3);
  });

  it('ignores a standing it does not know', () => {
    expect(filtersFromParams(new URLSearchParams('standing=late')).standing).toBeNull();
  });
});
