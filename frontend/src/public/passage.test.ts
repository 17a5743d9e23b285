import { codePointOffset, passageFromOffsets, passageFromRange } from './passage';

const TEXT = 'Tổ chức lấy ý kiến của Nhân dân\ngóp ý dự thảo văn kiện Đại hội.';

function container(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.appendChild(el);
  return el;
}

describe('passageFromOffsets', () => {
  it('takes the quoted text and its offsets, trimming surrounding white space', () => {
    const start = TEXT.indexOf('Nhân dân');
    const p = passageFromOffsets(TEXT, start - 1, start + 'Nhân dân'.length + 1);
    expect(p).toMatchObject({ quote: 'Nhân dân', start, end: start + 8 });
  });

  it('returns null for an empty or white-space selection', () => {
    expect(passageFromOffsets(TEXT, 5, 5)).toBeNull();
    expect(passageFromOffsets('a   b', 1, 4)).toBeNull();
  });

  it('counts in code points, as the server (Python) does', () => {
    const text = '🇻🇳 Việt Nam';
    const s16 = text.indexOf('Việt');
    const p = passageFromOffsets(text, s16, s16 + 4)!;
    expect(p.quote).toBe('Việt');
    expect(p.start).toBe(3); // two regional indicators + space
    expect([...text].slice(p.start, p.end).join('')).toBe('Việt');
    expect(codePointOffset(text, s16)).toBe(3);
  });
});

describe('passageFromRange', () => {
  it('reads offsets of a DOM selection inside the section text', () => {
    const el = container(`<p>${TEXT}</p>`);
    const node = el.firstChild!.firstChild!;
    const range = document.createRange();
    const start = TEXT.indexOf('dự thảo');
    range.setStart(node, start);
    range.setEnd(node, start + 'dự thảo'.length);
    expect(passageFromRange(el.firstChild!, range, TEXT)).toMatchObject({ quote: 'dự thảo', start, end: start + 7 });
  });

  it('counts across inline markup (a highlighted passage)', () => {
    const el = container('<p>Tổ chức <mark>lấy ý kiến</mark> của Nhân dân</p>');
    const text = 'Tổ chức lấy ý kiến của Nhân dân';
    const last = el.firstChild!.lastChild!; // " của Nhân dân"
    const range = document.createRange();
    range.setStart(last, 5);
    range.setEnd(last, 13);
    expect(passageFromRange(el.firstChild!, range, text)).toMatchObject({ quote: 'Nhân dân', start: 23, end: 31 });
  });

  it('clips a selection that starts before the section (in its heading)', () => {
    const el = container(`<h2>Mục 1</h2><p>${TEXT}</p>`);
    const heading = el.firstChild!.firstChild!;
    const body = el.lastChild!.firstChild!;
    const range = document.createRange();
    range.setStart(heading, 0);
    range.setEnd(body, 7);
    expect(passageFromRange(el.lastChild!, range, TEXT)).toMatchObject({ quote: 'Tổ chức', start: 0, end: 7 });
  });

  it('is null for a selection outside the section', () => {
    const el = container(`<h2>Mục 1</h2><p>${TEXT}</p>`);
    const range = document.createRange();
    range.selectNodeContents(el.firstChild!);
    expect(passageFromRange(el.lastChild!, range, TEXT)).toBeNull();
  });
});
