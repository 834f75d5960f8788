import type { DetectorData } from '../detect/detector';
import type { NoteEvidence } from '../detect/evidence-store';
import { FLAG_KINDS } from '../detect/rules/flag-kinds';
import type { Anchor } from '../detect/rules/rule';
import type { NoteDiagnostic } from '../model/diagnostic';
import type { Evidence, Flag, FlagKind } from '../model/flag';
import { bitsOfRoles, evidencePiece, rolesOfBits, SOURCES } from '../model/evidence-piece';
import { ROLES } from '../model/role';
import type { Note } from '../model/note';
import { ImportedEvidence, PIECE_WIDTH, type EvidenceTables } from './imported-evidence';

/**
 * A flag: its fields in order, without the prompt when it is the kind's own (the supervisor's
 * wording of a note they wrote is kept at the end); then its evidence as (note, row) positions in
 * `evidence`, flattened, or, should a piece not be found there, as objects.
 */
type FlagRow =
  | [string, FlagKind, string, string | null, string | null, string | null, number, string, number[] | Evidence[]]
  | [string, FlagKind, string, string | null, string | null, string | null, number, string, number[] | Evidence[], string];

/**
 * The detector's state as compact plain data: numbers wherever they can stand for strings, since
 * the cache is parsed at every start.
 */
export interface DetectorState extends EvidenceTables {
  /**
   * Per note with evidence: its path, its evidence flattened as numbers, (dynamic, role, source,
   * line, text, further roles as bits, scope) per piece, the text as a sentence reference or into
   * `texts` (as -(i + 1)), the scope as 0 (none), 1 (no case) or 2 + its client ids' place in
   * `texts`, and its detection diagnostics.
   */
  evidence: [string, number[], NoteDiagnostic[]][];
  /** Per anchor (rule, key, the anchor's other fields): its flags. */
  flags: [Anchor, FlagRow[]][];
}

/** Rows per note a piece's position can tell apart: a note's place times this, plus its row. */
const ROW_SPAN = 2 ** 24;

/**
 * Encodes the detector's data. `sentenceRef` may replace an evidence text by the number of a
 * sentence its note's cached content keeps anyway. Evidence taken up from a state and not read
 * again since is written back as it was, in that state's tables.
 */
export function encodeDetection(data: DetectorData, sentenceRef: (path: string, text: string) => string | number): DetectorState {
  const entries = [...data.evidence];
  const imported = entries.map(([, entry]) => entry).find((entry): entry is ImportedEvidence => entry instanceof ImportedEvidence)?.tables;
  const state: DetectorState = { dynamics: [...(imported?.dynamics ?? [])], texts: [...(imported?.texts ?? [])], evidence: [], flags: [] };
  const dynamicIndex = new Map(state.dynamics.map((d, i) => [d, i]));
  const textIndex = new Map(state.texts.map((t, i) => [t, i]));
  const textOf = (path: string, text: string): number => {
    const ref = sentenceRef(path, text);
    if (typeof ref === 'number') return ref;
    let i = textIndex.get(ref);
    if (i === undefined) {
      textIndex.set(ref, (i = state.texts.length));
      state.texts.push(ref);
    }
    return -(i + 1);
  };
  const scopeOf = (scope: readonly string[] | undefined): number => {
    if (!scope) return 0;
    if (scope.length === 0) return 1;
    const joined = scope.join('\u0000');
    let i = textIndex.get(joined);
    if (i === undefined) {
      textIndex.set(joined, (i = state.texts.length));
      state.texts.push(joined);
    }
    return i + 2;
  };
  // A piece's position: its note's place in state.evidence times ROW_SPAN, plus its row.
  const positions = new Map<Evidence, number>();
  const notePositions = new Map<string, number>();
  const entryOf = new Map<string, NoteEvidence>();
  for (const [path, entry] of entries) {
    const note = state.evidence.length;
    notePositions.set(path, note);
    entryOf.set(path, entry);
    if (entry instanceof ImportedEvidence && entry.tables === imported) {
      state.evidence.push([path, entry.rows, entry.diagnostics]);
      continue;
    }
    const rows: number[] = [];
    entry.evidence.forEach((e, row) => {
      positions.set(e, note * ROW_SPAN + row);
      let d = dynamicIndex.get(e.dynamic);
      if (d === undefined) {
        dynamicIndex.set(e.dynamic, (d = state.dynamics.length));
        state.dynamics.push(e.dynamic);
      }
      rows.push(d, ROLES.indexOf(e.role), SOURCES.indexOf(e.source), e.line, textOf(path, e.text), bitsOfRoles(e.roles), scopeOf(e.scope));
    });
    state.evidence.push([path, rows, entry.diagnostics]);
  }
  const positionOf = (e: Evidence): number | undefined => {
    const entry = entryOf.get(e.path);
    const row = entry instanceof ImportedEvidence && entry.tables === imported ? entry.rowOf(e) : -1;
    return row >= 0 ? notePositions.get(e.path)! * ROW_SPAN + row : positions.get(e);
  };
  for (const { anchor, flags } of data.flags) {
    const rows = flags.map((f): FlagRow => {
      const kept = keptRefs(f, entryOf, notePositions);
      let evidence: number[] | Evidence[];
      if (kept) evidence = kept;
      else {
        const refs: number[] = [];
        for (const e of f.evidence) {
          const at = positionOf(e);
          if (at === undefined) break;
          refs.push(Math.floor(at / ROW_SPAN), at % ROW_SPAN);
        }
        evidence = refs.length === f.evidence.length * 2 ? refs : f.evidence;
      }
      const row: FlagRow = [f.id, f.kind, f.dynamic, f.client, f.practitioner, f.supervision, f.score, f.question, evidence];
      return f.prompt === FLAG_KINDS[f.kind].prompt ? row : [...row, f.prompt];
    });
    state.flags.push([anchor, rows]);
  }
  return state;
}

