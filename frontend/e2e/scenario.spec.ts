import { test, expect, apiHas, login, shot } from './fixtures';
import { call, ensureOpenConsultation } from './api';

// Issue 6's scenario, told in order: one plan, one task, one unit, one citizen.
test.describe.configure({ mode: 'serial' });

// Each part runs once the backend serves what it needs (the backend issues land one by one).
test.beforeEach(async ({}, testInfo) => {
  const needs: Record<string, string[]> = {
    plan: ['/api/v1/plans/{plan_id}/tasks', '/api/v1/me/assignments', '/api/v1/plans/import'],
    feedback: [
      '/api/v1/consultations/{consultation_id}/feedback',
      '/api/v1/feedback/{feedback_id}',
      '/api/v1/documents',
    ],
  };
  const part =
    testInfo.title.includes('public') || testInfo.title.includes('moderator') || testInfo.title.includes('receipt')
      ? 'feedback'
      : 'plan';
  for (const path of needs[part]!) test.skip(!(await apiHas(path)), `${path} has not landed on this backend yet`);
});

const stamp = Date.now().toString(36);
const TASK_TITLE = `Tổ chức tọa đàm về dự thảo văn kiện (${stamp})`;
const FEEDBACK = `Đề nghị bổ sung giải pháp cụ thể về chuyển đổi số cấp xã (${stamp}).`;
const ANSWER = 'Ban soạn thảo tiếp thu, bổ sung tại mục II.3 của dự thảo.';
const OFFICER_UNIT = 'Ban Tuyên giáo Tỉnh ủy';
const OTHER_UNIT = 'Báo Đắk Lắk';

let taskUrl = '';
let otherUnitId = '';
let consultationTitle = '';
let receipt = '';

async function pickOption(page: import('@playwright/test').Page, label: string | RegExp, option: string) {
  const input = page.getByRole('textbox', { name: label });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a coordinator sees the seed plan’s timeline and gives a unit a task', async ({ page }) => {
  await login(page, 'coordinator');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kế hoạch', exact: true })
    .click();
  await page
    .getByRole('link', { name: /Tuyên truyền đại hội đảng bộ các cấp/ })
    .first()
    .click();

  const timeline = page.getByRole('region', { name: 'Biểu đồ các đợt và mốc thời gian' });
  await expect(timeline).toBeVisible();
  await expect(timeline.getByTestId('phase-I')).toBeVisible();
  await expect(timeline.getByTestId('phase-3.1')).toBeVisible();
  await expect(timeline.getByText('Đại hội đảng bộ cấp huyện', { exact: true })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /Dời mốc “Đại hội đảng bộ cấp huyện”/ })).toBeVisible();
  await shot(page, 'coordinator-plan-timeline');

  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
  await expect(page.getByRole('list', { name: 'Danh sách nhiệm vụ' })).toBeVisible();
  await shot(page, 'coordinator-task-list');
  await page.getByRole('link', { name: 'Giao nhiệm vụ mới' }).click();

  await page.getByLabel('Tên nhiệm vụ').fill(TASK_TITLE);
  await page.getByLabel('Nội dung').fill('Mời đại diện các tầng lớp Nhân dân góp ý vào dự thảo Báo cáo chính trị.');
  await pickOption(page, /Đơn vị chủ trì/, OFFICER_UNIT);
  await pickOption(page, /^Đơn vị phối hợp/, OTHER_UNIT);
  await page.keyboard.press('Escape');
  await page.locator('label').filter({ hasText: 'Ngày cụ thể' }).click();
  await page.getByLabel('Hạn hoàn thành').fill('30/12/2030');
  await page.keyboard.press('Escape');
  await shot(page, 'coordinator-create-task');
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TASK_TITLE })).toBeVisible();
  await expect(page.getByText('Hạn: 30/12/2030')).toBeVisible();
  taskUrl = new URL(page.url()).pathname;
  const taskId = taskUrl.split('/').pop()!;
  const task = await call<{ assignments: { unit_id: string; role: string }[] }>(
    'coordinator',
    'GET',
    `/tasks/${taskId}`,
  );
  otherUnitId = task.assignments.find((a) => a.role === 'support')!.unit_id;
  await shot(page, 'coordinator-task-page');
});

