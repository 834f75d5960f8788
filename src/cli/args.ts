export class UsageError extends Error {}

export interface ScanCommand {
  command: 'scan';
  vault: string;
  json: boolean;
  since?: string;
  client?: string;
  windowDays?: number;
  resonanceDays?: number;
  patternDays?: number;
  patternClients?: number;
  taxonomy?: string;
  templatesFolder?: string;
  includePrivate: boolean;
}

export interface GraphCommand {
  command: 'graph';
  vault: string;
  format: 'text' | 'json' | 'mermaid';
  client?: string;
  templatesFolder?: string;
}

export type Command = ScanCommand | GraphCommand | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage:
  parallel-process scan VAULT [--json] [--since DATE] [--client NAME] [--window-days N]
                              [--resonance-days N] [--pattern-days N] [--pattern-clients N]
                              [--taxonomy FILE] [--templates-folder FOLDER] [--include-private]
  parallel-process graph VAULT [--json | --mermaid] [--client NAME] [--templates-folder FOLDER]
  parallel-process --help | --version
`;

type OptionKind = 'flag' | 'string' | 'count' | 'date';
const SCAN_OPTIONS: Record<string, OptionKind> = {
  '--json': 'flag',
  '--since': 'date',
  '--client': 'string',
  '--window-days': 'count',
  '--resonance-days': 'count',
  '--pattern-days': 'count',
  '--pattern-clients': 'count',
  '--taxonomy': 'string',
  '--templates-folder': 'string',
  '--include-private': 'flag',
};
const GRAPH_OPTIONS: Record<string, OptionKind> = {
  '--json': 'flag',
  '--mermaid': 'flag',
  '--client': 'string',
  '--templates-folder': 'string',
};

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'scan' && command !== 'graph') throw new UsageError(`unknown command "${command}" (expected scan or graph)`);
  const { positional, options } = readOptions(rest, command === 'scan' ? SCAN_OPTIONS : GRAPH_OPTIONS);
  if (positional.length === 0) throw new UsageError(`${command} needs a VAULT folder`);
  if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}"`);
  const vault = positional[0];
  const text = (name: string): string | undefined => options.get(name) as string | undefined;
  const count = (name: string): number | undefined => options.get(name) as number | undefined;
  if (command === 'graph') {
    if (options.has('--json') && options.has('--mermaid')) throw new UsageError('choose one of --json and --mermaid');
    const format = options.has('--json') ? 'json' : options.has('--mermaid') ? 'mermaid' : 'text';
    return { command, vault, format, client: text('--client'), templatesFolder: text('--templates-folder') };
  }
  return {
    command,
    vault,
    json: options.has('--json'),
    since: text('--since'),
    client: text('--client'),
    windowDays: count('--window-days'),
    resonanceDays: count('--resonance-days'),
    patternDays: count('--pattern-days'),
    patternClients: count('--pattern-clients'),
    taxonomy: text('--taxonomy'),
    templatesFolder: text('--templates-folder'),
    includePrivate: options.has('--include-private'),
  };
}

function readOptions(args: readonly string[], known: Record<string, OptionKind>): { positional: string[]; options: Map<string, string | number | true> } {
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
    const kind = known[name];
    if (!kind) throw new UsageError(`unknown option ${name}`);
    if (kind === 'flag') {
      if (eq >= 0) throw new UsageError(`${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
    options.set(name, convert(name, kind, value));
  }
  return { positional, options };
}

function convert(name: string, kind: OptionKind, value: string): string | number {
  if (kind === 'count') {
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} needs a whole number of 0 or more, not "${value}"`);
    return Number(value);
  }
  if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${name} needs a date such as 2026-02-03, not "${value}"`);
  return value;
}
