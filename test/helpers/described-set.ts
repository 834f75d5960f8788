import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromSentence } from '../../src/core/model/flag';
import type { Engine } from '../../src/core/engine';
import { engineWith } from './engine';

/** One labelled sentence of the blind set (test/fixtures/described/README.md). */
export interface DescribedItem {
  id: string;
  base: string;
  split: 'dev' | 'held-out';
  note: 'session' | 'supervision' | 'reflection';
  format: string;
  client?: string;
  names?: string[];
  variant: 'affirmed' | 'negated' | 'hypothetical' | 'historical' | 'third-party' | 'quoted';
  text: string;
  expect: string;
  role?: string;
}

/** The blind sets, each written by its own author (test/fixtures/described/README.md). */
export const SETS = ['sentences.yaml', 'sentences-2.yaml', 'sentences-3.yaml', 'sentences-4.yaml', 'sentences-5.yaml', 'sentences-6.yaml', 'sentences-7.yaml', 'sentences-8.yaml', 'sentences-9.yaml', 'sentences-10.yaml', 'sentences-11.yaml', 'sentences-12.yaml', 'sentences-13.yaml', 'sentences-14.yaml', 'sentences-15.yaml', 'sentences-16.yaml', 'sentences-17.yaml', 'sentences-18.yaml', 'sentences-19.yaml', 'sentences-20.yaml', 'sentences-21.yaml', 'sentences-22.yaml', 'sentences-23.yaml', 'sentences-24.yaml', 'sentences-25.yaml', 'sentences-26.yaml', 'sentences-27.yaml', 'sentences-28.yaml', 'sentences-29.yaml', 'sentences-30.yaml', 'sentences-31.yaml', 'sentences-32.yaml', 'sentences-33.yaml', 'sentences-34.yaml', 'sentences-35.yaml', 'sentences-36.yaml', 'sentences-37.yaml', 'sentences-38.yaml', 'sentences-39.yaml', 'sentences-40.yaml', 'sentences-41.yaml', 'sentences-42.yaml', 'sentences-43.yaml', 'sentences-44.yaml', 'sentences-45.yaml', 'sentences-46.yaml', 'sentences-47.yaml', 'sentences-48.yaml', 'sentences-49.yaml', 'sentences-50.yaml', 'sentences-51.yaml', 'sentences-52.yaml', 'sentences-53.yaml', 'sentences-54.yaml', 'sentences-55.yaml', 'sentences-56.yaml', 'sentences-57.yaml', 'sentences-58.yaml', 'sentences-59.yaml', 'sentences-60.yaml', 'sentences-61.yaml', 'sentences-62.yaml', 'sentences-63.yaml', 'sentences-64.yaml', 'sentences-65.yaml', 'sentences-66.yaml', 'sentences-67.yaml', 'sentences-68.yaml', 'sentences-69.yaml', 'sentences-70.yaml', 'sentences-71.yaml', 'sentences-72.yaml', 'sentences-73.yaml', 'sentences-74.yaml', 'sentences-75.yaml', 'sentences-76.yaml', 'sentences-77.yaml', 'sentences-78.yaml'] as const;

/** Sets written after the tuning and never tuned on, development parts included: no listing of what they miss shows their sentences. */
export const NEVER_TUNED: ReadonlySet<string> = new Set(['sentences-5.yaml', 'sentences-6.yaml', 'sentences-19.yaml', 'sentences-20.yaml', 'sentences-21.yaml', 'sentences-22.yaml', 'sentences-23.yaml', 'sentences-24.yaml', 'sentences-25.yaml', 'sentences-28.yaml', 'sentences-29.yaml']);

/**
 * Sets tuned on whose development parts the sentence model does not learn: patterns are written
 * from what they miss, but learning the thirtieth's (session 65) lost two planted flags in the
 * blind vaults and one in a development vault and raised one flag the labels do not expect, for
 * no sentence more heard in any held-out part. Learning the thirty-first's (session 66) lost two
 * planted flags in the blind vaults and, in the other sets' held-out parts, four sentences heard
 * rightly, with three more heard wrongly. The thirty-second (session 67) is not learnt either, after
 * those two: its patterns are tuned on its development part; nor are the thirty-third and
 * thirty-fourth (sessions 68 and 74).
 */
