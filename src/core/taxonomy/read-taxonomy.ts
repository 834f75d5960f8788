import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml';
import { errorLine } from '../parse/yaml-error-line';
import { appendAll } from '../util/append';
import { MAX_PATTERN_SLOTS, nameKey, type DescribedPattern, type DynamicDefinition, type DynamicKind } from './taxonomy';

const KINDS: readonly DynamicKind[] = ['dynamic', 'theme', 'attachment', 'marker'];

export class TaxonomyError extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
  }
}

export interface TaxonomyEntry {
  id: string;
  kind?: DynamicKind;
  label?: string;
  /** See DynamicDefinition.phrase. */
  phrase?: string;
  description?: string;
  cues: string[];
  patterns: DescribedPattern[];
  /** See DynamicDefinition.otherSenses. */
  otherSenses: string[];
  /** See DynamicDefinition.covers. */
  covers: string[];
  roles: string[];
  /** See DynamicDefinition.judgement. */
  judgement?: true;
  /** See DynamicDefinition.act. */
  act?: true;
  /** See DynamicDefinition.mutual. */
  mutual?: true;
  /** See DynamicDefinition.declinable. */
  declinable?: true;
  disabled: boolean;
}

/** The true-or-false marks a dynamic may carry (DynamicDefinition.judgement, .act, .mutual, .declinable). */
const MARKS = ['judgement', 'act', 'mutual', 'declinable'] as const;
type Marks = Partial<Record<(typeof MARKS)[number], true>>;

/** Sets on `to` the marks `from` carries; a mark once set is not taken away by a user's entry. */
function addMarks(to: Marks, from: Marks): void {
  for (const mark of MARKS) if (from[mark]) to[mark] = true;
}

/** Words allowed between one slot of a pattern and the next when the pattern does not say. */
export const DEFAULT_WITHIN = 6;
/** Further than a clause: a pattern that reaches this far would join unrelated words. */
const MAX_WITHIN = 20;

/** Something in a user's taxonomy that is read past, not refused: a key it does not know. */
export interface TaxonomyWarning {
  line: number;
  message: string;
}

/** The keys an entry may have: any other is likely a misspelling (`cue:`, `unless_afer:`), said as a warning. */
const ENTRY_KEYS = new Set(['id', 'kind', 'label', 'phrase', 'description', 'cues', 'patterns', 'other_senses', 'covers', 'roles', 'disabled', 'enabled', ...MARKS]);

/**
 * Reads a list of dynamics in the format of dynamics.yaml; throws TaxonomyError with the line of the
 * entry at fault, and adds to `warnings` the keys it does not know, each with its entry's line.
 */
export function readTaxonomyEntries(yamlText: string, warnings: TaxonomyWarning[] = []): TaxonomyEntry[] {
  const lines = new LineCounter();
  // Warnings (a tag it does not know) are the user's YAML to fix, not the console's: errors still throw.
  const doc = parseDocument(yamlText, { prettyErrors: false, logLevel: 'error', lineCounter: lines });
  const error = doc.errors[0];
  if (error) throw new TaxonomyError(`not valid YAML: ${String(error.message).split('\n')[0]}`, errorLine(yamlText, lines.linePos(error.pos[0]).line, error.code));
  // Where each entry starts, to name its line: the list at the top, or under `dynamics:`.
  const top = doc.contents;
  const list = isSeq(top) ? top : isMap(top) ? top.get('dynamics', true) : undefined;
  const starts = isSeq(list) ? list.items.map((item) => (isNode(item) && item.range ? lines.linePos(item.range[0]).line : 1)) : [];
  return readTaxonomyData(doc.toJS(), starts, warnings);
}

