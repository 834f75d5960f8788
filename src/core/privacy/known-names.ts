import { stripMd } from '../vault/paths';

/**
 * The vault's own names, which are never findings: people notes and their aliases, client codes and
 * aliases, the practitioner's and supervisor's names; and the vault's notes, so that a link to one
 * of them is not read as a name.
 */
export interface KnownNames {
  /** A name as written ("Dr Ann Lee", "Sam's"): titles, possessives, case and spacing do not matter. */
  has(name: string): boolean;
  /** A link target (`Ann Lee`, `People/Ann Lee`, `Ann Lee.md`) that is one of the vault's notes. */
  isNote(target: string): boolean;
}

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|cllr)\.?\s+/;
const POSSESSIVE = /['’]s$/;

/** The form names are compared in: lower case, one space, no title or possessive. */
export function normaliseName(name: string): string {
  const plain = name.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^[("'“‘[]+|[)"'”’\].,;:!?]+$/g, '');
  return plain.replace(TITLE, '').replace(POSSESSIVE, '');
}

/** The form link targets and note paths are compared in: `/`, no `.md`, lower case. */
export function normaliseTarget(target: string): string {
  return stripMd(target.trim().replace(/\\/g, '/')).toLowerCase();
}

export function knownNames(names: Iterable<string>, notePaths: Iterable<string> = []): KnownNames {
  const nameSet = new Set<string>();
  for (const name of names) {
    const n = normaliseName(name);
    if (n) nameSet.add(n);
  }
  // Obsidian resolves a link by path or by file name: keep both forms of every note.
  const noteSet = new Set<string>();
  for (const path of notePaths) {
    const p = normaliseTarget(path);
    noteSet.add(p);
    noteSet.add(p.slice(p.lastIndexOf('/') + 1));
  }
  return {
    has: (name) => nameSet.has(normaliseName(name)),
    isNote: (target) => noteSet.has(normaliseTarget(target)),
  };
}
