import { useCallback, useRef, useState } from 'react';
import { ApiError, isApiError } from '../api/errors';

export interface Versioned<T> {
  data: T;
  etag: string | null;
}

export interface Conflict<TBody, TResource> {
  /** What the user tried to save. */
  mine: TBody;
  /** The server's current version, fetched after the 412. */
  theirs: TResource;
  /** Its ETag: sending `mine` with it overwrites the other change. */
  etag: string | null;
}

export interface EtagMutationOptions<TBody, TResource> {
  /** PATCH (or PUT/DELETE) with `If-Match: etag`; throws `ApiError` on failure. */
  send: (body: TBody, etag: string) => Promise<Versioned<TResource>>;
  /** GET the resource's current version and ETag. */
  loadCurrent: () => Promise<Versioned<TResource>>;
  onSaved?: (result: Versioned<TResource>) => void;
  /** The user chose the server's version: reset the form to it. */
  onReload?: (current: Versioned<TResource>) => void;
}

/**
 * Optimistic concurrency for an edit form. `save(body, etag)` sends the
 * change with `If-Match`; a 412 means someone else saved first, so the hook
 * fetches their version and exposes `conflict` for a `ConflictDialog`, which
 * then calls `reload()` (take theirs) or `overwrite()` (send mine again with
 * the new ETag). Nothing is overwritten without the user seeing the other
 * change first.
 */
export function useEtagMutation<TBody, TResource>(options: EtagMutationOptions<TBody, TResource>) {
  const opts = useRef(options);
  opts.current = options;
  const [conflict, setConflict] = useState<Conflict<TBody, TResource> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isPending, setPending] = useState(false);

  const save = useCallback(async (body: TBody, etag: string | null): Promise<boolean> => {
    setError(null);
    if (!etag) {
      // Never fall back to `If-Match: *`: that would overwrite blindly.
      setError(new ApiError({ status: 428, title: 'Precondition Required' }));
      return false;
    }
    setPending(true);
    try {
      const result = await opts.current.send(body, etag);
      setConflict(null);
      opts.current.onSaved?.(result);
      return true;
    } catch (err) {
      if (isApiError(err) && err.status === 412) {
        try {
          const current = await opts.current.loadCurrent();
          setConflict({ mine: body, theirs: current.data, etag: current.etag });
        } catch (loadError) {
          setError(loadError);
        }
      } else {
        setError(err);
      }
      return false;
    } finally {
      setPending(false);
    }
  }, []);

  const overwrite = useCallback(async (): Promise<boolean> => {
    if (!conflict) return false;
    return save(conflict.mine, conflict.etag);
  }, [conflict, save]);

  const reload = useCallback(() => {
    if (!conflict) return;
    opts.current.onReload?.({ data: conflict.theirs, etag: conflict.etag });
    setConflict(null);
  }, [conflict]);

  const dismiss = useCallback(() => setConflict(null), []);

  return { save, overwrite, reload, dismiss, conflict, error, isPending };
}
