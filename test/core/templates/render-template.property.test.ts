import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/templates/render-template';

// Characters that break YAML when pasted in unquoted or between quotes, and ordinary ones.
const hostile = fc.string({
  unit: fc.constantFrom('"', "'", ':', ': ', '#', ' #', '\n', '\r\n', '\t', ' ', '-', '- ', '[', ']', '{', '}', '{{', ',', '\\', '|', '>', '&', '*', '!', '%', '@', '`', '?', '~', 'a', 'Z', '1', '0', '.', 'é', 'yes', 'null', '\u2028', '\u0085', '\u0000', '\u007f', '\ufeff', '<%', '%>'),
  maxLength: 12,
});
const value = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('C-014', '', 'true', '10:30', '1e3', '2026-03-03', '[[C-014]]'));

/** Each shape puts a value somewhere in the properties, and says what the property must read back as. */
const SHAPES: [string, (v: string) => unknown][] = [
  ['plain: {{client}}', (v) => v],
  ['double: "{{client}}"', (v) => v],
  ["single: '{{client}}'", (v) => v],
  ['link: "[[{{client}}]]"', (v) => `[[${v}]]`],
  ['sentence: Notes on {{client}} today', (v) => `Notes on ${v} today`],
  ['commented: {{client}} # {{client}}', (v) => v],
  ['flow: [{{client}}, fixed]', (v) => [v, 'fixed']],
  ['list:\n  - {{client}}\n  - "{{client}}"', (v) => [v, v]],
  ['nested: "{{client}} and {{client}}"', (v) => `${v} and ${v}`],
];

function read(text: string, version: '1.1' | '1.2'): Record<string, unknown> {
  const yaml = /^---\n([\s\S]*?)---\n/.exec(text)![1];
  const doc = parseDocument(yaml, { version, logLevel: 'silent' });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

describe('renderTemplate: no value breaks the properties', () => {
  it('reads every property back as the value put in, under YAML 1.2 and 1.1', () => {
    fc.assert(
      fc.property(value, fc.subarray(SHAPES, { minLength: 1 }), (client, shapes) => {
        const template = `---\ntype: session\n${shapes.map(([line]) => line).join('\n')}\nafter: end\n---\nBody: {{client}}\n`;
        const out = renderTemplate(template, { date: '2026-03-03', client });
        expect(out.unknown).toEqual([]);
        const expected: Record<string, unknown> = { type: 'session', ...Object.fromEntries(shapes.map(([line, want]) => [line.slice(0, line.indexOf(':')), want(client)] as const)), after: 'end' };
        for (const version of ['1.2', '1.1'] as const) expect(read(out.text, version)).toEqual(expected);
        expect(out.text.endsWith(`---\nBody: ${client}\n`)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
