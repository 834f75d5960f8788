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
