import type { FlagKind } from '../model/flag';

/** Kinds that ask about one's own part across clients or in one's own life: no parallel between two rooms. */
const OWN_PATTERNS: ReadonlySet<FlagKind> = new Set(['practitioner-pattern', 'personal-resonance']);

/**
 * How many flags there are, said as what they are: a pattern across one's own clients, or one's own
 * life resonating with theirs, is no parallel process, and is not counted as one.
 */
export function flagCount(flags: readonly { kind: FlagKind }[]): string {
  const own = flags.filter((f) => OWN_PATTERNS.has(f.kind)).length;
  const parallels = flags.length - own;
  const parts: string[] = [];
  if (parallels > 0 || own === 0) parts.push(`${parallels} possible parallel ${parallels === 1 ? 'dynamic' : 'dynamics'}`);
  if (own > 0) parts.push(`${own} possible ${own === 1 ? 'pattern' : 'patterns'} of your own`);
  return parts.join(' and ');
}
