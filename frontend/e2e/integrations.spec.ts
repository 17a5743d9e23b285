/**
 * Issue #10, item 7: an admin connects a third-party system from the "Tích hợp" screen.
 * A real receiver on 127.0.0.1 checks each delivery's Standard Webhooks signature with the
 * secret the screen showed once; the delivery log then shows the receiver's answer.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, login, shot, test } from './fixtures';

type Delivery = { headers: IncomingHttpHeaders; body: string };

function verified(secret: string, d: Delivery): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${d.headers['webhook-id']}.${d.headers['webhook-timestamp']}.${d.body}`;
  const expected = createHmac('sha256', key).update(signed).digest();
  return String(d.headers['webhook-signature'] ?? '')
    .split(' ')
    .some((part) => {
      const [version, sig] = part.split(',');
      const given = Buffer.from(sig ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

test.describe('integrations', () => {
  let server: Server;
  const received: Delivery[] = [];

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('nhận được');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  test.afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  test('an admin adds an endpoint, keeps the secret shown once, sends a test event and reads the log', async ({
    page,
  }) => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/plandesk`;
    await login(page, 'admin');
    await page.goto('/integrations');
    await expect(page.getByRole('heading', { name: 'Tích hợp', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Thêm điểm nhận' }).first().click();
    const form = page.getByRole('form', { name: 'Thêm điểm nhận' });
    await form.getByLabel('Địa chỉ URL').fill(url);
    // Every event is subscribed by default; it shows as a pill in the events box.
    await expect(form.getByText('Mọi sự kiện (*)')).toBeVisible();
    await form.getByRole('button', { name: 'Thêm điểm nhận' }).click();

    // The secret, once: read it from the dialog before it is gone for good.
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Chỉ hiển thị một lần')).toBeVisible();
    const secret = (await dialog.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    await shot(page, 'integrations-secret-once');
    await dialog.getByRole('button', { name: 'Tôi đã lưu khoá' }).click();

    const row = page.getByRole('row').filter({ hasText: url });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: 'Gửi sự kiện thử' }).click();
    await expect(page.getByText('Đã xếp hàng sự kiện thử')).toBeVisible();

    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const test = received.find((d) => JSON.parse(d.body).type === 'webhook.test');
    expect(test, 'the test event reached the receiver').toBeDefined();
    expect(verified(secret, test!), 'signed with the secret shown once').toBe(true);
    expect(verified(`whsec_${Buffer.alloc(32).toString('base64')}`, test!)).toBe(false);

    await row.getByRole('button', { name: 'Nhật ký gửi' }).click();
    const log = page.getByRole('table').filter({ hasText: 'webhook.test' });
    await expect(log.getByRole('cell', { name: '200' }).first()).toBeVisible({ timeout: 20_000 });
    await shot(page, 'integrations-log');
  });
});
