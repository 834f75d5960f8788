/**
 * A `type: reflection` line among properties that could not be read as a whole (not valid YAML,
 * not closed, not a list of names and values). Such a note is still a reflection to its writer,
 * and private unless it says otherwise (SPEC section 4): read as one, so that a typo in its
 * properties never puts a private reflection in a report, a graph or the list of notes to check.
 */
/**
 * Read as leniently as a person would: indented, quoted, as a link (`"[[reflection]]"`), or as a list
 * (`[reflection]`, or `type:` with `- reflection` on the next line), any case. Properties that could
 * not be read are usually broken by one line, and a line that is not the type's must not let a
 * private reflection be read as an ordinary note.
 */
const TYPE_KEY = /^[ \t]*["']?type["']?[ \t]*:(.*)$/i;

/** The lines an unclosed properties block may hold before its text: a note's first few. */
const UNCLOSED_LINES = 30;

/** Whether unread properties (`yaml`, or for an unclosed block the text's first lines) say the note is a reflection. */
export function saysReflection(yaml: string | undefined, text: string, unclosed: boolean): boolean {
  return namesReflection(unreadTypes(yaml, text, unclosed));
}

/**
 * The type each `type` line among unread properties names (`yaml`, or for an unclosed block the
 * text's first lines), with its line, 1-based in those lines: a reflection is kept private by any of
 * them, and a session whose properties are broken is said by the first to be left out of what
 * counts sessions, not silently missing from it.
 */
export function unreadTypes(yaml: string | undefined, text: string, unclosed: boolean): { type: string; line: number }[] {
  if (yaml !== undefined) return typesIn(yaml.split(/\r\n?|\n/));
  return unclosed ? typesIn(text.split(/\r\n?|\n/, UNCLOSED_LINES)) : [];
}

/** Whether a type among these names a reflection. */
export function namesReflection(types: readonly { type: string }[]): boolean {
  return types.some((t) => t.type === 'reflection');
}

/** The word each `type` line among these names (or the list item after an empty one), with its line. */
function typesIn(lines: readonly string[]): { type: string; line: number }[] {
  const types: { type: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = TYPE_KEY.exec(lines[i]);
    if (!key) continue;
    const value = withoutComment(key[1]).trim() === '' ? (lines[i + 1] ?? '') : key[1];
    types.push({ type: typeWord(value), line: i + 1 });
  }
  return types;
}

/** The word a type value names, its list marker, brackets, quotes, link alias and comment left out. */
export function typeWord(value: string): string {
  const word = withoutComment(value).replace(/^[\s\-[\]"']+/, '').replace(/[\s[\]"']+$/, '');
  return word.split('|')[0].trim().toLowerCase();
}

function withoutComment(value: string): string {
  const at = value.search(/[ \t]#/);
  return at < 0 ? value : value.slice(0, at);
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
  return namesReflection(typesIn(text.split('\u0000').join('').split(/\r\n?|\n/, UNCLOSED_LINES)));
}

function openingText(bytes: Uint8Array): string {
  const opening = bytes.subarray(0, BINARY_OPENING_BYTES);
  const encoding = opening[0] === 0xff && opening[1] === 0xfe ? 'utf-16le' : opening[0] === 0xfe && opening[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(opening);
}
