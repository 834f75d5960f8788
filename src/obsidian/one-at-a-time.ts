/**
 * Runs tasks one after another, each once the one before has settled (a failure does not stop the
 * next). The live engine's rounds of vault changes go through one: two rounds reading notes at once
 * could let a slow read of a note's older version land after its newer one.
 */
export class OneAtATime {
  private last: Promise<void> = Promise.resolve();

  /** Starts `task` once every task run before has settled; settles as it does. */
  run(task: () => Promise<void>): Promise<void> {
    const run = this.last.then(task);
    this.last = run.catch(() => undefined);
    return run;
  }
}
