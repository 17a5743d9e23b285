import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../../test/http';
import { fetchUnread } from './api';
import { parseOffsets } from './ReminderRulesPage';

afterEach(() => vi.unstubAllGlobals());

describe('the bell', () => {
  it('sends the ETag it was given and keeps the count on 304', async () => {
    let n = 0;
    const { calls } = mockFetch(() => {
      n += 1;
      if (n === 1) return json(200, { unread: 3 }, { ETag: '"abc"' });
      if (n === 2) return new Response(null, { status: 304, headers: { ETag: '"abc"' } });
      return json(200, { unread: 4 }, { ETag: '"def"' });
    });
    expect(await fetchUnread()).toBe(3);
    expect(await fetchUnread()).toBe(3);
    expect(calls[1]?.headers.get('If-None-Match')).toBe('"abc"');
    expect(await fetchUnread()).toBe(4);
    expect(calls[2]?.path).toBe('/api/v1/me/notifications/unread-count');
  });
});

describe('reminder offsets', () => {
  it('reads days around the deadline, sorted and without repeats', () => {
    expect(parseOffsets('-7, -1, 0, 1, 3, 7, 3')).toEqual([-7, -1, 0, 1, 3, 7]);
    expect(parseOffsets('2 -2')).toEqual([-2, 2]);
  });

  it('refuses what is not a whole number of days within a year', () => {
    expect(parseOffsets('-7, x')).toBeNull();
    expect(parseOffsets('1.5')).toBeNull();
    expect(parseOffsets('400')).toBeNull();
  });
});
