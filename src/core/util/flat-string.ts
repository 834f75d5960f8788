/**
 * The string as one piece, for one kept as long as a note. Concatenating (`+`, template literals,
 * JSON.stringify for a long text) makes a tree of pieces, each an object of its own; reading a
 * character joins them into one (in V8, and in JavaScriptCore's ropes), and the tree goes.
 */
export function flatString(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * A copy of the string that is one piece and nothing else. A text made of a template's parts (a
 * flag's question) stays a tree of them even once read whole: flatString joins the pieces but keeps
 * the tree's nodes (six or so per question, 0.6 MB over a 10,000-note vault's flags). A string read
 * back from JSON is a single new piece.
 */
export function copiedString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
