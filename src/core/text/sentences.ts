export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'cf']);

/**
 * Sentence spans of a block of text: ends at `.`, `!`, `?` or `;` followed by a space or the end,
 * except after a common abbreviation; a blank line also ends one.
 */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== ';') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '"' && next !== "'" && next !== ')') continue;
    if (c === '.' && ABBREVIATIONS.has(/([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1]?.toLowerCase() ?? '')) continue;
    push(i + 1);
  }
  push(text.length);
  return spans;
}
