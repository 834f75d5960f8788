import type { Property, PropertyItem } from '../model/note';
import { normalizeKey } from './keys';

/**
 * Reads the frontmatter practitioners write (`key: value`, quoted strings, `[a, b]` lists, `- item`
 * lists and one level of nested `key: value`) without the general YAML parser, which costs about
 * ten times more. Anything outside that subset (escapes, anchors, block scalars, nesting, repeated
 * names) returns undefined, and the caller uses `yaml`. A property test checks that both agree.
 */
export function fastFrontmatter(yaml: string, startLine: number): Map<string, Property> | undefined {
  const lines = yaml.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const properties = new Map<string, Property>();
  let i = 0;
  while (i < lines.length) {
    const line = stripCr(lines[i]);
    if (isBlank(line)) {
      i++;
      continue;
    }
    const entry = keyLine(line);
    if (!entry || entry.indent !== 0) return undefined;
    const key = normalizeKey(entry.key);
    if (key === '' || properties.has(key)) return undefined;
    const lineNumber = startLine + i;
    if (entry.rest !== '') {
      const value = inlineValue(entry.rest);
      if (value === FAIL) return undefined;
      properties.set(key, { key: entry.key, value, line: lineNumber, items: itemsOfInline(value, lineNumber) });
      i++;
      continue;
    }
    const block = readBlock(lines, i + 1, startLine);
    if (!block) return undefined;
    properties.set(key, { key: entry.key, value: block.value, line: lineNumber, items: block.items ?? (block.value === null ? [] : [{ value: block.value, line: block.firstLine }]) });
    i = block.next;
  }
  return properties;
}

const FAIL = Symbol('fail');

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

// One space after the colon, not ` +`: ` +(.*)$` backtracks through every split of a long run of
// spaces when the line holds a character `.` does not match, which is quadratic.
const KEY = /^( *)([A-Za-z0-9\u00C0-\uFFFF_][^:#'"\t]*?):(?: (.*))?$/;

function keyLine(line: string): { indent: number; key: string; rest: string } | undefined {
  if (line.includes('\t')) return undefined;
  const m = KEY.exec(line);
  if (!m) return undefined;
  return { indent: m[1].length, key: m[2].trimEnd(), rest: stripComment(withoutLeadingSpaces(m[3] ?? '')) };
}

function withoutLeadingSpaces(text: string): string {
  let i = 0;
  while (text[i] === ' ') i++;
  return i === 0 ? text : text.slice(i);
}

/** Drops a trailing ` # comment` that is not inside quotes. */
function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

function itemsOfInline(value: unknown, line: number): PropertyItem[] {
  if (Array.isArray(value)) return value.map((v: unknown) => ({ value: v, line }));
  if (value === null || value === '') return [];
  return [{ value, line }];
}

/** A value on the key's own line: a scalar or a one-line `[...]` list. */
function inlineValue(text: string): unknown {
  if (text.startsWith('[')) return flowList(text);
  return scalar(text);
}

function flowList(text: string): unknown[] | typeof FAIL {
  if (!text.endsWith(']')) return FAIL;
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return [];
  const items: unknown[] = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner[i] === ' ') i++;
    let raw: string;
    if (inner[i] === '"' || inner[i] === "'") {
      const close = closingQuote(inner, i);
      if (close < 0) return FAIL;
      raw = inner.slice(i, close + 1);
      i = close + 1;
      while (inner[i] === ' ') i++;
      if (i < inner.length && inner[i] !== ',') return FAIL;
    } else {
      const comma = inner.indexOf(',', i);
      raw = (comma < 0 ? inner.slice(i) : inner.slice(i, comma)).trim();
      i = comma < 0 ? inner.length : comma;
      if (raw === '' || /[[\]{}]/.test(raw)) return FAIL;
    }
    const value = scalar(raw);
    if (value === FAIL) return FAIL;
    items.push(value);
    if (i >= inner.length) break;
    i++; // the comma
    if (onlySpaceFrom(inner, i)) return FAIL; // a trailing comma
  }
  return items;
}

/** Whether the text from `from` is all white space (without copying it: this runs after every comma). */
function onlySpaceFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!SPACE.test(text[i])) return false;
  return true;
}

const SPACE = /\s/;

