import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { errorLine } from './yaml-error-line';
import type { NoteDiagnostic } from '../model/diagnostic';
import type { Property, PropertyItem } from '../model/note';
import { fastFrontmatter } from './fast-frontmatter';
import { normalizeKey } from './keys';

export interface FrontmatterSplit {
  /** The YAML between the fences, or undefined when the note has no (closed) frontmatter. */
  yaml?: string;
  /** 1-based line of the first YAML line (the line after the opening fence). */
  yamlStartLine: number;
  /** Offset and 1-based line where the body starts. */
  bodyOffset: number;
  bodyStartLine: number;
  unclosed: boolean;
}

const FENCE = /^---[ \t]*\r?$/;

/** Obsidian's rule: frontmatter is a `---` first line up to the next `---` line. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const none: FrontmatterSplit = { yamlStartLine: 2, bodyOffset: 0, bodyStartLine: 1, unclosed: false };
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) return none;
  let offset = firstEnd + 1;
  let line = 2;
  while (offset <= text.length) {
    const end = text.indexOf('\n', offset);
    const lineText = text.slice(offset, end < 0 ? text.length : end);
    if (FENCE.test(lineText)) {
      const bodyOffset = end < 0 ? text.length : end + 1;
      return { yaml: text.slice(firstEnd + 1, offset), yamlStartLine: 2, bodyOffset, bodyStartLine: line + 1, unclosed: false };
    }
    if (end < 0) break;
    offset = end + 1;
    line++;
  }
  return { ...none, unclosed: true };
}

export interface FrontmatterResult {
  properties: Map<string, Property>;
  diagnostics: NoteDiagnostic[];
}

/**
 * Parses the YAML keeping each property's line. Like Obsidian, a note whose YAML does not parse is
 * kept with no properties; the error becomes a diagnostic at the line YAML reports.
 */
export function parseFrontmatter(yaml: string, startLine: number, options: { fast: boolean } = { fast: true }): FrontmatterResult {
  if (options.fast) {
    const fast = fastFrontmatter(yaml, startLine);
    if (fast) return { properties: fast, diagnostics: [] };
  }
  const properties = new Map<string, Property>();
  const diagnostics: NoteDiagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' });
  const lineAt = (offset: number | undefined): number => startLine - 1 + lineCounter.linePos(offset ?? 0).line;

  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    diagnostics.push({
      line: startLine - 1 + errorLine(yaml, lineCounter.linePos(error.pos[0]).line, error.code),
      severity: 'error',
      code: 'frontmatter-yaml',
      message: `Properties are not valid YAML, so this note is read without them: ${firstLine(error.message)}`,
    });
    return { properties, diagnostics };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { properties, diagnostics };
  }
  if (!isMap(contents)) {
    diagnostics.push({
      line: startLine,
      severity: 'warning',
      code: 'frontmatter-shape',
      message: 'Properties should be a list of "name: value" lines; this note is read without them.',
    });
    return { properties, diagnostics };
  }

  for (const pair of contents.items as Pair<YamlNode | null, YamlNode | null>[]) {
    const keyNode = pair.key;
    const rawKey = isScalar(keyNode) && (typeof keyNode.value === 'string' || typeof keyNode.value === 'number' || typeof keyNode.value === 'boolean') ? String(keyNode.value) : '';
    const line = lineAt(keyNode?.range?.[0]);
    if (rawKey.trim() === '') continue;
    const key = normalizeKey(rawKey);
    if (properties.has(key)) {
      diagnostics.push({
        line,
        severity: 'warning',
        code: 'duplicate-property',
        message: `"${rawKey}" repeats the property "${properties.get(key)?.key ?? key}" (names match ignoring case, spaces, - and _); the first one is used.`,
      });
      continue;
    }
    const valueNode = pair.value;
    let value: unknown;
    try {
      value = valueNode ? (valueNode.toJS(doc, { maxAliasCount: 100 }) as unknown) : null;
    } catch (error) {
      diagnostics.push({ line, severity: 'error', code: 'frontmatter-yaml', message: `Property "${rawKey}" could not be read: ${firstLine(String(error))}` });
      continue;
    }
    properties.set(key, { key: rawKey, value, line, items: itemsOf(valueNode, value, line, lineAt) });
  }
  return { properties, diagnostics };
}

function itemsOf(node: YamlNode | null, value: unknown, line: number, lineAt: (offset: number | undefined) => number): PropertyItem[] {
  if (isSeq(node) && Array.isArray(value)) {
    return node.items.map((item, i) => ({ value: (value as unknown[])[i], line: lineAt((item as YamlNode | null)?.range?.[0]) }));
  }
  if (value === null || value === undefined || value === '') return [];
  return [{ value, line: node?.range ? lineAt(node.range[0]) : line }];
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
