/**
 * Dates as people in each language write them: dd/MM/yyyy in Vietnamese
 * ("15/04/2020"), "15 Apr 2020" in English. Calendar dates (`YYYY-MM-DD`,
 * deadlines) are shown as-is, never shifted by the viewer's time zone;
 * instants (`...T...Z`) are shown in the viewer's local time.
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

/** `null`/`undefined`/unparseable → empty string, so callers can render it blindly. */
export function formatDate(value: string | Date | null | undefined, lang: string = 'vi'): string {
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
  return formatter(l, dateFormats[l]).format(d);
}

/** Date then 24-hour time: "15/04/2020 14:05" / "15 Apr 2020 14:05". */
export function formatDateTime(value: string | Date | null | undefined, lang: string = 'vi'): string {
  if (value === null || value === undefined || value === '') return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  const l = normaliseLanguage(lang);
  const time = formatter(l, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${formatDate(d, l)} ${time}`;
}

/** Whole days from today (local) to a calendar date; negative when past. */
export function daysUntil(isoDate: string, today: Date = new Date()): number {
  const m = DATE_ONLY.exec(isoDate);
  if (!m) return Number.NaN;
  const target = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const base = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - base) / 86_400_000);
}
