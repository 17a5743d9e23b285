import { test, expect, apiHas, login, shot } from './fixtures';
import { ensureOpenConsultation } from './api';

// A short plan in the shape the importer reads (header, phases, units with tasks).
const SAMPLE_PLAN = `BAN THƯỜNG VỤ TỈNH ỦY
Số 12-KH/TU
Đắk Lắk, ngày 02 tháng 3 năm 2021

KẾ HOẠCH
tuyên truyền kỷ niệm ngày thành lập tỉnh

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Giáo dục truyền thống.
2. Yêu cầu
- Thiết thực, tiết kiệm.

II. NỘI DUNG, THỜI GIAN TUYÊN TRUYỀN
1. Đợt I: Từ đầu tháng 3/2021 đến hết tháng 4/2021
- Lịch sử hình thành tỉnh.
2. Đợt II: Từ tháng 5/2021 đến hết tháng 6/2021
- Thành tựu phát triển.

III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Tỉnh ủy
- Hướng dẫn tuyên truyền, tiến độ: xong trước 15/3/2021.
2. Báo Đắk Lắk
- Mở chuyên trang, chuyên mục.

Nơi nhận:
- Các huyện ủy,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn A
`;

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
  await page.getByRole('link', { name: 'Quản trị' }).click();
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
  await page.locator('input[type=file]').setInputFiles({
    name: 'ke-hoach-thu.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(SAMPLE_PLAN, 'utf8'),
  });
  await page.getByRole('button', { name: 'Đọc và xem trước' }).click();
  await expect(page.getByRole('button', { name: 'Tạo kế hoạch' }).or(page.getByRole('alert'))).toBeVisible();
  await shot(page, 'coordinator-import-preview');
});
