/**
 * Line numbers of offsets asked for in increasing order, counting each newline once: counting from
 * the start for every offset is quadratic on a long block with many cues.
 */
export class LineCursor {
  private offset = 0;
  private line = 0;

  constructor(private readonly text: string) {}

  /** How many newlines come before `offset`. */
  linesBefore(offset: number): number {
    if (offset < this.offset) {
      // Asked out of order: start again rather than count wrong.
      this.offset = 0;
      this.line = 0;
    }
    for (let i = this.text.indexOf('\n', this.offset); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) this.line++;
    this.offset = offset;
    return this.line;
  }
}
