import { FLAG_KINDS } from '../detect/rules/flag-kinds';
import { rolesOf, type Evidence, type Flag, type FlagKind } from '../model/flag';
import type { Role } from '../model/role';
import type { IsoDay } from '../model/note';

/** Every kind, in the order filters list them. */
export const FLAG_KIND_NAMES = Object.keys(FLAG_KINDS) as FlagKind[];

/** The kind as the small tag shows it, in lower case. */
export function kindLabel(kind: FlagKind): string {
  return FLAG_KINDS[kind].label;
}

/** The kind as a choice in a list, in sentence case. */
export function kindOption(kind: FlagKind): string {
  return sentenceCase(FLAG_KINDS[kind].label);
}

/** How the view and the command line both name evidence whose role could not be read. */
export const UNKNOWN_ROLE_WORDS = 'role unclear';

/**
 * Whose chair a flag is read from: the practitioner's (their sessions, their supervision), or the
 * supervisor's, for a flag of notes they wrote about a supervisee (supervisee-groups.ts).
 */
export type Chair = 'practitioner' | 'supervisor';

/** Who the evidence is about, as the one reading the view would say it, from each chair. */
const ROLE_WORDS: Record<Chair, Record<Role, string>> = {
  practitioner: { client: 'client', practitioner: 'you', supervisee: 'you', supervisor: 'supervisor', self: 'you', process: 'the contract', unknown: UNKNOWN_ROLE_WORDS },
  // The supervisee's sessions are theirs too: in a supervisor's notes, a case's practitioner is the supervisee.
  supervisor: { client: 'client', practitioner: 'supervisee', supervisee: 'supervisee', supervisor: 'you', self: 'you', process: 'the contract', unknown: UNKNOWN_ROLE_WORDS },
};

/** An evidence item's roles as the command line and exports write them: role ids, an unknown one in words. */
export function rolesText(e: Pick<Evidence, 'role' | 'roles'>): string {
  return rolesOf(e).map((r) => (r === 'unknown' ? UNKNOWN_ROLE_WORDS : r)).join(' and ');
}

export function roleLabel(role: Role, chair: Chair = 'practitioner'): string {
  return ROLE_WORDS[chair][role];
}

/** "by you", "by the client": who a property marks as showing the dynamic; empty when unclear. */
export function roleAgent(role: Role, chair: Chair = 'practitioner'): string {
  switch (role) {
    case 'client':
      return 'the client';
    case 'practitioner':
    case 'supervisee':
      return chair === 'supervisor' ? 'your supervisee' : 'you';
    case 'self':
      return 'you';
    case 'supervisor':
      return chair === 'supervisor' ? 'you' : 'your supervisor';
    default:
      return '';
  }
}

export type Strength = 'strong' | 'moderate' | 'tentative';

/** Words for the score, so the strength reads as how much the evidence suggests, not as a verdict. */
export function strengthLabel(score: number): Strength {
  if (score >= 0.7) return 'strong';
  if (score >= 0.4) return 'moderate';
  return 'tentative';
}

export const STRENGTH_PIPS = 5;

/** Filled pips out of five: at least one, since every flag rests on some evidence. */
export function strengthPips(score: number): number {
  return Math.min(STRENGTH_PIPS, Math.max(1, Math.round(score * STRENGTH_PIPS)));
}

/** The distinct dated days a flag rests on, oldest first. */
export function flagDays(flag: Flag): IsoDay[] {
  const days = new Set<IsoDay>();
  for (const e of flag.evidence) if (e.date !== null) days.add(e.date);
  return [...days].sort();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Feb 2026". */
export function formatDay(day: IsoDay): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** "3 Feb", for places where the year is clear from around it. */
export function shortDay(day: IsoDay): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

/** "Feb", or "Feb 2026" with the year. */
export function monthLabel(day: IsoDay, withYear: boolean): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  return withYear ? `${month} ${day.slice(0, 4)}` : month;
}

/** The span of the days, each written once: "24 Feb 2026", "12 to 24 Feb 2026", "20 Jan to 24 Feb 2026". */
export function daysSummary(days: readonly IsoDay[]): string {
  if (days.length === 0) return 'undated';
  const first = days[0];
  const last = days[days.length - 1];
  if (first === last) return formatDay(first);
  if (first.slice(0, 7) === last.slice(0, 7)) return `${Number(first.slice(8, 10))} to ${formatDay(last)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${shortDay(first)} to ${formatDay(last)}`;
  return `${formatDay(first)} to ${formatDay(last)}`;
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

export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
