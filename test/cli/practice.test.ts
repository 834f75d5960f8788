import { beforeAll, describe, expect, it } from 'vitest';
import type { HoursDocument } from '../../src/core/practice/hours';
import { runCli, type CliResult } from './run-cli';

const VAULT = 'test/fixtures/vaults/practice';

// Each run of the command line takes a second or two on a busy machine: run each form once.
const SUPERVISOR_VAULT = 'test/fixtures/vaults/supervisor-vault';
const runs = {} as Record<'json' | 'range' | 'text' | 'badMinimum' | 'ann' | 'jo' | 'annPrivate' | 'nobody' | 'noSupervisor' | 'supervisorJson' | 'supervisorText' | 'supervisorScan', CliResult>;
beforeAll(() => {
  runs.json = runCli(['hours', VAULT, '--json']);
  runs.range = runCli(['hours', VAULT, '--json', '--from', '2026-02-01', '--to', '2026-04-30', '--default-minutes', '60', '--minimum-hours', '2.5']);
  runs.text = runCli(['hours', VAULT]);
  runs.badMinimum = runCli(['hours', VAULT, '--minimum-hours', 'lots']);
  runs.ann = runCli(['prep', VAULT, '--supervisor', 'Ann', '--date', '2026-03-24']);
  runs.jo = runCli(['prep', VAULT, '--supervisor', 'Jo Park', '--date', '2026-03-24']);
  runs.annPrivate = runCli(['prep', VAULT, '--supervisor', 'Ann Lee', '--date', '2026-03-24', '--include-private']);
  runs.nobody = runCli(['prep', VAULT, '--supervisor', 'Morgan']);
  runs.noSupervisor = runCli(['prep', VAULT]);
  runs.supervisorJson = runCli(['hours', SUPERVISOR_VAULT, '--json']);
  runs.supervisorText = runCli(['hours', SUPERVISOR_VAULT]);
  runs.supervisorScan = runCli(['scan', SUPERVISOR_VAULT, '--json']);
}, 180_000);

describe('parallel-process hours', () => {
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
      'Is the persecuting in your supervision of Dev Patel on 2026-06-12 showing up in how Dev Patel then met D-01?',
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
    expect(runs.nobody.stderr).toBe(`parallel-process: no supervisor named "Morgan" in ${VAULT}\n`);
    expect(runs.noSupervisor.status).toBe(2);
    expect(runs.noSupervisor.stderr).toContain('prep needs --supervisor NAME');
  });
});
