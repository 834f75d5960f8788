import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Safari before iOS 16.4 cannot parse a regular-expression lookbehind: a literal one anywhere in
 * main.js is a syntax error that stops the whole plugin loading on those phones, and one in a string
 * passed to `RegExp` throws where it runs. ESLint sees neither dependencies nor strings, so this reads
 * what is shipped. The one exception is a `RegExp` built from a string inside `try { } catch`, which
 * is how the `yaml` package feature-detects lookbehinds and falls back to a pattern without them.
 */
function unguardedLookbehinds(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\(\?<[=!]/g)) {
    const before = code.slice(Math.max(0, m.index - 300), m.index);
    const after = code.slice(m.index, m.index + 300);
    const inRegExpString = /RegExp\(\s*["'`][^"'`]*$/.test(before);
    const guarded = /\btry\s*\{[^{}]*$/.test(before) && /^[^{}]*\}\s*catch\b/.test(after);
    if (!(inRegExpString && guarded)) found.push(code.slice(Math.max(0, m.index - 60), m.index + 60));
  }
  return found;
}

describe('the plugin bundle has no lookbehind', () => {
  it('finds lookbehinds in literals and strings, and lets only the feature-detected ones pass', () => {
    // Built from pieces, so that the lint rule against lookbehinds does not read these samples as code.
    const not = '(?<' + '!';
    const is = '(?<' + '=';
    expect(unguardedLookbehinds(`const a = /${not}[a-z])x/g;`)).toHaveLength(1);
    expect(unguardedLookbehinds(`const a = new RegExp(\`${not}[\\p{L}])(?:\${n})\`, "giu");`)).toHaveLength(1);
    expect(unguardedLookbehinds(`const a = new RegExp("${is}a)b");`)).toHaveLength(1);
    expect(unguardedLookbehinds(`try { a = /${is}a)b/; } catch { a = /b/; }`)).toHaveLength(1);
    expect(unguardedLookbehinds(`try{a=new RegExp("${not}[ \\t])x$"),b=new RegExp("^y|${not}z)x","g")}catch{a=/x$/}`)).toHaveLength(0);
    expect(unguardedLookbehinds('const a = /(?<name>x)/;')).toHaveLength(0);
  });

  it('main.js', () => {
    expect(existsSync('dist/main.js'), 'build first: node esbuild.config.mjs').toBe(true);
    expect(unguardedLookbehinds(readFileSync('dist/main.js', 'utf8'))).toEqual([]);
  });
});
