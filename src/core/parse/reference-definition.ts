/**
 * Link reference definitions (`[label]: https://example.org "Title"`) in the form exports and
 * bibliographies write them: one line, no escapes. The scanner reads these itself, so that a note
 * with thousands of them (a pasted reference list) never goes to remark as a whole; anything more
 * involved is left to remark.
 */
// Label: no brackets or backslashes, not a footnote (`[^1]:`), not blank. Destination: `<...>` or
// a run without spaces, parentheses, angle brackets or backslashes (and, checked apart, without
// control characters). Title: "...", '...' or (...).
const SIMPLE_DEFINITION = /^ {0,3}\[(?!\^)([^[\]\\]{1,999})\]:[ \t]*(?:<[^<>\\\n]*>|[^\s()<>\\]+)(?:[ \t]+("[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*$/;

export interface SimpleDefinition {
  /** Whether it has a title: without one, a title may still follow on the next line. */
  titled: boolean;
}

export function simpleDefinition(line: string): SimpleDefinition | undefined {
  const m = SIMPLE_DEFINITION.exec(line);
  if (!m || m[1].trim() === '' || hasControlCharacter(line)) return undefined;
  return { titled: m[2] !== undefined };
}

/** Whether a line could be the title of the definition above it (then remark decides). */
export function mayBeTitle(line: string | undefined): boolean {
  const start = line?.trimStart()[0];
  return start === '"' || start === "'" || start === '(';
}

function hasControlCharacter(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) < 0x20 && line[i] !== '\t') return true;
  return false;
}
