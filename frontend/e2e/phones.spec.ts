/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { test, expect, login, shot } from './fixtures';
import { call } from './api';

// Issue 12, item 4 and friends, on a 375 px phone: filters folded behind "Bộ lọc" with a count
// and the first item in view; the timeline as an agenda; a receipt code that reads aloud, copies
// and looks up; and dashboard tiles that add up to the lists they open.
const PHONE = { width: 375, height: 812 };
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** The demo's seed plan (other stories create empty plans of their own, listed first). */
async function firstPlan() {
  const plans = await call<{ items: { id: string; code: string }[] }>('coordinator', 'GET', '/plans?limit=200');
  return (plans.items.find((p) => p.code === '148-KH/TU') ?? plans.items.at(-1)!).id;
}

async function firstItemInView(page: Page) {
  const first = page.getByRole('list').getByRole('listitem').first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  expect(box, 'first item has a box').not.toBeNull();
  // Its top shows without scrolling (a phone shows 812 px).
  expect(box!.y).toBeLessThan(PHONE.height - 40);
}

test('the task list folds its filters behind "Bộ lọc" with a count, the first task in view', async ({ page }) => {
  const planId = await firstPlan();
  await page.setViewportSize(PHONE);
  await login(page, 'coordinator');
  await page.goto(`/plans/${planId}/tasks`);
  const toggle = page.getByTestId('filters-toggle');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveText('Bộ lọc');
  await expect(page.getByRole('textbox', { name: 'Đơn vị', exact: true })).toBeHidden();
  await firstItemInView(page);

  await page.goto(`/plans/${planId}/tasks?status=in_progress&from=2000-01-01`);
  await expect(page.getByTestId('filters-count')).toHaveText('2');
  await expect(toggle).toHaveAccessibleName('Bộ lọc (2 đang áp dụng)');
  await toggle.click();
  await expect(page.getByRole('textbox', { name: 'Đơn vị', exact: true })).toBeVisible();
  await shot(page, 'phone-tasks-filters-open');
});

test('the moderation queue folds its filters and status chips behind "Bộ lọc"', async ({ page }) => {
  const consultations = await call<{ items: { id: string }[] }>('coordinator', 'GET', '/consultations');
  await page.setViewportSize(PHONE);
  await login(page, 'moderator');
  await page.goto(`/feedback/${consultations.items[0]!.id}?status=all`);
  const toggle = page.getByTestId('filters-toggle');
  await expect(toggle).toBeVisible();
  // "All statuses" differs from the moderator's default (what needs action): one filter in force.
  await expect(page.getByTestId('filters-count')).toHaveText('1');
  const chips = page.getByRole('group', { name: 'Trạng thái', exact: true });
  await expect(chips).toBeHidden();
  await firstItemInView(page);
  await toggle.click();
  await expect(chips).toBeVisible();
  await shot(page, 'phone-queue-filters-open');
});

test('the timeline is an agenda on a phone', async ({ page }) => {
  const planId = await firstPlan();
  await page.setViewportSize(PHONE);
  await login(page, 'viewer');
  await page.goto(`/plans/${planId}`);
  const agenda = page.getByTestId('timeline-agenda');
  await expect(agenda).toBeVisible();
  await expect(agenda.getByRole('listitem').first()).toContainText(/\d{2}\/\d{2}\/\d{4}|T\d|Quý|Năm/);
  await expect(agenda).toContainText('Hôm nay');
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(agenda).toBeHidden();
});

test('a citizen copies a receipt code that reads aloud and looks it up typed loosely', async ({ browser }) => {
  const consultations = await call<{ items: { id: string; status: string; title: string }[] }>(
    'coordinator',
    'GET',
    '/consultations',
  );
  const open = consultations.items.find((c) => c.status === 'open');
  test.skip(!open, 'no open consultation in the demo');
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'vi-VN',
    baseURL: process.env.E2E_BASE_URL,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(`/public/consultations/${open!.id}`);
  await page.getByRole('button', { name: 'Góp ý mục này' }).first().click();
  await page.getByLabel('Ý kiến của bạn').fill('Đề nghị nêu rõ thời hạn tổng hợp ý kiến.');
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  const codeBox = page.getByTestId('receipt-code');
  await expect(codeBox).toBeVisible();
  const code = (await codeBox.innerText()).trim();
  expect(code).toMatch(CROCKFORD);
  // On one line: no wrapping inside the box.
  const lines = await codeBox.evaluate((el) => {
    const style = getComputedStyle(el);
    return Math.round(el.getBoundingClientRect().height / parseFloat(style.lineHeight || '20'));
  });
  expect(lines).toBeLessThanOrEqual(2); // one line plus padding
  await expect(codeBox).toHaveCSS('white-space', 'nowrap');
  await page.getByRole('button', { name: 'Sao chép mã' }).click();
  await expect(page.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(page.getByRole('button', { name: 'Lưu thành ảnh' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In' })).toBeVisible();
  await shot(page, 'phone-receipt');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu thành ảnh' }).click();
  expect((await download).suggestedFilename()).toBe(`ma-tiep-nhan-${code}.png`);

  await page.getByRole('link', { name: /public\/feedback$/ }).click();
  // The receipt page labels its code "Mã tiếp nhận" too: wait for the look-up page's text field.
  await page.getByRole('textbox', { name: 'Mã tiếp nhận' }).fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByText('Đề nghị nêu rõ thời hạn tổng hợp ý kiến.')).toBeVisible();
  await context.close();
});

test('the dashboard tiles add up, and each opens a list of as many tasks', async ({ page }) => {
  await login(page, 'coordinator');
  await page.goto('/dashboard');
  const total = Number((await page.getByTestId('tile-total').innerText()).replace(/\D+/g, ''));
  const standings = ['done_on_time', 'done_late', 'in_progress', 'not_started', 'overdue', 'no_deadline'];
  const values: Record<string, number> = {};
  for (const s of standings) {
    values[s] = Number((await page.getByTestId(`tile-${s}`).locator('p').last().innerText()).trim());
  }
  expect(Object.values(values).reduce((a, b) => a + b, 0)).toBe(total);
  for (const s of ['overdue', 'not_started']) {
    await page.goto('/dashboard');
    await page.getByTestId(`tile-${s}`).click();
    await expect(page).toHaveURL(new RegExp(`standing=${s}`));
    await expect(page.getByRole('status').filter({ hasText: 'nhiệm vụ' })).toHaveText(`${values[s]} nhiệm vụ`);
  }
});
