import type { NoteDiagnostic } from '../model/diagnostic';
import type { Role } from '../model/flag';
import type { Note, NoteKind, Property } from '../model/note';
import { findLinks } from '../parse/link-syntax';
import { scalarString } from '../parse/properties';
import { slug, type Taxonomy } from '../taxonomy/taxonomy';
import type { ContextReader } from './context';
import type { CueMatcher } from './cue-matcher';
import type { NoteEvidence } from './evidence';
import { SubjectReader, type PeopleNames } from './subjects';
import { textEvidence, type TextReaders } from './text-evidence';

export interface EvidenceTools {
  taxonomy: Taxonomy;
  cues: CueMatcher;
  context: ContextReader;
  /** Phrases naming people outside the relationships (context-cues.yaml experiencer_other). */
  otherPeople: readonly string[];
}

export interface EvidenceResult {
  items: NoteEvidence[];
  diagnostics: NoteDiagnostic[];
}

/** Which role a dynamics property speaks for, per note type (SPEC section 1). */
const PROPERTY_ROLES: Partial<Record<NoteKind, Record<string, Role>>> = {
  session: { client_dynamics: 'client', practitioner_dynamics: 'practitioner', themes: 'client', dynamics: 'unknown' },
  supervision: { supervisee_dynamics: 'supervisee', supervisor_dynamics: 'supervisor', themes: 'unknown', dynamics: 'unknown' },
  reflection: { themes: 'self', dynamics: 'self' },
};

/** Everything in one note that is evidence of a dynamic: properties, an empty contract, tags and text. */
export function readNoteEvidence(note: Note, names: PeopleNames, tools: EvidenceTools): EvidenceResult {
  const items: NoteEvidence[] = [];
  const diagnostics: NoteDiagnostic[] = [];
  const kind = note.content.kind;
  const roles = PROPERTY_ROLES[kind];
  if (!roles || note.isTemplate) return { items, diagnostics };

  const resolve = (value: string, line: number): string => {
    const known = tools.taxonomy.lookup(value);
    if (known) return known;
    const own = slug(value);
    diagnostics.push({ line, severity: 'info', code: 'unknown-dynamic', message: `"${value}" is not in the taxonomy; it is kept as its own dynamic "${own}" and matched only to the same word elsewhere.` });
    return own;
  };

  for (const [key, role] of Object.entries(roles)) {
    const property = note.content.properties.get(key);
    if (!property) continue;
    for (const item of property.items) {
      for (const value of valuesOf(item.value)) {
        items.push({ dynamic: resolve(value, item.line), role, source: 'property', line: item.line, text: `${property.key}: ${value}` });
      }
    }
  }

  const emptyContract = emptyContractProperty(note);
  if (emptyContract) {
    items.push({ dynamic: 'contracting-unclear', role: 'process', source: 'contract', line: emptyContract.line, text: `${emptyContract.key}: no focus or outcomes agreed` });
  }

  for (const tag of note.content.tags) {
    const m = /^dynamic\/(.+)$/i.exec(tag.tag);
    if (m) items.push({ dynamic: resolve(m[1], tag.line), role: 'unknown', source: 'tag', line: tag.line, text: `#${tag.tag}` });
  }

  const readers: TextReaders = { cues: tools.cues, context: tools.context, subjects: new SubjectReader(kind, names, tools.otherPeople) };
  items.push(...textEvidence(note.content.blocks, readers));
  items.push(...freeTextProperties(note, names, readers));
  return { items, diagnostics };
}

/** `parallel_process` (supervision) and `felt_sense` (session) name a marker by being filled in, and are read as text. */
function freeTextProperties(note: Note, names: PeopleNames, readers: TextReaders): NoteEvidence[] {
  const found: NoteEvidence[] = [];
  const read = (key: string, marker: string, role: Role): void => {
    const property = note.content.properties.get(key);
    const text = property ? freeText(property.value) : '';
    if (!property || text === '') return;
    found.push({ dynamic: marker, role, source: 'property', line: property.line, text: `${property.key}: ${text}`.slice(0, 160) });
    for (const e of textEvidence([{ kind: 'paragraph', startLine: property.line, text }], readers)) found.push({ ...e, source: 'property' });
  };
  if (note.content.kind === 'supervision') read('parallel_process', 'parallel-explicit', names.author);
  if (note.content.kind === 'session') read('felt_sense', 'felt-sense', 'practitioner');
  return found;
}

function freeText(value: unknown): string {
  if (Array.isArray(value)) return value.map(freeText).filter((v) => v !== '').join('; ');
  return (scalarString(value) ?? '').trim();
}

/** Each value of a dynamics property: a word, a phrase or the name of a linked note. */
function valuesOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of values) {
    const text = typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
    if (text === '') continue;
    const links = findLinks(text);
    if (links.length > 0) for (const l of links) out.push(l.ref.target.replace(/\.md$/i, '').split('/').pop() ?? l.ref.target);
    else out.push(text);
  }
  return out;
}

/** A `contract` property whose focus and outcomes are both empty (SPEC section 3). */
function emptyContractProperty(note: Note): Property | undefined {
  const property = note.content.properties.get('contract');
  if (!property) return undefined;
  const value = property.value;
  if (value === null || value === undefined || value === '') return property;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return undefined;
  const map = new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.trim().toLowerCase(), v]));
  return isEmpty(map.get('focus')) && isEmpty(map.get('outcomes')) ? property : undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  return false;
}
