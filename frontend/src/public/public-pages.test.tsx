import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../router';
import { theme } from '../theme';
import { LocationProbe, testQueryClient } from '../test/render';
import { json, mockFetch, pathOf, problem } from '../test/http';
import { tokenStore } from '../api/session';
import type { PublicConsultationDetail } from '../api/types';

const CID = '3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const S1 = '11111111-1111-4111-8111-111111111111';
const S2 = '22222222-2222-4222-8222-222222222222';
const S2_TEXT =
  'Tiếp tục đổi mới nội dung, phương thức lãnh đạo của Đảng;\nphát huy sức mạnh khối đại đoàn kết toàn dân tộc.';

function consultation(opensAt: string, closesAt: string): PublicConsultationDetail {
  const now = Date.now();
  return {
    id: CID,
    title: 'Lấy ý kiến dự thảo Báo cáo chính trị',
    description: null,
    audiences: ['citizen'],
    opens_at: opensAt,
    closes_at: closesAt,
    synthesis_due: null,
    accepting_feedback: Date.parse(opensAt) <= now && now < Date.parse(closesAt),
    document: { id: 'doc-1', title: 'Dự thảo Báo cáo chính trị', version: 2 },
    sections: [
      { id: S1, number: 'I', heading: 'Đánh giá kết quả nhiệm kỳ', text: 'Kinh tế tăng trưởng khá.', position: 0 },
      { id: S2, number: 'II', heading: 'Phương hướng nhiệm kỳ tới', text: S2_TEXT, position: 1 },
    ],
  };
}
const OPEN = consultation('2020-01-01T00:00:00Z', '2999-12-31T00:00:00Z');

