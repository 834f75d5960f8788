import { TFile } from 'obsidian-test-mocks/obsidian';
import type { MockApp } from './harness';

/**
 * Obsidian's link resolution, filled into obsidian-test-mocks' metadata cache. The mock's
 * `getFirstLinkpathDest` matches an exact path or file name only (case-sensitive, the first file
 * found, no preference for the linking note's folder, no path suffix); it keeps `resolvedLinks` for
 * notes deleted or renamed, keys `unresolvedLinks` by the link as written, and fires neither
 * `resolve` nor `resolved`. Here each works as in Obsidian's MetadataCache:
 *
 * - `getLinkpathDest`: candidates by lower-case file name (trying the name as written when it has a
 *   dot, then with `.md`), in the order the cache first saw the files; a bare name one file has is
 *   that file; `./` and `../` from the linking note's folder; then the exact path; then (unless the
 *   link starts with `/`) the paths that end with the link's, those starting with the linking note's
 *   folder first, each group shortest first.
 * - `resolvedLinks`, `unresolvedLinks` per note: links, embeds and property links, the link's path
 *   up to its first `#`, markdown link URLs decoded; unresolved ones keyed without `.md`.
 * - A note whose metadata changed is resolved again; so are the notes whose resolved or unresolved
 *   links use the name of a file created, deleted or renamed. Asynchronously, as Obsidian's queue
 *   does: one `resolve` event per note, then `resolved`.
 * - restart(): Obsidian starting again on the same vault, its lookup built in another order, every
 *   note resolved again (one `resolve` each, then `resolved`).
 */
export interface ObsidianLinks {
  /** Obsidian started again, seeing the files in this order (paths first, the rest after them). */
  restart(order: readonly string[]): void;
  /** Settles when every queued note has been resolved and `resolved` fired. */
  settled(): Promise<void>;
}

type Reference = { link: string; original: string };
type Cache = { links?: Reference[]; embeds?: Reference[]; frontmatterLinks?: Reference[] };
interface MetadataCacheInternals {
  cache__: Map<string, Cache>;
  resolvedLinks: Record<string, Record<string, number>>;
  unresolvedLinks: Record<string, Record<string, number>>;
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null;
  getLinkpathDest(linkpath: string, sourcePath: string): TFile[];
  trigger(name: string, ...data: unknown[]): void;
  on(name: string, callback: (...data: never[]) => unknown): unknown;
}

const installed = new WeakMap<MockApp, ObsidianLinks>();

/** The resolution mockApp() filled into this app's metadata cache. */
export function obsidianLinksOf(app: MockApp): ObsidianLinks {
  const links = installed.get(app);
  if (!links) throw new Error('This app was not made by mockApp()');
  return links;
}

