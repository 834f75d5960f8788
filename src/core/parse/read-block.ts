import type { BlockKind, TextBlock } from '../model/note';

/**
 * A text block as the body reader makes it: made by a constructor, never by an object literal.
 *
 * V8 decides per object literal whether to make its objects in the old generation at once
 * (allocation-site pretenuring), from how many of those made since the last collection are still
 * alive at the next. A note's blocks live until its batch is compacted; a full collection that
 * lands just after a young one found every block made since alive, and from then on each block
 * was made old. A block holds its text, cut from the note's, so every note's text then stayed
 * until the next full collection: about one scan in seven of the bench's 10,000 notes peaked near
 * 180 MiB instead of 150. An object made by `new` has no such site: one such scan in 51 since,
 * against 2 in 15 of the literal, the same builds alternating (docs/measured.md).
 */
export class ReadBlock implements TextBlock {
  outerItems?: string;

  constructor(
    readonly kind: BlockKind,
    readonly startLine: number,
    public text: string,
    readonly section: string | undefined,
    readonly outerSections: string | undefined,
  ) {}
}
