/**
 * Takes `items` (work done as each is made, as a generator does it) and hands each to `use`,
 * pausing whenever a slice has run `sliceMs`: long work that leaves the host's interface a frame
 * now and then. With no `pause`, all at once.
 */
export async function inSlices<T>(items: Iterable<T>, use: (item: T) => void, pause?: () => Promise<void>, sliceMs = 8): Promise<void> {
  let started = performance.now();
  for (const item of items) {
    use(item);
    if (pause && performance.now() - started >= sliceMs) {
      await pause();
      started = performance.now();
    }
  }
}
