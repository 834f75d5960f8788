/** Verbs that bring someone else's text before the quote: "read me a line from a song:", "showed me a card:", "passed on the memo:". */
const TEXT_VERBS = new Set(['read', 'reads', 'showed', 'shows', 'passed', 'forwarded', 'shared', 'pinned', 'handed', 'lent', 'quoted', 'quotes', 'cited']);
/** How far before the quote such a verb may stand: "passed on the regulator's guidance note:". */
const TEXT_REACH = 8;

/** Whether the words before a quote bring a text, not someone's speech: a verb of reading out or passing on, or "…, which says". */
export function quotesText(words: readonly string[]): boolean {
  const n = words.length;
  if (n >= 2 && words[n - 2] === 'which') return true;
  for (let i = n - 1; i >= Math.max(0, n - TEXT_REACH); i--) if (TEXT_VERBS.has(words[i])) return true;
  return false;
}
