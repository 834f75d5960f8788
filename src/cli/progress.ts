import type { WriteStream } from 'node:tty';

/** A one-line progress counter on a terminal; silent when the stream is not a TTY or the work is quick. */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: WriteStream,
    private readonly total: number,
    private readonly label: string,
  ) {}

  update(done: number): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.started < 400 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    const percent = this.total === 0 ? 100 : Math.floor((done / this.total) * 100);
    this.stream.write(`\r${this.label} ${done}/${this.total} notes (${percent}%)`);
  }

  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
  }
}
