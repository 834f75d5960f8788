import type { Flag } from '../model/flag';
import type { Preparation } from '../practice/prepare';
import type { IdentifierKind } from './kinds';
import { KIND_WORDS } from './kind-words';

/**
 * Where a note an export draws on may hold identifying details: its path, and the line and kind of
 * each finding. Never the detail itself: the warning is written into the note being exported, and
 * that note travels (to a supervisor, into sync and backups), so copying "Jane Whitfield" or a phone
 * number into it would spread the very detail it warns about.
 */
export interface NoteFindings {
  path: string;
  items: { line: number; kind: IdentifierKind }[];
  /** The details themselves, kept only to hide them where the exported note quotes this one (hideDetails); never written. */
  details?: { text: string; kind: IdentifierKind }[];
}

/** The notes a report of these flags quotes or links: each flag's supervision note and its evidence. */
export function notesOfFlags(flags: readonly Flag[]): string[] {
  const paths = new Set<string>();
  for (const flag of flags) {
    if (flag.supervision) paths.add(flag.supervision);
    for (const e of flag.evidence) paths.add(e.path);
  }
  return [...paths];
}

/** The notes a supervision preparation links or quotes: the last supervision, every session listed, and its flags' notes. */
export function notesOfPreparation(prep: Preparation): string[] {
  const paths = new Set<string>();
  if (prep.last) paths.add(prep.last.path);
  for (const c of prep.cases) for (const session of c.sessions) paths.add(session.path);
  for (const path of notesOfFlags(prep.flags)) paths.add(path);
  return [...paths];
}

/** Findings grouped by note, in path order: where and what kind, and the details only to hide them. */
export function findingsByNote(findings: readonly { path: string; line: number; kind: IdentifierKind; text?: string }[]): NoteFindings[] {
  const byPath = new Map<string, NoteFindings>();
  for (const f of findings) {
    const note = byPath.get(f.path) ?? { path: f.path, items: [], details: [] };
    note.items.push({ line: f.line, kind: f.kind });
    if (f.text !== undefined && f.text.trim() !== '') note.details?.push({ text: f.text, kind: f.kind });
    byPath.set(f.path, note);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function itemsText(note: NoteFindings): string {
  const items = [...note.items].sort((a, b) => a.line - b.line);
  return items.map((i) => `line ${i.line}, ${KIND_WORDS[i.kind]}`).join('; ');
}

/** A warning callout for the top of an exported note: each note by `link` (masked where need be), with lines and kinds. */
export function warningMarkdown(notes: readonly NoteFindings[], link: (path: string) => string): string[] {
  if (notes.length === 0) return [];
  const count = notes.length === 1 ? 'One note this draws on' : `${notes.length} notes this draws on`;
  return [
    '> [!warning] Possible identifying details',
    `> ${count} may hold identifying details. Check ${notes.length === 1 ? 'it' : 'them'} before this note goes to anyone or anywhere else (a supervisor, sync, a backup). Only where and what kind are listed here, never the details themselves.`,
    ...notes.map((n) => `> - ${link(n.path)}: ${itemsText(n)}`),
  ];
}

/** Most notes a notice names; the note it warns about lists them all. */
const NAMED_IN_NOTICE = 3;

/** The notice after writing an export: which notes (by `name`) and which kinds, never the details. */
export function warningNotice(what: string, notes: readonly NoteFindings[], name: (path: string) => string): string {
  const named = notes.slice(0, NAMED_IN_NOTICE).map((n) => `${name(n.path)} (${[...new Set(n.items.map((i) => KIND_WORDS[i.kind]))].join(', ')})`);
  const more = notes.length > NAMED_IN_NOTICE ? ` and ${notes.length - NAMED_IN_NOTICE} more` : '';
  const count = notes.length === 1 ? 'one note that may hold' : `${notes.length} notes that may hold`;
  return `${what} draws on ${count} identifying details: ${named.join('; ')}${more}. They are listed at the top of it: check them before it travels.`;
}

/**
 * What an exported note quotes from a note it draws on, with that note's identifying details each
 * put as its kind ("[phone number]"): the warning at the top says where they are, and the quote must
 * not carry them to the supervisor or into sync. A quote is one line with its white space run
 * together, so each detail is looked for in that form too.
 */
export function hideDetails(notes: readonly NoteFindings[]): (path: string, text: string) => string {
  const byPath = new Map<string, { text: string; kind: IdentifierKind }[]>();
  for (const note of notes) {
    const forms = (note.details ?? []).flatMap((d) => [d, { text: d.text.replace(/\s+/g, ' ').trim(), kind: d.kind }]);
    // Longest first: a full name before a part of it that is also a finding.
    byPath.set(note.path, forms.filter((d) => d.text !== '').sort((a, b) => b.text.length - a.text.length));
  }
  return (path, text) => {
    let hidden = text;
    for (const d of byPath.get(path) ?? []) hidden = hidden.split(d.text).join(`[${KIND_WORDS[d.kind]}]`);
    return hidden;
  };
}