/** Reads dynamics already parsed from YAML (the bundled taxonomy is parsed at build time). */
export function readTaxonomyData(data: unknown, lines: readonly number[] = [], warnings: TaxonomyWarning[] = []): TaxonomyEntry[] {
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.dynamics) ? data.dynamics : undefined;
  if (!list) throw new TaxonomyError('expected a list of dynamics (each with an id), or a "dynamics:" list');
  return list.map((item, i) => {
    const line = lines[i] ?? 1;
    try {
      const entry = readEntry(item, i);
      const unknown = Object.keys(item as Record<string, unknown>).filter((key) => !ENTRY_KEYS.has(key));
      if (unknown.length > 0) warnings.push({ line, message: `entry ${i + 1} (${entry.id}): ${unknown.map((k) => `"${k}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not read; the keys are ${[...ENTRY_KEYS].join(', ')}` });
      return entry;
    } catch (error) {
      throw error instanceof TaxonomyError && error.line === 1 ? new TaxonomyError(error.message, line) : error;
    }
  });
}

function readEntry(item: unknown, index: number): TaxonomyEntry {
  const where = `entry ${index + 1}`;
  if (!isRecord(item) || typeof item.id !== 'string' || item.id.trim() === '') throw new TaxonomyError(`${where} has no id`);
  const id = item.id.trim();
  const kind = typeof item.kind === 'string' ? item.kind : undefined;
  if ((item.kind !== undefined && kind === undefined) || (kind !== undefined && !KINDS.includes(kind as DynamicKind))) {
    throw new TaxonomyError(`${where} (${id}): kind must be one of ${KINDS.join(', ')}`);
  }
  const strings = (value: unknown, name: string): string[] => {
    if (value === undefined || value === null) return [];
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) throw new TaxonomyError(`${where} (${id}): ${name} must be a list of phrases`);
    return values.map(String);
  };
  const marks: Marks = {};
  for (const mark of MARKS) {
    if (item[mark] !== undefined && typeof item[mark] !== 'boolean') throw new TaxonomyError(`${where} (${id}): ${mark} must be true or false`);
    if (item[mark] === true) marks[mark] = true;
  }
  return {
    id,
    kind: kind as DynamicKind | undefined,
    label: typeof item.label === 'string' ? item.label : undefined,
    phrase: typeof item.phrase === 'string' && item.phrase.trim() !== '' ? item.phrase.trim() : undefined,
    description: typeof item.description === 'string' ? item.description : undefined,
    cues: strings(item.cues, 'cues'),
    patterns: patternsOf(item.patterns, `${where} (${id})`),
    otherSenses: strings(item.other_senses, 'other_senses'),
    covers: strings(item.covers, 'covers').map((c) => c.trim()),
    roles: strings(item.roles, 'roles'),
    ...marks,
    disabled: item.disabled === true || item.enabled === false,
  };
}

/**
 * `patterns:` as written: each a map with `match` (a list of slots, each a list of phrases, or one
 * phrase), an optional `about`, `within`, `breaks`, `apart`, `agent_slot`, `unless_after` and `unless_before`.
 */
function patternsOf(value: unknown, where: string): DescribedPattern[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TaxonomyError(`${where}: patterns must be a list`);
  return value.map((raw, i) => {
    const at = `${where}: pattern ${i + 1}`;
    if (!isRecord(raw) || !Array.isArray(raw.match) || raw.match.length === 0) throw new TaxonomyError(`${at} needs "match", a list of slots, each a list of phrases`);
    const match: unknown[][] = (raw.match as unknown[]).map((slot) => (Array.isArray(slot) ? (slot as unknown[]) : [slot]));
    if (!match.every((slot) => slot.length > 0 && slot.every((p) => typeof p === 'string' && p.trim() !== ''))) {
      throw new TaxonomyError(`${at}: every slot of "match" must be a list of phrases`);
    }
    if (match.length > MAX_PATTERN_SLOTS) throw new TaxonomyError(`${at}: "match" may have at most ${MAX_PATTERN_SLOTS} slots`);
    const within = raw.within === undefined ? DEFAULT_WITHIN : raw.within;
    if (typeof within !== 'number' || !Number.isInteger(within) || within < 0 || within > MAX_WITHIN) {
      throw new TaxonomyError(`${at}: within must be a whole number of words from 0 to ${MAX_WITHIN}`);
    }
    const pattern: DescribedPattern = { about: typeof raw.about === 'string' ? raw.about : '', match: match as string[][], within };
    const breaks = singleWords(raw.breaks, 'breaks', at);
    if (breaks) pattern.breaks = breaks;
    if (raw.apart !== undefined) {
      if (typeof raw.apart !== 'number' || !Number.isInteger(raw.apart) || raw.apart < 0 || raw.apart > within) throw new TaxonomyError(`${at}: apart must be a whole number of words from 0 to within (${within})`);
      pattern.apart = raw.apart;
    }
    if (raw.agent_slot !== undefined) {
      const slots = match.length;
      if (typeof raw.agent_slot !== 'number' || !Number.isInteger(raw.agent_slot) || raw.agent_slot < 1 || raw.agent_slot > slots) throw new TaxonomyError(`${at}: agent_slot must be a slot's number, from 1 to ${slots}`);
      pattern.agentSlot = raw.agent_slot - 1;
    }
    const unlessAfter = singleWords(raw.unless_after, 'unless_after', at);
    if (unlessAfter) pattern.unlessAfter = unlessAfter;
    const unlessBefore = singleWords(raw.unless_before, 'unless_before', at);
    if (unlessBefore) pattern.unlessBefore = unlessBefore;
    return pattern;
  });
}

