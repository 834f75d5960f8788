import { findClientId } from '../core/graph/client-lookup';
import { graphDocument } from '../core/graph/graph-document';
import { toMermaid } from '../core/graph/mermaid';
import { formatReport } from '../core/report/format-report';
import { reportDocument } from '../core/report/report';
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
  const index = loadVault(command.vault, templates(command), process.stderr);
  const report = reportDocument(command.vault, index.stats(), performance.now() - started, index.diagnostics(), []);
  process.stdout.write(command.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

function graph(command: GraphCommand): number {
  const index = loadVault(command.vault, templates(command), process.stderr);
  let clientId: string | undefined;
  if (command.client !== undefined) {
    clientId = findClientId(index.graph, command.client);
    if (clientId === undefined) throw new UsageError(`no client named "${command.client}" in ${command.vault}`);
  }
  const doc = graphDocument(index.graph, clientId);
  if (command.format === 'json') process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  else if (command.format === 'mermaid') process.stdout.write(toMermaid(doc));
  else process.stdout.write(formatGraph(doc));
  return 0;
}

function templates(command: { templatesFolder?: string }): { templatesFolder?: string } {
  return command.templatesFolder === undefined ? {} : { templatesFolder: command.templatesFolder };
}

process.exitCode = main(process.argv.slice(2));
