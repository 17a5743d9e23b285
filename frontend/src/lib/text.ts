/**
 * The search key the backend uses (core/text.py): NFD, combining marks
 * dropped, đ → d, lower case — so "dai hoi" finds "Đại hội" on the client too.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Every word of `query` appears in `text`, both folded. */
export function matchesQuery(text: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}
