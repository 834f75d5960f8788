import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/model/flag';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { flagKey as key, flagPlace as place, readExpectedFlags } from '../../helpers/expected-flags';

/**
 * Practices' vaults, each written by its own author who read only the domain's SPEC, README and
 * dynamics list, never the detector or the other vaults (each vault's README.md): parallels and
 * decoys described in everyday words, with no dynamics property and no cue phrase. They measure what
 * the sentence sets cannot: whole flags, on the notes of one practice.
 *
 * Two kinds: `blind` vaults, whose notes nothing was tuned on and no one working on the detector has
 * read; `development` vaults, written the same way later and read to find what the detector missed
 * (tuned on, so their figures say less). The floors sit at what the detector found: how many expected
 * flags it finds exactly; how many it finds with their direction left open (`mirror`, one side's
 * role not read, where a directed kind is expected, or the other direction); how many it raises that
 * the labels do not expect at all.
 */
const VAULTS = [
  // Session 53: with the sentence model's stems and the twenty-sixth set's sentences learnt, one flag the labels do not expect, and one planted flag lost to the other direction.
  // Session 61: one planted flag fewer once a clause of time that is only the raising ("When I asked about..., he went quiet") gives the turn to the main clause, not the asker (blind-practice-18 one more; no vault more unexpected).
  { root: 'test/fixtures/vaults/blind-practice', written: 'blind', expected: 9, exact: 6, otherDirection: 1, unexpected: 1 },
  { root: 'test/fixtures/vaults/blind-practice-2', written: 'blind', expected: 9, exact: 7, otherDirection: 0, unexpected: 0 },
  // Session 28, the learnt sentence reader (cues/learnt/): one flag more that the labels do not expect; across the blind vaults it found 7 more exactly.
  { root: 'test/fixtures/vaults/blind-supervisor', written: 'blind', expected: 9, exact: 7, otherDirection: 1, unexpected: 1 },
  { root: 'test/fixtures/vaults/blind-practice-3', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 1 },
  { root: 'test/fixtures/vaults/blind-practice-4', written: 'blind', expected: 9, exact: 7, otherDirection: 1, unexpected: 0 },
  { root: 'test/fixtures/vaults/blind-practice-5', written: 'blind', expected: 9, exact: 7, otherDirection: 0, unexpected: 2 },
  // Session 54, with the twenty-seventh set's sentences learnt: one flag more the labels do not expect.
  { root: 'test/fixtures/vaults/blind-practice-6', written: 'blind', expected: 9, exact: 8, otherDirection: 1, unexpected: 2 },
  { root: 'test/fixtures/vaults/blind-practice-7', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 0 },
  // Written in session 15: on arrival (fadc51c and d735972 alike) 5/0/4 and 3/1/0.
  { root: 'test/fixtures/vaults/blind-practice-8', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 2 },
  { root: 'test/fixtures/vaults/blind-practice-9', written: 'blind', expected: 9, exact: 6, otherDirection: 0, unexpected: 0 },
  // Written in session 16: on arrival 4/0/2 with the session's starting build (78e6698), 5/0/2 with 6245145.
  { root: 'test/fixtures/vaults/blind-practice-10', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 2 },
  // Written at the end of session 16: on arrival 4/0/1 with the session's starting build (78e6698), 5/1/1 with 72b3022.
  // Session 54, with the twenty-seventh set's sentences learnt: one planted flag more found.
  { root: 'test/fixtures/vaults/blind-practice-11', written: 'blind', expected: 9, exact: 7, otherDirection: 1, unexpected: 1 },
  // Written in session 17: on arrival 7/0/5 with the session's starting build (3febc76) and with d21790c.
  // Session 47: a contract agreed with its outcome named ("agreed at the top to take ... first, with the outcome of ...") is a contract stated.
  { root: 'test/fixtures/vaults/blind-practice-12', written: 'blind', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 18: on arrival 6/0/1 with the session's starting build (8fe3904) and with 72a1c20.
  { root: 'test/fixtures/vaults/blind-practice-13', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 0 },
  // Written at the end of session 18: on arrival 6/0/4 with the session's starting build (8fe3904) and with 6df3e79.
  { root: 'test/fixtures/vaults/blind-practice-14', written: 'blind', expected: 9, exact: 7, otherDirection: 0, unexpected: 3 },
  // Written in session 26: on arrival 5/0/2 with the session's starting build (8712393) and with 44efb95.
  // Session 28, the learnt sentence reader (cues/learnt/): one expected flag found in the other direction.
  // Session 47: one flag fewer the labels do not expect, as for the twelfth.
  { root: 'test/fixtures/vaults/blind-practice-15', written: 'blind', expected: 9, exact: 5, otherDirection: 1, unexpected: 1 },
  // Written in session 47 (a refugee and asylum-seeker service, interpreters in the room): on arrival 8/0/1 with the session's starting build (eb1f378) and with 7077c5d.
  // Session 49: a pattern written with "her" heard where the text has a name ("asked Darlene to pick for me"): one more found exactly.
  // Session 54, with the twenty-seventh set's sentences learnt: one flag fewer the labels do not expect.
  { root: 'test/fixtures/vaults/blind-practice-16', written: 'blind', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 48 (a psychodynamic private practice in Melbourne, Australian English): on arrival 7/1/0 with the session's starting build (a9d1555) and with 5307059.
  { root: 'test/fixtures/vaults/blind-practice-17', written: 'blind', expected: 9, exact: 7, otherDirection: 1, unexpected: 0 },
  // Written in session 47 (a later-life therapies service in Newcastle); on arrival 7/2/1 with the session's starting build (eb1f378) and with 4fdebbf alike.
  // Written in session 49 (a Dublin school and private-practice counsellor for young people, Irish English): on arrival 7/0/3 with the session's starting build (5e0aef4) and with 20af349.
  // Session 53: one planted flag fewer once the sentence model learnt the twenty-sixth set's sentences (over all blind vaults, 8 more found than at the session's start, 2 more unexpected).
  // Session 54, with the twenty-seventh set's sentences learnt: one planted flag more found, one flag more the labels do not expect.
  // Session 61: one planted flag more with the main clause's turn after a clause of time that is only the raising.
  { root: 'test/fixtures/vaults/blind-practice-18', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 3 },
  // Written in session 49 (a recovery coach and counsellor in a Glasgow third-sector alcohol and drugs service, Scottish English, a group supervision): on arrival 7/0/2 with the session's starting build (5e0aef4) and with 43d0377.
  { root: 'test/fixtures/vaults/blind-practice-19', written: 'blind', expected: 9, exact: 9, otherDirection: 0, unexpected: 2 },
  // Written in session 50 (a sport and performance psychologist in Leeds, academy footballers and private clients): on arrival 7/0/0 with the session's starting build (0b422a7) and with 6614175.
  { root: 'test/fixtures/vaults/blind-practice-20', written: 'blind', expected: 9, exact: 7, otherDirection: 0, unexpected: 0 },
  // Written in session 51 (a school-counselling and youth-work supervisor's vault in Auckland, three supervisees, author: supervisor): on arrival 8/1/2 with the session's starting build (bed1d51) and with 2683703.
  { root: 'test/fixtures/vaults/blind-supervisor-3', written: 'blind', expected: 9, exact: 8, otherDirection: 1, unexpected: 2 },
  // Written in session 52 (a hospital chaplaincy supervisor's vault in Chicago, three supervisees sharing their session notes, author: supervisor, American English): on arrival 7/0/2 with the session's starting build (e42f53c) and with 41c0e92.
  // Session 54, with the twenty-seventh set's sentences learnt: one planted flag fewer found.
  { root: 'test/fixtures/vaults/blind-supervisor-4', written: 'blind', expected: 9, exact: 6, otherDirection: 0, unexpected: 2 },
  // Written in session 52 (an LMFT's group private practice in Austin, Texas, individuals, couples and families, American English, DAP and SOAP shorthand): on arrival 5/0/2 with the session's starting build (e42f53c) and with the session's fixes to the reviewer's findings.
  // Written in session 53 (a counsellor in a GP surgery in rural Wales, six-session contracts, terse notes, one supervisor): on arrival 8/0/1 with the session's starting build (fa322e8) and with the session's sentence model.
  { root: 'test/fixtures/vaults/blind-practice-23', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 1 },
  { root: 'test/fixtures/vaults/blind-practice-22', written: 'blind', expected: 9, exact: 5, otherDirection: 0, unexpected: 2 },
  // Written in session 51 (an art psychotherapy practice in Glasgow, two supervisors): on arrival 8/0/0 with the session's starting build (bed1d51) and with 1a57cde.
  // Session 54, with the twenty-seventh set's sentences learnt: one flag more the labels do not expect.
  { root: 'test/fixtures/vaults/blind-practice-21', written: 'blind', expected: 9, exact: 8, otherDirection: 0, unexpected: 1 },
  // Written in session 50 (a university counselling centre in Toronto, Canadian English): on arrival 3/0/2 with the session's starting build (0b422a7) and with 6614175.
  // Tuned on in session 50: 9/0/0.
  { root: 'test/fixtures/vaults/dev-university', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 50 (a coaching supervisor's vault in Johannesburg, three coaches, author: supervisor, her own supervision beside): on arrival 7/0/1 with the session's starting build (0b422a7) and with 5da16d5.
  { root: 'test/fixtures/vaults/blind-supervisor-2', written: 'blind', expected: 9, exact: 7, otherDirection: 0, unexpected: 1 },
  // Written in session 50 (an LGBTQ+ community counselling service in Manchester, two supervisors): on arrival 7/0/1 with the session's starting build (0b422a7) and with 0529eab.
  // Tuned on in session 50: 9/0/0.
  { root: 'test/fixtures/vaults/dev-community-manchester', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Session 53: one planted flag fewer once the sentence model learnt the twenty-sixth set's sentences.
  // Session 54, with the twenty-seventh set's sentences learnt: +2 planted flags found.
  { root: 'test/fixtures/vaults/dev-later-life', written: 'development', expected: 9, exact: 9, otherDirection: 1, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-practice', written: 'development', expected: 10, exact: 10, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-supervisor', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Session 28, the learnt sentence reader (cues/learnt/): a reflection's harsh self-talk ("calling myself sloppy and an amateur") heard as power struggle; since session 48 heard as the inner critic (harsh-punitive), as the labels have it.
  // Session 53: one flag the labels do not expect once the sentence model learnt the twenty-sixth set's sentences.
  // Session 54, with the twenty-seventh set's sentences learnt: one flag fewer the labels do not expect.
  { root: 'test/fixtures/vaults/dev-coaching', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-trainee', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 1 },
  { root: 'test/fixtures/vaults/dev-nhs', written: 'development', expected: 10, exact: 10, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-supervisor-2', written: 'development', expected: 8, exact: 8, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-upward', written: 'development', expected: 11, exact: 11, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-agency', written: 'development', expected: 10, exact: 10, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-decoys', written: 'development', expected: 6, exact: 6, otherDirection: 0, unexpected: 0 },
  // 2 -> 3 unexpected in session 16: the supervisee picking apart a plan (decoy D28) is now heard, as its README reads it; the son's
  // fault-finding the session beside it holds (D27) is read as the client's, which the README does not.
  { root: 'test/fixtures/vaults/dev-couples', written: 'development', expected: 6, exact: 6, otherDirection: 0, unexpected: 3 },
  // Session 31: one flag more (boundary-issues for Y-306) once the learnt reader heard at 0.4: the supervisee's
  // "ringing Kobi every morning ... to get him out of bed", beside a youth worker's help already misread as the client's.
  // Session 32: gone again, the client side no longer read into "when he is running late" for school.
  { root: 'test/fixtures/vaults/dev-youth', written: 'development', expected: 7, exact: 7, otherDirection: 0, unexpected: 0 },
  // Written in session 15; on arrival (fadc51c and d735972 alike) 5/0/3 and 2/5/3.
  { root: 'test/fixtures/vaults/dev-cbt', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-supervisor-3', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 16 (its notes avoid the context cues' own words too); on arrival (78e6698 and cb99cbe alike) 7/1/9.
  { root: 'test/fixtures/vaults/dev-addiction', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 17 (ordinary context words left in); on arrival (3febc76 and d21790c alike) 6/0/1.
  { root: 'test/fixtures/vaults/dev-youth-justice', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 18; on arrival (8fe3904 and 96f76b7 alike) 6/0/1.
  { root: 'test/fixtures/vaults/dev-perinatal', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 47 (an EAP practice in Ohio, American English); on arrival (eb1f378 and 809cf20 alike) 5/0/1.
  // Written in session 47 (a supervisor's own vault in Glasgow, three supervisees); on arrival 4/0/2 with the session's starting build (eb1f378), 6/0/2 with e1f957f.
  { root: 'test/fixtures/vaults/dev-supervisor-4', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  { root: 'test/fixtures/vaults/dev-eap', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 48 (an executive coach in Toronto, three-way contracts): on arrival 6/0/0 with the session's starting build (a9d1555) and with 32e4cf7.
  { root: 'test/fixtures/vaults/dev-exec-coaching', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 48 (a hospice counsellor in Bristol): on arrival 9/0/1 with the session's starting build (a9d1555) and with fb40ebb. Not expected: a plan written as an order ("Next step: ask Joanne at the top of the next session what she wants from it") heard as contracting left unclear.
  // Session 49: "Next step: ask Joanne ... what she wants from it" is a plan, no unclear contract.
  { root: 'test/fixtures/vaults/dev-hospice', written: 'development', expected: 9, exact: 9, otherDirection: 0, unexpected: 0 },
  // Written in session 49 (an Ohio community agency's social worker with court-mandated clients, BIRP notes): on arrival 5/1/1 with the session's starting build (5e0aef4) and with b95c8d4.
  // Its collusion session sentence ("We had an easy, pleasant hour..., the two of us steering around the dashcam footage") names both people: read as theirs together, the flag is mirror-upward where the labels, reading "we" as role unknown, expect a plain mirror.
  // Session 53: one planted flag fewer once the sentence model learnt the twenty-sixth set's sentences.
  // Session 54, with the twenty-seventh set's sentences learnt: one planted flag more found.
  { root: 'test/fixtures/vaults/dev-probation', written: 'development', expected: 9, exact: 8, otherDirection: 1, unexpected: 0 },
] as const;

function measure(root: string) {
  const expected = readExpectedFlags(root);
  const engine = engineWith(readFixtureVault(root));
  const flags: Flag[] = engine.flags();
  const wanted = new Set(expected.map(key));
  const wantedPlaces = new Set(expected.map(place));
  const keys = new Set(flags.map(key));
  return {
    engine,
    flags,
    expected,
    exact: flags.filter((f) => wanted.has(key(f))),
    // Each expected flag found, once: two flags across clients (a pattern of two windows) can answer to one label.
    found: expected.filter((e) => keys.has(key(e))),
    otherDirection: flags.filter((f) => !wanted.has(key(f)) && wantedPlaces.has(place(f))),
    unexpected: flags.filter((f) => !wantedPlaces.has(place(f))),
  };
}

describe("practice vaults written blind (flags in practitioners' own words)", () => {
  const measured = VAULTS.map((v) => ({ ...v, ...measure(v.root) }));

  if (process.env.EVALUATE) {
    for (const written of ['blind', 'development'] as const) {
      const total = { flags: 0, expected: 0, found: 0, exact: 0, otherDirection: 0, unexpected: 0 };
      for (const m of measured.filter((v) => v.written === written)) {
        process.stdout.write(
          `${m.root}: ${m.flags.length} flags, ${m.expected.length} expected; ${m.found.length} found exactly (${m.exact.length} flags), ${m.otherDirection.length} in another direction, ${m.unexpected.length} unexpected; ` +
            `precision ${(m.exact.length / Math.max(1, m.flags.length)).toFixed(2)}, recall ${(m.found.length / m.expected.length).toFixed(2)}\n`,
        );
        total.flags += m.flags.length;
        total.expected += m.expected.length;
        total.exact += m.exact.length;
        total.found += m.found.length;
        total.otherDirection += m.otherDirection.length;
        total.unexpected += m.unexpected.length;
      }
      process.stdout.write(
        `all ${written} vaults: ${total.flags} flags, ${total.expected} expected; ${total.found} found exactly (${total.exact} flags), ${total.otherDirection} in another direction, ${total.unexpected} unexpected; ` +
          `precision ${(total.exact / total.flags).toFixed(2)} (${((total.exact + total.otherDirection) / total.flags).toFixed(2)} with direction left open), recall ${(total.found / total.expected).toFixed(2)}\n`,
      );
    }
  }

  it('has a flag resting on a private reflection to check in at least one vault', () => {
    expect(measured.some((m) => m.flags.some((f) => f.kind === 'personal-resonance' && f.evidence.some((e) => e.noteType === 'reflection')))).toBe(true);
  });

  for (const m of measured) {
    describe(`${m.root} (${m.written})`, () => {
      it('finds at least as many of the planted flags as when the vault was written', () => {
        expect(m.expected.length).toBe(VAULTS.find((v) => v.root === m.root)!.expected);
        expect(m.found.length).toBeGreaterThanOrEqual(VAULTS.find((v) => v.root === m.root)!.exact);
      });

      it('raises no more flags the labels do not expect than when it was written', () => {
        const floor = VAULTS.find((v) => v.root === m.root)!;
        expect(m.unexpected.length).toBeLessThanOrEqual(floor.unexpected);
        expect(m.otherDirection.length).toBeLessThanOrEqual(floor.otherDirection);
      });

      it('keeps flags resting on a private reflection out of what is shared unless asked', () => {
        const shared = m.engine.selectFlags({ includePrivate: false }).flags;
        const all = m.engine.selectFlags({ includePrivate: true }).flags;
        for (const flag of m.flags.filter((f) => f.kind === 'personal-resonance' && f.evidence.some((e) => e.noteType === 'reflection'))) {
          expect(shared).not.toContain(flag);
          expect(all).toContain(flag);
        }
      });

      it("takes no evidence from the vault's README, which quotes the planted sentences to explain them", () => {
        expect(m.engine.evidenceOf('README.md')).toEqual([]);
        expect(m.flags.filter((f) => f.evidence.some((e) => e.path === 'README.md'))).toEqual([]);
      });

      it('reads every note without a diagnostic', () => {
        expect(m.engine.diagnostics()).toEqual([]);
      });
    });
  }
});
