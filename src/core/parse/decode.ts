import type { NoteDiagnostic } from '../model/diagnostic';

export interface Decoded {
  text: string;
  diagnostics: NoteDiagnostic[];
  /** Binary files are kept as empty notes. */
  binary: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Turns file bytes (or text already decoded by the host) into note text, never throwing. */
export function decodeNote(data: string | Uint8Array): Decoded {
  const diagnostics: NoteDiagnostic[] = [];
  if (typeof data !== 'string') {
    // A zero byte in the first 8 KB, found without a subarray: for a Node Buffer that is a new
    // Buffer per note, 7% of parsing's time in a profile of a scan.
    const zero = data.indexOf(0);
    if (zero >= 0 && zero < 8192) return binary();
  }
  let text = typeof data === 'string' ? data : utf8.decode(data);
  if (typeof data === 'string' && text.slice(0, 8192).includes('\u0000')) return binary();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CR, CRLF and LF are all line breaks, as Obsidian reads them: a note saved with old Mac endings
  // has its properties and lines like any other. Everything after this sees LF only.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    diagnostics.push({
      line: lineOfOffset(text, bad),
      severity: 'warning',
      code: 'encoding',
      message: 'This note is not valid UTF-8; unreadable characters were replaced. Re-save it as UTF-8.',
    });
  }
  return { text, diagnostics, binary: false };

  function binary(): Decoded {
    // Text saved as UTF-16 (Windows Notepad's "Unicode") holds a zero byte in every Latin letter:
    // its byte-order mark tells it from a binary file, and the user what to do.
    const message = savedAsUtf16(data)
      ? 'This note is saved as UTF-16 text, which Obsidian does not read; it was skipped. Save it again as UTF-8.'
      : 'This looks like a binary file, not a text note; it was skipped.';
    return { text: '', binary: true, diagnostics: [{ line: 1, severity: 'error', code: 'binary-file', message }] };
  }
}

/** Whether the bytes open with UTF-16's byte-order mark, or the text with the two replacement characters a UTF-8 reading makes of it. */
function savedAsUtf16(data: string | Uint8Array): boolean {
  if (typeof data === 'string') return data.startsWith('\uFFFD\uFFFD');
  return data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
