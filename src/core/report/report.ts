import type { Diagnostic } from '../model/diagnostic';
import type { Flag } from '../model/flag';
import type { IndexStats } from '../index/vault-index';

export interface ReportDocument {
  schema: 'parallel-process/report@1';
  vault: string;
  stats: IndexStats & { elapsedMs: number };
  diagnostics: Diagnostic[];
  flags: Flag[];
}

export function reportDocument(vault: string, stats: IndexStats, elapsedMs: number, diagnostics: Diagnostic[], flags: Flag[]): ReportDocument {
  return { schema: 'parallel-process/report@1', vault, stats: { ...stats, elapsedMs: Math.round(elapsedMs) }, diagnostics, flags };
}
