/**
 * Text from notes shown on a terminal. A note can hold control characters (pasted from elsewhere,
 * or put there on purpose): an escape sequence printed as it is can move the cursor, rewrite lines
 * already shown, retitle the window or write to the clipboard. They are shown as `\u001b` instead.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above, line breaks and tabs kept
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function escaped(c: string): string {
  return c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A name or label kept on one line: every control character escaped, a line break too. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** A whole output for a terminal: its own line breaks and tabs kept, every other control character escaped. */
export function terminalText(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, escaped);
}
