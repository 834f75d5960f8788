import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../scripts/ascii-only-plugin.mjs';

/**
 * A bundle holding one character outside ASCII is kept by the JavaScript engine as two bytes a
 * character for as long as the plugin runs (1.4 MB more of a phone's memory for main.js). esbuild
 * escapes strings and names but leaves regular-expression literals as written, so the build escapes
 * what is left; these tests read what is shipped, and check the escaped patterns mean the same.
 */
const NON_ASCII = /[\u0080-\uffff]/;

/** The pattern of a regular-expression literal written as text, built as the engine would build it. */
function literal(code: string): RegExp {
  const end = code.lastIndexOf('/');
  return new RegExp(code.slice(1, end), code.slice(end + 1));
}

describe('the bundles are ASCII only', () => {
  it('escapes curly quotes and dashes in patterns so that they match what they matched', () => {
    const patterns = ['/[\'’]s$/', '/^["”\'’] /', '/[\\s:([—–-]/', '/[\\p{L}\\p{N}][\\p{L}\\p{N}\'’-]*/gu', '/(?:[\'’]s|[\'’-]+)$/u'];
    const texts = ['Jo’s', "Jo's", '” then', '— so', 'a–b', 'Zoë’s', 'naïve-ish’', 'plain'];
    for (const pattern of patterns) {
      const escaped = escapeNonAscii(pattern);
      expect(escaped).not.toMatch(NON_ASCII);
      for (const text of texts) expect(literal(escaped).exec(text)?.[0], `${pattern} on ${text}`).toBe(literal(pattern).exec(text)?.[0]);
    }
  });

  it('escapes a character above U+FFFF as a pair that stays one character with the u flag', () => {
    const escaped = escapeNonAscii('/^[😀a]$/u');
    expect(escaped).toBe('/^[\\uD83D\\uDE00a]$/u');
    expect(literal(escaped).test('😀')).toBe(true);
    expect(literal(escaped).test('a')).toBe(true);
  });

  it('leaves ASCII alone, and refuses a non-ASCII character escaped already or in a template', () => {
    const code = 'const a = /x\\/y/g; // plain\n';
    expect(escapeNonAscii(code)).toBe(code);
    expect(() => escapeNonAscii('/\\’/', 'main.js')).toThrow(/main\.js: an escaped non-ASCII character at offset 2; write it as \\u2019/);
    expect(escapeNonAscii('/\\\\’/')).toBe('/\\\\\\u2019/');
    // A tagged template's raw text keeps what is written, escapes included: "\\u2019" there is six characters.
    expect(() => escapeNonAscii('const a = String.raw`it’s`;', 'main.js')).toThrow(/main\.js: a template's raw text holds a non-ASCII character at offset 23/);
    // Told apart from a pattern and a division by the tokenizer: a slash after a template is no pattern.
    expect(escapeNonAscii('const a = `${b}` / 2 / c, r = /’/g;')).toBe('const a = `${b}` / 2 / c, r = /\\u2019/g;');
  });

  it.each(['dist/main.js', 'dist-cli/parallel-process.cjs'])('%s', (file) => {
    expect(existsSync(file), 'build first: node esbuild.config.mjs').toBe(true);
    const code = readFileSync(file, 'utf8');
    const at = code.search(NON_ASCII);
    expect(at, at < 0 ? '' : code.slice(Math.max(0, at - 60), at + 20)).toBe(-1);
  });
});
