import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('writes a report of thousands of evidence lines whole, in batches, as --json lists them', () => {
    // Every session and supervision on nearly the same day: each supervision's flag lists every
    // session's evidence, 60 times 60 lines, written a batch at a time rather than as one string.
    const vault = mkdtempSync(join(tmpdir(), 'pp-one-day-'));
    try {
      writeFileSync(join(vault, 'Ann Lee.md'), '---\ntype: person\nrole: supervisor\naliases: [Ann]\n---\n');
      writeFileSync(join(vault, 'Sam.md'), '---\ntype: client\ncode: C-1\naliases: [Sam]\n---\n');
      for (let i = 0; i < 60; i++) {
        writeFileSync(join(vault, `s${i}.md`), `---\ntype: session\nclient: "[[Sam]]"\ndate: 2026-03-01\n---\nSam asked me to sort it out and I filled in her housing form for her (${i}).\n`);
        writeFileSync(join(vault, `v${i}.md`), `---\ntype: supervision\nsupervisor: "[[Ann Lee]]"\ndate: 2026-03-02\ncases: ["[[Sam]]"]\n---\nI asked Ann what to do about Sam and she jumped in with solutions for me (${i}).\n`);
      }
      const { flags } = scanJson(vault);
      const readable = runCli(['scan', vault]);
      expect(readable.status).toBe(0);
      expect(flags.length).toBeGreaterThanOrEqual(60);
      const evidenceLines = flags.reduce((n, f) => n + f.evidence.length, 0);
      expect(evidenceLines).toBeGreaterThan(3600);
      expect(readable.stdout.length).toBeGreaterThan(4 * 65536);
      expect(readable.stdout.split('\n').filter((line) => /^ {4}\S+\.md:\d+ /.test(line))).toHaveLength(evidenceLines);
      expect(readable.stdout.split('\n').filter((line) => /^ {2}id [0-9a-f]+$/.test(line)).map((line) => line.slice(5))).toEqual(expect.arrayContaining(flags.map((f) => f.id)));
      expect(readable.stdout.endsWith('\n')).toBe(true);
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });


  it('hears with the learnt sentence reader unless --no-learnt-reader says not to', () => {
    // The session's power struggle is worded so that no cue or pattern finds it (the vault's README.md).
    const vault = 'test/fixtures/vaults/learnt-reader';
    const heard = scanJson(vault).flags;
    expect(heard.map((f) => [f.kind, f.dynamic])).toEqual([['mirror-upward', 'power-struggle']]);
    expect(heard[0].evidence.map((e) => [e.role, e.source])).toEqual([
      ['client', 'learnt'],
      ['supervisee', 'text'],
    ]);
    expect(runCli(['scan', vault]).stdout).toContain('client, learnt reading: He tore up the budget sheet');
    expect(scanJson(vault, '--no-learnt-reader').flags).toEqual([]);
  });
  it('prints one JSON report of the demo vault', () => {
    const report = scanJson(DEMO);
    expect(report.schema).toBe('parallel-process/report@1');
    expect(report.vault).toBe(DEMO);
    expect(report.stats).toMatchObject({
      // The templates folder's four notes are counted too (their `[[{{client}}]]` links unresolved),
      // with the other notes: they are no session nor supervision, and never evidence.
      notes: 26,
      byType: { session: 11, supervision: 2, client: 3, reflection: 1, person: 2, other: 7 },
      unresolvedLinks: 7,
    });
    expect(report.stats.links).toBeGreaterThan(30);
    expect(report.stats.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.flags.map((f) => `${f.kind} ${f.dynamic} ${f.client}`)).toEqual([
      // C-021's rescuing rests on the supervision's properties only, no longer on C-014's case nor on
      // the paragraph that takes up C-014's house clearance.
      'mirror-upward rescuing Clients/C-014.md',
      'practitioner-pattern rescuing null',
      'mirror-downward persecuting Clients/C-033.md',
      'mirror-upward rescuing Clients/C-021.md',
      'contracting contracting-unclear Clients/C-021.md',
      'mirror-upward avoidance-withdrawal Clients/C-014.md',
    ]);
    const first = report.flags[0];
    expect(first.question).toBe('Is the rescuing in your sessions with C-014 being mirrored in supervision?');
    expect(first.practitioner).toBe('People/Robin Hart.md');
    expect(first.evidence[0]).toEqual({
      path: 'Sessions/C-014/2026-02-03 C-014.md',
      dynamic: 'rescuing',
      noteType: 'session',
      date: '2026-02-03',
      role: 'practitioner',
      source: 'property',
      line: 10,
      text: 'practitioner_dynamics: rescuing',
    });
    for (const f of report.flags) {
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.id).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('leaves flags resting on private reflections out unless asked', () => {
    const withPrivate = scanJson(DEMO, '--include-private');
    const resonance = withPrivate.flags.filter((f) => f.kind === 'personal-resonance').map((f) => f.dynamic);
    expect(resonance.sort()).toEqual(['loss-abandonment-rejection', 'rescuing']);
    expect(scanJson(DEMO).flags.some((f) => f.evidence.some((e) => e.noteType === 'reflection'))).toBe(false);
    expect(runCli(['scan', DEMO]).stdout).toContain('2 flags resting on private reflections not shown');
  });

  it('filters flags by client and by date, and gives the same ids on every run', () => {
    const all = scanJson(DEMO);
    const c033 = scanJson(DEMO, '--client', 'Alex');
    expect(c033.flags.map((f) => f.kind)).toEqual(['practitioner-pattern', 'mirror-downward']);
    // A flag stays when any of its evidence is dated on or after --since.
    const recent = scanJson(DEMO, '--since', '2026-02-20');
    expect(recent.flags.map((f) => f.id)).toEqual(all.flags.filter((f) => f.evidence.some((e) => (e.date ?? '') >= '2026-02-20')).map((f) => f.id));
    expect(recent.flags.map((f) => f.kind)).not.toContain('practitioner-pattern');
    expect(scanJson(DEMO).flags.map((f) => f.id)).toEqual(all.flags.map((f) => f.id));
  });

  it('applies a narrower window', () => {
    const narrow = scanJson(DEMO, '--window-days', '10');
    // Only C-014's session of 2026-02-17 lies within 10 days of a supervision that shares a dynamic.
    expect(narrow.flags.map((f) => `${f.kind} ${f.dynamic}`)).toEqual(['practitioner-pattern rescuing', 'mirror-upward avoidance-withdrawal']);
  });

  it('reports every broken note with path, line and code, and scans the rest', () => {
    const report = scanJson(broken);
    const found = report.diagnostics.map((d) => `${d.path}:${d.line} ${d.severity} ${d.code}`);
    expect(found).toEqual([
      'Sessions/2026-03-02 C-101.md:2 warning unread-properties',
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
    // [[C-999]], [[Nobody here]], and [[Priya]]: only an alias of C-101, which Obsidian leaves unresolved.
    expect(report.stats.unresolvedLinks).toBe(3);
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
    [['scan', DEMO, '--since', '2026-02-30'], /--since needs a real date: 2026-02-30 is not a day of the calendar/],
    [['scan', DEMO, '--since', '2026-13-01'], /not a day of the calendar/],
    [['scan', DEMO, '--pattern-clients', '1'], /--pattern-clients needs a whole number of 2 or more, not 1/],
    [['scan', DEMO, '--pattern-clients', '0'], /2 or more, not 0/],
    [['frobnicate', DEMO], /unknown command/],
    [['scan', 'no/such/vault'], /cannot read vault no\/such\/vault: no such folder/],
    [['scan', 'package.json'], /is not a folder/],
    [['scan', DEMO, '--taxonomy', 'no/such/taxonomy.yaml'], /^parallel-process: cannot read the taxonomy no\/such\/taxonomy.yaml: there is no such file$/],
    [['scan', DEMO, '--taxonomy', 'src'], /cannot read the taxonomy src: it is a folder, not a file$/],
    [['graph', DEMO, '--json', '--mermaid'], /choose one/],
    [['scan', DEMO, '--window-days', '20', '--window-days=30'], /--window-days is given twice \(20 and 30\): give it once/],
    [['prep', DEMO, '--supervisor', 'Ann Lee', '--supervisor', 'Robin'], /--supervisor is given twice \(Ann Lee and Robin\)/],
    [['graph', DEMO, '--client', 'C-999'], /^parallel-process: no client named "C-999" in examples\/demo-vault$/],
  ])('%j exits 2 with the reason on one line of stderr', (args, reason) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(reason);
    expect(result.stderr).not.toContain('ENOENT');
  });

  it('points a usage error, and only a usage error, to the command\'s help', () => {
    expect(runCli(['scan', DEMO, '--since', '2026-02-30']).stderr).toContain('(see parallel-process scan --help)');
    expect(runCli(['graph', DEMO, '--colour']).stderr).toContain('(see parallel-process graph --help)');
    expect(runCli(['graph', DEMO, '--client', 'C-999']).stderr).not.toContain('--help');
  });

  it('accepts a real date and two clients', () => {
    expect(runCli(['scan', DEMO, '--since', '2024-02-29', '--pattern-clients', '2', '--json']).status).toBe(0);
    // The same value twice says one thing.
    expect(runCli(['scan', DEMO, '--window-days', '20', '--window-days', '20', '--json']).status).toBe(0);
  });
});

describe('help', () => {
  it('says what the program does and lists its commands', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^parallel-process: points out where a dynamic/);
    expect(result.stdout).toContain('Usage: parallel-process COMMAND VAULT [options]');
    expect(result.stdout).toMatch(/\n {2}scan VAULT {2,}Report the possible dynamics/);
    expect(result.stdout).toMatch(/\n {2}graph VAULT {2,}Print the relationship graph/);
    expect(runCli([]).stdout).toBe(result.stdout);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists every option of scan with its default, the windows and thresholds of the spec', () => {
    const result = runCli(['scan', '--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const option = (name: string): string => result.stdout.split('\n').find((l) => l.trimStart().startsWith(`${name} `)) ?? '';
    expect(option('--window-days')).toMatch(/\(default: 35\)$/);
    expect(option('--resonance-days')).toMatch(/\(default: 14\)$/);
    expect(option('--pattern-days')).toMatch(/\(default: 60\)$/);
    expect(option('--pattern-clients')).toMatch(/\(default: 3\)$/);
    expect(option('--templates-folder')).toMatch(/\(default: Templates\)$/);
    for (const name of ['--json', '--since', '--client', '--taxonomy', '--include-private']) expect(option(name)).toMatch(/\(default: [^)]+\)$/);
    // Help wins over the rest of the line, and over an option that would be an error.
    expect(runCli(['scan', DEMO, '--since', 'March', '--help']).stdout).toBe(result.stdout);
    expect(runCli(['help', 'scan']).stdout).toBe(result.stdout);
  });

  it('refuses a --client name two clients share, naming both, rather than showing one as the other', () => {
    const vault = mkdtempSync(join(tmpdir(), 'pp-shared-alias-'));
    try {
      cpSync(DEMO, vault, { recursive: true });
      const note = join(vault, 'Clients', 'C-021.md');
      writeFileSync(note, readFileSync(note, 'utf8').replace('aliases: [Jordan]', 'aliases: [Jordan, Sam]'));
      for (const command of ['scan', 'graph']) {
        const result = runCli([command, vault, '--client', 'Sam']);
        expect([result.status, result.stderr], command).toEqual([2, `parallel-process: "Sam" names 2 clients in ${vault}: C-014, C-021; give a code or a file name\n`]);
      }
      expect(runCli(['scan', vault, '--client', 'C-014']).status).toBe(0);
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });

  it('refuses help on a command that does not exist, and reads --help after -- as a folder name', () => {
    const bogus = runCli(['help', 'bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toBe('parallel-process: no help on "bogus": it is not a command (scan, graph, privacy-check, hours, prep) (see parallel-process --help)\n');
    expect(runCli(['scan', DEMO, '--cache=']).stderr).toContain('--cache needs a value');
    expect(runCli(['hours', DEMO, '--from', '0206-02-03']).stderr).toContain('--from needs a real date: 0206-02-03 is not in the years 1900 to 2199');
    expect(runCli(['hours', DEMO, '--from', '0026-02-30']).stderr).toContain('--from needs a real date: 0026-02-30 is not a day of the calendar');
    const folder = runCli(['scan', DEMO, '--', '--help']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('unexpected argument "--help"');
  });

  it('lists every option of graph with its default', () => {
    const result = runCli(['graph', '-h']);
    expect(result.status).toBe(0);
    for (const name of ['--json', '--mermaid', '--client', '--templates-folder']) expect(result.stdout).toMatch(new RegExp(`\\n {2}${name}\\b.*\\(default: [^)]+\\)\\n`));
  });
});
