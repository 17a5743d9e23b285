import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { planKeys } from '../plans/queries';

/** Run a write, report its error, refresh the plan's queries. */
export function useWrite(planId: string) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setPending(true);
    setError(null);
    setDone(false);
    try {
      await write();
      await queryClient.invalidateQueries({ queryKey: planKeys.plan(planId) });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      setDone(true);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { run, error, pending, done };
}
