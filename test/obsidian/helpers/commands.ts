import type ParallelProcessPlugin from '../../../src/obsidian/main';

/** Runs a registered command as the palette would, and waits for it to finish. */
export async function runCommand(plugin: ParallelProcessPlugin, id: string): Promise<void> {
  const commands = (plugin as unknown as { commands__: Map<string, { callback?: () => unknown }> }).commands__;
  const command = commands.get(id);
  if (!command?.callback) throw new Error(`No command ${id}`);
  command.callback();
  await Promise.resolve();
}

export function commandIds(plugin: ParallelProcessPlugin): string[] {
  return [...(plugin as unknown as { commands__: Map<string, unknown> }).commands__.keys()];
}
