import { writeBatched } from './write-batched';

/**
 * `JSON.stringify(value, null, 2)` in pieces: the document's outer objects and arrays are walked here
 * and each part below `depth` is stringified on its own, so a 50,000-note report is never one string
 * (47 MB at that size). The text is the same byte for byte: the same rules for what is left out, and
 * each part's own line breaks re-indented (JSON.stringify escapes those inside strings, so every raw
 * newline in its output is layout).
 */
export function* jsonPieces(value: unknown, depth = 2, indent = ''): Generator<string> {
  const leaf = depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function';
  if (leaf) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n' + indent);
    return;
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield (i === 0 ? '\n' : ',\n') + inner;
      // As JSON.stringify: what has no JSON form is null inside an array.
      yield* representable(value[i]) ? jsonPieces(value[i], depth - 1, inner) : ['null'];
    }
    yield '\n' + indent + ']';
    return;
  }
  const keys = Object.keys(value).filter((k) => representable((value as Record<string, unknown>)[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    yield (i === 0 ? '\n' : ',\n') + inner + JSON.stringify(keys[i]) + ': ';
    yield* jsonPieces((value as Record<string, unknown>)[keys[i]], depth - 1, inner);
  }
  yield '\n' + indent + '}';
}

/** As JSON.stringify: an object leaves out properties with these values. */
function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/**
 * DEL and the C1 controls (U+0080 to U+009F), which JSON.stringify writes as they are: a terminal
 * that reads C1 codes in UTF-8 takes U+009B as the start of an escape sequence, so a note's text
 * printed with `--json` could move the cursor or rewrite what is shown. Only strings can hold
 * them (JSON's own syntax is ASCII), and `\u009b` is the same string to any JSON reader.
 */
const C1 = /[\u007f-\u009f]/g;

function withC1Escaped(text: string): string {
  return text.replace(C1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes the document in batches (writeBatched), control characters escaped. */
export function writeJson(value: unknown, write: (text: string) => void): void {
  writeBatched(jsonPieces(value), write, withC1Escaped);
  write('\n');
}