/** A pattern's list of single words (`breaks`, `unless_after`, `unless_before`), lower-cased; undefined when not given. */
function singleWords(value: unknown, key: string, at: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && /^\S+$/.test(w.trim()))) throw new TaxonomyError(`${at}: ${key} must be a list of single words`);
  return (value as string[]).map((w) => w.trim().toLowerCase());
}

/** Builds full definitions from the shipped file, where every entry must be complete. */
export function toDefinitions(entries: readonly TaxonomyEntry[]): DynamicDefinition[] {
  return entries.map(definitionOf);
}

/** A complete definition from an entry, defaults filled in. */
function definitionOf(e: TaxonomyEntry): DynamicDefinition {
  const definition: DynamicDefinition = { id: e.id, kind: e.kind ?? 'dynamic', label: e.label ?? e.id, description: e.description ?? '', cues: e.cues, patterns: e.patterns, roles: e.roles };
  if (e.phrase !== undefined) definition.phrase = e.phrase;
  if (e.otherSenses.length > 0) definition.otherSenses = e.otherSenses;
  if (e.covers.length > 0) definition.covers = e.covers;
  addMarks(definition, e);
  return definition;
}

/**
 * A user's taxonomy on top of the default: an entry with a known id adds cues (and may relabel or
 * disable it); a new id adds a dynamic.
 */
export function mergeTaxonomy(base: readonly DynamicDefinition[], user: readonly TaxonomyEntry[]): DynamicDefinition[] {
  // By id compared as names are (SPEC: `Rescuing` and `rescuing` are one dynamic), so an entry written
  // like its label extends the dynamic or turns it off rather than adding another.
  const merged = new Map(base.map((d) => [nameKey(d.id), { ...d, cues: [...d.cues], patterns: [...d.patterns] }]));
  for (const entry of user) {
    if (entry.disabled) {
      merged.delete(nameKey(entry.id));
      continue;
    }
    const existing = merged.get(nameKey(entry.id));
    if (existing) {
      const known = new Set(existing.cues);
      appendAll(existing.cues, entry.cues.filter((c) => !known.has(c)));
      appendAll(existing.patterns, entry.patterns);
      if (entry.otherSenses.length > 0) existing.otherSenses = [...(existing.otherSenses ?? []), ...entry.otherSenses];
      if (entry.covers.length > 0) existing.covers = [...(existing.covers ?? []), ...entry.covers];
      // A label of the user's own, without a phrase, is said in sentences as they wrote it, not in the shipped words.
      if (entry.label) {
        existing.label = entry.label;
        delete existing.phrase;
      }
      if (entry.phrase) existing.phrase = entry.phrase;
      if (entry.kind) existing.kind = entry.kind;
      addMarks(existing, entry);
    } else {
      merged.set(nameKey(entry.id), definitionOf(entry));
    }
  }
  return [...merged.values()];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
