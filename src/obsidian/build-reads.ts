import type { Vault } from 'obsidian';
import type { Opening } from '../core/engine';
import { notesPerPause, yieldToInterface } from './pauses';
import type { ListedNote } from './renames';
import { readSource } from './vault-source';

/**
 * Reads what a build has left to read into the engine it opens, each note under the path it was
 * listed by, a batch at a time with the interface free between (how far it got said before each
 * pause). False when stopped (the plugin unloaded) before the end.
 */
export async function readListed(vault: Vault, opening: Opening, listed: readonly ListedNote[], progress: (done: number) => void, stopped: () => boolean): Promise<boolean> {
  const byPath = new Map(listed.map((note) => [note.path, note.file]));
  const { toRead } = opening;
  const batch = notesPerPause();
  for (let i = 0; i < toRead.length; i++) {
    const { path } = toRead[i];
    const source = await readSource(vault, byPath.get(path)!, path);
    if (stopped()) return false;
    opening.read(source);
    if ((i + 1) % batch === 0) {
      progress(listed.length - toRead.length + i + 1);
      await yieldToInterface();
    }
  }
  return !stopped();
}
