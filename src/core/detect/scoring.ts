import { rolesOf, type Evidence, type FlagKind } from '../model/flag';
import { FLAG_KINDS } from './rules/flag-kinds';

// What the learnt reader heard weighs as a sentence does: it is read with the same context and subject.
const SOURCE_WEIGHT = { property: 1, contract: 0.9, tag: 0.7, text: 0.6, learnt: 0.6 } as const;
/**
 * A supervision sentence that belongs to no case (SPEC section 1) is about the supervision in
 * general, so it counts for each client discussed at this fraction of its weight.
 */
export const GENERAL_CASE_WEIGHT = 0.7;

export interface ScoreInput {
  kind: FlagKind;
  /** Evidence of the flag's dynamic (markers excluded). */
  evidence: readonly Evidence[];
  /** Markers found in the same notes. */
  markers: ReadonlySet<string>;
  /** Days between the anchor and the nearest evidence on the other side; 0 when not relevant. */
  gapDays: number;
  windowDays: number;
  /** Share of the client's sessions with this dynamic, and how many sessions there are. */
  share: number;
  sessions: number;
}

/**
 * A score in [0, 1] (SPEC section 3): more evidence, property over text, role-matched over unknown,
 * closer in time, and named markers raise it; a dynamic in nearly every session of the client is
 * style rather than signal and lowers it.
 */
export function score(input: ScoreInput): number {
  const { expectedRoles: expected, base } = FLAG_KINDS[input.kind];
  let weight = 0;
  for (const e of input.evidence) {
    let roleFactor = 0;
    for (const role of rolesOf(e)) roleFactor = Math.max(roleFactor, role === 'unknown' ? 0.6 : expected.includes(role) ? 1 : 0.8);
    weight += SOURCE_WEIGHT[e.source] * roleFactor * (e.scope?.length === 0 ? GENERAL_CASE_WEIGHT : 1);
  }
  const strength = 1 - Math.exp(-weight / 1.5);
  const recency = input.windowDays > 0 ? 1 - 0.4 * Math.min(1, input.gapDays / input.windowDays) : 1;
  const style = input.sessions >= 3 ? 1 - 0.6 * Math.min(1, Math.max(0, (input.share - 0.5) / 0.5)) : 1;
  const markers = (input.markers.has('parallel-explicit') ? 0.12 : 0) + (input.markers.has('felt-sense') ? 0.06 : 0);
  const value = base * strength * recency * style + markers;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
