import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Escapes every character outside ASCII that esbuild leaves in its output: it escapes strings,
 * templates and names, but not regular-expression literals (evanw/esbuild#4205), and a handful of
 * ours hold curly quotes and dashes. One such character makes the engine keep the whole bundle's
 * source as two bytes a character: 1.4 MB more of a phone's memory for main.js, for as long as the
 * plugin runs. `\uXXXX` means the same character in a regular expression, with or without the `u`
 * flag (a pair of them is one character above U+FFFF), in a string and in a comment.
 */
export function escapeNonAscii(code, file = 'the bundle') {
  return code.replace(/[\u0080-\uffff]/g, (char, at) => {
    // After a backslash the character is escaped already ("\’"): adding "\u2019" would make it text.
    let slashes = 0;
    while (code[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character at offset ${at}; write it as \\u${hex(char)}`);
    return `\\u${hex(char)}`;
  });
}

function hex(char) {
  return char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** The plugin: rewrites the output file once esbuild has written it. */
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
