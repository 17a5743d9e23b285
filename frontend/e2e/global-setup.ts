import type { FullConfig } from '@playwright/test';
import { startBackend } from './backend';

/**
 * One backend for the whole run (the scenario is one story told in order).
 * Workers inherit `process.env`, so the URL and the demo accounts travel there.
 */
export default async function globalSetup(_config: FullConfig) {
  const backend = await startBackend();
  process.env.E2E_BASE_URL = backend.baseURL;
  process.env.E2E_ACCOUNTS = JSON.stringify(backend.accounts);
  return async () => {
    await backend.stop();
  };
}
