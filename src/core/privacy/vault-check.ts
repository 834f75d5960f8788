import type { NoteKind } from '../model/note-types';
import { findIdentifiers, type CheckOptions } from './find-identifiers';
import type { Finding } from './kinds';
import type { KnownNames } from './known-names';
import { KnownNamesIndex } from './known-names-index';

/** Notes whose text is checked: the clinical ones. People notes, ordinary notes and templates are not. */
export const CHECKED_KINDS: ReadonlySet<NoteKind> = new Set<NoteKind>(['client', 'session', 'supervision', 'reflection']);

/** One note as the check needs it, whatever parsed it. */
export interface PrivacyNote {
  path: string;
  kind: NoteKind;
  isTemplate: boolean;
  /** A reflection not marked `private: false`. */
  private: boolean;
  text: string;
}

/** Where the vault's own names come from: every note's path, and the names people and clients go by. */
export interface NameSource {
  path: string;
  kind: NoteKind;
  /** `aliases`, a client's `code`, and the `practitioner`, `supervisor` and `supervisee` properties as written. */
  names: string[];
}

/** Whether the check reads a note: a clinical note outside the templates folder. */
export function isChecked(note: Pick<PrivacyNote, 'kind' | 'isTemplate'>): boolean {
  return !note.isTemplate && CHECKED_KINDS.has(note.kind);
}

export interface VaultFinding extends Finding {
  path: string;
  /** Found in a private reflection: shown only when the user asks for private notes. */
  private: boolean;
}

/**
 * The vault's own names: people and client notes by file name and aliases, client codes, and the
 * practitioner and supervisor as the notes name them. Every note's path, for links.
 */
export function vaultKnownNames(notes: Iterable<NameSource>): KnownNamesIndex {
  return new KnownNamesIndex(notes);
}

/** Checks the clinical notes, in the order given, and returns their findings by path and line. */
export function checkVault(notes: Iterable<PrivacyNote>, known: KnownNames, options: CheckOptions = {}): { findings: VaultFinding[]; notesChecked: number } {
  const findings: VaultFinding[] = [];
  let notesChecked = 0;
  for (const note of notes) {
    if (!isChecked(note)) continue;
    notesChecked++;
    for (const f of findIdentifiers(note.text, known, options)) findings.push({ path: note.path, private: note.private, ...f });
  }
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return { findings, notesChecked };
}
