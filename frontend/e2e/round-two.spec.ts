import { resolve } from 'node:path';
import { test, expect, login, shot } from './fixtures';
import { call } from './api';

// Issue 12's stories, in order: a consultation from a draft upload to its synthesis; a plan edited;
// an officer's landing page; a password changed.
test.describe.configure({ mode: 'serial' });

const DRAFT_DOCX = resolve(
  import.meta.dirname,
  '../../tests/importer/fixtures/ke-hoach-1520-KH-BTTTT-chuyen-doi-so.docx',
);
const stamp = Date.now().toString(36);
const DOC_TITLE = `Dự thảo kế hoạch chuyển đổi số (${stamp})`;
const CONSULTATION_TITLE = `Lấy ý kiến dự thảo chuyển đổi số (${stamp})`;
const CITIZEN_OPINION = `Đề nghị bổ sung chỉ tiêu về chữ ký số cho người dân (${stamp}).`;
const TEMPLATE_BODY = `Ban soạn thảo xin tiếp thu và bổ sung vào dự thảo (${stamp}).`;
let consultationUrl = '';

test('a coordinator uploads a draft .docx and opens a consultation on it', async ({ page }) => {
  await login(page, 'coordinator');
  await page.goto('/documents');
  await page.getByLabel('Tên dự thảo').fill(DOC_TITLE);
  await page.locator('input[type=file]').setInputFiles(DRAFT_DOCX);
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DOC_TITLE })).toBeVisible();
  await expect(page.getByTestId('version-diff').locator('[data-change]').first()).toBeVisible();
  await shot(page, 'coordinator-document-uploaded');

  await page.getByLabel('Tên đợt lấy ý kiến').fill(CONSULTATION_TITLE);
  await page.getByRole('button', { name: 'Tạo đợt lấy ý kiến' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CONSULTATION_TITLE })).toBeVisible();
  await expect(page.getByText('Đang lấy ý kiến').first()).toBeVisible();
  consultationUrl = new URL(page.url()).pathname;
});

test('a citizen comments on a phone', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    locale: 'vi-VN',
    baseURL: process.env.E2E_BASE_URL,
  });
  const page = await context.newPage();
  await page.goto('/public/consultations');
  await page.getByRole('link', { name: CONSULTATION_TITLE }).click();
  await page.getByRole('button', { name: 'Góp ý mục này' }).first().click();
  await page.getByLabel('Ý kiến của bạn').fill(CITIZEN_OPINION);
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByRole('heading', { name: 'Cảm ơn bạn đã góp ý' })).toBeVisible();
  await context.close();
});

test('an officer records a meeting of five opinions by keyboard only', async ({ page }) => {
  test.setTimeout(180_000); // typed key by key on a shared machine
  await login(page, 'unit_officer');
  await page.goto('/meetings/new');
  await page.getByLabel('Đợt lấy ý kiến').selectOption({ label: CONSULTATION_TITLE });
  await page.getByLabel('Tên hội nghị').focus();
  await page.keyboard.type('Hội nghị lấy ý kiến cán bộ hưu trí phường Tân Lợi');
  await page.keyboard.press('Tab');
  const today = new Date();
  await page.keyboard.type(
    `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`,
  );
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hội trường Ủy ban nhân dân phường');
  await page.keyboard.press('Tab');
  for (let i = 1; i <= 5; i++) {
    await page.keyboard.type(`Ý kiến ${i} (${stamp})`);
    if (i < 5) await page.keyboard.press('Control+Enter');
  }
  await shot(page, 'officer-meeting-typed');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu 5 ý kiến' })).toBeVisible();
  await shot(page, 'officer-meeting-saved');
});

test('a moderator answers from a template', async ({ page }) => {
  const consultationId = consultationUrl.split('/')[2]!;
  await call('moderator', 'POST', '/answer-templates', {
    title: `Tiếp thu (${stamp})`,
    body: TEMPLATE_BODY,
    consultation_id: consultationId,
  });
  await login(page, 'moderator');
  await page.goto(consultationUrl);
  const row = page.getByRole('listitem').filter({ hasText: CITIZEN_OPINION });
  await row.getByRole('button', { name: 'Xem và trả lời' }).click();
  const drawer = page.getByRole('dialog', { name: 'Góp ý' });
  await drawer.getByRole('textbox', { name: 'Trạng thái' }).click();
  await page.getByRole('option', { name: 'Được tiếp thu' }).click();
  await drawer.getByRole('textbox', { name: 'Dùng mẫu trả lời' }).click();
  await page.getByRole('option', { name: `Tiếp thu (${stamp})` }).click();
  await expect(drawer.getByLabel('Trả lời chính thức')).toHaveValue(TEMPLATE_BODY);
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();
});

