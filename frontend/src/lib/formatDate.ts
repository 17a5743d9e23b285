/**
 * Dates as people in each language write them: dd/MM/yyyy in Vietnamese
 * ("15/04/2020"), "15 Apr 2020" in English. Calendar dates (`YYYY-MM-DD`,
 * deadlines) are shown as-is, never shifted by any time zone; instants
 * (`...T...Z`) are shown in the time zone given — the plan's (its
 * `effective_timezone`), so an officer in Hà Nội and a reviewer abroad read
 * the same day — or the viewer's when none is given. "Today" (days left,
 * overdue counts, the timeline marker) is likewise the plan's local date.
 */
export type AppLanguage = 'vi' | 'en';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormats: Record<AppLanguage, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

const locales: Record<AppLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: AppLanguage, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}|${timeZone ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], { ...options, ...(timeZone ? { timeZone } : {}) });
    cache.set(key, f);
  }
  return f;
}

export function normaliseLanguage(lang: string | undefined | null): AppLanguage {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/**
 * `null`/`undefined`/unparseable → empty string, so callers can render it blindly.
 * `timeZone` (IANA) applies to instants only: a calendar date is the same day everywhere.
 */
export function formatDate(value: string | Date | null | undefined, lang: string = 'vi', timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '';
  const l = normaliseLanguage(lang);
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) {
      const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return formatter(l, dateFormats[l], 'UTC').format(utc);
    }
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  return formatter(l, dateFormats[l], timeZone).format(d);
}

/** Date then 24-hour time: "15/04/2020 14:05" / "15 Apr 2020 14:05", in `timeZone` if given. */
export function formatDateTime(
  value: string | Date | null | undefined,
  lang: string = 'vi',
  timeZone?: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  const l = normaliseLanguage(lang);
  const time = formatter(l, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(d);
  return `${formatDate(d, l, timeZone)} ${time}`;
}

const isoParts: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock fields of `instant` in `timeZone` (the viewer's when undefined). */
function wallClock(instant: Date, timeZone?: string): WallClock {
  const f: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter('en', isoParts, timeZone).formatToParts(instant)) {
    if (p.type in f) f[p.type as keyof WallClock] = Number(p.value);
  }
  return f;
}

/** The calendar date (`YYYY-MM-DD`) of `instant` in `timeZone` (the viewer's when undefined). */
export function localDateOf(instant: Date, timeZone?: string): string {
  const f = wallClock(instant, timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** Today (`YYYY-MM-DD`) where the plan is issued: what "overdue" and "days left" count from. */
export function todayIn(timeZone?: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

/**
 * Whole days from today to a calendar date; negative when past. `today` is a
 * calendar date (`todayIn(plan zone)`) or an instant read in the viewer's zone.
 */
export function daysUntil(isoDate: string, today: Date | string = new Date()): number {
  const m = DATE_ONLY.exec(isoDate);
  if (!m) return Number.NaN;
  const target = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let base: number;
  if (typeof today === 'string') {
    const t = DATE_ONLY.exec(today);
    if (!t) return Number.NaN;
    base = Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]));
  } else {
    base = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  }
  return Math.round((target - base) / 86_400_000);
}

/** The viewer's IANA time zone ("UTC" when the browser does not say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Minutes `timeZone` is ahead of UTC at `at` (420 for Việt Nam). */
export function utcOffsetMinutes(timeZone: string | undefined, at: Date = new Date()): number {
  const f = wallClock(at, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour % 24, f.minute, f.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** "UTC+7", "UTC+5:30", "UTC-3", "UTC": the offset as people write it. */
export function utcOffsetLabel(timeZone: string | undefined, at: Date = new Date()): string {
  const minutes = utcOffsetMinutes(timeZone, at);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const h = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${h}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * Whether the plan's zone reads the clock differently from the viewer's at `at`
 * (a different name with the same offset, Bangkok for Hà Nội, shows the same dates).
 */
export function zoneDiffersFromBrowser(
  timeZone: string | undefined,
  at: Date = new Date(),
  viewer: string = browserTimeZone(),
): boolean {
  if (!timeZone || timeZone === viewer) return false;
  return utcOffsetMinutes(timeZone, at) !== utcOffsetMinutes(viewer, at);
}

const VIETNAM_ZONES = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);

/** The place a zone is named for ("Europe/Paris" → "Paris"), or `null` for Việt Nam's own. */
export function zonePlace(timeZone: string): string | null {
  if (VIETNAM_ZONES.has(timeZone)) return null;
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}
