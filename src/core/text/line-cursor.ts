/**
 * Line numbers of offsets asked for in increasing order, counting each newline once: counting from
 * the start for every offset is quadratic on a long block with many cues. The next newline is
 * remembered too, so a block with none after the cursor is not searched again for each offset.
 */
export class LineCursor {
  private line = 0;
  /** The first newline not yet counted (Infinity when there is none). */
  private next: number;
  private lastAsked = 0;

  constructor(private readonly text: string) {
    this.next = this.find(0);
  }

  /** How many newlines come before `offset`. */
  linesBefore(offset: number): number {
    // Asked out of order: start again rather than count wrong.
    if (offset < this.lastAsked) this.restart();
    this.lastAsked = offset;
    while (this.next < offset) {
      this.line++;
      this.next = this.find(this.next + 1);
    }
    return this.line;
  }

  private restart(): void {
    this.line = 0;
    this.next = this.find(0);
  }

  private find(from: number): number {
    const i = this.text.indexOf('\n', from);
    return i < 0 ? Infinity : i;
  }
}
