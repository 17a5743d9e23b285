/**
 * The six deadline standings: every task not cancelled is in exactly one, as of today in
 * the plan's zone (the server's dashboard and its task list filter `standing` agree).
 */
export const STANDINGS = ['done_on_time', 'done_late', 'in_progress', 'not_started', 'overdue', 'no_deadline'] as const;
export type Standing = (typeof STANDINGS)[number];
