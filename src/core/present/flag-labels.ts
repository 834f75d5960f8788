import { FLAG_KINDS } from '../detect/rules/flag-kinds';
import type { Evidence, Flag, FlagKind } from '../model/flag';
import type { Role } from '../model/role';
import type { IsoDay } from '../model/note';

/** Every kind, in the order filters list them. */
export const FLAG_KIND_NAMES = Object.keys(FLAG_KINDS) as FlagKind[];

export function kindLabel(kind: FlagKind): string {
  return FLAG_KINDS[kind].label;
}

const ROLE_LABELS: Record<Role, string> = {
  client: 'client',
  practitioner: 'practitioner',
  supervisee: 'supervisee',
  supervisor: 'supervisor',
  self: 'self',
  process: 'process',
  unknown: 'role unclear',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** Words for the score, so the strength reads as how much evidence there is, not as a verdict. */
export function strengthLabel(score: number): string {
  if (score >= 0.7) return 'Strong evidence';
  if (score >= 0.4) return 'Some evidence';
  return 'Slight evidence';
}

/** The distinct dated days a flag rests on, oldest first. */
export function flagDays(flag: Flag): IsoDay[] {
  const days = new Set<IsoDay>();
  for (const e of flag.evidence) if (e.date !== null) days.add(e.date);
  return [...days].sort();
}

/** "2026-01-20 to 2026-02-17 (4 dates)", or the single day. */
export function daysSummary(days: readonly IsoDay[]): string {
  if (days.length === 0) return 'Undated';
  if (days.length === 1) return days[0];
  return `${days[0]} to ${days[days.length - 1]} (${days.length} dates)`;
}

/** The evidence once per note line and meaning: two cues on one line read as one row. */
export function distinctEvidence(flag: Flag): Evidence[] {
  const seen = new Set<string>();
  return flag.evidence.filter((e) => {
    const key = `${e.path}\u0000${e.line}\u0000${e.dynamic}\u0000${e.role}\u0000${e.source}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
