import { Platform } from 'obsidian';

/** Notes read between yields to the interface while the index builds or the notes are checked. */
const BATCH = 250;
/**
 * The same on phones and tablets, whose cores take several times as long over a note: a smaller batch
 * keeps each stretch without a frame short, so the view stays usable and its progress moves.
 */
const MOBILE_BATCH = 50;

/** How many notes to read before letting the interface draw a frame. */
export function notesPerPause(): number {
  return Platform.isMobile ? MOBILE_BATCH : BATCH;
}

/** Lets the interface draw and handle input before the next batch. */
export function yieldToInterface(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
