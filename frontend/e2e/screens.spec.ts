import { test, expect, apiHas, login, shot } from './fixtures';
import { resolve } from 'node:path';
import { ensureOpenConsultation } from './api';

// The city master-plan consultation the importer's golden tests read (Markdown, no sub-phases).
const SAMPLE_PLAN = resolve(
  import.meta.dirname,
  '../../tests/importer/fixtures/ke-hoach-45-KH-UBND-quy-hoach-chung.md',
);

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

test('an admin manages users, units, groups and service accounts', async ({ page }) => {
  await login(page, 'admin');
  await page.getByRole('link', { name: 'Quản trị', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Người dùng' })).toBeVisible();
  await shot(page, 'admin-users');

  await page.getByRole('button', { name: 'Sửa Cán bộ Ban Tuyên giáo' }).click();
  await expect(page.getByRole('dialog', { name: 'Sửa người dùng' })).toBeVisible();
  await shot(page, 'admin-user-edit');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Đơn vị', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Đơn vị' })).toBeVisible();
  await shot(page, 'admin-units');

  await page.getByRole('tab', { name: 'Nhóm đơn vị' }).click();
  await shot(page, 'admin-unit-groups');

  await page.getByRole('tab', { name: 'Tài khoản dịch vụ' }).click();
  await page.getByRole('button', { name: 'Thêm tài khoản dịch vụ' }).click();
  await page.getByLabel('Tên hệ thống').fill('Cổng thông tin tỉnh');
  await page.getByRole('dialog').getByRole('button', { name: 'Thêm tài khoản dịch vụ' }).click();
  await expect(page.getByText('Khoá bí mật chỉ hiển thị một lần')).toBeVisible();
  await shot(page, 'admin-service-account-secret');
  await page.getByRole('button', { name: 'Tôi đã lưu khoá' }).click();
  await expect(page.getByRole('table', { name: 'Tài khoản dịch vụ' })).toContainText('Cổng thông tin tỉnh');
});

test('a coordinator reads the audit log', async ({ page }) => {
  await login(page, 'coordinator');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Nhật ký thay đổi' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký thay đổi' })).toBeVisible();
  await shot(page, 'coordinator-audit');
});

test('a moderator sees the synthesis and the clusters', async ({ page }) => {
  test.skip(!(await apiHas('/api/v1/consultations/{consultation_id}/synthesis')), 'synthesis not on this backend');
  const consultation = await ensureOpenConsultation();
  await login(page, 'moderator');
  await page.goto(`/feedback/${consultation.id}/synthesis`);
  await expect(page.getByRole('button', { name: 'Báo cáo tổng hợp (DOCX)' })).toBeVisible();
  await shot(page, 'moderator-synthesis');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await page.goto(`/feedback/${consultation.id}/clusters`);
  await shot(page, 'moderator-clusters');
});

test('a coordinator reviews a plan document before importing it', async ({ page }) => {
  test.skip(!(await apiHas('/api/v1/plans/import')), 'plan import not on this backend');
  await login(page, 'coordinator');
  await page.goto('/plans/import');
  await page.locator('input[type=file]').setInputFiles(SAMPLE_PLAN);
  await page.getByRole('button', { name: 'Đọc và xem trước' }).click();
  await expect(page.getByRole('button', { name: 'Tạo kế hoạch' })).toBeVisible();
  await shot(page, 'coordinator-import-preview');
});

test('the signed-in app in English, and a task on a 360 px phone', async ({ page }) => {
  test.skip(!(await apiHas('/api/v1/plans/import')), 'no demo plan on this backend');
  await login(page, 'coordinator');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kế hoạch', exact: true })
    .click();
  await page
    .locator('h2 a')
    .filter({ hasText: /đại hội/iu })
    .first()
    .click();
  await page.locator('label').filter({ hasText: 'EN' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Tasks' })).toBeVisible();
  await shot(page, 'coordinator-plan-english');
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.locator('[role=listitem] a').first().click();
  await expect(page.getByRole('heading', { name: 'Units' })).toBeVisible();
  await shot(page, 'task-page-english-360');
});
