import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/core/report/report';
import { runCli } from './run-cli';

const DEMO = 'examples/demo-vault';
let broken: string;

beforeAll(() => {
  // The broken fixture, plus files git should not carry: binary, not UTF-8, and 5 MB.
  broken = mkdtempSync(join(tmpdir(), 'pp-broken-'));
  cpSync('test/fixtures/vaults/broken', broken, { recursive: true });
  writeFileSync(join(broken, 'Sessions', 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(broken, 'Sessions', '2026-03-16 C-101.md'), Buffer.concat([Buffer.from('---\ntype: session\nclient: "[[C-101]]"\n---\nCaf'), Buffer.from([0xe9]), Buffer.from(' talk\n')]));
  writeFileSync(join(broken, 'Sessions', '2026-03-23 C-101.md'), '---\ntype: session\nclient: "[[C-101]]"\n---\n' + 'I jumped in again. '.repeat(280_000));
});
afterAll(() => rmSync(broken, { recursive: true, force: true }));

function scanJson(vault: string, ...args: string[]): ReportDocument {
  const result = runCli(['scan', vault, '--json', ...args]);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as ReportDocument;
}

describe('parallel-process scan', () => {
  it('prints one JSON report of the demo vault', () => {
    const report = scanJson(DEMO);
    expect(report.schema).toBe('parallel-process/report@1');
    expect(report.vault).toBe(DEMO);
    expect(report.stats).toMatchObject({
      notes: 23,
      byType: { session: 12, supervision: 2, client: 3, reflection: 1, person: 2, other: 3 },
      unresolvedLinks: 3,
    });
    expect(report.stats.links).toBeGreaterThan(30);
    expect(report.stats.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(report.flags).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });

  it('reports every broken note with path, line and code, and scans the rest', () => {
    const report = scanJson(broken);
    const found = report.diagnostics.map((d) => `${d.path}:${d.line} ${d.severity} ${d.code}`);
    expect(found).toEqual([
      'Sessions/2026-03-02 C-101.md:3 error frontmatter-yaml',
      'Sessions/2026-03-09 C-101.md:4 warning date-invalid',
      'Sessions/2026-03-09 C-101.md:5 warning property-shape',
      'Sessions/2026-03-09 C-101.md:6 warning property-shape',
      'Sessions/2026-03-09 C-101.md:7 warning property-shape',
      'Sessions/2026-03-16 C-101.md:5 warning encoding',
      'Sessions/2026-03-23 C-101.md:1 warning note-too-large',
      'Sessions/C-101 undated.md:1 warning date-missing',
      'Sessions/C-101 undated.md:3 warning unquoted-link',
      'Sessions/Empty.md:1 info empty-note',
      'Sessions/scan.md:1 error binary-file',
    ]);
    expect(report.stats.notes).toBe(9);
    expect(report.stats.byType.session).toBe(4);
    expect(report.stats.unresolvedLinks).toBe(2);
    for (const d of report.diagnostics) expect(d.message.length).toBeGreaterThan(10);
  });

  it('prints a readable report with the diagnostics as path:line', () => {
    const result = runCli(['scan', broken]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Parallel Process report for /);
    expect(result.stdout).toContain('9 notes (4 session, 1 supervision, 1 client, 0 reflection, 0 person, 3 other)');
    expect(result.stdout).toContain('Sessions/2026-03-02 C-101.md:3 error [frontmatter-yaml]');
  });

  it('leaves out hidden folders such as .obsidian', () => {
    const report = scanJson(DEMO);
    expect(report.diagnostics.concat().every((d) => !d.path.startsWith('.'))).toBe(true);
  });
});

describe('usage errors', () => {
  it.each([
    [['scan'], /needs a VAULT/],
    [['scan', DEMO, '--colour'], /unknown option --colour/],
    [['scan', DEMO, '--window-days', '-3'], /whole number of 0 or more, not "-3"/],
    [['scan', DEMO, '--window-days', 'ten'], /whole number/],
    [['scan', DEMO, '--since', 'March'], /date such as/],
    [['frobnicate', DEMO], /unknown command/],
    [['scan', 'no/such/vault'], /cannot read vault no\/such\/vault: no such folder/],
    [['scan', 'package.json'], /is not a folder/],
    [['graph', DEMO, '--json', '--mermaid'], /choose one/],
    [['graph', DEMO, '--client', 'C-999'], /no client named "C-999"/],
  ])('%j exits 2 with the reason on stderr', (args, reason) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(reason);
  });

  it('prints help and the version', () => {
    expect(runCli(['--help']).stdout).toContain('parallel-process scan VAULT');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
