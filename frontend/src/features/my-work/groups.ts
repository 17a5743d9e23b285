import type { MyAssignment } from '../../api/types';
import { daysUntil } from '../../lib/formatDate';

export type WorkGroup = 'overdue' | 'soon' | 'later' | 'undated' | 'done';
export const WORK_GROUPS: readonly WorkGroup[] = ['overdue', 'soon', 'later', 'undated', 'done'];
/** "Due soon" is this many days or fewer from today. */
export const SOON_DAYS = 7;

const finished = (a: MyAssignment) => a.status === 'done' || a.status === 'cancelled';

/** Which group an officer sees an assignment in, as of `today`. */
export function workGroup(a: MyAssignment, today: Date | string = new Date()): WorkGroup {
  if (finished(a)) return 'done';
  if (!a.due_date) return 'undated';
  const days = daysUntil(a.due_date, today);
  if (a.overdue || days < 0) return 'overdue';
  return days <= SOON_DAYS ? 'soon' : 'later';
}

function byDue(a: MyAssignment, b: MyAssignment): number {
  if (a.due_date && b.due_date && a.due_date !== b.due_date) return a.due_date < b.due_date ? -1 : 1;
  if (a.due_date && !b.due_date) return -1;
  if (!a.due_date && b.due_date) return 1;
  return a.title.localeCompare(b.title, 'vi');
}

/** Assignments in their groups, each group by deadline (earliest first). */
export function groupWork(
  items: readonly MyAssignment[],
  today: Date | string | ((a: MyAssignment) => Date | string) = new Date(),
): Record<WorkGroup, MyAssignment[]> {
  const out: Record<WorkGroup, MyAssignment[]> = { overdue: [], soon: [], later: [], undated: [], done: [] };
  for (const a of items) out[workGroup(a, typeof today === 'function' ? today(a) : today)].push(a);
  for (const g of WORK_GROUPS) out[g].sort(byDue);
  return out;
}
