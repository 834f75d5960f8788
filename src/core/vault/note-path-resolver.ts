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
  /** For a file name many notes share (`Summary.md` in every client's folder), where a bare link to it goes from each folder (sharedName). */
  private readonly shared = new Map<string, SharedName>();

  noteAdded(path: string): void {
    this.byFileName.add(lowerFileName(path), path);
    this.shared.delete(lowerFileName(path));
  }

  noteRemoved(path: string): void {
    this.byFileName.remove(lowerFileName(path), path);
    this.shared.delete(lowerFileName(path));
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
    // A bare name many notes have: looked up, not searched, or every link to it would walk them all.
    if (name === wanted && candidates.length > SEARCHED_UP_TO) return this.sharedName(name, candidates).resolve(folderOf(sourcePath).toLowerCase());

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

  private sharedName(name: string, candidates: readonly string[]): SharedName {
    let index = this.shared.get(name);
    if (!index) this.shared.set(name, (index = new SharedName(name, candidates)));
    return index;
  }

  private exactly(candidates: readonly string[], lowerPath: string): string | undefined {
    for (const path of candidates) if (path.toLowerCase() === lowerPath) return path;
    return undefined;
  }
}

/** Up to this many notes of one name, a link's candidates are searched; beyond, a bare name is looked up (SharedName). */
const SEARCHED_UP_TO = 8;

/**
 * Where a bare link to a file name many notes share goes, by the rules above: the note of that name
 * at the vault's root (step 4), else the shortest whose path starts with the linking note's folder
 * (as in Obsidian, with no slash after it: from `Clients/C-1`, `Clients/C-10/Summary.md` is near too),
 * else the shortest of all (step 5). Made once for the name, in time linear in its notes' path
 * lengths: each note is the shortest so far for every start of its path.
 */
class SharedName {
  private readonly atRoot: string | undefined;
  private readonly under = new Map<string, string>();
  private readonly shortest: string | undefined;

  constructor(name: string, candidates: readonly string[]) {
    let shortest: string | undefined;
    let atRoot: string | undefined;
    for (const path of candidates) {
      const lower = path.toLowerCase();
      if (lower === name) atRoot = atRoot === undefined ? path : shorter(atRoot, path);
      shortest = shorter(shortest, path);
      for (let end = 1; end <= lower.length; end++) {
        const start = lower.slice(0, end);
        this.under.set(start, shorter(this.under.get(start), path));
      }
    }
    this.atRoot = atRoot;
    this.shortest = shortest;
  }

  /** The note a bare link from a note in `folder` (lower case, no trailing slash) goes to. */
  resolve(folder: string): string | undefined {
    return this.atRoot ?? (folder === '' ? undefined : this.under.get(folder)) ?? this.shortest;
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
