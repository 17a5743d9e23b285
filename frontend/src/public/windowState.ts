export type WindowState = 'scheduled' | 'open' | 'closed';

/** Where now falls in a consultation's opens_at..closes_at window. */
export function windowState(opensAt: string, closesAt: string, now: Date = new Date()): WindowState {
  const t = now.getTime();
  if (t < new Date(opensAt).getTime()) return 'scheduled';
  if (t >= new Date(closesAt).getTime()) return 'closed';
  return 'open';
}
