// Text from notes shown on a terminal, and names or labels shown on a line of their own (a report's
// path, a heading). A note can hold control characters, pasted from elsewhere or put there on
// purpose: an escape sequence printed as it is can move the cursor, rewrite lines already shown,
// retitle the window or write to the clipboard; they are shown as `\u001b` instead. A bidirectional
// override can show text in another order than it is written. A name stays one line whatever a file
// name holds: a line break printed as it is would make a line that reads as part of the report.

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, line breaks and tabs kept
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(c: string): string {
  return c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A name or label kept on one line: every control and direction-override character escaped, a line break too. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** A whole output for a terminal: its own line breaks and tabs kept, every other control and direction-override character escaped. */
export function terminalText(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, escaped);
}
