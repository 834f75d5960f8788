import { COMMANDS, type CommandSpec } from './options';

/** `parallel-process --help`: what it does, and its commands. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} VAULT`.length));
  return [
    'parallel-process: points out where a dynamic in your work with a client may be reappearing in',
    'supervision, or the other way round (parallel process), from the session, supervision and reflection',
    'notes of an Obsidian vault folder. Each flag is a question for reflection with its evidence, never a',
    'diagnosis. It reads the folder and prints; it changes no note and makes no network request.',
    '',
    'Usage: parallel-process COMMAND VAULT [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} VAULT`.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help, -h     Show this help; COMMAND --help lists the options of a command and their defaults',
    '  --version, -v  Show the version',
    '',
  ].join('\n');
}

/** `parallel-process COMMAND --help`: every option with what it does and its default. */
export function commandHelp(spec: CommandSpec): string {
  const label = (o: CommandSpec['options'][number]): string => (o.value ? `${o.name} ${o.value}` : o.name);
  const width = Math.max(...spec.options.map((o) => label(o).length), '--help'.length);
  return [
    `Usage: parallel-process ${spec.name} VAULT [options]`,
    '',
    spec.description,
    '',
    'Options:',
    ...spec.options.map((o) => `  ${label(o).padEnd(width)}  ${o.description} (default: ${o.default})`),
    `  ${'--help'.padEnd(width)}  Show this help`,
    '',
  ].join('\n');
}
