import type ParallelProcessPlugin from '../../../src/obsidian/main';

interface RegisteredCommand {
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  hotkeys?: unknown[];
}

function registered(plugin: ParallelProcessPlugin): Map<string, RegisteredCommand> {
  return (plugin as unknown as { commands__: Map<string, RegisteredCommand> }).commands__;
}

/** Whether the palette would list the command now (a checkCallback asked with checking = true). */
export function isAvailable(plugin: ParallelProcessPlugin, id: string): boolean {
  const command = registered(plugin).get(id);
  if (!command) throw new Error(`No command ${id}`);
  return command.checkCallback ? command.checkCallback(true) === true : command.callback !== undefined;
}

/** Runs a registered command as the palette would (only when it is available), and lets it start. */
export async function runCommand(plugin: ParallelProcessPlugin, id: string): Promise<void> {
  const command = registered(plugin).get(id);
  if (!command) throw new Error(`No command ${id}`);
  if (command.checkCallback) {
    if (command.checkCallback(true) !== true) throw new Error(`The palette does not offer ${id} now`);
    command.checkCallback(false);
  } else if (command.callback) {
    command.callback();
  } else {
    throw new Error(`Command ${id} has no callback`);
  }
  await Promise.resolve();
}

export function commandIds(plugin: ParallelProcessPlugin): string[] {
  return [...registered(plugin).keys()];
}

export function commandHotkeys(plugin: ParallelProcessPlugin): unknown[] {
  return [...registered(plugin).values()].map((c) => c.hotkeys);
}
