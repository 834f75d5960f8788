import { sameItems } from '../util/same-items';
import { noteNameOf } from '../vault/paths';
import { normaliseName, normaliseTarget, type KnownNames } from './known-names';
import type { NameSource } from './vault-check';

/** What one note gives the vault's own names, normalised: the names it goes by, and the forms a link to it takes. */
interface Given {
  names: string[];
  targets: string[];
}

/**
 * The vault's own names (vault-check.ts says which), kept note by note with a count per name, so
 * that a changed, new, renamed or deleted note costs its own names only: the plugin keeps its
 * findings current as notes change, and building the names of a 10,000-note vault afresh takes a
 * tenth of a second or more.
 */
export class KnownNamesIndex implements KnownNames {
  private readonly names = new Map<string, number>();
  private readonly targets = new Map<string, number>();
  private readonly byPath = new Map<string, Given>();

  constructor(sources: Iterable<NameSource> = []) {
    for (const source of sources) this.set(source);
  }

  /** Takes what a note gives now; true when the names it gives changed (a link's forms follow its path alone). */
  set(source: NameSource): boolean {
    const next = givenBy(source);
    const previous = this.byPath.get(source.path);
    if (previous && sameItems(previous.names, next.names)) return false;
    if (previous) this.count(previous, -1);
    this.count(next, 1);
    this.byPath.set(source.path, next);
    return previous !== undefined || next.names.length > 0;
  }

  /** Forgets a note; true when it gave names. */
  delete(path: string): boolean {
    const previous = this.byPath.get(path);
    if (!previous) return false;
    this.count(previous, -1);
    this.byPath.delete(path);
    return previous.names.length > 0;
  }

  has(name: string): boolean {
    return this.names.has(normaliseName(name));
  }

  isNote(target: string): boolean {
    return this.targets.has(normaliseTarget(target));
  }

  private count(given: Given, by: 1 | -1): void {
    for (const name of given.names) bump(this.names, name, by);
    for (const target of given.targets) bump(this.targets, target, by);
  }
}

function givenBy(source: NameSource): Given {
  const written = source.kind === 'person' || source.kind === 'client' ? [noteNameOf(source.path), ...source.names] : source.names;
  const names = [...new Set(written.map(normaliseName).filter((n) => n !== ''))].sort();
  // Obsidian resolves a link by path or by file name: both forms of every note.
  const path = normaliseTarget(source.path);
  return { names, targets: [path, path.slice(path.lastIndexOf('/') + 1)] };
}

function bump(counts: Map<string, number>, key: string, by: 1 | -1): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}
