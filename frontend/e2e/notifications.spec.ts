/**
 * Issue 11: an officer sees the bell count go up when the coordinator urges their
 * unit, opens the notification, and lands on the assignment. The bell refreshes by
 * polling (ETag/304), so the page is never reloaded.
 */
import { call } from './api';
import { expect, login, test } from './fixtures';

test('the officer sees the urge on the bell, opens it and lands on the assignment', async ({ page }) => {
  test.setTimeout(90_000);
  const suffix = Math.random().toString(36).slice(2, 8);
  const me = await call<{ unit_id: string }>('unit_officer', 'GET', '/auth/me');
  const plan = await call<{ id: string }>('admin', 'POST', '/plans', {
    code: `${suffix}-KH/TB`,
    title: `Kế hoạch thông báo ${suffix}`,
    status: 'active',
  });
  const task = await call<{ id: string }>('coordinator', 'POST', `/plans/${plan.id}/tasks`, {
    title: `Tuyên truyền kỷ niệm ngày thành lập Đảng ${suffix}`,
    lead_unit_id: me.unit_id,
  });

  await login(page, 'unit_officer');
  const bell = page.getByTestId('bell-count');
  await expect(bell).toBeVisible();
  // Wait for the new task's notification to settle, then read the count.
  await expect(bell).not.toHaveAttribute('data-count', '0', { timeout: 30_000 });
  await page.waitForTimeout(2_000);
  const before = Number(await bell.getAttribute('data-count'));

  const message = `Đề nghị báo cáo tiến độ ${suffix}`;
  await call('coordinator', 'POST', `/tasks/${task.id}/assignments/${me.unit_id}/urge`, { message });

  await expect
    .poll(async () => Number(await bell.getAttribute('data-count')), { timeout: 30_000 })
    .toBeGreaterThan(before);

  await page
    .getByRole('link', { name: /Thông báo/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByTestId('notification').filter({ hasText: message });
  await expect(item).toBeVisible();
  await item.getByRole('link', { name: /Đôn đốc/ }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}\\?unit=${me.unit_id}$`));
  await expect(page.getByTestId(`assignment-${me.unit_id}`)).toBeVisible();
  // Opening it marked it read (the bell's count is not compared: the live demo's reminder
  // scan may add other notifications meanwhile).
  await expect
    .poll(
      async () => {
        const unread = await call<{ items: { title: string; body: string }[] }>(
          'unit_officer',
          'GET',
          '/me/notifications?unread=true&limit=200',
        );
        return unread.items.some((n) => `${n.title} ${n.body}`.includes(message));
      },
      { timeout: 15_000 },
    )
    .toBe(false);
});
