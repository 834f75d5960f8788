/** About how much text one write carries: a write per line or per JSON piece would cost a system call each. */
const BATCH_CHARS = 65536;

/**
 * Writes the pieces in batches of about 64 KB, each passed through `escape` first: an output is
 * never one string, however large (a vault whose notes all share one date lists every session's
 * evidence under every supervision's flag: 90 MB of readable report from 1,600 notes). `escape`
 * must work character by character, as batches break between pieces.
 */
export function writeBatched(pieces: Iterable<string>, write: (text: string) => void, escape: (text: string) => string): void {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      write(escape(batch));
      batch = '';
    }
  }
  if (batch !== '') write(escape(batch));
}
