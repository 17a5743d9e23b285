/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { test, expect, login, shot } from './fixtures';
import { call } from './api';

// Every screen, in Vietnamese, on a phone (375×812) and a laptop (1366×900): screenshots to look at
// (e2e/screenshots/, not committed), and no screen may scroll sideways on the phone.
const SIZES = [
  { name: '375', width: 375, height: 812 },
  { name: '1366', width: 1366, height: 900 },
] as const;

async function ready(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
}

async function noSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 2).join('.')}`);
    return { scroll: doc.scrollWidth, client: doc.clientWidth, wide };
  });
  expect(overflow.scroll, `${name} scrolls sideways at 375 px: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
    overflow.client,
  );
}

async function screens(page: Page, role: string | null, paths: [string, string][]) {
  if (role) await login(page, role);
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const [name, path] of paths) {
      await page.goto(path);
      await ready(page);
      await shot(page, `screen-${name}-${size.name}`);
      if (size.width === 375) await noSidewaysScroll(page, name);
    }
  }
}

let ids: { plan: string; task: string; consultation: string; document: string } | null = null;
async function demoIds() {
  if (ids) return ids;
  const plans = await call<{ items: { id: string }[] }>('coordinator', 'GET', '/plans');
  const plan = plans.items[0]!.id;
  const tasks = await call<{ items: { id: string }[] }>('coordinator', 'GET', `/plans/${plan}/tasks?limit=1`);
  const consultations = await call<{ items: { id: string; document_id: string }[] }>(
    'coordinator',
    'GET',
    '/consultations',
  );
  ids = {
    plan,
    task: tasks.items[0]!.id,
    consultation: consultations.items[0]!.id,
    document: consultations.items[0]!.document_id,
  };
  return ids;
}

test('public screens', async ({ page }) => {
  const { consultation } = await demoIds();
  await screens(page, null, [
    ['login', '/login'],
    ['public-consultations', '/public/consultations'],
    ['public-consultation', `/public/consultations/${consultation}`],
    ['public-lookup', '/public/feedback'],
  ]);
});

test('coordinator screens', async ({ page }) => {
  test.setTimeout(240_000);
  const { plan, task, consultation, document } = await demoIds();
  await screens(page, 'coordinator', [
    ['dashboard', '/dashboard'],
    ['plans', '/plans'],
    ['plan-overview', `/plans/${plan}`],
    ['plan-tasks', `/plans/${plan}/tasks`],
    ['plan-dashboard', `/plans/${plan}/dashboard`],
    ['plan-edit', `/plans/${plan}/edit`],
    ['task', `/tasks/${task}`],
    ['consultations', '/feedback'],
    ['queue', `/feedback/${consultation}`],
    ['clusters', `/feedback/${consultation}/clusters`],
    ['synthesis', `/feedback/${consultation}/synthesis`],
    ['documents', '/documents'],
    ['document', `/documents/${document}`],
    ['meeting', '/meetings/new'],
    ['audit', '/audit'],
    ['import', '/plans/import'],
    ['account', '/account'],
  ]);
});

// Each role signs in in turn: `login` signs the previous one out first (the login page sends a
// signed-in visitor straight on, which is why this walk once waited for a form that never came).
test('officer, moderator, viewer and admin screens', async ({ page }) => {
  test.setTimeout(240_000);
  const { consultation } = await demoIds();
  await screens(page, 'unit_officer', [
    ['officer-home', '/'],
    ['officer-meeting', '/meetings/new'],
  ]);
  await screens(page, 'moderator', [
    ['moderator-home', '/'],
    ['moderator-templates', `/feedback/${consultation}/templates`],
  ]);
  await screens(page, 'viewer', [['viewer-queue', `/feedback/${consultation}`]]);
  await screens(page, 'admin', [
    ['admin-users', '/admin/users'],
    ['admin-units', '/admin/units'],
    ['admin-groups', '/admin/groups'],
    ['admin-service-accounts', '/admin/service-accounts'],
  ]);
});
