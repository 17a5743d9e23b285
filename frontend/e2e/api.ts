/** Direct API calls the browser tests use to arrange data (never to assert what the UI should show). */
import { account } from './fixtures';

export async function token(role: string): Promise<string> {
  const { email, password } = account(role);
  const res = await fetch(`${process.env.E2E_BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${role}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function call<T>(role: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${process.env.E2E_BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token(role)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/**
 * The demo is meant to create an open consultation (issue 5). Until it does,
 * the scenario opens one itself on a small draft, so the public part can run.
 */
export async function ensureOpenConsultation(): Promise<{ id: string; title: string }> {
  const pub = await fetch(`${process.env.E2E_BASE_URL}/api/v1/public/consultations`);
  if (pub.ok) {
    const page = (await pub.json()) as { items: { id: string; title: string; accepting_feedback: boolean }[] };
    const open = page.items.find((c) => c.accepting_feedback);
    if (open) return open;
  }
  const doc = await call<{ id: string; current_version: number }>('admin', 'POST', '/documents', {
    title: 'Dự thảo Báo cáo chính trị (e2e)',
    status: 'published',
    sections: [
      {
        number: 'I',
        heading: 'Đánh giá kết quả nhiệm kỳ',
        text: 'Kinh tế tăng trưởng khá, đời sống Nhân dân được cải thiện.',
      },
      { number: 'II', heading: 'Phương hướng nhiệm kỳ tới', text: 'Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.' },
    ],
  });
  const now = Date.now();
  const c = await call<{ id: string; title: string }>('admin', 'POST', '/consultations', {
    document_id: doc.id,
    title: 'Lấy ý kiến dự thảo Báo cáo chính trị (e2e)',
    audiences: ['citizen'],
    opens_at: new Date(now - 86_400_000).toISOString(),
    closes_at: new Date(now + 30 * 86_400_000).toISOString(),
    status: 'open',
  });
  return c;
}