function closingQuote(text: string, open: number): number {
  const q = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== q) continue;
    if (q === "'" && text[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A scalar as YAML 1.2's core schema reads it; FAIL for anything this reader leaves to `yaml`. */
function scalar(text: string): unknown {
  const t = text.trim();
  if (t === '' || t === '~' || t === 'null' || t === 'Null' || t === 'NULL') return null;
  if (t === 'true' || t === 'True' || t === 'TRUE') return true;
  if (t === 'false' || t === 'False' || t === 'FALSE') return false;
  if (t[0] === '"') {
    if (t.length < 2 || !t.endsWith('"') || t.includes('\\') || t.slice(1, -1).includes('"')) return FAIL;
    return t.slice(1, -1);
  }
  if (t[0] === "'") {
    if (t.length < 2 || !t.endsWith("'") || closingQuote(t, 0) !== t.length - 1) return FAIL;
    return t.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[?:,[\]{}#&*!|>%@`]/.test(t) || /^- /.test(t) || t === '-' || t.includes(': ') || t.endsWith(':') || t.includes(' #')) return FAIL;
  if (INT.test(t)) {
    const n = Number(t);
    return Number.isSafeInteger(n) ? n : FAIL;
  }
  if (FLOAT.test(t)) return /[eE]/.test(t) ? FAIL : Number(t);
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(t) || /^0[xo]/.test(t)) return FAIL;
  return t;
}

interface Block {
  value: unknown;
  items?: PropertyItem[];
  firstLine: number;
  next: number;
}

/** The first line from `from` on that is not blank (searched without copying the rest of the lines). */
function nextNonBlank(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) if (stripCr(lines[i]).trim() !== '') return lines[i];
  return undefined;
}

/** The lines under a `key:` with nothing after it: a `- item` list, one level of `sub: value`, or nothing. */
function readBlock(lines: readonly string[], from: number, startLine: number): Block | undefined {
  let i = from;
  while (i < lines.length && isBlank(stripCr(lines[i])) && stripCr(lines[i]).trim() === '') i++;
  const first = i < lines.length ? stripCr(lines[i]) : '';
  if (i >= lines.length || (!first.startsWith(' ') && !first.startsWith('-')) || first.trim().startsWith('#')) return { value: null, firstLine: startLine + from - 1, next: from };
  const indent = first.length - first.trimStart().length;

  if (first.trimStart().startsWith('- ') || first.trim() === '-') {
    const values: unknown[] = [];
    const items: PropertyItem[] = [];
    for (; i < lines.length; i++) {
      const line = stripCr(lines[i]);
      if (line.trim() === '') continue;
      const lineIndent = line.length - line.trimStart().length;
      if (lineIndent < indent || (lineIndent === 0 && !line.startsWith('-'))) break;
      const m = /^( *)-(?: +(.*))?$/.exec(line);
      if (!m || m[1].length !== indent) return undefined;
      const raw = stripComment(m[2] ?? '');
      // Lists and maps inside list items are left to yaml.
      if (raw.startsWith('[') || raw.startsWith('{')) return undefined;
      const value = scalar(raw);
      if (value === FAIL) return undefined;
      values.push(value);
      items.push({ value, line: startLine + i });
    }
    return { value: values, items, firstLine: startLine + from, next: i };
  }

  if (indent === 0) return undefined;
  const map: Record<string, unknown> = {};
  const firstLine = startLine + i;
  for (; i < lines.length; i++) {
    const line = stripCr(lines[i]);
    if (line.trim() === '') continue;
    const lineIndent = line.length - line.trimStart().length;
    if (lineIndent === 0) break;
    if (line.trim().startsWith('#')) continue;
    const entry = keyLine(line);
    if (!entry || entry.indent !== indent || entry.key in map) return undefined;
    if (entry.rest === '') {
      // A nested list or map one level down is left to yaml; an empty sub-key is null.
      const next = nextNonBlank(lines, i + 1);
      if (next !== undefined && stripCr(next).length - stripCr(next).trimStart().length > indent) return undefined;
      map[entry.key] = null;
      continue;
    }
    const value = inlineValue(entry.rest);
    if (value === FAIL) return undefined;
    map[entry.key] = value;
  }
  return { value: map, firstLine, next: i };
}
