import { readFileSync, writeFileSync } from 'node:fs';
import { tokenizer, tokTypes } from 'acorn';

/**
 * Escapes every character outside ASCII that esbuild leaves in its output: it escapes strings,
 * templates and names, but not regular-expression literals (evanw/esbuild#4205), and a handful of
 * ours hold curly quotes and dashes. One such character makes the engine keep the whole bundle's
 * source as two bytes a character: 1.4 MB more of a phone's memory for main.js, for as long as the
 * plugin runs. `\uXXXX` means the same character in a regular expression, with or without the `u`
 * flag (a pair of them is one character above U+FFFF), in a string, a name and a comment. Not in
 * a tagged template's raw text (String.raw`’`), which esbuild leaves as written too: there it would
 * be six characters, so the build stops and says where.
 */
export function escapeNonAscii(code, file = 'the bundle') {
  if (!/[\u0080-\uffff]/.test(code)) return code;
  const templates = templateRanges(code);
  let t = 0;
  return code.replace(/[\u0080-\uffff]/g, (char, at) => {
    while (t < templates.length && templates[t][1] <= at) t++;
    if (t < templates.length && templates[t][0] <= at) throw new Error(`${file}: a template's raw text holds a non-ASCII character at offset ${at}; write it as \\u${hex(char)}`);
    // After a backslash the character is escaped already ("\’"): adding "\u2019" would make it text.
    let slashes = 0;
    while (code[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character at offset ${at}; write it as \\u${hex(char)}`);
    return `\\u${hex(char)}`;
  });
}

/** Where the text of each template literal lies, in order: JavaScript's own tokenizer tells a template from a pattern or a division. */
function templateRanges(code) {
  const ranges = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true })) {
    if (token.type === tokTypes.template || token.type === tokTypes.invalidTemplate) ranges.push([token.start, token.end]);
  }
  return ranges;
}

function hex(char) {
  return char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The plugin: rewrites the output file once esbuild has written it. The development build's inline
 * source map is not rewritten: on the few lines with an escape, its columns are a few characters off.
 */
export const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    const file = build.initialOptions.outfile;
    build.onEnd((result) => {
      if (result.errors.length > 0 || file === undefined) return;
      const code = readFileSync(file, 'utf8');
      const escaped = escapeNonAscii(code, file);
      if (escaped !== code) writeFileSync(file, escaped);
    });
  },
};