/** Whether parsed JSON has the shape of a DetectorState (its rows are checked as they are read). */
export function isDetectorState(data: unknown): data is DetectorState {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<DetectorState>;
  return Array.isArray(d.dynamics) && Array.isArray(d.texts) && Array.isArray(d.evidence) && Array.isArray(d.flags);
}

/**
 * Decodes a state for the notes a graph now holds. Evidence becomes objects only as it is read;
 * `textOf` gives back a sentence a row refers to by number.
 */
export function decodeDetection(state: DetectorState, note: (path: string) => Note | undefined, textOf: (path: string, ref: number) => string): DetectorData {
  const tables: EvidenceTables = { dynamics: state.dynamics, texts: state.texts };
  const notes: (ImportedEvidence | undefined)[] = [];
  const evidence: [string, NoteEvidence][] = [];
  const make = (entry: ImportedEvidence, i: number): Evidence => {
    const r = entry.rows;
    const at = i * PIECE_WIDTH;
    const text = r[at + 4];
    const scope = r[at + 6];
    const piece = evidencePiece(
      entry,
      state.dynamics[r[at]],
      ROLES[r[at + 1]],
      SOURCES[r[at + 2]],
      r[at + 3],
      text < 0 ? (state.texts[-text - 1] ?? '') : textOf(entry.path, text),
      scope === 1 ? [] : scope >= 2 ? (state.texts[scope - 2] ?? '').split('\u0000') : undefined,
    );
    const roles = r[at + 5];
    if (roles) piece.roles = rolesOfBits(roles);
    return piece;
  };
  for (const [path, rows, diagnostics] of state.evidence) {
    const placed = note(path);
    if (!placed) {
      notes.push(undefined);
      continue;
    }
    const entry = new ImportedEvidence(path, placed.content.kind, placed.date ?? null, diagnostics, rows, tables, make);
    notes.push(entry);
    evidence.push([path, entry]);
  }
  const from: TakenUp = { notes, paths: state.evidence };
  const flags = state.flags.map(([anchor, rows]) => ({
    anchor,
    flags: rows.map(([id, kind, dynamic, client, practitioner, supervision, score, question, refs, prompt]): Flag => {
      const flag = { id, kind, dynamic, client, practitioner, supervision, score, question, prompt: prompt ?? FLAG_KINDS[kind].prompt };
      if (refs.length > 0 && typeof refs[0] === 'number') return withLazyEvidence(flag, { refs: refs as number[], from });
      return { ...flag, evidence: refs as Evidence[] };
    }),
  }));
  return { evidence, flags };
}

/** The notes a state's evidence positions refer to, in its order, and their paths. */
interface TakenUp {
  notes: readonly (ImportedEvidence | undefined)[];
  paths: DetectorState['evidence'];
}

/** A taken-up flag's evidence as it was written: (note, row) positions into the state it came from. */
interface Unread {
  refs: readonly number[];
  from: TakenUp;
}

/** Where a taken-up flag keeps its evidence: the positions until first read, then the pieces. Not enumerable, so no copy, comparison or JSON sees it. */
const EVIDENCE = Symbol('evidence');

type TakenUpFlag = Flag & { [EVIDENCE]: Unread | Evidence[] };

/**
 * The accessor every taken-up flag shares: one pair of functions, so that the flags keep one shape
 * (a function per flag made each its own, slower kind of object). The evidence is made into objects
 * when first read: a start-up from the cache shows a few flags' evidence, not all of them, and making
 * every piece cited costs a fifth of taking a snapshot up.
 */
const LAZY_EVIDENCE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: TakenUpFlag): Evidence[] {
    const kept = this[EVIDENCE];
    if (Array.isArray(kept)) return kept;
    const pieces: Evidence[] = [];
    for (let i = 0; i + 1 < kept.refs.length; i += 2) {
      const e = kept.from.notes[kept.refs[i]]?.piece(kept.refs[i + 1]);
      if (e) pieces.push(e);
    }
    this[EVIDENCE] = pieces;
    return pieces;
  },
  set(this: TakenUpFlag, value: Evidence[]) {
    this[EVIDENCE] = value;
  },
};

/** A flag whose evidence is read from `unread` when first asked for; enumerable, so a copy, a comparison or JSON sees it as a plain property. */
function withLazyEvidence(flag: Omit<Flag, 'evidence'>, unread: Unread): Flag {
  Object.defineProperty(flag, EVIDENCE, { value: unread, writable: true, enumerable: false, configurable: true });
  return Object.defineProperty(flag, 'evidence', LAZY_EVIDENCE) as Flag;
}

/**
 * An unread flag's positions in the state being written: each note it cites must still hold the
 * same evidence it was taken up with (then its rows are where they were); otherwise undefined.
 */
function keptRefs(flag: Flag, entryOf: ReadonlyMap<string, NoteEvidence>, notePositions: ReadonlyMap<string, number>): number[] | undefined {
  const kept = (flag as Partial<TakenUpFlag>)[EVIDENCE];
  if (!kept || Array.isArray(kept)) return undefined;
  const { refs: written, from } = kept;
  const refs: number[] = [];
  for (let i = 0; i + 1 < written.length; i += 2) {
    const entry = from.notes[written[i]];
    const path = from.paths[written[i]]?.[0];
    const position = path === undefined ? undefined : notePositions.get(path);
    if (!entry || position === undefined || entryOf.get(path) !== entry) return undefined;
    refs.push(position, written[i + 1]);
  }
  return refs;
}