test('the coordinator closes the consultation and downloads the synthesis', async ({ page }) => {
  await login(page, 'coordinator');
  await page.goto(consultationUrl);
  // One citizen's opinion and the meeting's five: six.
  await expect(page.getByTestId('consultation-counts')).toContainText('6 góp ý');
  await page.getByRole('button', { name: 'Kết thúc lấy ý kiến' }).click();
  await expect(page.getByRole('button', { name: 'Mở lại' })).toBeVisible();
  await page.goto(`${consultationUrl}/synthesis`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Báo cáo tổng hợp (DOCX)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await shot(page, 'coordinator-synthesis-closed');

  // Publish the synthesis: the public reads the counts (never an opinion's text).
  await page.goto(consultationUrl);
  await page.getByRole('button', { name: 'Công bố kết quả tổng hợp' }).click();
  await expect(page.getByTestId('synthesis-published')).toBeVisible();
  await page.getByRole('link', { name: 'Xem trang công khai' }).click();
  await expect(page.getByText('Tổng số ý kiến: 6')).toBeVisible();
  await expect(page.getByText(CITIZEN_OPINION)).toHaveCount(0);
  await shot(page, 'public-synthesis');
});

test('a coordinator adds a phase anchored to a milestone and moves the milestone', async ({ page }) => {
  await login(page, 'coordinator');
  const plans = await call<{ items: { id: string }[] }>('coordinator', 'GET', '/plans');
  const planId = plans.items[0]!.id;
  await page.goto(`/plans/${planId}/edit`);
  const milestoneTitle = `Hội nghị sơ kết (${stamp})`;
  const newMilestone = page.getByTestId('milestone-new');
  await newMilestone.getByLabel('Tên mốc').fill(milestoneTitle);
  await newMilestone.getByLabel('Ngày (dd/mm/yyyy)').fill('15/06/2027');
  await newMilestone.getByRole('button', { name: 'Thêm mốc' }).click();
  await expect(
    page.getByTestId('milestone').filter({ has: page.locator(`input[value="${milestoneTitle}"]`) }),
  ).toBeVisible();

  const phase = page.getByTestId('phase-new');
  await phase.getByLabel('Ký hiệu').fill(`S${stamp.slice(-3)}`);
  await phase.getByLabel('Tên đợt').fill(`Đợt sơ kết (${stamp})`);
  await phase.getByLabel('Bắt đầu: cách tính ngày').selectOption('milestone');
  await phase.getByLabel('Bắt đầu: mốc').selectOption({ label: milestoneTitle });
  await phase.getByLabel('Bắt đầu: đầu hay cuối mốc').selectOption('start');
  await phase.getByLabel('Kết thúc: cách tính ngày').selectOption('milestone');
  await phase.getByLabel('Kết thúc: mốc').selectOption({ label: milestoneTitle });
  await phase.getByLabel('Kết thúc: cộng thêm số ngày').fill('10');
  await phase.getByRole('button', { name: 'Thêm đợt' }).click();
  const added = page.getByTestId(`phase-S${stamp.slice(-3)}`);
  await expect(added).toContainText('15/06/2027 → 25/06/2027');

  const milestone = page.getByTestId('milestone').filter({ has: page.locator(`input[value="${milestoneTitle}"]`) });
  await milestone.getByLabel('Ngày (dd/mm/yyyy)').fill('20/06/2027');
  await milestone.getByRole('button', { name: 'Lưu' }).click();
  await expect(added).toContainText('20/06/2027 → 30/06/2027');
  await shot(page, 'coordinator-plan-edit');
});

test('an officer lands on the unit’s work and sees an item due in 3 days in the right group', async ({ page }) => {
  await login(page, 'unit_officer');
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByText('Ban Tuyên giáo Tỉnh ủy').first()).toBeVisible();
  const soon = page.getByTestId('group-soon');
  await expect(soon.getByText('Còn 3 ngày')).toBeVisible();
  await expect(soon.getByText(/Nắm bắt tình hình tư tưởng/)).toBeVisible();
  await shot(page, 'officer-landing');
});

test('a user changes their password and signs in with the new one', async ({ page }) => {
  const email = `doi.mat.khau.${stamp}@example.org`;
  await call('admin', 'POST', '/users', {
    email,
    full_name: 'Người đổi mật khẩu',
    role: 'viewer',
    password: 'mat-khau-cu-123',
  });
  await page.goto('/login');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill('mat-khau-cu-123');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Signed in (the session is set up) before the page is reloaded on /account.
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/account');
  await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-cu-123');
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('mat-khau-moi-456');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-456');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Đã đổi mật khẩu.', { exact: false })).toBeVisible();
  await shot(page, 'account-password-changed');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill('mat-khau-moi-456');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
});
