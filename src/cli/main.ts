import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Engine, EngineSettings } from '../core/engine';
import { toMermaid } from '../core/graph/mermaid';
import { reportLines } from '../core/report/format-report';
import { reportDocument } from '../core/report/report';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { parseArgs, UsageError, type GraphCommand, type ScanCommand, type VaultOptions } from './args';
import { CommandError, describeFileError, errorLine } from './errors';
import { commandHelp, mainHelp } from './help';
import { commandSpec } from './options';
import { formatGraph } from './format-graph';
import { loadVault, reportLeftOut, VaultError, type LoadOptions } from './load-vault';
import { hours } from './hours';
import { prep } from './prep';
import { privacyCheck } from './privacy-check';
import { OPEN_FOR_READING } from './read-vault';
import { terminalText } from '../core/text/control-characters';
import { writeJson } from './write-json';
import { writeBatched } from './write-batched';

declare const PACKAGE_VERSION: string;

function main(argv: readonly string[]): number | Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        process.stdout.write(command.topic ? commandHelp(commandSpec(command.topic)!) : mainHelp());
        return 0;
      case 'version':
        process.stdout.write(`${PACKAGE_VERSION}\n`);
        return 0;
      case 'scan':
        return scan(command);
      case 'graph':
        return graph(command);
      case 'privacy-check':
        return privacyCheck(command, loadOptions(command, settingsOf(command)), process.stdout, process.stderr);
      case 'hours':
        return hours(command, loadOptions(command, settingsOf(command)), process.stdout, process.stderr);
      case 'prep':
        return prep(command, loadOptions(command, settingsOf(command)), process.stdout, process.stderr);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof VaultError || error instanceof CommandError) {
      process.stderr.write(errorLine(error));
      return 2;
    }
    throw error;
  }
}

function scan(command: ScanCommand): number {
  const started = performance.now();
  const { engine, problems } = loadVault(command.vault, loadOptions(command, settingsOf(command)), process.stderr);
  const clientId = command.client === undefined ? undefined : clientOrFail(engine, command.client, command.vault);
  const selected = engine.selectFlags({ since: command.since, clientId, includePrivate: command.includePrivate });
  // Folders that could not be read come first: they say which notes the report is without.
  const diagnostics = [...problems, ...engine.diagnostics({ includePrivate: command.includePrivate })];
  const report = reportDocument(command.vault, engine.stats(), performance.now() - started, diagnostics, selected.flags);
  if (command.json) {
    writeJson(report, (text) => process.stdout.write(text));
  } else {
    const lines = reportLines(report, {
      clientLabel: (id) => engine.clientLabel(id),
      dynamicLabel: (id) => engine.dynamicLabel(id),
      hiddenPrivate: selected.hiddenPrivate,
    });
    writeBatched(lines, (text) => process.stdout.write(text), terminalText);
  }
  return 0;
}

function graph(command: GraphCommand): number {
  const loaded = loadVault(command.vault, loadOptions(command, settingsOf(command)), process.stderr);
  const { engine } = loaded;
  reportLeftOut(loaded, process.stderr, command.includePrivate);
  const clientId = command.client === undefined ? undefined : clientOrFail(engine, command.client, command.vault);
  const doc = engine.graphDocument({ clientId, includePrivate: command.includePrivate });
  if (command.format === 'json') writeJson(doc, (text) => process.stdout.write(text));
  else if (command.format === 'mermaid') process.stdout.write(terminalText(toMermaid(doc)));
  else process.stdout.write(formatGraph(doc));
  return 0;
}

function clientOrFail(engine: Engine, name: string, vault: string): string {
  const [id, ...others] = engine.findClients(name);
  if (id === undefined) throw new CommandError(`no client named ${JSON.stringify(name)} in ${vault}`);
  // An alias two clients share: taking either would show one client's flags as the other's.
  if (others.length > 0) throw new CommandError(`${JSON.stringify(name)} names ${others.length + 1} clients in ${vault}: ${[id, ...others].map((c) => engine.clientLabel(c)).join(', ')}; give a code or a file name`);
  return id;
}

function settingsOf(command: Partial<Omit<ScanCommand, 'command'>> & VaultOptions): Partial<EngineSettings> {
  const settings: Partial<EngineSettings> = {};
  if (command.templatesFolder !== undefined) settings.templatesFolder = command.templatesFolder;
  if (command.windowDays !== undefined) settings.windowDays = command.windowDays;
  if (command.resonanceDays !== undefined) settings.resonanceDays = command.resonanceDays;
  if (command.patternDays !== undefined) settings.patternDays = command.patternDays;
  if (command.patternClients !== undefined) settings.patternClients = command.patternClients;
  if (command.practitioner !== undefined) settings.practitioner = command.practitioner;
  if (command.learntReader === false) settings.learntReader = false;
  return settings;
}

/** How every command reads its vault: the same engine settings, taxonomy, cache and version. */
function loadOptions(command: VaultOptions, settings: Partial<EngineSettings>): LoadOptions {
  return { settings, taxonomy: readTaxonomy(command.taxonomy), cache: command.cache, version: PACKAGE_VERSION };
}

/** Larger than any taxonomy a person writes: a file past it is no taxonomy (a log, a disk image). */
const MAX_TAXONOMY_BYTES = 16 * 1024 * 1024;

function readTaxonomy(path: string | undefined): TaxonomySource | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    // Only a plain file, opened without waiting: a pipe or /dev/zero would keep the run waiting for ever.
    const fd = openSync(path, OPEN_FOR_READING);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new CommandError(`cannot read the taxonomy ${path}: ${stat.isDirectory() ? 'it is a folder, not a file' : 'it is not a plain file'}`);
      if (stat.size > MAX_TAXONOMY_BYTES) throw new CommandError(`cannot read the taxonomy ${path}: it is ${Math.round(stat.size / 1048576)} MB, too large to be a taxonomy`);
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`cannot read the taxonomy ${path}: ${describeFileError(error)}`);
  }
  return { path, text };
}

// Output piped into a reader that stops early (`| head`) has given it what it wanted: stop quietly,
// not with Node's unhandled 'error' event and its stack. Output that cannot be written (`> prep.md`
// on a full disk) is said in one line, as every other error is.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    // Errors themselves cannot be said: the exit code is all there is to say it with.
    if (stream !== process.stdout) process.exit(2);
    process.stderr.write(`parallel-process: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(2);
  });
}

const exitCode = main(process.argv.slice(2));
if (typeof exitCode === 'number') process.exitCode = exitCode;
else void exitCode.then((code) => (process.exitCode = code));
