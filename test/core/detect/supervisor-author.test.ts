import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { engineWith, readFixtureVault, reopened } from '../../helpers/engine';

const ROOT = 'test/fixtures/vaults/supervisor-vault';
const summary = (flags: Flag[]) => flags.map((f) => `${f.kind} ${f.dynamic} ${f.client} ${f.practitioner}`).sort();
const supervisionRoles = (flag: Flag | undefined) => (flag?.evidence ?? []).filter((e) => e.noteType === 'supervision').map((e) => `${e.line} ${e.role}: ${e.text}`);

describe("a supervisor's vault (author: supervisor)", () => {
  const files = readFixtureVault(ROOT);
  const flags = engineWith(files).flags();
  const find = (dynamic: string) => flags.find((f) => f.dynamic === dynamic);

  it('gives each of three supervisees upward and downward flags about their own client', () => {
    expect(summary(flags)).toEqual([
      'mirror-downward persecuting Clients/D-01.md People/Dev Patel.md',
      'mirror-upward avoidance-withdrawal Clients/B-01.md People/Ben Ortiz.md',
      'mirror-upward rescuing Clients/C-01.md People/Clare Wu.md',
    ]);
  });

  it('reads I as the supervisor, and the supervisee by name and by he or she', () => {
    expect(supervisionRoles(find('avoidance-withdrawal'))).toEqual([
      '10 supervisee: Ben avoided bringing the recording again.',
      '10 supervisee: He changed the subject when I asked about his own father.',
    ]);
    expect(supervisionRoles(find('rescuing'))).toEqual(['10 supervisor: She was stuck on the housing question, and I came up with solutions before she had finished.']);
    expect(supervisionRoles(find('persecuting'))).toEqual([
      '10 supervisor: I was critical of his case notes and impatient with his questions;',
      '10 supervisee: he went home, he said, feeling told off.',
    ]);
  });

  it('reads the same words the other way round when the supervisee wrote them', () => {
    const asSupervisee = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, text.replace('author: supervisor', 'author: supervisee')]));
    const turned = engineWith(asSupervisee).flags();
    // "I came up with solutions" is now the supervisee's rescuing: no mirror of Clare's own rescuing.
    expect(summary(turned).some((f) => f.includes('rescuing'))).toBe(false);
  });
});

describe("flags of a supervisor's notes, in the supervisor's terms", () => {
  const files = readFixtureVault(ROOT);
  const flags = engineWith(files).flags();
  const find = (dynamic: string) => flags.find((f) => f.dynamic === dynamic)!;

  it('asks about the supervisee by name, and where in supervision to look', () => {
    // Clare rescued her client; Nadia came up with solutions for Clare: how Nadia met her.
    expect(find('rescuing').question).toBe('Is the rescuing Clare Wu described with C-01 showing up in how you met Clare Wu?');
    // B-01 avoided; Ben avoided in supervision: how Ben was with Nadia.
    expect(find('avoidance-withdrawal').question).toBe('Is the avoidance Ben Ortiz described with B-01 showing up in how Ben Ortiz was with you in supervision?');
    expect(find('persecuting').question).toBe('Is the criticism in your supervision of Dev Patel on 2026-06-12 showing up in how Dev Patel then met D-01?');
    for (const flag of flags) {
      expect(flag.question).not.toContain('your sessions');
      expect(flag.prompt).toMatch(/supervisee/);
    }
  });

  it('keeps the practitioner wording for a note the supervisee wrote, and the supervisor wording through the cache', () => {
    const asSupervisee = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, text.replace('author: supervisor\nsupervisor', 'author: supervisee\nsupervisor')]));
    const turned = engineWith(asSupervisee).flags().find((f) => f.dynamic === 'avoidance-withdrawal')!;
    expect(turned.question).toBe('Is the avoidance in your sessions with B-01 being mirrored in supervision?');
    expect(turned.prompt).not.toMatch(/supervisee/);

    const stamped = Object.entries(files).map(([path, data], i) => ({ path, data, mtime: i + 1, size: data.length }));
    const { first, engine, resumed } = reopened(stamped);
    expect(resumed).toBe(true);
    expect(engine.flags().map((f) => [f.question, f.prompt])).toEqual(first.flags().map((f) => [f.question, f.prompt]));
  });

  it('names the client\'s practitioner when the note names no supervisee', () => {
    const path = 'Supervision/2026-06-11 Supervision Clare.md';
    const without = { ...files, [path]: files[path].replace('supervisee: "[[Clare Wu]]"\n', '') };
    expect(engineWith(without).flags().find((f) => f.dynamic === 'rescuing')?.question).toBe('Is the rescuing Clare Wu described with C-01 showing up in how you met Clare Wu?');
  });

  it('reads a case summary by the presenting practitioner\'s name as theirs', () => {
    const path = 'Sessions/2026-06-03 C-01.md';
    const byName = { ...files, [path]: files[path].replace('I jumped in and wrote', 'Clare jumped in and wrote') };
    const rescuing = engineWith(byName).flags().find((f) => f.dynamic === 'rescuing');
    expect(rescuing?.kind).toBe('mirror-upward');
    expect(rescuing?.evidence.filter((e) => e.noteType === 'session').map((e) => `${e.role}: ${e.text}`)).toEqual([
      'practitioner: Summary Clare shared: Clare jumped in and wrote the email to the landlord for her.',
    ]);
    // The same without `author: supervisor`, which SPEC defines for supervision notes only: the
    // session's practitioner, named, is the practitioner whoever wrote the summary.
    const unsigned = { ...byName, [path]: byName[path].replace('author: supervisor\n', '') };
    expect(engineWith(unsigned).flags().find((f) => f.dynamic === 'rescuing')?.kind).toBe('mirror-upward');
    // Someone else's name is no one's.
    const someoneElse = { ...unsigned, [path]: unsigned[path].replace('Clare jumped in', 'Dana jumped in') };
    expect(engineWith(someoneElse).flags().find((f) => f.dynamic === 'rescuing')?.kind).not.toBe('mirror-upward');
  });

  it("reads another supervisee named in a supervisee's note as no one of it, and again when that person's note changes", () => {
    const path = 'Supervision/2026-06-11 Supervision Clare.md';
    const naming = { ...files, [path]: `${files[path]}\nBen phoned me before Clare's hour, wanting me to decide for him.\n` };
    const engine = engineWith(naming);
    const dependency = () => engine.evidenceOf(path).filter((e) => e.dynamic === 'dependency');
    // Ben has a person note: in Clare's supervision he is someone else, no evidence for anyone.
    expect(dependency()).toEqual([]);
    // Without it, Ben is a name no note answers to: read, with a role unknown.
    engine.remove('People/Ben Ortiz.md');
    expect(dependency().map((e) => e.role)).toEqual(['unknown']);
    // And back, as an update: the supervision note is read again.
    engine.upsert({ path: 'People/Ben Ortiz.md', data: files['People/Ben Ortiz.md'] });
    expect(dependency()).toEqual([]);
  });

  it("leaves the supervisor's own supervision (of their supervision) without flags about supervisees", () => {
    expect(flags.some((f) => f.supervision === 'Supervision/2026-06-24 Supervision of supervision.md')).toBe(false);
  });
});