function renderAt(route: string) {
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={testQueryClient()}>
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

function publicApi(
  detail = OPEN,
  onFeedback: (body: string) => Response = () =>
    json(201, {
      id: 'fb-1',
      consultation_id: CID,
      receipt_code: 'GY-7KQ2-M9XA',
      submitted_at: '2020-03-02T08:30:00Z',
      status: 'received',
    }),
) {
  return mockFetch((req, body) => {
    const path = pathOf(req);
    if (path === '/api/v1/public/consultations')
      return json(200, { items: [{ ...detail, sections: undefined }], next_cursor: null });
    if (path === `/api/v1/public/consultations/${CID}`) return json(200, detail);
    if (path === `/api/v1/consultations/${CID}/feedback`) return onFeedback(body);
    return problem(404, 'Not Found');
  });
}

describe('public consultation pages (no sign-in)', () => {
  it('lists open consultations with their window in Vietnamese dates', async () => {
    const { calls } = publicApi();
    renderAt('/public/consultations');
    const link = await screen.findByRole('link', { name: 'Lấy ý kiến dự thảo Báo cáo chính trị' });
    expect(link).toHaveAttribute('href', `/public/consultations/${CID}`);
    expect(screen.getByText('Đang lấy ý kiến')).toBeInTheDocument();
    expect(screen.getByText(/^Từ 01\/01\/2020/)).toBeInTheDocument();
    // No session work on public pages.
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/public/consultations?limit=50']);
  });

  it('shows the draft section by section and takes a comment on a section, then the receipt', async () => {
    tokenStore.set('a-staff-token-in-memory'); // public pages stay anonymous regardless
    const { calls } = publicApi();
    renderAt(`/public/consultations/${CID}`);

    const section = await screen.findByRole('region', { name: 'II. Phương hướng nhiệm kỳ tới' });
    expect(within(section).getByText(/phát huy sức mạnh/)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Góp ý mục này' }));

    await userEvent.type(await within(section).findByLabelText(/Ý kiến của bạn/), 'Cần nêu rõ giải pháp cụ thể.');
    await userEvent.selectOptions(within(section).getByLabelText('Bạn góp ý với tư cách'), 'veteran');
    await userEvent.click(within(section).getByRole('button', { name: 'Gửi góp ý' }));

    expect(await screen.findByRole('heading', { name: 'Cảm ơn bạn đã góp ý' })).toBeInTheDocument();
    expect(screen.getByTestId('receipt-code')).toHaveTextContent('GY-7KQ2-M9XA');
    expect(screen.getByTestId('location')).toHaveTextContent(`/public/consultations/${CID}/submitted/GY-7KQ2-M9XA`);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.headers.get('Authorization')).toBeNull();
    expect(JSON.parse(post.body)).toMatchObject({
      body: 'Cần nêu rõ giải pháp cụ thể.',
      contributor_group: 'veteran',
      channel: 'web',
      section_id: S2,
      quote: null,
      quote_start: null,
      quote_end: null,
      name: null,
      contact: null,
    });
  });

  it('comments on a selected passage with its offsets in the section text', async () => {
    const { calls } = publicApi();
    renderAt(`/public/consultations/${CID}`);
    const section = await screen.findByRole('region', { name: 'II. Phương hướng nhiệm kỳ tới' });

    const textNode = within(section).getByText(/phát huy sức mạnh/).firstChild!;
    const quote = 'khối đại đoàn kết';
    const start = S2_TEXT.indexOf(quote);
    act(() => {
      const range = document.createRange();
      range.setStart(textNode, start);
      range.setEnd(textNode, start + quote.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });

    await userEvent.click(await within(section).findByRole('button', { name: 'Góp ý đoạn đã chọn' }));
    expect(await within(section).findByText(quote, { selector: 'blockquote *, blockquote' })).toBeInTheDocument();
    await userEvent.type(within(section).getByLabelText(/Ý kiến của bạn/), 'Đề nghị bổ sung “toàn dân tộc”.');
    await userEvent.click(within(section).getByRole('button', { name: 'Gửi góp ý' }));

    await screen.findByRole('heading', { name: 'Cảm ơn bạn đã góp ý' });
    const sent = JSON.parse(calls.find((c) => c.method === 'POST')!.body);
    expect(sent).toMatchObject({ section_id: S2, quote, quote_start: start, quote_end: start + quote.length });
    expect([...S2_TEXT].slice(sent.quote_start, sent.quote_end).join('')).toBe(quote);
  });

  it('keeps the comment and explains when the consultation has closed meanwhile (409)', async () => {
    publicApi(OPEN, () => problem(409, 'Conflict', { detail: 'Đợt lấy ý kiến đã kết thúc lúc 15/04/2020 17:00.' }));
    renderAt(`/public/consultations/${CID}`);
    const section = await screen.findByRole('region', { name: 'I. Đánh giá kết quả nhiệm kỳ' });
    await userEvent.click(within(section).getByRole('button', { name: 'Góp ý mục này' }));
    await userEvent.type(await within(section).findByLabelText(/Ý kiến của bạn/), 'Ý kiến quan trọng');
    await userEvent.click(within(section).getByRole('button', { name: 'Gửi góp ý' }));

    expect(await within(section).findByText('Đợt lấy ý kiến đã kết thúc lúc 15/04/2020 17:00.')).toBeInTheDocument();
    expect(within(section).getByText('Thao tác không thực hiện được ở trạng thái hiện tại.')).toBeInTheDocument();
    expect(within(section).getByLabelText(/Ý kiến của bạn/)).toHaveValue('Ý kiến quan trọng');
  });

  it('refuses an empty comment without sending anything', async () => {
    const { calls } = publicApi();
    renderAt(`/public/consultations/${CID}`);
    const section = await screen.findByRole('region', { name: 'I. Đánh giá kết quả nhiệm kỳ' });
    await userEvent.click(within(section).getByRole('button', { name: 'Góp ý mục này' }));
    await userEvent.type(await within(section).findByLabelText(/Ý kiến của bạn/), '   ');
    await userEvent.click(within(section).getByRole('button', { name: 'Gửi góp ý' }));
    expect(await within(section).findByText('Vui lòng nhập ý kiến góp ý.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('offers no comment form on a closed consultation', async () => {
    publicApi(consultation('2020-01-01T00:00:00Z', '2020-04-15T10:00:00Z'));
    renderAt(`/public/consultations/${CID}`);
    expect(await screen.findByText(/Đợt lấy ý kiến này đã kết thúc/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Góp ý mục này' })).not.toBeInTheDocument();
  });

  it('looks up a receipt: status and official answer', async () => {
    mockFetch((req) =>
      pathOf(req) === '/api/v1/public/feedback/GY-7KQ2-M9XA'
        ? json(200, {
            consultation_id: CID,
            consultation_title: 'Lấy ý kiến dự thảo Báo cáo chính trị',
            section: { id: S2, number: 'II', heading: 'Phương hướng nhiệm kỳ tới' },
            quote: null,
            submitted_at: '2020-03-02T08:30:00Z',
            status: 'accepted',
            body: 'Cần nêu rõ giải pháp cụ thể.',
            response: 'Ban soạn thảo đã tiếp thu và bổ sung tại mục II.3.',
            responded_at: '2020-03-20T02:00:00Z',
          })
        : problem(404, 'Not Found'),
    );
    renderAt('/public/feedback');
    await userEvent.type(await screen.findByLabelText('Mã tiếp nhận'), ' GY-7KQ2-M9XA ');
    await userEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(await screen.findByTestId('official-answer')).toHaveTextContent(
      'Ban soạn thảo đã tiếp thu và bổ sung tại mục II.3.',
    );
    expect(screen.getByText('Được tiếp thu')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/public/feedback/GY-7KQ2-M9XA');
  });

  it('says so when no feedback has the receipt code', async () => {
    mockFetch(() => problem(404, 'Not Found'));
    renderAt('/public/feedback/NOPE');
    expect(await screen.findByText('Không tìm thấy góp ý với mã này. Kiểm tra lại mã tiếp nhận.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Mã tiếp nhận')).toHaveValue('NOPE'));
  });
});