export const NOT_LEARNT: ReadonlySet<string> = new Set(['sentences-30.yaml', 'sentences-31.yaml', 'sentences-32.yaml', 'sentences-33.yaml', 'sentences-34.yaml', 'sentences-35.yaml', 'sentences-36.yaml', 'sentences-37.yaml', 'sentences-38.yaml', 'sentences-39.yaml', 'sentences-40.yaml', 'sentences-41.yaml', 'sentences-42.yaml', 'sentences-43.yaml', 'sentences-44.yaml', 'sentences-45.yaml', 'sentences-46.yaml', 'sentences-47.yaml', 'sentences-48.yaml', 'sentences-49.yaml', 'sentences-50.yaml', 'sentences-51.yaml', 'sentences-52.yaml', 'sentences-53.yaml', 'sentences-54.yaml', 'sentences-55.yaml', 'sentences-56.yaml', 'sentences-57.yaml', 'sentences-58.yaml', 'sentences-59.yaml', 'sentences-60.yaml', 'sentences-61.yaml', 'sentences-62.yaml', 'sentences-63.yaml', 'sentences-64.yaml', 'sentences-65.yaml', 'sentences-66.yaml', 'sentences-67.yaml', 'sentences-68.yaml', 'sentences-69.yaml', 'sentences-70.yaml', 'sentences-71.yaml', 'sentences-72.yaml', 'sentences-73.yaml', 'sentences-74.yaml', 'sentences-75.yaml', 'sentences-76.yaml', 'sentences-77.yaml', 'sentences-78.yaml']);

/** The sets whose development parts the sentence model is learnt from (scripts/sentence-model-training.ts). */
export const LEARNT_SETS = SETS.filter((file) => !NEVER_TUNED.has(file) && !NOT_LEARNT.has(file));

/** A set's sentences; `dir` for a caller bundled elsewhere (scripts/sentence-model-training.ts), where __dirname is the bundle's. */
export function readDescribedSet(file: (typeof SETS)[number] = SETS[0], dir = join(__dirname, '..', 'fixtures', 'described')): DescribedItem[] {
  return parse(readFileSync(join(dir, file), 'utf8')) as DescribedItem[];
}

/**
 * Files of secondary labels: for affirmed items, the other dynamics a second reader, blind to the
 * detector, found the sentence also describes (test/fixtures/described/README.md).
 */
export const SECONDARY = ['secondary-1-2.yaml', 'secondary-3-5.yaml'] as const;

/** Each item's secondary dynamics, by item id. */
export function readSecondary(): Map<string, ReadonlySet<string>> {
  const also = new Map<string, ReadonlySet<string>>();
  for (const file of SECONDARY) {
    const labels = parse(readFileSync(join(__dirname, '..', 'fixtures', 'described', file), 'utf8')) as Record<string, string[]>;
    for (const [id, dynamics] of Object.entries(labels)) also.set(id, new Set(dynamics));
  }
  return also;
}

/** A client for session sentences that name none: the set's shorthand still means "the client". */
const UNNAMED_CLIENT = 'C-000';

/**
 * A vault holding each sentence as the whole body of its own note, in the kind of note the set
 * says, with the client's note (code and aliases), the practitioner and the supervisor as person
 * notes: what a practitioner's vault gives the detector around a sentence.
 */
export function describedVault(items: readonly DescribedItem[]): Record<string, string> {
  const aliases = new Map<string, Set<string>>([[UNNAMED_CLIENT, new Set()]]);
  for (const item of items) {
    if (!item.client) continue;
    const names = aliases.get(item.client) ?? new Set<string>();
    for (const name of item.names ?? []) names.add(name);
    aliases.set(item.client, names);
  }
  const files: Record<string, string> = {
    'People/Robin Hart.md': '---\ntype: person\nrole: practitioner\naliases: [Robin]\n---\n# Robin Hart\n',
    'People/Ann Lee.md': '---\ntype: person\nrole: supervisor\naliases: [Ann]\n---\n# Ann Lee\n',
  };
  for (const [code, names] of aliases) {
    files[`Clients/${code}.md`] = `---\ntype: client\ncode: ${code}\naliases: [${[...names].map((n) => JSON.stringify(n)).join(', ')}]\npractitioner: "[[Robin Hart]]"\n---\n# ${code}\n`;
  }
  for (const item of items) files[notePath(item)] = noteText(item);
  return files;
}

export function notePath(item: DescribedItem): string {
  const folder = { session: 'Sessions', supervision: 'Supervision', reflection: 'Reflections' }[item.note];
  return `${folder}/${item.id}.md`;
}

function noteText(item: DescribedItem): string {
  const client = item.client ?? UNNAMED_CLIENT;
  const lines = ['---', `type: ${item.note}`, 'date: 2026-03-02'];
  if (item.note === 'session') lines.push(`client: "[[${client}]]"`, 'practitioner: "[[Robin Hart]]"');
  if (item.note === 'supervision') {
    lines.push('supervisor: "[[Ann Lee]]"', 'supervisee: "[[Robin Hart]]"');
    if (item.client) lines.push(`cases: ["[[${item.client}]]"]`);
  }
  if (item.note === 'reflection') lines.push('private: false');
  lines.push('---', '', item.text, '');
  return lines.join('\n');
}

