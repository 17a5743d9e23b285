import { useCallback, useState } from 'react';

/**
 * `useState` backed by sessionStorage, so what someone typed survives a
 * reload or an accidental back-navigation in this tab. Never for secrets.
 */
export function useSessionDraft(key: string, initial = ''): [string, (v: string) => void, () => void] {
  const storageKey = `plandesk.draft.${key}`;
  const [value, setValue] = useState<string>(() => {
    try {
      return window.sessionStorage.getItem(storageKey) ?? initial;
    } catch {
      return initial;
    }
  });
  const update = useCallback(
    (v: string) => {
      setValue(v);
      try {
        if (v) window.sessionStorage.setItem(storageKey, v);
        else window.sessionStorage.removeItem(storageKey);
      } catch {
        // Storage full or disabled: the draft still lives in memory.
      }
    },
    [storageKey],
  );
  const clear = useCallback(() => update(''), [update]);
  return [value, update, clear];
}