export function installObsidianLinks(app: MockApp): ObsidianLinks {
  const cache = app.metadataCache as unknown as MetadataCacheInternals;
  const vault = app.vault;
  /** The order the cache first saw each file in: Obsidian's lookup keeps candidates in it. */
  const seen = new Map<string, number>();
  let next = 0;
  const see = (path: string): void => void seen.set(path, next++);
  for (const file of vault.getFiles()) see(file.path);

  const candidates = (name: string): TFile[] =>
    vault
      .getFiles()
      .filter((file) => file.name.toLowerCase() === name)
      .sort((a, b) => (seen.get(a.path) ?? Infinity) - (seen.get(b.path) ?? Infinity));

  cache.getLinkpathDest = (linkpath: string, sourcePath: string): TFile[] => {
    if (linkpath === '') {
      const self = vault.getAbstractFileByPath(sourcePath);
      return self instanceof TFile ? [self] : [];
    }
    let wanted = linkpath.toLowerCase();
    let name = fileName(wanted);
    let found = name.includes('.') ? candidates(name) : [];
    if (found.length === 0) {
      wanted = `${linkpath}.md`.toLowerCase();
      name = fileName(wanted);
      found = candidates(name);
    }
    if (found.length === 0) return [];
    if (name === wanted && found.length === 1) return found;
    let folder = folderOf(sourcePath).toLowerCase();
    if (wanted.startsWith('./') || wanted.startsWith('../')) {
      if (wanted.startsWith('./../')) wanted = wanted.slice(2);
      if (wanted.startsWith('./')) wanted = wanted.slice(2);
      else
        while (wanted.startsWith('../')) {
          wanted = wanted.slice(3);
          folder = folderOf(folder);
        }
      if (folder !== '') folder += '/';
      wanted = folder + wanted;
      const exact = found.find((file) => file.path.toLowerCase() === wanted);
      if (exact) return [exact];
    }
    if (wanted.startsWith('/')) wanted = wanted.slice(1);
    const exact = found.find((file) => file.path.toLowerCase() === wanted);
    if (exact) return [exact];
    if (linkpath.startsWith('/')) return [];
    const ending = found.filter((file) => file.path.toLowerCase().endsWith(wanted));
    const byLength = (a: TFile, b: TFile): number => a.path.length - b.path.length;
    const near = ending.filter((file) => file.path.toLowerCase().startsWith(folder)).sort(byLength);
    const far = ending.filter((file) => !file.path.toLowerCase().startsWith(folder)).sort(byLength);
    return [...near, ...far];
  };
  cache.getFirstLinkpathDest = (linkpath: string, sourcePath: string): TFile | null => cache.getLinkpathDest(linkpath, sourcePath)[0] ?? null;

  const resolveLinks = (path: string): void => {
    const metadata = cache.cache__.get(path);
    if (!metadata || !(vault.getAbstractFileByPath(path) instanceof TFile)) return;
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    for (const ref of [...(metadata.links ?? []), ...(metadata.embeds ?? []), ...(metadata.frontmatterLinks ?? [])]) {
      const raw = ref.original.startsWith('[[') || ref.original.startsWith('![[') || ref.original === ref.link ? ref.link : decode(ref.link);
      const linkpath = raw.includes('#') ? raw.slice(0, raw.indexOf('#')) : raw;
      // The mock reads `[text](https://…)` as a link; Obsidian's links are the vault's only.
      if (/^[a-z][a-z0-9+.-]*:/i.test(linkpath)) continue;
      const dest = cache.getFirstLinkpathDest(linkpath, path);
      if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
      else {
        const key = linkpath.replace(/\.md$/i, '');
        unresolved[key] = (unresolved[key] ?? 0) + 1;
      }
    }
    cache.resolvedLinks[path] = resolved;
    cache.unresolvedLinks[path] = unresolved;
  };
  for (const file of vault.getMarkdownFiles()) resolveLinks(file.path);

  // Obsidian's link resolver queue: notes resolved one after another, later, each with `resolve`.
  const queue = new Set<string>();
  let flushing: Promise<void> | undefined;
  const enqueue = (paths: Iterable<string>): void => {
    for (const path of paths) queue.add(path);
    flushing ??= new Promise<void>((done) =>
      window.setTimeout(() => {
        for (const path of [...queue]) {
          queue.delete(path);
          const file = vault.getAbstractFileByPath(path);
          if (!(file instanceof TFile)) continue;
          resolveLinks(path);
          cache.trigger('resolve', file);
        }
        flushing = undefined;
        cache.trigger('resolved');
        done();
      }, 0),
    );
  };
  /** The notes whose links use one of these file names, resolved or not. */
  const relatedTo = (names: string[]): string[] => {
    const lower = new Set(names.map((n) => n.toLowerCase()));
    for (const n of [...lower]) if (n.endsWith('.md')) lower.add(n.slice(0, -3));
    const uses = (record: Record<string, number> | undefined): boolean => Object.keys(record ?? {}).some((key) => lower.has(fileName(key).toLowerCase()));
    return vault
      .getMarkdownFiles()
      .map((file) => file.path)
      .filter((path) => uses(cache.resolvedLinks[path]) || uses(cache.unresolvedLinks[path]));
  };

  cache.on('changed', (file: TFile) => enqueue([file.path]));
  vault.on('create', (file) => {
    if (!(file instanceof TFile)) return;
    see(file.path);
    enqueue(relatedTo([file.name]));
  });
  vault.on('delete', (file) => {
    if (!(file instanceof TFile)) return;
    delete cache.resolvedLinks[file.path];
    delete cache.unresolvedLinks[file.path];
    cache.cache__.delete(file.path);
    enqueue(relatedTo([file.name]));
  });
  vault.on('rename', (file, old) => {
    if (!(file instanceof TFile) || typeof old !== 'string') return;
    const oldPath = old;
    see(file.path);
    const metadata = cache.cache__.get(oldPath);
    cache.cache__.delete(oldPath);
    if (metadata) cache.cache__.set(file.path, metadata);
    delete cache.resolvedLinks[oldPath];
    delete cache.unresolvedLinks[oldPath];
    enqueue([file.path, ...relatedTo([fileName(oldPath), file.name])]);
  });

  const links: ObsidianLinks = {
    restart(order) {
      seen.clear();
      next = 0;
      for (const path of order) see(path);
      for (const file of vault.getFiles()) if (!seen.has(file.path)) see(file.path);
      enqueue(vault.getMarkdownFiles().map((file) => file.path));
    },
    async settled() {
      while (flushing) await flushing;
    },
  };
  installed.set(app, links);
  return links;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function decode(link: string): string {
  try {
    return decodeURIComponent(link);
  } catch {
    return link;
  }
}
