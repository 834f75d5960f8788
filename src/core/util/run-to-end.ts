/** Takes every step of work a generator does in steps (for a host to pause between), with no pause, and returns its result. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
