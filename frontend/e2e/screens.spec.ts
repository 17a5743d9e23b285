import { test, expect, login, shot } from './fixtures';

// A screenshot of each main screen, per role, for a human to look at.

test('the login page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await shot(page, 'login');
});

test('the public consultation list needs no sign-in', async ({ page }) => {
  await page.goto('/public/consultations');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await shot(page, 'public-consultations');
});

test('a coordinator lands on the dashboard', async ({ page }) => {
  await login(page, 'coordinator');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await shot(page, 'coordinator-dashboard');
});

test('a unit officer on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'unit_officer');
  await page.goto('/my-work');
  await shot(page, 'officer-my-work-390');
});
