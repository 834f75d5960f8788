import type { EngineSnapshot } from './snapshot';

/** About how many characters of JSON one part holds: a few milliseconds of work on a phone. */
export const PART_CHARS = 64 * 1024;

/**
 * A snapshot's JSON text in parts, the same text as JSON.stringify(snapshot) once joined. A host
 * can let its interface draw between parts (made at once, with its Blob, 10,000 notes' snapshot
 * held Chromium's main thread about half a second, a phone's several times that), or write each
 * part to a file as it comes, with no string of the whole. The snapshot must not change while its
 * parts are read: it is plain data the engine no longer writes to (Engine.snapshot()).
 */
export function* jsonParts(snapshot: EngineSnapshot, partChars = PART_CHARS): Generator<string> {
  const parts = new PartWriter(partChars);
  // Three levels: the snapshot, its graph and detection, their lists (split between elements).
  yield* parts.value(snapshot, 3);
  yield* parts.flush();
}

/** Joins pieces of JSON into parts of about `size` characters. */
class PartWriter {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly size: number) {}

  /**
   * A value's JSON, split between the properties of its objects and the elements of its arrays
   * `depth` levels down (an element itself is written whole). Yields each part as it fills.
   */
  *value(value: unknown, depth: number): Generator<string> {
    if (depth > 0 && Array.isArray(value)) {
      yield* this.piece('[');
      // Elements a run at a time, each run written by JSON.stringify (one call per element took four
      // times as long), the next run sized from this one's characters per element; a run that comes
      // out over twice the part size (larger elements than the last) is halved until it fits.
      let run = 1;
      for (let i = 0; i < value.length; ) {
        let elements = value.slice(i, i + run);
        let text = JSON.stringify(elements);
        while (text.length > 2 * this.size && elements.length > 1) {
          elements = elements.slice(0, elements.length >> 1);
          text = JSON.stringify(elements);
        }
        yield* this.piece((i > 0 ? ',' : '') + text.slice(1, -1));
        i += elements.length;
        run = Math.max(1, Math.floor(this.size / Math.max(1, text.length / elements.length)));
      }
      yield* this.piece(']');
      return;
    }
    if (depth > 0 && isPlainObject(value)) {
      yield* this.piece('{');
      let first = true;
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        yield* this.piece(`${first ? '' : ','}${JSON.stringify(key)}:`);
        yield* this.value(item, depth - 1);
        first = false;
      }
      yield* this.piece('}');
      return;
    }
    yield* this.piece(JSON.stringify(value) ?? 'null');
  }

  *flush(): Generator<string> {
    if (this.length === 0) return;
    const part = this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    yield part;
  }

  private *piece(text: string): Generator<string> {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= this.size) yield* this.flush();
  }
}

/** An object JSON.stringify writes as its own properties (not an array, a Date or a class with toJSON). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