test('the unit’s officer sees it on a phone and reports progress', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    baseURL: process.env.E2E_BASE_URL,
  });
  const page = await context.newPage();
  await login(page, 'unit_officer');
  await page.goto('/my-work');
  const card = page.getByRole('listitem').filter({ hasText: TASK_TITLE });
  await expect(card).toBeVisible();
  await shot(page, 'officer-my-work-390x844');

  await card.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  await card.getByLabel('Tình trạng').selectOption('in_progress');
  await card.getByRole('textbox', { name: 'Mức độ hoàn thành' }).fill('60');
  await card.getByLabel('Ghi chú').fill('Đã gửi giấy mời, dự kiến tổ chức trong tháng.');
  await card.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(card.getByText('Đã lưu báo cáo tiến độ.')).toBeVisible();
  await shot(page, 'officer-progress-posted-390x844');

  // Another unit's part of the same task: refused in the UI.
  await page.goto(`${taskUrl}/assignments/${otherUnitId}/edit`);
  await expect(page.getByRole('alert')).toContainText('Bạn chỉ có thể cập nhật phần việc của đơn vị mình');
  await shot(page, 'officer-refused-other-unit-390x844');
  await context.close();
});

test('the coordinator sees the progress', async ({ page }) => {
  await login(page, 'coordinator');
  await page.goto(taskUrl);
  const mine = page.getByRole('listitem').filter({ hasText: OFFICER_UNIT }).first();
  await expect(mine.getByText('60%')).toBeVisible();
  await mine.getByRole('button', { name: 'Xem lịch sử' }).click();
  await expect(mine.getByText('Đã gửi giấy mời, dự kiến tổ chức trong tháng.')).toBeVisible();
  await shot(page, 'coordinator-sees-progress');
});

test('a member of the public comments on a section and gets a receipt', async ({ browser }) => {
  const consultation = await ensureOpenConsultation();
  consultationTitle = consultation.title;
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    baseURL: process.env.E2E_BASE_URL,
  });
  const page = await context.newPage();
  await page.goto('/public/consultations');
  await shot(page, 'public-consultations-390');
  await page.getByRole('link', { name: consultation.title }).click();
  await page.getByRole('button', { name: 'Góp ý mục này' }).first().click();
  await page.getByLabel('Ý kiến của bạn').fill(FEEDBACK);
  await shot(page, 'public-feedback-form-390');
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByRole('heading', { name: 'Cảm ơn bạn đã góp ý' })).toBeVisible();
  receipt = (await page.getByTestId('receipt-code').textContent())!.trim();
  expect(receipt.length).toBeGreaterThan(6);
  await shot(page, 'public-receipt-390');
  await context.close();
});

test('a moderator answers it', async ({ page }) => {
  await login(page, 'moderator');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Ý kiến góp ý' }).click();
  // The consultation the citizen wrote to (other stories may have opened others).
  await page.getByRole('link', { name: consultationTitle }).first().click();
  await page.getByRole('searchbox', { name: 'Tìm trong nội dung' }).fill(stamp);
  const row = page.getByRole('listitem').filter({ hasText: FEEDBACK });
  await expect(row).toBeVisible();
  await shot(page, 'moderator-queue');
  await row.getByRole('button', { name: 'Xem và trả lời' }).click();
  const drawer = page.getByRole('dialog', { name: 'Góp ý' });
  await drawer.getByRole('textbox', { name: 'Trạng thái' }).click();
  await page.getByRole('option', { name: 'Được tiếp thu' }).click();
  await drawer.getByLabel('Trả lời chính thức').fill(ANSWER);
  await shot(page, 'moderator-answer');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();
  // The queue shows what needs action: an answered opinion is under "all".
  await page
    .locator('label')
    .filter({ hasText: /^Tất cả/ })
    .click();
  await expect(row.getByText('Được tiếp thu')).toBeVisible();
});

test('the receipt page shows the answer', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'vi-VN', baseURL: process.env.E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(`/public/feedback/${encodeURIComponent(receipt)}`);
  await expect(page.getByTestId('official-answer')).toContainText(ANSWER);
  await expect(page.getByText('Được tiếp thu')).toBeVisible();
  await shot(page, 'public-receipt-answered');
  await context.close();
});
