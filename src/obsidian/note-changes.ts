import type { SourceFile } from '../core/index/vault-index';
import type { Flag } from '../core/model/flag';

/** The notes one round of changes touched, as the engine took them: the text of each note read again. */
export interface NoteChanges {
  upserted: SourceFile[];
  removed: string[];
  renamed: [from: string, to: string][];
  /** The flags before the renames, when there were any: reviews follow a flag whose id a rename changed (carry-reviews.ts). */
  flagsBefore?: readonly Flag[];
}
