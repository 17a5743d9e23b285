/**
 * Time arithmetic for the plan timeline, in whole UTC days (calendar dates
 * never shift with the viewer's time zone).
 */
import type { DatePrecision } from '../../api/types';
import { formatDate, normaliseLanguage } from '../../lib/formatDate';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → days since 1970-01-01. */
export function toDay(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parts(day: number) {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() };
}

const monthStart = (y: number, m: number) => Math.round(Date.UTC(y, m, 1) / DAY_MS);

/** The first day of the period (day, month, quarter, year) that `day` falls in. */
export function snapToPrecision(day: number, precision: DatePrecision): number {
  const { y, m } = parts(day);
  switch (precision) {
    case 'day':
      return day;
    case 'month':
      return monthStart(y, m);
    case 'quarter':
      return monthStart(y, m - (m % 3));
    case 'year':
      return monthStart(y, 0);
  }
}

export interface MonthTick {
  day: number;
  year: number;
  /** 1..12 */
  month: number;
}

export interface TimeScale {
  start: number;
  /** Exclusive. */
  end: number;
  /** Position of a day, 0..100 (% of the track). */
  x: (day: number) => number;
  /** The day under a fraction (0..1) of the track. */
  dayAt: (fraction: number) => number;
  months: MonthTick[];
}

/** A scale from the first month start before the earliest date to the month end after the latest. */
export function buildScale(dates: readonly (string | null | undefined)[], today?: string): TimeScale | null {
  const days = dates.filter((d): d is string => !!d).map(toDay);
  if (today) days.push(toDay(today));
  if (days.length === 0) return null;
  const min = Math.min(...days);
  const max = Math.max(...days);
  const first = parts(min);
  const last = parts(max);
  const start = monthStart(first.y, first.m);
  const end = monthStart(last.y, last.m + 1);
  const span = end - start;
  const months: MonthTick[] = [];
  for (let y = first.y, m = first.m; monthStart(y, m) < end; m === 11 ? ((m = 0), y++) : m++) {
    months.push({ day: monthStart(y, m), year: y, month: m + 1 });
  }
  return {
    start,
    end,
    x: (day) => Math.min(100, Math.max(0, ((day - start) / span) * 100)),
    dayAt: (fraction) => start + Math.round(Math.min(1, Math.max(0, fraction)) * span),
    months,
  };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "15/04/2020", "tháng 10/2020", "quý IV/2020", "năm 2020" (or the English forms). */
export function periodLabel(date: string, precision: DatePrecision | null | undefined, lang: string): string {
  const l = normaliseLanguage(lang);
  const { y, m } = parts(toDay(date));
  switch (precision ?? 'day') {
    case 'day':
      return formatDate(date, l);
    case 'month':
      return l === 'vi'
        ? `tháng ${String(m + 1).padStart(2, '0')}/${y}`
        : new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
            new Date(Date.UTC(y, m, 1)),
          );
    case 'quarter':
      return l === 'vi' ? `quý ${ROMAN[Math.floor(m / 3)]}/${y}` : `Q${Math.floor(m / 3) + 1} ${y}`;
    case 'year':
      return l === 'vi' ? `năm ${y}` : String(y);
  }
}
