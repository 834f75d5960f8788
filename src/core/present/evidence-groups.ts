import { rolesOf, type EvidenceSource, type Flag } from '../model/flag';
import type { Role } from '../model/role';
import type { IsoDay } from '../model/note';
import type { NoteKind } from '../model/note-types';
import { normalizeKey } from '../parse/keys';
import { roleAgent, type Chair } from './flag-labels';

/** One line of a note as evidence: its roles and markers together, however many cues it held. */
export interface EvidenceRow {
  line: number;
  source: EvidenceSource;
  /** The property it came from (`practitioner_dynamics`), when it came from one by name. */
  property: string | null;
  /** The words: a sentence, or a property's value. */
  text: string;
  roles: Role[];
  /** Other dynamics or markers the line shows besides the flag's own (a felt sense, a named parallel). */
  markers: string[];
}

/** A note's evidence for one flag, like a search result: the note, its date, then its lines. */
export interface EvidenceNote {
  path: string;
  date: IsoDay | null;
  noteType: NoteKind;
  rows: EvidenceRow[];
}

const ROLE_ORDER: Role[] = ['client', 'practitioner', 'supervisee', 'self', 'supervisor', 'process', 'unknown'];

/** The flag's evidence by note, oldest first; each note's lines in order, one row per line and words. */
export function groupEvidence(flag: Flag): EvidenceNote[] {
  const notes = new Map<string, EvidenceNote>();
  const rows = new Map<string, EvidenceRow>();
  /** Who wrote a marker, for a line that shows only a marker. */
  const markerRoles = new Map<EvidenceRow, Role>();
  for (const e of flag.evidence) {
    let note = notes.get(e.path);
    if (!note) notes.set(e.path, (note = { path: e.path, date: e.date, noteType: e.noteType, rows: [] }));
    const { property, text } = splitProperty(e.source, e.text);
    const key = `${e.path}\u0000${e.line}\u0000${e.source}\u0000${text}`;
    let row = rows.get(key);
    if (!row) {
      row = { line: e.line, source: e.source, property, text, roles: [], markers: [] };
      rows.set(key, row);
      note.rows.push(row);
    }
    if (row.property === null) row.property = property;
    if (e.dynamic !== flag.dynamic) {
      if (!row.markers.includes(e.dynamic)) row.markers.push(e.dynamic);
      if (!markerRoles.has(row)) markerRoles.set(row, e.role);
    } else {
      for (const role of rolesOf(e)) if (!row.roles.includes(role)) row.roles.push(role);
    }
  }
  for (const row of rows.values()) {
    // A marker alone still has a writer: keep its role when the line shows nothing else.
    const markerRole = markerRoles.get(row);
    if (row.roles.length === 0 && markerRole) row.roles.push(markerRole);
    row.roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  }
  const list = [...notes.values()];
  for (const note of list) note.rows.sort((a, b) => a.line - b.line);
  return list.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.path.localeCompare(b.path));
}

/** `practitioner_dynamics: rescuing` read as the property and its value; text that is not a property line stays as it is. */
function splitProperty(source: EvidenceSource, text: string): { property: string | null; text: string } {
  if (source !== 'property' && source !== 'contract') return { property: null, text };
  const colon = text.indexOf(':');
  if (colon <= 0) return { property: null, text };
  const key = text.slice(0, colon);
  if (!/^[A-Za-z][\w -]*$/.test(key)) return { property: null, text };
  return { property: key, text: text.slice(colon + 1).trim() };
}

/** Properties whose values name dynamics, and whose dynamic they name. */
const DYNAMIC_PROPERTIES = new Set(['client_dynamics', 'practitioner_dynamics', 'supervisee_dynamics', 'supervisor_dynamics', 'dynamics']);

/** How a row reads: a property in words, or a snippet of the note's own text. */
export type RowWords =
  | { kind: 'sentence'; text: string }
  | { kind: 'snippet'; lead: string | null; text: string };

/**
 * Properties are said in words ("Marked in properties: rescuing, by you"), never as raw YAML;
 * text is shown as the note says it, with what it came from as a lead when that is a property.
 */
export function rowWords(row: EvidenceRow, chair: Chair = 'practitioner'): RowWords {
  const key = row.property === null ? null : normalizeKey(row.property);
  if (row.source === 'tag') return { kind: 'sentence', text: `Tagged ${row.text}` };
  if (row.source === 'contract') return { kind: 'sentence', text: `Contract in properties: ${row.text}` };
  if (key !== null && DYNAMIC_PROPERTIES.has(key)) {
    const agents = [...new Set(row.roles.map((r) => roleAgent(r, chair)).filter(Boolean))];
    return { kind: 'sentence', text: `Marked in properties: ${row.text}${agents.length > 0 ? `, by ${agents.join(' and ')}` : ''}` };
  }
  if (key === 'themes') return { kind: 'sentence', text: `Theme in properties: ${row.text}` };
  if (row.source === 'property') return { kind: 'snippet', lead: key === null ? 'In properties:' : `In properties, ${key.replace(/_/g, ' ')}:`, text: row.text };
  return { kind: 'snippet', lead: null, text: row.text };
}
