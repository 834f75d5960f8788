import type { Nodes, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { CALLOUT, type ClassifiedLine, type LineClass } from './line-classes';

/**
 * remark-gfm without its autolink literals: those only mark up words inside a paragraph, so they never
 * change which class a line has, and their transform holds regular-expression lookbehinds, which Safari
 * before iOS 16.4 cannot parse: a bundle with one does not load at all on those phones. Tables and
 * footnotes change block structure (Obsidian renders both); strikethrough and task items are kept so
 * inline parsing stays GFM's. Wikilinks do not change block structure, so no extension for them.
 */
function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const processor = unified().use(remarkParse).use(gfmWithoutAutolinks);

/**
 * Classifies body lines from a full CommonMark parse. Used where the fast scanner reports a construct
 * it does not model, and in tests as the reference the scanner must agree with.
 */
export function remarkLines(body: string, lineCount: number): ClassifiedLine[] {
  const out: ClassifiedLine[] = Array.from({ length: lineCount }, (): ClassifiedLine => ({ cls: 'blank', start: false }));
  const tree: Root = processor.parse(body);
  const mark = (node: Nodes, cls: LineClass): void => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) return;
    for (let line = start; line <= end && line <= lineCount; line++) out[line - 1] = { cls, start: line === start };
  };
  const visit = (node: Nodes, container: LineClass | undefined): void => {
    switch (node.type) {
      case 'code':
      case 'html':
        mark(node, 'code');
        return;
      case 'definition':
      case 'thematicBreak':
        mark(node, 'skip');
        return;
      case 'heading':
        mark(node, 'heading');
        if (node.position && node.position.end.line > node.position.start.line) {
          out[node.position.end.line - 1] = { cls: 'skip', start: false }; // setext underline
        }
        return;
      case 'paragraph':
        mark(node, container ?? 'paragraph');
        return;
      case 'table':
        mark(node, 'skip'); // the delimiter row has no node of its own
        for (const row of node.children) mark(row, container === 'quote' || container === 'callout' ? container : 'table-row');
        return;
      case 'blockquote': {
        const first = node.children[0];
        const firstText = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
        const cls: LineClass = CALLOUT.test(firstText) ? 'callout' : 'quote';
        mark(node, cls);
        node.children.forEach((child, i) => {
          visit(child, cls);
          if (i === 0 && node.position) out[node.position.start.line - 1] = { cls: out[node.position.start.line - 1].cls, start: true };
        });
        if (node.position) {
          for (let line = node.position.start.line + 1; line <= node.position.end.line; line++) {
            const o = out[line - 1];
            if (o.cls === cls) out[line - 1] = { cls, start: false };
          }
        }
        return;
      }
      case 'listItem':
        node.children.forEach((child) => visit(child, container === 'quote' || container === 'callout' ? container : 'list-item'));
        if (node.position && (container === undefined || container === 'list-item')) {
          const first = out[node.position.start.line - 1];
          if (first.cls === 'list-item') first.start = true;
        }
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child, container);
    }
  };
  visit(tree, undefined);
  return out;
}
