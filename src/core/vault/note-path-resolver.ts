import { StringMultimap } from '../util/multimap';
import type { LinkResolver } from './link-resolver';
import { fileNameOf, folderOf } from './paths';

/**
 * Resolves links over the notes it is told of by the rules of Obsidian's metadata cache
 * (`getFirstLinkpathDest`), for the command line, which has no Obsidian to ask:
 *
 * 1. The link's file name, lower-cased, picks the candidates: notes of that file name (`Plan` and
 *    `Plan.md` both look for `plan.md`; a name with a dot is tried as it is first).
 * 2. A bare name that one note has is that note.
 * 3. `./` and `../` are taken from the linking note's folder; a candidate at exactly that path wins.
 * 4. A candidate whose path is exactly the link's (`Notes` is the vault's `Notes.md`; a leading `/`
 *    is the vault root) wins, even over one beside the linking note.
 * 5. Otherwise the candidates whose lower-case path ends with the link's: those whose path starts
 *    with the linking note's folder first, then the others, each the shortest path first.
 *
 * Everything is compared in lower case. Aliases are not names: Obsidian leaves `[[Sam]]` unresolved
 * when Sam is only an alias, and so does this. Where Obsidian keeps two paths of one length in the
 * order it first saw the files, this takes the one that sorts first, so that a scan does not depend
 * on the order a folder lists its files in.
 */
export class NotePathResolver implements LinkResolver {
  readonly id = 'note-paths';
  /**
   * Notes by their lower-case file name (`plan.md`), most names one note's. Paths are lowered when
   * a link's candidates are compared, a few at a time, rather than kept lowered for every note.
   */
  private readonly byFileName = new StringMultimap<string>();

  noteAdded(path: string): void {
    this.byFileName.add(lowerFileName(path), path);
  }

  noteRemoved(path: string): void {
    this.byFileName.remove(lowerFileName(path), path);
  }

  /** The notes of a lower-case file name; undefined when there are none. */
  private candidates(name: string): string[] | undefined {
    const paths = [...this.byFileName.get(name)];
    return paths.length > 0 ? paths : undefined;
  }

  resolve(linkpath: string, sourcePath: string): string | undefined {
    // `[[#Heading]]` is the note itself.
    if (linkpath === '') return sourcePath;
    let wanted = linkpath.toLowerCase();
    let name = fileNameOf(wanted);
    let candidates = name.includes('.') ? this.candidates(name) : undefined;
    if (!candidates) {
      wanted = `${wanted}.md`;
      name = fileNameOf(wanted);
      candidates = this.candidates(name);
    }
    if (!candidates) return undefined;
    if (name === wanted && candidates.length === 1) return candidates[0];

    let folder = folderOf(sourcePath).toLowerCase();
    if (wanted.startsWith('./') || wanted.startsWith('../')) {
      if (wanted.startsWith('./../')) wanted = wanted.slice(2);
      if (wanted.startsWith('./')) wanted = wanted.slice(2);
      else {
        while (wanted.startsWith('../')) {
          wanted = wanted.slice(3);
          folder = folderOf(folder);
        }
      }
      // As in Obsidian, the folder keeps its slash from here on, for the preference of step 5 too.
      if (folder !== '') folder += '/';
      wanted = folder + wanted;
      const exact = this.exactly(candidates, wanted);
      if (exact) return exact;
    }
    if (wanted.startsWith('/')) wanted = wanted.slice(1);
    const exact = this.exactly(candidates, wanted);
    if (exact) return exact;
    if (linkpath.startsWith('/')) return undefined;

    let near: string | undefined;
    let far: string | undefined;
    for (const path of candidates) {
      const lower = path.toLowerCase();
      if (!lower.endsWith(wanted)) continue;
      if (lower.startsWith(folder)) near = shorter(near, path);
      else far = shorter(far, path);
    }
    return near ?? far;
  }

  private exactly(candidates: readonly string[], lowerPath: string): string | undefined {
    for (const path of candidates) if (path.toLowerCase() === lowerPath) return path;
    return undefined;
  }
}

/** The shorter path; of two as long, the one that sorts first. */
function shorter(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  return b.length < a.length || (b.length === a.length && b < a) ? b : a;
}

/**
 * The file name lowered, not the name of the lowered path: that is a slice, which keeps the whole
 * lowered path alive as long as the key (0.25 MB at 10,000 notes). The same name, since no letter's
 * lower case depends on the folders before it.
 */
function lowerFileName(path: string): string {
  return fileNameOf(path).toLowerCase();
}
