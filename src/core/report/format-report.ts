import type { Diagnostic } from '../model/diagnostic';
import type { ReportDocument } from './report';

/** The report as plain text for a terminal: a summary, the flags, then diagnostics. */
export function formatReport(report: ReportDocument): string {
  const { stats } = report;
  const out: string[] = [];
  const t = stats.byType;
  out.push(`Parallel Process report for ${report.vault}`);
  out.push(
    `${stats.notes} notes (${t.session} session, ${t.supervision} supervision, ${t.client} client, ${t.reflection} reflection, ${t.person} person, ${t.other} other); ` +
      `${stats.links} links, ${stats.unresolvedLinks} unresolved; scanned in ${stats.elapsedMs} ms.`,
  );
  out.push('');
  if (report.flags.length === 0) {
    out.push('No possible parallel dynamics flagged.');
  } else {
    out.push(`${report.flags.length} possible parallel dynamics, strongest first. Each is a question for reflection, not a finding.`);
  }
  if (report.diagnostics.length > 0) {
    out.push('');
    out.push(`Diagnostics (${report.diagnostics.length}):`);
    for (const d of report.diagnostics) out.push(`  ${formatDiagnostic(d)}`);
  }
  return out.join('\n') + '\n';
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line} ${d.severity} [${d.code}] ${d.message}`;
}
