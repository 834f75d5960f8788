import { hasRole, type Evidence, type Flag } from '../../model/flag';
import { isFlaggable, type RuleContext, type SessionRef } from '../rule-context';
import { flagId } from '../flag-id';
import { score } from '../scoring';
import { FLAG_KINDS, keptQuestion } from './flag-kinds';
import { sortEvidence } from './evidence-list';
import type { Anchor, FlagRule } from './rule';
import { placeOf } from '../session-order';

interface PatternAnchor extends Anchor {
  readonly rule: 'pattern';
  readonly practitioner: string;
  readonly dynamic: string;
}

function anchor(practitioner: string, dynamic: string): PatternAnchor {
  return { rule: 'pattern', key: `${practitioner}\u0000${dynamic}`, practitioner, dynamic };
}

/**
 * practitioner-pattern (SPEC section 3), anchored on a practitioner and a dynamic, so one session
 * recomputes only its own dynamics: a dynamic with role practitioner in sessions of at least
 * patternClients clients within patternDays. Overlapping qualifying windows merge into one span;
 * one flag per (practitioner, dynamic, span).
 */
export class PatternRule implements FlagRule<PatternAnchor> {
  readonly id = 'pattern';
  /**
   * Per practitioner, per dynamic: their sessions with practitioner-role evidence of it, in day
   * order. Only the sessions: their evidence is read again for the few that make a flag, rather than
   * kept here beside the evidence store (a copy of every list cost 2 MB at 10,000 notes).
   */
  private readonly hits = new Map<string, Map<string, SessionRef[]>>();

  *anchors(context: RuleContext): Iterable<PatternAnchor> {
    for (const practitioner of context.practitioners()) {
      const dynamics = new Set<string>();
      for (const session of context.sessionsOfPractitioner(practitioner)) for (const d of context.dynamicsOf(session.path)) dynamics.add(d);
      for (const d of dynamics) yield anchor(practitioner, d);
    }
  }

  anchorsOfNote(): Iterable<PatternAnchor> {
    return [];
  }

  *anchorsOfSession(session: SessionRef, dynamics: ReadonlySet<string>, context: RuleContext): Iterable<PatternAnchor> {
    const hits = this.hits.get(session.practitioner);
    for (const d of dynamics) {
      // The one session placed again in each list kept, rather than the list made again from every
      // session of the practitioner (a caseload's worth of evidence looked up for each change).
      const list = hits?.get(d);
      if (hits && list) hits.set(d, withSessionAgain(list, session, d, context));
      yield anchor(session.practitioner, d);
    }
  }

  reset(): void {
    this.hits.clear();
  }

  flags({ practitioner, dynamic }: PatternAnchor, context: RuleContext): Flag[] {
    const { patternDays, patternClients } = context.settings;
    if (!isFlaggable(context.kindOf(dynamic))) return [];
    const flags: Flag[] = [];
    for (const span of spans(this.hitsOf(practitioner, dynamic, context), patternDays, patternClients)) {
      const clients = new Set(span.map((session) => session.client));
      const first = span[0];
      const last = span[span.length - 1];
      const evidence: Evidence[] = [];
      for (const session of span) for (const e of context.evidence(session.path)) if (isPractitioners(e, dynamic)) evidence.push(e);
      flags.push({
        id: flagId('practitioner-pattern', dynamic, [practitioner, first.path]),
        kind: 'practitioner-pattern',
        dynamic,
        client: null,
        practitioner: practitioner.endsWith('.md') ? practitioner : null,
        supervision: null,
        score: score({ kind: 'practitioner-pattern', evidence, markers: new Set(), gapDays: 0, windowDays: 0, share: 0, sessions: 0 }),
        question: keptQuestion(FLAG_KINDS['practitioner-pattern'].question({ dynamic: context.labelOf(dynamic), clients: clients.size, from: first.date, to: last.date })),
        prompt: FLAG_KINDS['practitioner-pattern'].prompt,
        evidence: sortEvidence(evidence),
      });
    }
    return flags;
  }

