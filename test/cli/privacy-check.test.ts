import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrivacyDocument } from '../../src/cli/privacy-check';
import { runCli } from './run-cli';

const VAULT = 'test/fixtures/vaults/privacy';
const PRIVATE_REFLECTION = 'Reflections/2026-02-15 Reflection.md';
interface Label {
  path: string;
  line: number;
  kind: string;
}
const labels = parse(readFileSync(join(VAULT, 'expected.yaml'), 'utf8')) as { planted: Label[] };
const key = (x: Label): string => `${x.path}:${x.line}:${x.kind}`;

function check(...args: string[]): { doc: PrivacyDocument; stderr: string } {
  const result = runCli(['privacy-check', ...args, '--json']);
  expect(result.status).toBe(0);
  return { doc: JSON.parse(result.stdout) as PrivacyDocument, stderr: result.stderr };
}

// Each run of the command line takes a second or two on a busy machine: run each form once.
const runs = {} as Record<'plain' | 'withPrivate' | 'templatesElsewhere', { doc: PrivacyDocument; stderr: string }>;
beforeAll(() => {
  runs.plain = check(VAULT);
  runs.withPrivate = check(VAULT, '--include-private');
  runs.templatesElsewhere = check(VAULT, '--templates-folder', 'Elsewhere');
}, 120_000);

describe('parallel-process privacy-check', () => {
  it('prints one JSON document of planted findings, sorted by path and line, leaving out the private reflection', () => {
    const { doc, stderr } = runs.plain;
    expect(doc.schema).toBe('parallel-process/privacy-check@1');
    expect(doc.findings.length).toBeGreaterThan(0);
    const planted = new Set(labels.planted.map(key));
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(['path', 'line', 'kind', 'text']);
      expect(planted.has(key(f))).toBe(true);
      expect(readFileSync(join(VAULT, f.path), 'utf8').split('\n')[f.line - 1]).toContain(f.text);
    }
    const order = doc.findings.map((f) => [f.path, f.line] as const);
    expect(order).toEqual([...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])));
    expect(doc.findings.some((f) => f.path === PRIVATE_REFLECTION)).toBe(false);
    expect(stderr).toMatch(/^\d+ findings? in 1 private reflection left out; --include-private shows them\.\n$/);
  });

  it('shows the private reflection’s findings with --include-private', () => {
    const { doc, stderr } = runs.withPrivate;
    const hidden = runs.plain.doc.findings.length;
    const fromPrivate = doc.findings.filter((f) => f.path === PRIVATE_REFLECTION);
    expect(fromPrivate.length).toBeGreaterThan(0);
    expect(doc.findings.length).toBe(hidden + fromPrivate.length);
    expect(stderr).toBe('');
  });

  it('never reads person notes, ordinary notes or templates, unless the templates folder is elsewhere', () => {
    const paths = (doc: PrivacyDocument): Set<string> => new Set(doc.findings.map((f) => f.path.split('/')[0]));
    expect([...paths(runs.plain.doc)].sort()).toEqual(['Clients', 'Reflections', 'Sessions', 'Supervision']);
    expect(paths(runs.templatesElsewhere.doc).has('Templates')).toBe(true);
  });

  it('prints a readable report grouped by note, with line, kind and text', () => {
    const result = runCli(['privacy-check', VAULT]);
    expect(result.status).toBe(0);
    const { doc } = runs.plain;
    const first = doc.findings[0];
    expect(result.stdout).toMatch(new RegExp(`^${doc.findings.length} possible identifying details in \\d+ of \\d+ clinical notes\\.`));
    expect(result.stdout).toContain(`\n${first.path}\n`);
    expect(result.stdout).toMatch(new RegExp(`\\n +${first.line}  ${first.kind} +${first.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    expect(result.stdout).toMatch(/private reflection left out; --include-private shows them\.\n$/);
  }, 30_000);

  it('finds nothing in the demo vault, which uses codes and the vault’s own names', () => {
    const result = runCli(['privacy-check', 'examples/demo-vault']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^No identifying details found in \d+ clinical notes\.\n$/);
  }, 30_000);

  it.each([
    [['privacy-check', VAULT, '--mermaid'], /unknown option --mermaid/],
    [['privacy-check', 'no/such/vault'], /cannot read vault/],
  ])('%j exits 2 with the reason on stderr', (args, reason) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(reason);
  }, 30_000);
});

describe('privacy-check never edits a note', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'pp-privacy-'));
    cpSync(VAULT, copy, { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  function snapshot(dir: string, folder = ''): string[] {
    return readdirSync(join(dir, folder), { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return snapshot(dir, path);
      const full = join(dir, path);
      return [`${path} ${statSync(full).mtimeMs} ${readFileSync(full, 'base64')}`];
    });
  }

  it('leaves every file as it was', () => {
    const before = snapshot(copy);
    expect(runCli(['privacy-check', copy, '--include-private']).status).toBe(0);
    expect(snapshot(copy)).toEqual(before);
  }, 30_000);
});
