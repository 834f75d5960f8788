import type { Diagnostic } from '../model/diagnostic';

/** A note to check in plain words; what the YAML reader or the file system said, kept apart for whoever asks. */
export interface PlainDiagnostic {
  text: string;
  /** The library's own message, shown only on demand. */
  detail: string | null;
}

/** Messages that end in a library's words after a colon: the plain part, and what to say instead of it. */
const WITH_DETAIL: { prefix: RegExp; plain: (match: RegExpMatchArray) => string }[] = [
  { prefix: /^Properties are not valid YAML, so this note is read without them: /, plain: () => 'The properties at the top of this note have a mistake, so the note is read without them.' },
  { prefix: /^Property "([^"]*)" could not be read: /, plain: (m) => `The property "${m[1]}" has a mistake and was left out.` },
  { prefix: /^This note could not be read: /, plain: () => 'This note could not be read.' },
];

export function plainDiagnostic(d: Diagnostic): PlainDiagnostic {
  for (const { prefix, plain } of WITH_DETAIL) {
    const match = d.message.match(prefix);
    if (match) return { text: plain(match), detail: d.message.slice(match[0].length).trim() || null };
  }
  return { text: d.message, detail: null };
}
