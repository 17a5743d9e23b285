import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, apiHas, login } from './fixtures';
import { ensureOpenConsultation } from './api';

// WCAG 2.1 A and AA, including colour contrast, on each main screen.
async function audit(page: Page, name: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Scan the page, not a loader or a half-faded transition.
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map(
    (v) =>
      `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

test('public pages', async ({ page }) => {
  await page.goto('/public/consultations');
  await audit(page, 'public list');
  if (await apiHas('/api/v1/documents')) {
    const c = await ensureOpenConsultation();
    await page.goto(`/public/consultations/${c.id}`);
    await audit(page, 'public consultation');
    await page.getByRole('button', { name: 'Góp ý mục này' }).first().click();
    await audit(page, 'public feedback form');
  }
  await page.goto('/public/feedback');
  await audit(page, 'receipt lookup');
  await page.goto('/login');
  await audit(page, 'login');
});

test('coordinator screens', async ({ page }) => {
  test.setTimeout(120_000); // nine scans on a shared machine
  await login(page, 'coordinator');
  await audit(page, 'dashboard');
  await page.goto('/plans');
  await audit(page, 'plans');
  const plans = await page
    .getByRole('link', { name: /./ })
    .filter({ has: page.locator('xpath=ancestor::h2') })
    .count();
  if (plans > 0) {
    await page
      .locator('h2 a')
      .filter({ hasText: /đại hội/iu })
      .first()
      .click();
    await audit(page, 'plan overview');
    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await audit(page, 'task list');
    await page.locator('[role=listitem] a').first().click();
    await audit(page, 'task page');
    await page.goBack();
    await page.getByRole('tab', { name: 'Theo dõi, đôn đốc' }).click();
    await audit(page, 'plan dashboard');
  }
  await page.goto('/audit');
  await audit(page, 'audit');
  await page.goto('/admin/users');
  await audit(page, 'admin users');
});

test('officer on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'unit_officer');
  await page.goto('/my-work');
  await audit(page, 'my work');
});

test('moderator screens', async ({ page }) => {
  test.skip(!(await apiHas('/api/v1/documents')), 'consultations not on this backend');
  const c = await ensureOpenConsultation();
  await login(page, 'moderator');
  await page.goto(`/feedback/${c.id}`);
  await audit(page, 'queue');
  await page.goto(`/feedback/${c.id}/synthesis`);
  await audit(page, 'synthesis');
});

test('screens of round two', async ({ page }) => {
  const c = await ensureOpenConsultation();
  await login(page, 'coordinator');
  await page.goto('/documents');
  await audit(page, 'documents');
  await page.goto('/account');
  await audit(page, 'account');
  await page.goto('/meetings/new');
  await audit(page, 'meeting');
  await page.goto(`/feedback/${c.id}`);
  await audit(page, 'queue with consultation controls');
  await page.goto('/plans');
  await page
    .locator('h2 a')
    .filter({ hasText: /đại hội/iu })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Sửa kế hoạch' }).click();
  await audit(page, 'plan edit');
});

test('phone layouts: agenda, folded filters, cards, tiles', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await login(page, 'admin');
  await page.goto('/admin/users');
  await audit(page, 'admin users as cards');
  await page.goto('/audit');
  await audit(page, 'audit as cards');
  await login(page, 'coordinator');
  await audit(page, 'dashboard tiles on a phone');
  await page.goto('/plans');
  await page
    .locator('h2 a')
    .filter({ hasText: /đại hội/iu })
    .first()
    .click();
  await expect(page.getByTestId('timeline-agenda')).toBeVisible();
  await audit(page, 'timeline agenda');
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
  await page.getByTestId('filters-toggle').click();
  await audit(page, 'task filters open');
});
