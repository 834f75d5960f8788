import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixtureVault } from '../../helpers/engine';
import { fastFrontmatter } from '../../../src/core/parse/fast-frontmatter';
import { parseFrontmatter, splitFrontmatter } from '../../../src/core/parse/frontmatter';

const reference = (yaml: string) => parseFrontmatter(yaml, 2, { fast: false });

/** The fast reader either declines or gives exactly what yaml gives. */
function agrees(yaml: string): boolean {
  const fast = fastFrontmatter(yaml, 2);
  if (fast === undefined) return false;
  const slow = reference(yaml);
  expect(slow.diagnostics).toEqual([]);
  expect([...fast]).toEqual([...slow.properties]);
  return true;
}

const key = fc.constantFrom('type', 'client', 'Client Dynamics', 'practitioner_dynamics', 'date', 'session', 'aliases', 'for-supervision', 'themes', 'note', 'émotion');
const plain = fc.constantFrom('session', 'rescuing', 'C-014', '2026-02-03', '2026-02-03T10:00', '7', '-3', '1.5', '007', 'true', 'False', 'null', '~', 'yes', 'a b c', 'it\'s', 'x-y', 'Dr. Lee', '1e3', '.5', '0x1F', '.inf', 'a:b', '[[C-014]]', '50%');
const quoted = fc.constantFrom('"[[C-014]]"', '"a, b"', '"with # hash"', "'single'", "'it''s'", '"esc\\"aped"', '""', "''", '"colon: inside"');
const scalarText = fc.oneof(plain, quoted);
const flow = fc.array(scalarText, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`);
const inline = fc.oneof(scalarText, flow, fc.constant(''), fc.constant('[]'), scalarText.map((s) => `${s} # comment`));
const block = fc.oneof(
  fc.array(fc.tuple(scalarText, fc.boolean()), { minLength: 1, maxLength: 3 }).map((items) => items.map(([v, comment]) => `  - ${v}${comment ? ' # note' : ''}`).join('\n')),
  fc.array(scalarText, { minLength: 1, maxLength: 3 }).map((items) => items.map((v) => `- ${v}`).join('\n')),
  fc.array(fc.tuple(fc.constantFrom('focus', 'outcomes', 'approach'), inline), { minLength: 1, maxLength: 3 }).map((entries) => entries.map(([k, v]) => `  ${k}:${v === '' ? '' : ` ${v}`}`).join('\n')),
);
const entry = fc.oneof(
  fc.tuple(key, inline).map(([k, v]) => `${k}:${v === '' ? '' : ` ${v}`}`),
  fc.tuple(key, block).map(([k, b]) => `${k}:\n${b}`),
  fc.constant('# a comment'),
  fc.constant(''),
);
const doc = fc.array(entry, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n') + '\n');

function realFrontmatter(): string[] {
  const texts = [...Object.values(readFixtureVault('examples/demo-vault')), ...Object.values(readFixtureVault('test/fixtures/vaults'))];
  return texts.map((text) => splitFrontmatter(text).yaml).filter((yaml): yaml is string => yaml !== undefined);
}

describe('fast frontmatter reader', () => {
  it('gives what yaml gives, or declines, on generated frontmatter', () => {
    let read = 0;
    fc.assert(
      fc.property(doc, (yaml) => {
        if (agrees(yaml)) read++;
      }),
      { numRuns: 2000 },
    );
    // It must also take most of what it is for, not decline everything.
    expect(read).toBeGreaterThan(200);
  });

  it('reads the frontmatter of the demo vault and the fixtures as yaml does', () => {
    const all = realFrontmatter();
    const taken = all.filter(agrees).length;
    expect(taken).toBeGreaterThan(all.length * 0.8);
  });

  it('declines what it does not model', () => {
    for (const yaml of ['a: "esc\\n"\n', 'a: &x 1\nb: *x\n', 'a: |\n  text\n', 'a:\n  b:\n    c: 1\n', 'a: 1\na: 2\n', 'client: [[C-014]]\n', 'a: {b: 1}\n', '\ta: 1\n', 'a: b: c\n']) {
      expect(fastFrontmatter(yaml, 2)).toBeUndefined();
    }
  });
});
