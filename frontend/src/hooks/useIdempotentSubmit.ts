import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/errors';
import { fingerprint, newIdempotencyKey } from '../lib/idempotencyKey';

export type SubmitStatus = 'idle' | 'submitting' | 'retrying' | 'success' | 'error';

export interface IdempotentSubmitOptions {
  /** Total tries including the first. */
  maxAttempts?: number;
  /** First back-off delay; doubles each retry (with jitter), capped by `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export type SubmitOutcome<T> = { ok: true; data: T } | { ok: false; error: unknown };

export type SendFn<TInput, TResult> = (input: TInput, idempotencyKey: string, signal: AbortSignal) => Promise<TResult>;

/** Worth sending again unchanged: no HTTP answer, a timeout or a 5xx. */
export function isRetryable(error: unknown): boolean {
  if (isApiError(error)) return error.isTransient;
  return error instanceof TypeError; // fetch's "Failed to fetch"
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Submit a POST that the server de-duplicates by `Idempotency-Key`.
 *
 * One logical submission gets one key, generated when it starts and reused on
 * every automatic retry (network failure, 5xx), so a request that did reach
 * the server before the connection dropped is not stored twice. Submitting
 * the same input again after a failure reuses the key too; changing the input
 * starts a new submission with a new key (the server rejects a known key
 * with a different body). The caller keeps the input: nothing is cleared here.
 */
export function useIdempotentSubmit<TInput, TResult>(
  send: SendFn<TInput, TResult>,
  { maxAttempts = 4, baseDelayMs = 800, maxDelayMs = 8000 }: IdempotentSubmitOptions = {},
) {
  const [status, setStatus] = useState<SubmitStatus>('idle');
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const pendingKey = useRef<{ key: string; fingerprint: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;

  useEffect(() => () => controller.current?.abort(), []);

  const submit = useCallback(
    async (input: TInput): Promise<SubmitOutcome<TResult>> => {
      const fp = fingerprint(input);
      if (!pendingKey.current || pendingKey.current.fingerprint !== fp) {
        pendingKey.current = { key: newIdempotencyKey(), fingerprint: fp };
      }
      const { key } = pendingKey.current;
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setError(null);

      for (let n = 1; ; n++) {
        setAttempt(n);
        setStatus(n === 1 ? 'submitting' : 'retrying');
        try {
          const data = await sendRef.current(input, key, ac.signal);
          pendingKey.current = null; // done: the next submission is a new one
          setStatus('success');
          return { ok: true, data };
        } catch (err) {
          if (ac.signal.aborted) return { ok: false, error: err };
          if (!isRetryable(err) || n >= maxAttempts) {
            setError(err);
            setStatus('error');
            return { ok: false, error: err };
          }
          const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1));
          try {
            await sleep(delay / 2 + Math.random() * (delay / 2), ac.signal);
          } catch {
            return { ok: false, error: err };
          }
        }
      }
    },
    [maxAttempts, baseDelayMs, maxDelayMs],
  );

  const reset = useCallback(() => {
    controller.current?.abort();
    pendingKey.current = null;
    setStatus('idle');
    setAttempt(0);
    setError(null);
  }, []);

  return {
    submit,
    reset,
    status,
    attempt,
    maxAttempts,
    error,
    isPending: status === 'submitting' || status === 'retrying',
  };
}
