import type { Span } from '../../../src/core/privacy/kinds';

/** What each span covers, for readable expectations. */
export function spanTexts(line: string, spans: readonly Span[]): string[] {
  return spans.map((s) => line.slice(s.start, s.end));
}
