import type { Engine } from '../core/engine';
import { inSlices } from '../core/util/in-slices';

/** Encoded parts are gathered into a Blob this large at a time: each Blob made costs a few milliseconds however small. */
const GROUP_BYTES = 1 << 20;

/**
 * The engine's snapshot as a Blob of its JSON text, made a part at a time with `pause()` between
 * slices of work when given (all at once without). Each part is encoded as it is made, so the text
 * is never in the heap whole, and the bytes gathered into Blobs of about a megabyte, then one of
 * those: in Chromium at 10,000 notes, a Blob of the whole string held the main thread 250 ms, a
 * Blob per 64 KB part 500 ms in all, and one of all the encoded parts 40 ms (bench: writing the
 * cache). The engine must not change until the promise settles.
 */
export async function snapshotBlob(engine: Engine, pause?: () => Promise<void>): Promise<Blob> {
  const encoder = new TextEncoder();
  const groups: Blob[] = [];
  let group: Uint8Array<ArrayBuffer>[] = [];
  let groupBytes = 0;
  const close = (): void => {
    groups.push(new Blob(group));
    group = [];
    groupBytes = 0;
  };
  await inSlices(
    engine.snapshotText(),
    (part) => {
      if (part === null) return;
      // Copied into an ArrayBuffer of its own (a few milliseconds in all): what a Blob is typed to take.
      const bytes = new Uint8Array(encoder.encode(part));
      group.push(bytes);
      groupBytes += bytes.length;
      if (groupBytes >= GROUP_BYTES) close();
    },
    pause,
  );
  if (group.length > 0) close();
  return new Blob(groups, { type: 'application/json' });
}
