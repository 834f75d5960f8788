import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/core/parse/body';
import { blockChunks } from '../../../src/core/parse/block-chunks';
import { classifyWithRemark, REMARK_LIMITS } from '../../../src/core/parse/remark-fallback';
import { remarkLines } from '../../../src/core/parse/remark-lines';
import { scanLines } from '../../../src/core/parse/scan-lines';

const word = fc.constantFrom('Sam', 'talked', 'about', 'grief', 'I', 'jumped', 'in', '[[C-014]]', '*stuck*', '`code`');
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const lines = (min: number, max: number) => fc.array(sentence, { minLength: min, maxLength: max });

/** Blocks the scanner reads, and the constructs it leaves to remark, some running across blank lines. */
const block = fc.oneof(
  sentence,
  sentence.map((s) => `## ${s}`),
  lines(1, 3).map((items) => items.map((s) => `- ${s}`).join('\n')),
  lines(1, 2).map((items) => items.map((s) => `> ${s}`).join('\n')),
  lines(1, 2).map((l) => '```\n' + l.join('\n\n') + '\n```'),
  lines(1, 2).map((l) => `${l.join('\n')}\n===`),
  // Left to remark:
  lines(1, 2).map((l) => l.map((s) => `    ${s}`).join('\n')),
  lines(1, 2).map((l) => `<div>\n${l.join('\n')}\n</div>`),
  lines(1, 3).map((l) => `<pre>\n${l.join('\n\n')}\n</pre>`),
  lines(1, 2).map((l) => `<!--\n${l.join('\n\n')}\n-->`),
  sentence.map((s) => `[^1]: ${s}\n\n    more of the footnote`),
  fc.constantFrom('[r]: /url\n"a title on the next line"', '[r]:\n/url', '[ r ]: <a>'),
  sentence.map((s) => `| a |\n|---|\n${s}\n---`),
  lines(1, 2).map((l) => `- item\n\n      ${l.join('\n')}`),
);
const body = fc.array(block, { minLength: 1, maxLength: 10 }).map((blocks) => blocks.join('\n\n') + '\n');
const unlimited = { chunkChars: Infinity, chunkMarkup: Infinity, quoteDepth: Infinity, noteChars: Infinity };

describe('remark over runs of blocks', () => {
  it('reads each run of blocks as a reading of the whole body reads it', () => {
    let runs = 0;
    fc.assert(
      fc.property(body, (text) => {
        const split = text.split('\n');
        const whole = remarkLines(text, split.length);
        for (const { from, to } of blockChunks(split, scanLines(split).lines)) {
          expect(remarkLines(split.slice(from, to).join('\n'), to - from)).toEqual(whole.slice(from, to));
          runs++;
        }
      }),
      { numRuns: 100 },
    );
    expect(runs).toBeGreaterThan(300);
  });

  it('takes remark\'s classes for the runs with a construct the scanner leaves to it, and keeps the scanner\'s elsewhere', () => {
    let fromRemark = 0;
    fc.assert(
      fc.property(body, (text) => {
        const split = text.split('\n');
        const scan = scanLines(split);
        const classified = classifyWithRemark(split, scan, unlimited);
        const whole = remarkLines(text, split.length);
        const ambiguous = new Set(scan.ambiguousLines);
        for (const { from, to } of blockChunks(split, scan.lines)) {
          const run = (list: readonly { cls: string }[]): string[] => list.slice(from, to).map((c) => c.cls);
          const needsRemark = [...ambiguous].some((i) => i >= from && i < to);
          expect(run(classified.lines)).toEqual(needsRemark ? run(whole) : run(scan.lines));
          if (needsRemark) fromRemark++;
        }
      }),
      { numRuns: 100 },
    );
    expect(fromRemark).toBeGreaterThan(50);
  });

  it('leaves a run too long, or too full of markup, to the scanner, and stops at the budget of a note', () => {
    const html = '<div>\n[[A]] text\n</div>';
    const emphasis = `<div>\n${'*'.repeat(300)}x${'*'.repeat(300)}\n</div>`;
    expect(readBody(emphasis, 1, { blocks: true, allowRemark: true }).reader).toBe('scanner');
    expect(readBody(`${html}\n\n${emphasis}`, 1, { blocks: true, allowRemark: true }).reader).toBe('remark');
    // Eight HTML blocks of 5 KB each: remark reads as many as fit in the note's budget.
    const big = Array.from({ length: 8 }, (_, i) => `<div>\n${`I jumped in again ${i} `.repeat(250)}\n</div>`);
    const split = big.join('\n\n').split('\n');
    const classes = classifyWithRemark(split, scanLines(split)).lines;
    const read = big.map((_, i) => classes[4 * i + 1].cls);
    const fit = Math.floor(REMARK_LIMITS.noteChars / (big[0].length + 1));
    expect(read).toEqual([...Array<string>(fit).fill('code'), ...Array<string>(8 - fit).fill('paragraph')]);
  });
});
