import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoursDocument } from '../../src/core/practice/hours';
import { runCli, type CliResult } from './run-cli';

const VAULT = 'test/fixtures/vaults/practice';
/** The practice vault with a caller's name and number written into a session Ann's preparation lists, and into the private reflection. */
const WITH_DETAILS = mkdtempSync(join(tmpdir(), 'pp-prep-'));
const SESSION = 'Sessions/C-014/2026-03-03 C-014.md';
const REFLECTION = 'Reflections/2026-03-08 Reflection.md';
const SISTER = 'Her sister Jane Whitfield rang the practice from 07700 900 461 to cancel.\n';
afterAll(() => rmSync(WITH_DETAILS, { recursive: true, force: true }));

// Each run of the command line takes a second or two on a busy machine: run each form once.
const SUPERVISOR_VAULT = 'test/fixtures/vaults/supervisor-vault';
const runs = {} as Record<'json' | 'booked' | 'range' | 'text' | 'badMinimum' | 'ann' | 'jo' | 'annPrivate' | 'nobody' | 'noSupervisor' | 'annDetails' | 'annDetailsPrivate' | 'supervisorJson' | 'supervisorText' | 'supervisorScan' | 'unreadHours' | 'unreadPrep', CliResult>;
beforeAll(() => {
  cpSync(VAULT, WITH_DETAILS, { recursive: true });
  for (const path of [SESSION, REFLECTION]) appendFileSync(join(WITH_DETAILS, path), SISTER);
  runs.annDetails = runCli(['prep', WITH_DETAILS, '--supervisor', 'Ann', '--date', '2026-03-24']);
  runs.annDetailsPrivate = runCli(['prep', WITH_DETAILS, '--supervisor', 'Ann', '--date', '2026-03-24', '--include-private']);
  runs.json = runCli(['hours', VAULT, '--json']);
  // A session booked ahead, in the copy: it has not happened.
  appendFileSync(join(WITH_DETAILS, 'Sessions/C-021/2099-01-05 C-021.md'), '---\ntype: session\nclient: "[[C-021]]"\ndate: 2099-01-05\nduration: 50\n---\nBooked.\n');
  runs.booked = runCli(['hours', WITH_DETAILS, '--json']);
  // A session whose properties a typo broke: said to be left out, not silently missing.
  appendFileSync(join(WITH_DETAILS, 'Sessions/C-021/2026-03-20 C-021.md'), '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-03-20\nduration: 50\nthemes: [loss\nfor_supervision: true\n---\n## For supervision\nWhy do I keep rescuing C-021?\n');
  runs.unreadHours = runCli(['hours', WITH_DETAILS]);
  runs.unreadPrep = runCli(['prep', WITH_DETAILS, '--supervisor', 'Ann', '--date', '2026-03-24']);
  runs.range = runCli(['hours', VAULT, '--json', '--from', '2026-02-01', '--to', '2026-04-30', '--default-minutes', '60', '--minimum-hours', '2.5']);
  runs.text = runCli(['hours', VAULT]);
  runs.badMinimum = runCli(['hours', VAULT, '--minimum-hours', 'lots']);
  runs.ann = runCli(['prep', VAULT, '--supervisor', 'Ann', '--date', '2026-03-24']);
  runs.jo = runCli(['prep', VAULT, '--supervisor', 'Jo Park', '--date', '2026-03-24']);
  runs.annPrivate = runCli(['prep', VAULT, '--supervisor', '[[Ann Lee]]', '--date', '2026-03-24', '--include-private']);
  runs.nobody = runCli(['prep', VAULT, '--supervisor', 'Morgan']);
  runs.noSupervisor = runCli(['prep', VAULT]);
  runs.supervisorJson = runCli(['hours', SUPERVISOR_VAULT, '--json']);
  runs.supervisorText = runCli(['hours', SUPERVISOR_VAULT]);
  runs.supervisorScan = runCli(['scan', SUPERVISOR_VAULT, '--json']);
}, 180_000);

