/**
 * A moderator answers a near-duplicate cluster in which one member asks for more than
 * the others: that member is flagged, unticked in the bulk dialog, and keeps its state.
 */
import { call } from './api';
import { expect, login, shot, test } from './fixtures';

const LETTER =
  'Về giáo dục, cần rà soát, sắp xếp lại mạng lưới trường lớp phù hợp với thực tế dân cư, tránh dồn ghép ' +
  'máy móc gây khó khăn cho học sinh vùng sâu. Cần bảo đảm đủ giáo viên theo định mức cho các điểm trường ' +
  'lẻ. Đề nghị ưu tiên kiên cố hóa phòng học ở các xã đặc biệt khó khăn.';
const TEXTS = [
  LETTER,
  `${LETTER} Xin cảm ơn.`,
  `Kính gửi Ban soạn thảo. ${LETTER}`,
  `${LETTER} Ngoài ra cũng cần quan tâm đến bữa ăn bán trú cho các em.`, // asks for more: flagged
];

interface Cluster {
  cluster_id: string;
  size: number;
  flagged: number;
}
interface Feedback {
  id: string;
  status: string;
  response: string | null;
}

async function openConsultation(): Promise<string> {
  const doc = await call<{ id: string }>('admin', 'POST', '/documents', {
    title: 'Dự thảo Kế hoạch phát triển giáo dục (e2e cụm)',
    status: 'published',
    sections: [{ number: 'I', heading: 'Mạng lưới trường lớp', text: 'Sắp xếp mạng lưới trường lớp hợp lý.' }],
  });
  const now = Date.now();
  const c = await call<{ id: string }>('admin', 'POST', '/consultations', {
    document_id: doc.id,
    title: 'Lấy ý kiến Kế hoạch phát triển giáo dục (e2e cụm)',
    audiences: ['citizen'],
    opens_at: new Date(now - 86_400_000).toISOString(),
    closes_at: new Date(now + 30 * 86_400_000).toISOString(),
    status: 'open',
  });
  return c.id;
}

test('a flagged member of a cluster keeps its state when the rest are answered', async ({ page }) => {
  const consultationId = await openConsultation();
  const ids: string[] = [];
  for (const body of TEXTS) {
    const receipt = await call<{ id: string }>('admin', 'POST', `/consultations/${consultationId}/feedback`, {
      body,
      contributor_group: 'citizen',
      channel: 'web',
    });
    ids.push(receipt.id);
  }
  // The clustering worker runs just after commit, in the server.
  let cluster: Cluster | undefined;
  await expect
    .poll(
      async () => {
        const { items: clusters } = await call<{ items: Cluster[] }>(
          'moderator',
          'GET',
          `/consultations/${consultationId}/clusters?limit=200`,
        );
        cluster = clusters.find((c) => c.size === TEXTS.length);
        return cluster?.flagged ?? -1;
      },
      { timeout: 30_000 },
    )
    .toBe(1);

  await login(page, 'moderator');
  await page.goto(`/feedback/${consultationId}/clusters`);
  await page.getByRole('link', { name: 'Xem xét nhóm' }).click();
  const members = page.getByRole('list', { name: 'Các góp ý trong nhóm' });
  await expect(members.getByTestId('cluster-member')).toHaveCount(TEXTS.length);
  const flagged = members.locator('[data-flagged="true"]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged.locator('mark[data-content="true"]')).toContainText('bữa ăn bán trú');
  await shot(page, 'clusters-review');

  async function answerGroup(status: string, answer?: string) {
    await page.getByRole('button', { name: 'Trả lời cả nhóm…' }).click();
    const dialog = page.getByRole('dialog');
    const who = dialog.getByRole('list', { name: 'Những góp ý nhận câu trả lời' });
    await expect(who.locator('input[data-flagged="true"]')).not.toBeChecked();
    await expect(who.locator('input[data-flagged="false"]')).toHaveCount(3);
    for (const box of await who.locator('input[data-flagged="false"]').all()) await expect(box).toBeChecked();
    const bar = dialog.getByRole('region', { name: 'Xử lý hàng loạt' });
    await bar.getByRole('textbox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: status }).click();
    if (answer) await bar.getByLabel(/Trả lời chính thức/).fill(answer);
    await shot(page, `clusters-bulk-${status}`);
    await bar.getByRole('button', { name: 'Áp dụng cho 3 góp ý' }).click();
    await expect(dialog).toBeHidden();
  }
  await answerGroup('Đang xem xét');
  await answerGroup('Không tiếp thu', 'Nội dung đã có trong dự thảo Kế hoạch.');

  const after = await Promise.all(ids.map((id) => call<Feedback>('moderator', 'GET', `/feedback/${id}`)));
  expect(after.map((f) => f.status)).toEqual(['not_accepted', 'not_accepted', 'not_accepted', 'received']);
  expect(after[3]!.response).toBeNull();
  await expect(flagged.getByText('Đã tiếp nhận')).toBeVisible();
  await shot(page, 'clusters-answered');
});
