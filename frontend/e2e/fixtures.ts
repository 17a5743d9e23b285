import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { DemoAccount } from './backend';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function account(role: string): DemoAccount {
  const all = JSON.parse(process.env.E2E_ACCOUNTS ?? '{}') as Record<string, DemoAccount>;
  const found = all[role];
  if (!found) throw new Error(`no demo account for ${role}`);
  return found;
}

/** Full-page screenshot under e2e/screenshots/ (gitignored; look at them). */
export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(350); // let Mantine's opening transitions finish
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/**
 * Sign in through the login form (Vietnamese labels: the default language).
 *
 * Signs out first: the login page sends a signed-in visitor straight on, so a walk that
 * signs in as a second role would otherwise wait forever for the form.
 */
export async function login(page: Page, role: string) {
  const { email, password } = account(role);
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** `test` with `baseURL` taken from the backend that global-setup started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
});
export { expect };

let paths: Promise<Set<string>> | null = null;

/** Whether the backend under test serves `path` (from its own OpenAPI document). */
export async function apiHas(path: string): Promise<boolean> {
  paths ??= fetch(`${process.env.E2E_BASE_URL}/openapi.json`)
    .then((r) => r.json() as Promise<{ paths: Record<string, unknown> }>)
    .then((doc) => new Set(Object.keys(doc.paths)));
  return (await paths).has(path);
}