/** What the detector heard in each sentence: the dynamics of its body text, each with its roles. */
export function heard(engine: Engine, items: readonly DescribedItem[]): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  for (const item of items) {
    const found = new Map<string, Set<string>>();
    for (const evidence of engine.evidenceOf(notePath(item))) {
      if (!fromSentence(evidence)) continue;
      const roles = found.get(evidence.dynamic) ?? new Set<string>();
      for (const role of evidence.roles ?? [evidence.role]) roles.add(role);
      found.set(evidence.dynamic, roles);
    }
    out.set(item.id, found);
  }
  return out;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Heard with the expected dynamic but not the expected role. */
  wrongRole: number;
  /** Heard dynamics other than the expected one that the second reader found in the sentence too. */
  secondary: number;
  /** Expected hearings over all hearings: a secondary one counts against it. */
  precision: number;
  /** Hearings of the expected or a secondary dynamic over all hearings. */
  precisionWithSecondary: number;
  recall: number;
}

/**
 * Precision and recall per expected dynamic and overall. A sentence expecting D counts as found when
 * D is heard in it (whatever the role: roles are counted apart, in wrongRole); every other dynamic
 * heard in any sentence is a false alarm for that dynamic. Markers are not flaggable and not counted.
 */
export function score(items: readonly DescribedItem[], found: Map<string, Map<string, Set<string>>>, counted: (dynamic: string) => boolean, also: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Map<string, Score> {
  const tallies = new Map<string, Score>();
  const empty = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, wrongRole: 0, secondary: 0, precision: 1, precisionWithSecondary: 1, recall: 1 });
  const tally = (dynamic: string): Score => {
    let t = tallies.get(dynamic);
    if (!t) tallies.set(dynamic, (t = empty()));
    return t;
  };
  for (const item of items) {
    const heardHere = found.get(item.id) ?? new Map<string, Set<string>>();
    if (item.expect !== 'none') {
      const roles = heardHere.get(item.expect);
      if (roles) {
        tally(item.expect).truePositives++;
        if (item.role && !roles.has(item.role)) tally(item.expect).wrongRole++;
      } else tally(item.expect).falseNegatives++;
    }
    for (const dynamic of heardHere.keys()) {
      if (dynamic === item.expect || !counted(dynamic)) continue;
      if (also.get(item.id)?.has(dynamic)) tally(dynamic).secondary++;
      else tally(dynamic).falsePositives++;
    }
  }
  const all = empty();
  for (const t of tallies.values()) {
    all.truePositives += t.truePositives;
    all.falsePositives += t.falsePositives;
    all.falseNegatives += t.falseNegatives;
    all.wrongRole += t.wrongRole;
    all.secondary += t.secondary;
  }
  tallies.set('(all)', all);
  for (const t of tallies.values()) {
    const hearings = t.truePositives + t.secondary + t.falsePositives;
    t.precision = hearings === 0 ? 1 : t.truePositives / hearings;
    t.precisionWithSecondary = hearings === 0 ? 1 : (t.truePositives + t.secondary) / hearings;
    t.recall = t.truePositives + t.falseNegatives === 0 ? 1 : t.truePositives / (t.truePositives + t.falseNegatives);
  }
  return tallies;
}

export interface DescribedScores {
  dev: Map<string, Score>;
  heldOut: Map<string, Score>;
}

/** The blind sets scored by an engine built over them, per set and split. */
export function measureDescribed(): { sets: Map<string, DescribedScores>; found: Map<string, Map<string, Set<string>>>; items: DescribedItem[]; tunable: DescribedItem[] } {
  const bySet = SETS.map((file) => [file, readDescribedSet(file)] as const);
  const items = bySet.flatMap(([, set]) => set);
  // The development parts of the sets tuned on: the only sentences a listing of misses may show.
  const tunable = bySet.flatMap(([file, set]) => (NEVER_TUNED.has(file) ? [] : set.filter((i) => i.split === 'dev')));
  const engine = engineWith(describedVault(items));
  const found = heard(engine, items);
  const counted = (dynamic: string): boolean => engine.taxonomy.get(dynamic)?.kind !== 'marker';
  const also = readSecondary();
  const sets = new Map<string, DescribedScores>();
  for (const [file, set] of bySet) {
    sets.set(file, { dev: score(set.filter((i) => i.split === 'dev'), found, counted, also), heldOut: score(set.filter((i) => i.split === 'held-out'), found, counted, also) });
  }
  return { sets, found, items, tunable };
}
