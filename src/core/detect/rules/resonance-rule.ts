import type { Flag } from '../../model/flag';
import type { Note } from '../../model/note';
import { dayNumber } from '../../parse/dates';
import type { RuleContext, SessionRef } from '../rule-context';
import { flagId } from '../flag-id';
import { score } from '../scoring';
import { FLAG_KINDS, keptQuestion } from './flag-kinds';
import { MARKERS, nearestGap, sortEvidence } from './evidence-list';
import { noteAnchor, type FlagRule, type NoteAnchor } from './rule';

type ReflectionAnchor = NoteAnchor<'reflection'>;

const anchor = (path: string): ReflectionAnchor => noteAnchor('reflection', path);

/**
 * personal-resonance (SPEC section 3), anchored on each reflection note: a reflection's theme or
 * dynamic that sessions of any client within resonanceDays also have. One flag per (reflection,
 * dynamic), listing every matching session. A reflection that names its practitioner is compared
 * with that practitioner's sessions only.
 */
export class ResonanceRule implements FlagRule<ReflectionAnchor> {
  readonly id = 'reflection';

  *anchors(context: RuleContext): Iterable<ReflectionAnchor> {
    for (const path of context.notesOfKind('reflection')) yield anchor(path);
  }

  *anchorsOfNote(path: string): Iterable<ReflectionAnchor> {
    yield anchor(path);
  }

  anchorsOfSession(session: SessionRef, dynamics: ReadonlySet<string>, context: RuleContext): Iterable<ReflectionAnchor> {
    const found: ReflectionAnchor[] = [];
    if (dynamics.size === 0) return found;
    const days = context.settings.resonanceDays;
    // Every update passes here twice: forEach, unlike for-of, makes no [key, value] pair per reflection.
    context.reflections().forEach(({ day, practitioner }, path) => {
      if (Math.abs(day - session.day) > days || (practitioner !== undefined && practitioner !== session.practitioner)) return;
      const theirs = context.dynamicsOf(path);
      for (const d of dynamics) {
        if (!theirs.has(d)) continue;
        found.push(anchor(path));
        return;
      }
    });
    return found;
  }

  reset(): void {
    // Nothing is memoized: a reflection's flags are few and cheap.
  }

  flags({ key: path }: ReflectionAnchor, context: RuleContext): Flag[] {
    const reflection = context.note(path);
    if (!reflection || reflection.isTemplate || reflection.content.kind !== 'reflection' || !reflection.date) return [];
    return resonanceFlags(context, reflection);
  }
}

function resonanceFlags(context: RuleContext, reflection: Note): Flag[] {
  const r = dayNumber(reflection.date!);
  const days = context.settings.resonanceDays;
  const own = context.evidence(reflection.path).filter((e) => !MARKERS.has(e.dynamic) && context.kindOf(e.dynamic) !== 'marker');
  const writer = context.reflections().get(reflection.path)?.practitioner;
  const nearby = context.sessionsBetween(r - days, r + days).filter((x) => writer === undefined || x.practitioner === writer);
  const flags: Flag[] = [];
  for (const dynamic of new Set(own.map((e) => e.dynamic))) {
    const sessions = nearby.filter((x) => context.dynamicsOf(x.path).has(dynamic));
    if (sessions.length === 0) continue;
    const sessionSide = sessions.flatMap((x) => context.evidence(x.path).filter((e) => e.dynamic === dynamic));
    const reflectionSide = own.filter((e) => e.dynamic === dynamic);
    const clients = [...new Set(sessions.map((x) => x.client))];
    const practitioners = [...new Set(sessions.map((x) => context.practitionerOf(x.client)))];
    const gapDays = nearestGap(sessions, (x) => Math.abs(x.day - r));
    flags.push({
      id: flagId('personal-resonance', dynamic, [reflection.path]),
      kind: 'personal-resonance',
      dynamic,
      client: clients.length === 1 ? clients[0] : null,
      practitioner: practitioners.length === 1 ? practitioners[0] : null,
      supervision: null,
      score: score({ kind: 'personal-resonance', evidence: [...reflectionSide, ...sessionSide], markers: new Set(), gapDays, windowDays: days, share: 0, sessions: 0 }),
      question: keptQuestion(FLAG_KINDS['personal-resonance'].question({ dynamic: context.labelOf(dynamic), clients: clients.length })),
      prompt: FLAG_KINDS['personal-resonance'].prompt,
      evidence: sortEvidence([...reflectionSide, ...sessionSide]),
    });
  }
  return flags;
}
