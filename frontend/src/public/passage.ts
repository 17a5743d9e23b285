/**
 * A passage the reader selected inside one section's text, as the server
 * wants it: the quoted text and its offsets in that section's text.
 *
 * Offsets are counted in Unicode code points (Python's `str` indexing), not in
 * the UTF-16 units JavaScript strings use; the two differ only for characters
 * outside the BMP (emoji, rare CJK), but then they would not match.
 */
export interface Passage {
  quote: string;
  /** Code-point offsets, as sent to the server. */
  start: number;
  end: number;
  /** The same span in UTF-16 units, for slicing the JavaScript string (highlighting). */
  utf16: [number, number];
}

export function codePointOffset(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < utf16Index) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Passage from UTF-16 offsets into `text`, trimmed of surrounding white space
 * (a double-click or a drag often takes a trailing space or line break).
 */
export function passageFromOffsets(text: string, start16: number, end16: number): Passage | null {
  let s = Math.max(0, Math.min(start16, end16));
  let e = Math.min(text.length, Math.max(start16, end16));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  const quote = text.slice(s, e);
  const start = codePointOffset(text, s);
  return { quote, start, end: start + codePointOffset(quote, quote.length), utf16: [s, e] };
}

/**
 * The part of `range` that falls inside `container` (whose text content must
 * be exactly `text`), as a passage; `null` when they do not overlap.
 */
export function passageFromRange(container: Node, range: Range, text: string): Passage | null {
  const doc = container.ownerDocument ?? document;
  const whole = doc.createRange();
  whole.selectNodeContents(container);
  // No overlap: the selection ends before the container starts, or starts after it ends.
  // (DOM naming: START_TO_END compares this range's end with the other's start.)
  if (range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return null;
  if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) return null;

  const startsInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
  const endsInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
  let start16 = 0;
  if (startsInside) {
    const before = doc.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    start16 = before.toString().length;
  }
  let end16 = text.length;
  if (endsInside) {
    const upto = doc.createRange();
    upto.selectNodeContents(container);
    upto.setEnd(range.endContainer, range.endOffset);
    end16 = upto.toString().length;
  }
  return passageFromOffsets(text, start16, end16);
}
