import { normalizeVaultPath } from '../vault/paths';
import { renderPlaceholders, type TemplateValues } from './placeholders';

/** Characters no file name may hold on some system, plus those that break Obsidian links. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;

/**
 * The vault path a file-name pattern gives, such as `Sessions/{{client}}/{{date}} {{client}}`:
 * values are made safe for file names, `/` in the pattern makes folders, `.md` is added.
 */
export function notePath(pattern: string, values: TemplateValues): { path: string; unknown: string[] } {
  const rendered = renderPlaceholders(pattern, values, (v) => v.replace(UNSAFE, '-').trim());
  const path = normalizeVaultPath(rendered.text).replace(/\.md$/i, '').split('/').map(portableName).join('/');
  return { path: `${path || 'Untitled'}.md`, unknown: rendered.unknown };
}

/** Names Windows keeps for devices, with or without an extension: no file or folder may have one. */
const RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;

/**
 * A folder or file name every system the vault may sync to can hold: Windows drops a trailing dot
 * or space (the folder made would not be the one Obsidian expects: client "J.S." gave `Sessions/J.S./`)
 * and refuses its device names ("Con", "AUX").
 */
function portableName(name: string): string {
  const trimmed = name.replace(/[. ]+$/, '') || (name === '' ? '' : '_');
  return RESERVED.test(trimmed) ? `${trimmed}_` : trimmed;
}

/** `Name.md`, else `Name 2.md`, `Name 3.md`, …: the first that `exists` says is free. */
export function nextFreePath(path: string, exists: (path: string) => boolean): string {
  const names = numberedPaths(path);
  let candidate = names.next().value;
  while (exists(candidate)) candidate = names.next().value;
  return candidate;
}

/** `Name.md`, `Name 2.md`, `Name 3.md`, …, without end: the names a note made at `path` may take. */
export function* numberedPaths(path: string): Generator<string, never> {
  yield path;
  const base = path.replace(/\.md$/i, '');
  for (let n = 2; ; n++) yield `${base} ${n}.md`;
}
