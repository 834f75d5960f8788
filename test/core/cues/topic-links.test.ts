import { describe, expect, it } from 'vitest';
import type { BlockKind, TextBlock } from '../../../src/core/model/note';
import { topicLinks } from '../../../src/core/cues/topic-links';

const block = (text: string, kind: BlockKind = 'paragraph', section?: string): TextBlock => ({ kind, startLine: 1, text, section });

describe('topicLinks', () => {
  it("gives a paragraph the case words of the list item that takes up its topic", () => {
    const item = block('2026-02-03 C-014: my urge to fix; the house clearance.', 'list-item');
    const other = block('C-021: second session drifted; no contract again.', 'list-item');
    const general = block('Ann came up with solutions for the house clearance question, then stopped.');
    const topicOf = topicLinks([item, other, general]);
    expect(topicOf(general)).toBe('2026-02-03 c-014');
    expect(topicOf(item)).toBe('ann');
    expect(topicOf(other)).toBe('');
  });

  it('counts the section heading of the block it links to among its words', () => {
    const underJo = block('Her probate letter keeps getting lost.', 'paragraph', 'Jo');
    const general = block('Ann offered to draft the probate letter herself.');
    expect(topicLinks([underJo, general])(general).split(' ')).toContain('jo');
  });

  it('links no pair across punctuation, of function or supervision words, or from a heading or quote', () => {
    const item = block('Sam: the house. Clearance was hard.', 'list-item');
    const words = block('Jo: parallel process came up again.', 'list-item');
    const heading = block('House clearance for Sam', 'heading');
    const quote = block('Sam said "the house clearance"', 'quote');
    const general = block('The house clearance, and the parallel process came up again.');
    expect(topicLinks([item, words, heading, quote, general])(general)).toBe('');
  });

  it('drops a pair that more than three blocks write: the practice\'s language, not a topic', () => {
    const items = ['Sam', 'Jo', 'Lee', 'Kit'].map((name) => block(`${name}: the probate letter again.`, 'list-item'));
    const general = block('The probate letter is new to me.');
    expect(topicLinks([...items, general])(general)).toBe('');
    expect(topicLinks([...items.slice(0, 2), general])(general)).toBe('sam | jo');
  });
});
