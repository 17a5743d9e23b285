export type WindowState = 'scheduled' | 'open' | 'closed';

/** Where now falls in a consultation's opens_at..closes_at window. */
export function windowState(opensAt: string, closesAt: string, now: Date = new Date()): WindowState {
  const t = now.getTime();
  if (t < new Date(opensAt).getTime()) return 'scheduled';
  if (t >= new Date(closesAt).getTime()) return 'closed';
  return 'open';
}

/**
 * The server's word wins: `accepting_feedback` is false for a consultation
 * closed early or not yet opened by its organisers, whatever the clock says.
 */
export function consultationState(
  c: { opens_at: string; closes_at: string; accepting_feedback: boolean },
  now: Date = new Date(),
): WindowState {
  if (c.accepting_feedback) return 'open';
  const byClock = windowState(c.opens_at, c.closes_at, now);
  return byClock === 'scheduled' ? 'scheduled' : 'closed';
}
