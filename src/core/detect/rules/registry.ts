import { MirrorRule } from './mirror-rule';
import { PatternRule } from './pattern-rule';
import { ResonanceRule } from './resonance-rule';
import type { FlagRule } from './rule';

/**
 * Every rule the detector runs. A new rule is a module implementing FlagRule, its kinds in
 * flag-kinds.ts, and one line here. Each detector gets fresh instances: rules keep memos.
 */
export function createRules(): FlagRule[] {
  return [new MirrorRule(), new ResonanceRule(), new PatternRule()];
}
