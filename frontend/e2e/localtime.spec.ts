/**
 * Issue 18: a plan's dates are shown in the plan's time zone whatever the
 * browser's. The browser here runs in UTC, seven hours behind Hà Nội: times of
 * progress reports read as Hà Nội time, calendar dates do not move, and the page
 * says which zone it is showing.
 */
import { call } from './api';
import { expect, login, test } from './fixtures';

test.use({ timezoneId: 'UTC' });

const HANOI = 'Asia/Ho_Chi_Minh';

/** "29/11/2026 11:16": how the app writes an instant in Vietnamese, read in `timeZone`. */
function writtenIn(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${date.format(at)} ${time.format(at)}`;
}

/** "UTC+1" / "UTC+2": Paris's offset today (summer time or not). */
function parisOffset(): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName')?.value;
  return (name ?? 'GMT+1').replace('GMT', 'UTC');
}

async function planWithTask(timezone: string | null) {
  const suffix = Math.random().toString(36).slice(2, 8);
  const plan = await call<{ id: string }>('admin', 'POST', '/plans', {
    code: `${suffix}-KH/LT`,
    title: `Kế hoạch giờ địa phương ${suffix}`,
    issued_on: '2020-02-11',
    status: 'active',
    ...(timezone ? { timezone } : {}),
  });
  const me = await call<{ unit_id: string }>('unit_officer', 'GET', '/auth/me');
  const task = await call<{ id: string }>('coordinator', 'POST', `/plans/${plan.id}/tasks`, {
    title: `Viết bài tuyên truyền ${suffix}`,
    lead_unit_id: me.unit_id,
    due: { kind: 'fixed', date: '2020-03-15' },
  });
  const update = await call<{ created_at: string }>('unit_officer', 'POST', `/tasks/${task.id}/updates`, {
    percent: 40,
    note: `Đã gửi bản thảo ${suffix}`,
  });
  return { plan, task, reportedAt: update.created_at };
}

test('a browser in UTC shows the plan’s Hà Nội times and unshifted dates, and names the zone', async ({ page }) => {
  const { plan, task, reportedAt } = await planWithTask(null);
  await login(page, 'unit_officer');

  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByTestId('zone-note')).toHaveText('Giờ Việt Nam (UTC+7)');
  await expect(page.getByText('11/02/2020', { exact: false }).first()).toBeVisible();

  await page.goto(`/tasks/${task.id}`);
  await expect(page.getByText('15/03/2020', { exact: false }).first()).toBeVisible();
  await expect(page.getByTestId('zone-note')).toHaveText('Giờ Việt Nam (UTC+7)');
  // The officer's own assignment shows its history: the report's time as read in Hà Nội.
  const local = writtenIn(reportedAt, HANOI);
  await expect(page.getByText(local, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(writtenIn(reportedAt, 'UTC'), { exact: false })).toHaveCount(0);
});

test('a plan issued in Paris is shown in Paris time', async ({ page }) => {
  const { plan, task, reportedAt } = await planWithTask('Europe/Paris');
  await login(page, 'unit_officer');
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByTestId('zone-note')).toHaveText(`Giờ Paris (${parisOffset()})`);
  await page.goto(`/tasks/${task.id}`);
  await expect(page.getByText(writtenIn(reportedAt, 'Europe/Paris'), { exact: false }).first()).toBeVisible();
});
