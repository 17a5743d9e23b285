/**
 * The access token lives here, in module memory only: never in localStorage or
 * sessionStorage, so a script injected into the page cannot lift it from
 * storage, and a reload forgets it (the HttpOnly refresh cookie restores it).
 */
type Listener = () => void;

let accessToken: string | null = null;
let expiresAt = 0;
const listeners = new Set<Listener>();

function emit() {
  for (const listener of listeners) listener();
}

const MARKER = 'plandesk.session';

/**
 * "This browser has signed in and not signed out": no secret, only whether the
 * silent refresh on start is worth trying. Without it the pre-login check would
 * answer 401 on every visit and log an error in the console.
 */
export const sessionMarker = {
  has(): boolean {
    try {
      return window.localStorage.getItem(MARKER) === '1';
    } catch {
      return true; // storage blocked: try the refresh, as before
    }
  },
  set(present: boolean) {
    try {
      if (present) window.localStorage.setItem(MARKER, '1');
      else window.localStorage.removeItem(MARKER);
    } catch {
      // a hint only
    }
  },
};

export const tokenStore = {
  get(): string | null {
    return accessToken;
  },
  /** `expiresInSeconds` comes from the token response's `expires_in`. */
  set(token: string, expiresInSeconds?: number) {
    accessToken = token;
    expiresAt = expiresInSeconds ? Date.now() + expiresInSeconds * 1000 : 0;
    sessionMarker.set(true);
    emit();
  },
  clear() {
    sessionMarker.set(false);
    if (accessToken === null) return;
    accessToken = null;
    expiresAt = 0;
    emit();
  },
  /** True when the token is known to expire within `marginMs`. */
  expiresSoon(marginMs = 30_000): boolean {
    return accessToken !== null && expiresAt !== 0 && Date.now() + marginMs >= expiresAt;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
