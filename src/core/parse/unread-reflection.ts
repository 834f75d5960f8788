/**
 * A `type: reflection` line among properties that could not be read as a whole (not valid YAML,
 * not closed, not a list of names and values). Such a note is still a reflection to its writer,
 * and private unless it says otherwise (SPEC section 4): read as one, so that a typo in its
 * properties never puts a private reflection in a report, a graph or the list of notes to check.
 */
const REFLECTION_LINE = /^type[ \t]*:[ \t]*(["']?)reflection\1[ \t]*(?:#.*)?$/im;

/** The lines an unclosed properties block may hold before its text: a note's first few. */
const UNCLOSED_LINES = 30;

/** Whether unread properties (`yaml`, or for an unclosed block the text's first lines) say the note is a reflection. */
export function saysReflection(yaml: string | undefined, text: string, unclosed: boolean): boolean {
  if (yaml !== undefined) return REFLECTION_LINE.test(yaml);
  if (!unclosed) return false;
  return REFLECTION_LINE.test(text.split('\n', UNCLOSED_LINES).join('\n'));
}

/** How far into a note skipped as binary its opening lines are looked for. */
const BINARY_OPENING_BYTES = 8192;

/**
 * Whether a note skipped as binary (saved as UTF-16, or with a zero byte near its start) says in its
 * first lines that it is a reflection. Its text is never read, but its path is named wherever the
 * skip is said: a private reflection's must not be.
 */
export function binarySaysReflection(data: string | Uint8Array): boolean {
  const text = typeof data === 'string' ? data.slice(0, BINARY_OPENING_BYTES) : openingText(data);
  // UTF-16 without its mark, read as UTF-8, has a zero byte beside every Latin letter.
  const lines = text.split('\u0000').join('').split(/\r\n?|\n/, UNCLOSED_LINES);
  return REFLECTION_LINE.test(lines.join('\n'));
}

function openingText(bytes: Uint8Array): string {
  const opening = bytes.subarray(0, BINARY_OPENING_BYTES);
  const encoding = opening[0] === 0xff && opening[1] === 0xfe ? 'utf-16le' : opening[0] === 0xfe && opening[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(opening);
}