describe('parallel-process hours', () => {
  it('lists a session whose properties could not be read as not counted, with its path and line, as prep does', () => {
    expect(runs.unreadHours.status).toBe(0);
    expect(runs.unreadHours.stdout).toContain('Session and supervision notes whose properties could not be read, not counted until they are fixed:\n  Sessions/C-021/2026-03-20 C-021.md:2');
    expect(runs.unreadPrep.status).toBe(0);
    expect(runs.unreadPrep.stdout).toContain('## Notes left out');
    expect(runs.unreadPrep.stdout).toContain('- [[Sessions/C-021/2026-03-20 C-021|2026-03-20 C-021]], line 2');
  });

  it('prints one JSON document with the months, totals and the durations it could not read', () => {
    expect(runs.json.status).toBe(0);
    const doc = JSON.parse(runs.json.stdout) as HoursDocument;
    expect(doc.schema).toBe('parallel-process/hours@1');
    expect(doc.months).toEqual([
      { month: '2026-01', clientHours: 2.67, supervisionHours: 2.5, sessions: 3, supervisions: 2, defaulted: 0, defaultedSessions: 0, supervisionGivenHours: 0, supervisionsGiven: 0, belowMinimum: false },
      { month: '2026-02', clientHours: 3.83, supervisionHours: 1.5, sessions: 3, supervisions: 1, defaulted: 1, defaultedSessions: 1, supervisionGivenHours: 0, supervisionsGiven: 0, belowMinimum: false },
      { month: '2026-03', clientHours: 2.67, supervisionHours: 0, sessions: 3, supervisions: 0, defaulted: 1, defaultedSessions: 1, supervisionGivenHours: 0, supervisionsGiven: 0, belowMinimum: true },
    ]);
    expect(doc.totals).toEqual({ clientHours: 9.17, supervisionHours: 4, sessions: 9, supervisions: 3, defaulted: 2, defaultedSessions: 2, supervisionGivenHours: 0, supervisionsGiven: 0, monthsBelowMinimum: 1 });
    // A practitioner's table has no column for supervision given.
    expect(runs.text.stdout).not.toContain('Given');
    expect(doc.unreadable).toEqual([{ path: 'Sessions/C-014/2026-03-03 C-014.md', line: 6, value: 'about an hour' }]);
  });

  it('counts to today: a session booked ahead has not happened, and adds no month', () => {
    const doc = JSON.parse(runs.booked.stdout) as HoursDocument;
    expect(doc.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(doc.totals.sessions).toBe(9);
  });

  it('takes a range, a default session length and a minimum with decimals', () => {
    const doc = JSON.parse(runs.range.stdout) as HoursDocument;
    expect(doc.months.map((m) => [m.month, m.clientHours, m.supervisionHours, m.belowMinimum])).toEqual([
      ['2026-02', 4, 1.5, true],
      ['2026-03', 2.83, 0, true],
      ['2026-04', 0, 0, true],
    ]);
    expect(doc.minimumHours).toBe(2.5);
  });

  it('prints a table where a month below the minimum stands out', () => {
    expect(runs.text.status).toBe(0);
    const march = runs.text.stdout.split('\n').find((l) => l.startsWith('2026-03'));
    expect(march).toMatch(/2\.67\s+3\s+0\s+0\s+1\s+<- below the 1\.5 h minimum$/);
    expect(runs.text.stdout.split('\n').find((l) => l.startsWith('2026-02'))).not.toContain('below');
    expect(runs.text.stdout).toContain('Sessions/C-014/2026-03-03 C-014.md:6  about an hour');
  });

  it('refuses a minimum that is not a number, in one line', () => {
    expect(runs.badMinimum.status).toBe(2);
    expect(runs.badMinimum.stderr).toMatch(/^parallel-process: --minimum-hours needs a number such as 1\.5, not "lots".*\n$/);
  });
});

describe("parallel-process hours and scan on a supervisor's vault", () => {
  it('counts the supervision given apart from their own, and no case summary as client contact', () => {
    expect(runs.supervisorJson.status).toBe(0);
    const doc = JSON.parse(runs.supervisorJson.stdout) as HoursDocument;
    expect(doc.months).toEqual([
      { month: '2026-06', clientHours: 0, supervisionHours: 1.5, sessions: 0, supervisions: 1, defaulted: 0, defaultedSessions: 0, supervisionGivenHours: 3, supervisionsGiven: 3, belowMinimum: false },
    ]);
    const june = runs.supervisorText.stdout.split('\n').find((l) => l.startsWith('2026-06'));
    expect(runs.supervisorText.stdout.split('\n')[0]).toMatch(/Supervision hours\s+Supervisions\s+Given hours\s+Defaulted$/);
    expect(june).toMatch(/^2026-06\s+0\s+0\s+1\.5\s+1\s+3\s+0$/);
    expect(runs.supervisorText.stdout).toContain('"Given"');
  });

  it("words the flags of the supervisor's notes in the supervisor's terms", () => {
    const report = JSON.parse(runs.supervisorScan.stdout) as { flags: { dynamic: string; question: string; prompt?: string }[] };
    expect(report.flags.map((f) => f.question).sort()).toEqual([
      'Is the avoidance Ben Ortiz described with B-01 showing up in how Ben Ortiz was with you in supervision?',
      'Is the criticism in your supervision of Dev Patel on 2026-06-12 showing up in how Dev Patel then met D-01?',
      'Is the rescuing Clare Wu described with C-01 showing up in how you met Clare Wu?',
    ]);
  });
});

describe('parallel-process prep', () => {
  it("prints the clinical supervisor's cases, questions and open flags as Markdown", () => {
    expect(runs.ann.status).toBe(0);
    const text = runs.ann.stdout;
    expect(text).toMatch(/^---\ntype: supervision-preparation\nsupervisor: "\[\[Ann Lee\]\]"\ndate: 2026-03-24\nsince: 2026-02-24\n---\n/);
    expect(text).toContain('### C-014\n- 2026-03-03: [[Sessions/C-014/2026-03-03 C-014|2026-03-03 C-014]], marked for supervision');
    expect(text).toContain('(C-014): Am I still rescuing, or is this pacing?');
    expect(text).toContain('### Is the rescuing in your sessions with C-014 being mirrored in supervision?');
    expect(text).not.toContain('C-021');
    expect(text).not.toContain('Reflection');
    expect(text).toContain('1 flag resting on private reflections was left out.');
    // The notes it draws on hold no identifying details.
    expect(text).not.toContain('[!warning]');
    expect(runs.ann.stderr).toBe('');
  });

  it('warns in the note and on stderr when a note it draws on may hold identifying details, naming the note, line and kind only', () => {
    const { status, stdout, stderr } = runs.annDetails;
    expect(status).toBe(0);
    const line = readFileSync(join(WITH_DETAILS, SESSION), 'utf8').trimEnd().split('\n').length;
    expect(stdout).toContain(
      `> [!warning] Possible identifying details\n> One note this draws on may hold identifying details. Check it before this note goes to anyone or anywhere else (a supervisor, sync, a backup). Only where and what kind are listed here, never the details themselves.\n> - [[Sessions/C-014/2026-03-03 C-014|2026-03-03 C-014]]: line ${line}, full name of a person; line ${line}, phone number\n`,
    );
    expect(stderr).toBe('This preparation draws on one note that may hold identifying details: 2026-03-03 C-014 (full name of a person, phone number). They are listed at the top of it: check them before it travels.\n');
    for (const detail of ['Whitfield', '07700']) expect(stdout + stderr).not.toContain(detail);
    // The private reflection is in no output unless asked for: nor is its name in the warning.
    expect(stdout + stderr).not.toContain('Reflection');
    expect(runs.annDetailsPrivate.stdout).toContain('> - [[Reflections/2026-03-08 Reflection|2026-03-08 Reflection]]: line ');
    expect(runs.annDetailsPrivate.stderr).toContain('draws on 2 notes that may hold identifying details');
  });

  it("gives the coaching supervisor only their own cases", () => {
    expect(runs.jo.stdout).toContain('### C-021\n- 2026-02-11:');
    expect(runs.jo.stdout).toContain('(C-021): I notice I skipped contracting again.');
    expect(runs.jo.stdout).not.toContain('C-014');
  });

  it('shows the flags resting on private reflections when asked', () => {
    expect(runs.annPrivate.stdout).toContain('[[Reflections/2026-03-08 Reflection|2026-03-08 Reflection]]');
  });

  it('says in one line when the supervisor is unknown or missing', () => {
    expect(runs.nobody.status).toBe(2);
    expect(runs.nobody.stderr).toBe(`parallel-process: no supervisor named "Morgan" in ${VAULT} (its supervisors: Ann Lee, Jo Park)\n`);
    expect(runs.noSupervisor.status).toBe(2);
    expect(runs.noSupervisor.stderr).toContain('prep needs --supervisor NAME');
  });
});

describe('every command', () => {
  it('takes --practitioner, --taxonomy, --templates-folder and --cache, as SPEC section 5 says each does', () => {
    const taxonomy = join(mkdtempSync(join(tmpdir(), 'pp-taxonomy-')), 'taxonomy.yaml');
    cpSync('src/core/taxonomy/dynamics.yaml', taxonomy);
    const common = ['--practitioner', 'Robin Hart', '--taxonomy', taxonomy, '--templates-folder', 'Templates'];
    for (const args of [['hours', 'examples/demo-vault', '--json'], ['privacy-check', 'examples/demo-vault', '--json'], ['prep', 'examples/demo-vault', '--supervisor', 'Ann', '--date', '2026-03-24']]) {
      const run = runCli([...args, ...common]);
      expect(run.stderr, args[0]).not.toContain('unknown option');
      expect(run.status, args[0]).toBe(0);
    }
    rmSync(join(taxonomy, '..'), { recursive: true, force: true });
  });
});
