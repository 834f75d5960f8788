import type { Flag } from '../../model/flag';
import { shortLabel, type Taxonomy } from '../../taxonomy/taxonomy';
import { isFlaggable, type DetectionView, type PractitionerHit } from '../detection-view';
import { flagId } from '../flag-id';
import { question, reflectionPrompt } from '../flag-text';
import { score } from '../scoring';
import { sortEvidence } from './evidence-list';

/**
 * practitioner-pattern (SPEC section 3): a dynamic with role practitioner in sessions of at least
 * patternClients clients within patternDays. Overlapping qualifying windows merge into one span;
 * one flag per (practitioner, dynamic, span).
 */
export function patternFlags(view: DetectionView, taxonomy: Taxonomy, practitioner: string, dynamic: string): Flag[] {
  const { patternDays, patternClients } = view.settings;
  if (!isFlaggable(view.kindOf(dynamic))) return [];
  const hits = view.practitionerHits(practitioner, dynamic);

  const flags: Flag[] = [];
  for (const span of spans(hits, patternDays, patternClients)) {
    const clients = new Set(span.map((h) => h.session.client));
    const first = span[0].session;
    const last = span[span.length - 1].session;
    const evidence = span.flatMap((h) => h.evidence);
    flags.push({
      id: flagId('practitioner-pattern', dynamic, [practitioner, first.path]),
      kind: 'practitioner-pattern',
      dynamic,
      client: null,
      practitioner: practitioner.endsWith('.md') ? practitioner : null,
      supervision: null,
      score: score({ kind: 'practitioner-pattern', evidence, markers: new Set(), gapDays: 0, windowDays: 0, share: 0, sessions: 0 }),
      question: question('practitioner-pattern', { dynamic: shortLabel(taxonomy.get(dynamic), dynamic), clients: clients.size, from: first.date, to: last.date }),
      prompt: reflectionPrompt('practitioner-pattern'),
      evidence: sortEvidence(evidence),
    });
  }
  return flags;
}

/** Maximal runs of hits covered by windows of `days` that each hold `clients` distinct clients. */
function spans(hits: readonly PractitionerHit[], days: number, clients: number): PractitionerHit[][] {
  const covered = new Array<boolean>(hits.length).fill(false);
  let end = 0;
  const counts = new Map<string, number>();
  for (let start = 0; start < hits.length; start++) {
    while (end < hits.length && hits[end].session.day - hits[start].session.day <= days) {
      counts.set(hits[end].session.client, (counts.get(hits[end].session.client) ?? 0) + 1);
      end++;
    }
    if (counts.size >= clients) for (let i = start; i < end; i++) covered[i] = true;
    const c = hits[start].session.client;
    const n = (counts.get(c) ?? 1) - 1;
    if (n === 0) counts.delete(c);
    else counts.set(c, n);
  }
  const result: PractitionerHit[][] = [];
  let current: PractitionerHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    if (covered[i] && current.length > 0 && hits[i].session.day - current[current.length - 1].session.day > days) {
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
