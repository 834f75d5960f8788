import { readFileSync } from 'node:fs';
import type { Engine, EngineSettings } from '../core/engine';
import { findClientId } from '../core/graph/client-lookup';
import { graphDocument } from '../core/graph/graph-document';
import { toMermaid } from '../core/graph/mermaid';
import { formatReport } from '../core/report/format-report';
import { reportDocument } from '../core/report/report';
import { selectFlags } from '../core/report/select-flags';
import { shortLabel } from '../core/taxonomy/taxonomy';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { parseArgs, USAGE, UsageError, type GraphCommand, type ScanCommand } from './args';
import { formatGraph } from './format-graph';
import { loadVault, VaultError } from './load-vault';

declare const PACKAGE_VERSION: string;

function main(argv: readonly string[]): number {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case 'version':
        process.stdout.write(`${PACKAGE_VERSION}\n`);
        return 0;
      case 'scan':
        return scan(command);
      case 'graph':
        return graph(command);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`parallel-process: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof VaultError) {
      process.stderr.write(`parallel-process: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function scan(command: ScanCommand): number {
  const started = performance.now();
  const { engine, problems } = loadVault(command.vault, settingsOf(command), process.stderr, readTaxonomy(command.taxonomy));
  const clientId = command.client === undefined ? undefined : clientOrFail(engine, command.client, command.vault);
  const selected = selectFlags(engine.flags(), engine.index.graph, { since: command.since, clientId, includePrivate: command.includePrivate });
  // Folders that could not be read come first: they say which notes the report is without.
  const report = reportDocument(command.vault, engine.index.stats(), performance.now() - started, [...problems, ...engine.diagnostics()], selected.flags);
  if (command.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    process.stdout.write(
      formatReport(report, {
        clientLabel: (id) => engine.detector.clientLabel(id),
        dynamicLabel: (id) => shortLabel(engine.taxonomy.get(id), id),
        hiddenPrivate: selected.hiddenPrivate,
      }),
    );
  }
  return 0;
}

function graph(command: GraphCommand): number {
  const { engine, problems } = loadVault(command.vault, settingsOf(command), process.stderr);
  for (const p of problems) process.stderr.write(`parallel-process: ${p.path}: ${p.message}\n`);
  const clientId = command.client === undefined ? undefined : clientOrFail(engine, command.client, command.vault);
  const doc = graphDocument(engine.index.graph, clientId);
  if (command.format === 'json') process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  else if (command.format === 'mermaid') process.stdout.write(toMermaid(doc));
  else process.stdout.write(formatGraph(doc));
  return 0;
}

function clientOrFail(engine: Engine, name: string, vault: string): string {
  const id = findClientId(engine.index.graph, name);
  if (id === undefined) throw new UsageError(`no client named "${name}" in ${vault}`);
  return id;
}

function settingsOf(command: Partial<Omit<ScanCommand, 'command'>>): Partial<EngineSettings> {
  const settings: Partial<EngineSettings> = {};
  if (command.templatesFolder !== undefined) settings.templatesFolder = command.templatesFolder;
  if (command.windowDays !== undefined) settings.windowDays = command.windowDays;
  if (command.resonanceDays !== undefined) settings.resonanceDays = command.resonanceDays;
  if (command.patternDays !== undefined) settings.patternDays = command.patternDays;
  if (command.patternClients !== undefined) settings.patternClients = command.patternClients;
  return settings;
}

function readTaxonomy(path: string | undefined): TaxonomySource | undefined {
  if (path === undefined) return undefined;
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new UsageError(`cannot read taxonomy ${path}: ${(error as Error).message}`);
  }
}

process.exitCode = main(process.argv.slice(2));
