import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const versions = JSON.parse(readFileSync('versions.json', 'utf8')) as Record<string, string>;

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** Methods of JavaScript's own objects: `.includes(` on an array is no call into Obsidian. */
const BUILT_IN = new Set(
  [Array, String, Map, Set, Promise, Number, Object, RegExp, Date, Function].flatMap((c) => Object.getOwnPropertyNames(c.prototype)).concat(Object.getOwnPropertyNames(Object), Object.getOwnPropertyNames(Math)),
);

/**
 * The `@since` of every Obsidian method the plugin calls whose name has one declaration, or several
 * with the same `@since`, in obsidian.d.ts (a name several classes declare with different versions
 * cannot be placed by its name alone, so it is left out, as are JavaScript's own methods).
 */
function sinceOfCalledMethods(): Map<string, string> {
  const lines = readFileSync('node_modules/obsidian/obsidian.d.ts', 'utf8').split('\n');
  const declared = new Map<string, Set<string>>();
  let since: string | undefined;
  for (const line of lines) {
    const tag = /@since (\S+)/.exec(line);
    if (tag) {
      since = tag[1];
      continue;
    }
    const text = line.trim();
    if (text === '' || text.startsWith('*') || text.startsWith('/**')) continue;
    const method = /^(?:static\s+)?([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\(/.exec(text);
    if (method) {
      const set = declared.get(method[1]) ?? new Set<string>();
      set.add(since ?? 'unknown');
      declared.set(method[1], set);
    }
    since = undefined;
  }
  const source = execSync('git ls-files -- "src/obsidian/*.ts" "src/obsidian/**/*.ts"', { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  const called = new Set([...source.matchAll(/\.([A-Za-z_$][\w$]*)\(/g)].map((m) => m[1]));
  const result = new Map<string, string>();
  for (const name of called) {
    if (BUILT_IN.has(name)) continue;
    const set = declared.get(name);
    if (set?.size === 1 && !set.has('unknown')) result.set(name, [...set][0]);
  }
  return result;
}

describe('manifest.json, for the community plugin directory', () => {
  it('has the id, name and flags of SPEC section 5', () => {
    expect(manifest).toMatchObject({ id: 'parallel-process', name: 'Parallel Process', isDesktopOnly: false, author: 'Parallel Process contributors' });
  });

  it('follows the directory\'s rules for the id, name and description', () => {
    const id = manifest.id as string;
    const name = manifest.name as string;
    const description = manifest.description as string;
    expect(id).toMatch(/^[a-z0-9-_]+$/);
    expect(id).not.toMatch(/obsidian|plugin$/i);
    expect(name).not.toMatch(/obsidian|plugin$/i);
    expect(description.length).toBeLessThan(250);
    expect(description).not.toMatch(/obsidian|this plugin/i);
    expect(description).toMatch(/[.?!)]$/);
  });

  it('is at the version of package.json, which versions.json maps to its minAppVersion', () => {
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
  });

  it('asks for an Obsidian no older than the newest API the plugin calls', () => {
    const since = sinceOfCalledMethods();
    // The check sees the calls it must: the newest one, and one from each era.
    expect(since.get('revealLeaf')).toBe('1.7.2');
    expect(since.get('getFileByPath')).toBe('1.5.7');
    expect(since.get('processFrontMatter')).toBe('1.4.4');
    const newest = [...since.entries()].sort(([, a], [, b]) => compareVersions(b, a))[0];
    expect(compareVersions(manifest.minAppVersion as string, newest[1]), `${newest[0]} needs ${newest[1]}`).toBeGreaterThanOrEqual(0);
  });
});
