import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixtureVault } from '../../helpers/engine';
import type { Root } from 'mdast';
import { remarkWikiLink } from '@flowershow/remark-wiki-link';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readBody } from '../../../src/core/parse/body';
import { splitFrontmatter } from '../../../src/core/parse/frontmatter';
import type { ClassifiedLine } from '../../../src/core/parse/line-classes';
import { remarkLines } from '../../../src/core/parse/remark-lines';
import { scanLines } from '../../../src/core/parse/scan-lines';

/** What matters downstream: is a line prose, a quote, a callout, or nothing (code, blank, markup)? */
function coarse(lines: ClassifiedLine[]): string[] {
  return lines.map(({ cls }) => (cls === 'quote' || cls === 'callout' ? cls : cls === 'code' || cls === 'skip' || cls === 'blank' ? '-' : 'text'));
}

/** Which text lines belong to a list item, and which to a paragraph: a supervision note's cases are read by both. */
function listOrParagraph(lines: ClassifiedLine[]): string[] {
  return lines.map(({ cls }) => (cls === 'list-item' || cls === 'paragraph' ? cls : '-'));
}

function headingLines(lines: ClassifiedLine[]): number[] {
  return lines.flatMap(({ cls }, i) => (cls === 'heading' ? [i] : []));
}

const withWikiLinks = unified().use(remarkParse).use(remarkWikiLink);

/** Links as remark and the wiki-link extension see them: wikilinks, embeds and markdown links to notes. */
function remarkLinkTargets(body: string): string[] {
  const tree: Root = withWikiLinks.parse(body);
  const targets: string[] = [];
  visit(tree, (node) => {
    const n = node as { type: string; value?: string; url?: string; position?: { start: { offset?: number } } };
    if (n.type === 'wikiLink' || n.type === 'embed') targets.push((n.value ?? '').split('#')[0].split('|')[0].trim());
    if (n.type === 'link' && n.url && /\.md(#|$)/i.test(decodeURIComponent(n.url))) targets.push(decodeURIComponent(n.url).split('#')[0]);
  });
  return targets.filter((t) => t !== '');
}

const word = fc.constantFrom('Sam', 'talked', 'about', 'grief', 'I', 'jumped', 'in', 'stuck', 'the', 'client', 'avoided', 'work');
const link = fc.constantFrom('[[C-014]]', '[[C-014|Sam]]', '[[Plan#Risk]]', '![[Genogram]]', '[notes](Grief%20models.md)', '[[Notes/Plan#^b1]]');
const inline = fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: link }, { weight: 1, arbitrary: fc.constantFrom('`code [[x]]`', '#dynamic/rescuing', '**bold**') });
const sentence = fc.array(inline, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const block = fc.oneof(
  sentence,
  sentence.map((s) => `## ${s}`),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((s) => `- ${s}`).join('\n')),
  // A list, then a heading or rule and a paragraph straight under it: the paragraph is not in the list.
  fc.tuple(sentence, fc.constantFrom('## Process', '---', '***', '> quoted'), sentence).map(([item, block, text]) => `- ${item}\n\n${block}\n${text}`),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((s, i) => `${i + 1}. ${s}`).join('\n')),
  fc.array(sentence, { minLength: 1, maxLength: 2 }).map((lines) => lines.map((s) => `> ${s}`).join('\n')),
  sentence.map((s) => `> [!note] Callout\n> ${s}`),
  sentence.map((s) => '```\n' + s + '\n[[in code]]\n```'),
  sentence.map((s) => `| a | b |\n|---|---|\n| ${s} | x |`),
  fc.constant('---'),
  // Setext headings, one line or two, and reference definitions as Markdown exports write them.
  fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 2 }), fc.constantFrom('===', '---', '-', '=====  ')).map(([lines, rule]) => `${lines.join('\n')}\n${rule}`),
  fc.tuple(fc.constantFrom('r1', 'Smith 2019', 'x'), fc.constantFrom('https://example.org/a', '<notes/a b.md>', 'Notes.md'), fc.constantFrom('', ' "Title"', " 'T'", ' (T)')).map(([label, url, title]) => `[${label}]: ${url}${title}`),
);
const noteBody = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join('\n\n') + '\n');

function demoBodies(): string[] {
  return Object.values(readFixtureVault('examples/demo-vault')).map((text) => text.slice(splitFrontmatter(text).bodyOffset));
}

describe('fast scanner agrees with remark', () => {
  const check = (body: string): boolean => {
    const lines = body.split('\n');
    const scan = scanLines(lines);
    if (scan.ambiguous) return false;
    const remark = remarkLines(body, lines.length);
    expect(coarse(scan.lines)).toEqual(coarse(remark));
    // Headings give sections (a supervision note's cases): the scanner must find the same ones.
    expect(headingLines(scan.lines)).toEqual(headingLines(remark));
    expect(listOrParagraph(scan.lines)).toEqual(listOrParagraph(remark));
    const fast = readBody(body, 1, { blocks: false, allowRemark: false }).links.map((l) => l.target);
    expect(fast).toEqual(remarkLinkTargets(body));
    return true;
  };

  it('on every note of the demo vault', () => {
    const bodies = demoBodies();
    expect(bodies.filter(check).length).toBe(bodies.length);
  });

  it('on generated notes in the Markdown practitioners write', () => {
    let compared = 0;
    fc.assert(
      fc.property(noteBody, (body) => {
        if (check(body)) compared++;
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(300);
  });
});
