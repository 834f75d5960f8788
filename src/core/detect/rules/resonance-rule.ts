import type { Flag } from '../../model/flag';
import type { Note } from '../../model/note';
import { dayNumber } from '../../parse/dates';
import { shortLabel, type Taxonomy } from '../../taxonomy/taxonomy';
import type { DetectionView } from '../detection-view';
import { flagId } from '../flag-id';
import { question, reflectionPrompt } from '../flag-text';
import { score } from '../scoring';
import { MARKERS, sortEvidence } from './evidence-list';

/**
 * personal-resonance (SPEC section 3): a reflection's theme or dynamic that sessions of any client
 * within resonanceDays also have. One flag per (reflection, dynamic), listing every matching session.
 * A reflection that names its practitioner is compared with that practitioner's sessions only.
 */
export function resonanceFlags(view: DetectionView, taxonomy: Taxonomy, reflection: Note): Flag[] {
  if (!reflection.date) return [];
  const r = dayNumber(reflection.date);
  const days = view.settings.resonanceDays;
  const own = view.evidence(reflection.path).filter((e) => !MARKERS.has(e.dynamic) && view.kindOf(e.dynamic) !== 'marker');
  const writer = view.reflectionPractitioner(reflection.path);
  const nearby = view.sessionsBetween(r - days, r + days).filter((x) => writer === undefined || x.practitioner === writer);
  const flags: Flag[] = [];
  for (const dynamic of new Set(own.map((e) => e.dynamic))) {
    const sessions = nearby.filter((x) => view.dynamicsOf(x.path).has(dynamic));
    if (sessions.length === 0) continue;
    const sessionSide = sessions.flatMap((x) => view.evidence(x.path).filter((e) => e.dynamic === dynamic));
    const reflectionSide = own.filter((e) => e.dynamic === dynamic);
    const clients = [...new Set(sessions.map((x) => x.client))];
    const practitioners = [...new Set(sessions.map((x) => view.practitionerOf(x.client)))];
    const gapDays = Math.min(...sessions.map((x) => Math.abs(x.day - r)));
    flags.push({
      id: flagId('personal-resonance', dynamic, [reflection.path]),
      kind: 'personal-resonance',
      dynamic,
      client: clients.length === 1 ? clients[0] : null,
      practitioner: practitioners.length === 1 ? practitioners[0] : null,
      supervision: null,
      score: score({ kind: 'personal-resonance', evidence: [...reflectionSide, ...sessionSide], markers: new Set(), gapDays, windowDays: days, share: 0, sessions: 0 }),
      question: question('personal-resonance', { dynamic: shortLabel(taxonomy.get(dynamic), dynamic), clients: clients.length }),
      prompt: reflectionPrompt('personal-resonance'),
      evidence: sortEvidence([...reflectionSide, ...sessionSide]),
    });
  }
  return flags;
}
