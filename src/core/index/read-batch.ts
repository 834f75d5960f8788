import type { SourceFile } from './vault-index';

/**
 * How many notes a first scan reads together, stage by stage (VaultIndex.upsertAll), and the most
 * text they may hold at once. Measured at 10,000 notes, alternating with reading note by note:
 * batches of 8 to 64 notes alike took about a fifth off reading the vault. A batch's parsed notes
 * live until its last is compacted, and the larger the batch the more of them outlive a young-
 * generation collection and are copied to the old one as garbage: alternating batches of 32 and 8
 * (ten scans each), the scan peaked at 166 MiB (155 to 195) against 156 (156 to 173), in 2,940 ms
 * (2,377 to 3,784) against 2,825 (2,407 to 3,612). The cap on text keeps a batch of long notes from
 * raising the peak.
 */
export const READ_TOGETHER = 8;
export const READ_TOGETHER_CHARS = 1 << 20;

/**
 * Files collected until there are enough to read together, then handed to `readAll` at once. A
 * host feeds it one file at a time, as it reads them; flush() reads what is left.
 */
export class ReadBatch {
  private files: SourceFile[] = [];
  private chars = 0;

  constructor(private readonly readAll: (files: readonly SourceFile[]) => void) {}

  /** Adds a file, reading the batch once it is full; returns how many files were read (none, or the batch). */
  add(file: SourceFile): number {
    this.files.push(file);
    this.chars += file.data.length;
    return this.files.length >= READ_TOGETHER || this.chars >= READ_TOGETHER_CHARS ? this.flush() : 0;
  }

  /** Reads the files collected so far; returns how many there were. */
  flush(): number {
    const files = this.files;
    if (files.length === 0) return 0;
    this.files = [];
    this.chars = 0;
    this.readAll(files);
    return files.length;
  }
}
