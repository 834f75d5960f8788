import type { Note } from '../model/note';
import { isPrivateNote } from '../model/private-note';
import { unreadPropertiesLine } from '../model/unread-properties';
import { KnownNamesIndex } from './known-names-index';
import type { NameSource, PrivacyNote } from './vault-check';

/** Properties naming the people around a note: their names are the vault's own, even unlinked. */
const PEOPLE_PROPERTIES = ['practitioner', 'supervisor', 'supervisee'];

/** A parsed note as the check needs it, with its text read again by the host. */
export function privacyNoteOf(note: Note, text: string): PrivacyNote {
  // A session, supervision or client note whose properties could not be read is still a clinical note: checked as one.
  const kind = note.content.kind !== 'other' ? note.content.kind : unreadPropertiesLine(note) !== undefined ? 'session' : note.diagnostics.some((d) => d.code === 'unread-client') ? 'client' : 'other';
  return {
    path: note.path,
    kind,
    isTemplate: note.isTemplate,
    private: kind === 'reflection' && note.content.properties.get('private')?.value !== false,
    text,
  };
}

/**
 * The names a parsed note contributes to the vault's own: aliases, a client's code, its people. A
 * private reflection gives none: a name only it holds would go unflagged in every other note, and
 * whether one is flagged would tell what the reflection holds.
 */
export function nameSourceOf(note: Note): NameSource {
  if (isPrivateNote(note)) return { path: note.path, kind: note.content.kind, names: [] };
  const names = [...note.content.aliases];
  const props = note.content.properties;
  if (note.content.kind === 'client') names.push(...namesInValue(props.get('code')?.value));
  for (const key of PEOPLE_PROPERTIES) names.push(...namesInValue(props.get(key)?.value));
  return { path: note.path, kind: note.content.kind, names };
}

/** `Robin Hart`, `[[Robin Hart]]`, `[[People/Robin Hart|Robin]]`, or a list of them. */
function namesInValue(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesInValue);
  if (typeof value !== 'string' && typeof value !== 'number') return [];
  const text = String(value).trim();
  const link = /^!?\[\[([^\]]*)\]\]$/.exec(text);
  if (!link) return text ? [text] : [];
  const [target, alias] = link[1].split('|');
  const name = target.split('#')[0].split('/').pop() ?? '';
  return [name, alias].filter((n): n is string => Boolean(n && n.trim()));
}

/** The vault's own names, from its parsed notes (an engine's `graph.allNotes()`). */
export function knownNamesOf(notes: Iterable<Note>): KnownNamesIndex {
  return new KnownNamesIndex(sourcesOf(notes));
}

function* sourcesOf(notes: Iterable<Note>): Generator<NameSource> {
  for (const note of notes) yield nameSourceOf(note);
}