  private hitsOf(practitioner: string, dynamic: string, context: RuleContext): readonly SessionRef[] {
    let byDynamic = this.hits.get(practitioner);
    if (!byDynamic) this.hits.set(practitioner, (byDynamic = allHits(practitioner, context)));
    let hits = byDynamic.get(dynamic);
    if (!hits) {
      hits = [];
      for (const session of context.sessionsOfPractitioner(practitioner)) {
        if (!context.dynamicsOf(session.path).has(dynamic)) continue;
        if (context.evidence(session.path).some((e) => isPractitioners(e, dynamic))) hits.push(session);
      }
      // Kept until the dynamic changes: a list of its own size (one grown by push holds room to spare).
      byDynamic.set(dynamic, hits.slice());
    }
    return hits;
  }
}

/**
 * A practitioner's hits of a dynamic after one session changed: the session taken out wherever it
 * stood, then put back in session order, as it now stands, if it is still theirs and has their
 * evidence of the dynamic. A change calls this with the session as it was and as it is
 * (detector.ts): a session that moved leaves its old place in the first call and takes its new one
 * in the second at the latest. A new list, as callers may hold the old one.
 */
export function withSessionAgain(list: readonly SessionRef[], session: SessionRef, dynamic: string, context: RuleContext): SessionRef[] {
  const next = list.slice();
  // Where the session was placed as it was then, which is how a change hands it over first; else
  // wherever its path is, should the list have it otherwise.
  let at = placeOf(next, session);
  if (next[at]?.path !== session.path) at = next.findIndex((s) => s.path === session.path);
  if (at >= 0) next.splice(at, 1);
  const sessions = context.sessionsOfPractitioner(session.practitioner);
  const now = sessions[placeOf(sessions, session)];
  if (now?.path === session.path && context.evidence(now.path).some((e) => isPractitioners(e, dynamic))) next.splice(placeOf(next, now), 0, now);
  return next;
}

/** Evidence of a dynamic with the practitioner among its roles. */
function isPractitioners(e: Evidence, dynamic: string): boolean {
  return e.dynamic === dynamic && hasRole(e, 'practitioner');
}

/** Every dynamic's hits for a practitioner in one pass over their sessions, for a full build. */
function allHits(practitioner: string, context: RuleContext): Map<string, SessionRef[]> {
  const byDynamic = new Map<string, SessionRef[]>();
  for (const session of context.sessionsOfPractitioner(practitioner)) {
    const inSession = new Set<string>();
    for (const e of context.evidence(session.path)) {
      // Every dynamic of these sessions gets an entry, so none is looked for again one at a time.
      if (!byDynamic.has(e.dynamic)) byDynamic.set(e.dynamic, []);
      if (hasRole(e, 'practitioner')) inSession.add(e.dynamic);
    }
    for (const d of inSession) byDynamic.get(d)!.push(session);
  }
  // Kept until a dynamic changes: lists of their own size (one grown by push holds room to spare).
  for (const [d, hits] of byDynamic) byDynamic.set(d, hits.slice());
  return byDynamic;
}

/** Maximal runs of hits covered by windows of `days` that each hold `clients` distinct clients. */
function spans(hits: readonly SessionRef[], days: number, clients: number): SessionRef[][] {
  const covered = new Array<boolean>(hits.length).fill(false);
  let end = 0;
  const counts = new Map<string, number>();
  for (let start = 0; start < hits.length; start++) {
    while (end < hits.length && hits[end].day - hits[start].day <= days) {
      counts.set(hits[end].client, (counts.get(hits[end].client) ?? 0) + 1);
      end++;
    }
    if (counts.size >= clients) for (let i = start; i < end; i++) covered[i] = true;
    const c = hits[start].client;
    const n = (counts.get(c) ?? 1) - 1;
    if (n === 0) counts.delete(c);
    else counts.set(c, n);
  }
  const result: SessionRef[][] = [];
  let current: SessionRef[] = [];
  for (let i = 0; i < hits.length; i++) {
    if (covered[i] && current.length > 0 && hits[i].day - current[current.length - 1].day > days) {
      result.push(current);
      current = [];
    }
    if (covered[i]) current.push(hits[i]);
    else if (current.length > 0) {
      result.push(current);
      current = [];
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}
