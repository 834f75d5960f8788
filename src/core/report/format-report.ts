import type { Diagnostic } from '../model/diagnostic';
import { SOURCE_WORDS } from '../present/source-words';
import type { Flag } from '../model/flag';
import { rolesText } from '../present/flag-labels';
import { flagCount } from '../present/flag-count';
import type { ReportDocument } from './report';
import { oneLine } from '../text/control-characters';

export interface FormatOptions {
  /** A client's code or name for headings. */
  clientLabel: (clientId: string) => string;
  dynamicLabel: (dynamic: string) => string;
  hiddenPrivate: number;
}

/** The report as plain text for a terminal: a summary, the flags grouped by client, then diagnostics. */
export function formatReport(report: ReportDocument, options: FormatOptions): string {
  return [...reportLines(report, options)].join('');
}

/**
 * formatReport line by line, each with its line break: the command line writes them as they come,
 * so that a report is never one string however many flags and evidence it lists.
 */
export function* reportLines(report: ReportDocument, options: FormatOptions): Generator<string> {
  const { stats } = report;
  const t = stats.byType;
  yield `Parallel Process report for ${report.vault}\n`;
  yield `${stats.notes} notes (${t.session} session, ${t.supervision} supervision, ${t.client} client, ${t.reflection} reflection, ${t.person} person, ${t.other} other); ` +
    `${stats.links} links, ${stats.unresolvedLinks} unresolved; scanned in ${stats.elapsedMs} ms.\n`;
  yield '\n';
  if (report.flags.length === 0) {
    yield 'No possible parallel dynamics flagged.\n';
  } else {
    yield `${flagCount(report.flags)}. Each is a question for reflection, not a finding.\n`;
    for (const [heading, flags] of groupByClient(report.flags, options)) {
      yield `\n== ${oneLine(heading)} ==\n`;
      for (const flag of flags) {
        yield '\n';
        for (const line of formatFlag(flag, options)) yield `${line}\n`;
      }
    }
  }
  if (options.hiddenPrivate > 0) {
    yield `\n${options.hiddenPrivate} flag${options.hiddenPrivate === 1 ? '' : 's'} resting on private reflections not shown (--include-private shows them).\n`;
  }
  if (report.diagnostics.length > 0) {
    yield `\nDiagnostics (${report.diagnostics.length}):\n`;
    for (const d of report.diagnostics) yield `  ${formatDiagnostic(d)}\n`;
  }
}

function groupByClient(flags: readonly Flag[], options: FormatOptions): [string, Flag[]][] {
  const groups = new Map<string, Flag[]>();
  for (const flag of flags) {
    const heading = flag.client === null ? 'Across clients' : `Client ${options.clientLabel(flag.client)}`;
    const list = groups.get(heading) ?? [];
    list.push(flag);
    groups.set(heading, list);
  }
  return [...groups.entries()];
}

function formatFlag(flag: Flag, options: FormatOptions): string[] {
  const lines = [`  [${flag.score.toFixed(2)}] ${flag.kind}: ${options.dynamicLabel(flag.dynamic)}`, `  ${flag.question}`];
  for (const e of flag.evidence) {
    const what = e.dynamic === flag.dynamic ? '' : ` (${options.dynamicLabel(e.dynamic)})`;
    lines.push(`    ${oneLine(e.path)}:${e.line}  ${e.date ?? 'undated'}  ${rolesText(e)}, ${SOURCE_WORDS[e.source]}${what}: ${e.text}`);
  }
  lines.push(`  Reflect: ${flag.prompt}`, `  id ${flag.id}`);
  return lines;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${oneLine(d.path)}:${d.line} ${d.severity} [${d.code}] ${oneLine(d.message)}`;
}
