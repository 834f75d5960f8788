import { readDateValue } from '../core/parse/dates';
import { COMMANDS, commandSpec, type CommandSpec, type OptionSpec } from './options';

/** A mistake in the command's arguments: one line saying what, and where to read how. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help would have helped, if it is known. */
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

/** What every command takes to read a vault (SPEC section 4). */
export interface VaultOptions {
  vault: string;
  taxonomy?: string;
  templatesFolder?: string;
  cache?: string;
  /** Whose sessions are those that name no practitioner (SPEC section 1). */
  practitioner?: string;
}

export interface ScanCommand extends VaultOptions {
  command: 'scan';
  json: boolean;
  since?: string;
  client?: string;
  windowDays?: number;
  resonanceDays?: number;
  patternDays?: number;
  patternClients?: number;
  includePrivate: boolean;
  /** Off with --no-learnt-reader: only cue phrases and patterns are heard. */
  learntReader: boolean;
}

export interface GraphCommand extends VaultOptions {
  command: 'graph';
  format: 'text' | 'json' | 'mermaid';
  client?: string;
  includePrivate: boolean;
}

export interface PrivacyCheckCommand extends VaultOptions {
  command: 'privacy-check';
  json: boolean;
  includePrivate: boolean;
}

export interface HoursCommand extends VaultOptions {
  command: 'hours';
  json: boolean;
  from?: string;
  to?: string;
  defaultMinutes?: number;
  minimumHours?: number;
}

export interface PrepCommand extends VaultOptions {
  command: 'prep';
  supervisor: string;
  date?: string;
  includePrivate: boolean;
  learntReader: boolean;
}

export type CommandName = CommandSpec['name'];

export type Command = ScanCommand | GraphCommand | PrivacyCheckCommand | HoursCommand | PrepCommand | { command: 'help'; topic?: CommandName } | { command: 'version' };

const HELP = new Set(['--help', '-h', 'help']);

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || HELP.has(argv[0])) {
    const topic = argv[1];
    if (topic !== undefined && commandSpec(topic) === undefined) throw new UsageError(`no help on "${topic}": it is not a command (${COMMANDS.map((c) => c.name).join(', ')})`);
    return { command: 'help', topic: topic === undefined ? undefined : commandSpec(topic)!.name };
  }
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  const spec = commandSpec(command);
  if (!spec) throw new UsageError(`unknown command "${command}" (expected ${COMMANDS.map((c) => c.name).join(', ')})`);
  // `COMMAND --help` wins over anything else on the line, as a reader trying things out expects.
  // After `--` every argument is a folder's name, `--help` too.
  const beforeNames = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeNames.includes('--help') || beforeNames.includes('-h')) return { command: 'help', topic: spec.name };
  const { positional, options } = readOptions(rest, spec.options, spec.name);
  if (positional.length === 0) throw new UsageError(`${command} needs a VAULT folder`, spec.name);
  if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}"`, spec.name);
  const vault = positional[0];
  const text = (name: string): string | undefined => options.get(name) as string | undefined;
  const count = (name: string): number | undefined => options.get(name) as number | undefined;
  const reading: VaultOptions = { vault, taxonomy: text('--taxonomy'), templatesFolder: text('--templates-folder'), cache: text('--cache'), practitioner: text('--practitioner') };
  if (spec.name === 'privacy-check') {
    return { command: spec.name, ...reading, json: options.has('--json'), includePrivate: options.has('--include-private') };
  }
  if (spec.name === 'hours') {
    const [from, to] = [text('--from'), text('--to')];
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`, spec.name);
    return { command: spec.name, ...reading, json: options.has('--json'), from, to, defaultMinutes: count('--default-minutes'), minimumHours: count('--minimum-hours') };
  }
  if (spec.name === 'prep') {
    const supervisor = text('--supervisor');
    if (supervisor === undefined || supervisor.trim() === '') throw new UsageError('prep needs --supervisor NAME', spec.name);
    return { command: spec.name, ...reading, supervisor, date: text('--date'), includePrivate: options.has('--include-private'), learntReader: !options.has('--no-learnt-reader') };
  }
  if (spec.name === 'graph') {
    if (options.has('--json') && options.has('--mermaid')) throw new UsageError('choose one of --json and --mermaid', spec.name);
    const format = options.has('--json') ? 'json' : options.has('--mermaid') ? 'mermaid' : 'text';
    return { command: spec.name, ...reading, format, client: text('--client'), includePrivate: options.has('--include-private') };
  }
  return {
    command: spec.name,
    ...reading,
    json: options.has('--json'),
    since: text('--since'),
    client: text('--client'),
    windowDays: count('--window-days'),
    resonanceDays: count('--resonance-days'),
    patternDays: count('--pattern-days'),
    patternClients: count('--pattern-clients'),
    includePrivate: options.has('--include-private'),
    learntReader: !options.has('--no-learnt-reader'),
  };
}

function readOptions(args: readonly string[], specs: OptionSpec[], command: CommandName): { positional: string[]; options: Map<string, string | number | true> } {
  const known = new Map(specs.map((s) => [s.name, s]));
  const positional: string[] = [];
  const options = new Map<string, string | number | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const spec = known.get(name);
    if (!spec) throw new UsageError(`unknown option ${name}`, command);
    if (spec.kind === 'flag') {
      if (eq >= 0) throw new UsageError(`${name} takes no value`, command);
      options.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`, command);
    const converted = convert(spec, value, command);
    // Given twice with two values, one would be dropped without a word: which was meant is the user's to say.
    const before = options.get(name);
    if (before !== undefined && before !== converted) throw new UsageError(`${name} is given twice (${String(before)} and ${String(converted)}): give it once`, command);
    options.set(name, converted);
  }
  return { positional, options };
}

function convert(spec: OptionSpec, value: string, command: CommandName): string | number {
  const { name } = spec;
  if (spec.kind === 'count') {
    const min = spec.min ?? 0;
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} needs a whole number of ${min} or more, not ${JSON.stringify(value)}`, command);
    const n = Number(value);
    if (n < min) throw new UsageError(`${name} needs a whole number of ${min} or more, not ${n}`, command);
    return n;
  }
  if (spec.kind === 'decimal') {
    if (!/^\d+(?:\.\d+)?$/.test(value)) throw new UsageError(`${name} needs a number such as 1.5, not ${JSON.stringify(value)}`, command);
    return Number(value);
  }
  if (spec.kind === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${name} needs a date such as 2026-02-03, not ${JSON.stringify(value)}`, command);
    const reading = readDateValue(value);
    if ('problem' in reading) throw new UsageError(`${name} needs a real date: ${value} is ${reading.problem === 'implausible-year' ? 'not in the years 1900 to 2199' : 'not a day of the calendar'}`, command);
  }
  return value;
}
