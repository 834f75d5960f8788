import type { LinkRef } from '../model/note';
import { isAttachmentTarget, noteNameOf, normalizeVaultPath } from './paths';

/**
 * What the engine asks where a link points. Each host brings its own: the plugin asks Obsidian's
 * metadata cache, so that the graph agrees with Obsidian's backlinks; the command line, which has no
 * Obsidian, uses NotePathResolver, Obsidian's rules over the notes of a folder.
 */
export interface LinkResolver {
  /**
   * Names the rules: links the engine stored while resolving them with one resolver are not taken
   * up by an engine with another (it resolves them again).
   */
  readonly id: string;
  /**
   * The vault path of the file LINKPATH points to from the note at SOURCEPATH, or undefined when
   * it points to none. LINKPATH is a link's path part as written: no heading, block reference or
   * display text, `%20` decoded in a markdown link.
   */
  resolve(linkpath: string, sourcePath: string): string | undefined;
  /** A note came or went: a resolver that keeps its own list of notes updates it (Obsidian's knows the vault). */
  noteAdded(path: string): void;
  noteRemoved(path: string): void;
}

/**
 * The lower-case name a link looks up (its file name without `.md`): when a note of this name
 * comes or goes, the links with this key may resolve otherwise.
 */
export function resolutionKey(ref: LinkRef): string {
  return nameKey(ref.target);
}

/** The same key for a name as written anywhere (a note's path, a client's code or alias). */
export function nameKey(name: string): string {
  return noteNameOf(normalizeVaultPath(name)).toLowerCase();
}

export function isAttachmentLink(ref: LinkRef): boolean {
  return isAttachmentTarget(ref.target);
}
