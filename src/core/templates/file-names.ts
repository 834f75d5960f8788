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
  const path = normalizeVaultPath(rendered.text).replace(/\.md$/i, '');
  return { path: `${path || 'Untitled'}.md`, unknown: rendered.unknown };
}

/** `Name.md`, else `Name 2.md`, `Name 3.md`, …: the first that `exists` says is free. */
export function nextFreePath(path: string, exists: (path: string) => boolean): string {
  if (!exists(path)) return path;
  const base = path.replace(/\.md$/i, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}.md`;
    if (!exists(candidate)) return candidate;
  }
}
