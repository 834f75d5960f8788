import { hasRole, type Evidence, type Flag, type FlagKind } from '../../model/flag';
import type { Note } from '../../model/note';
import { dayNumber } from '../../parse/dates';
import { isFlaggable, type RuleContext, type SessionRef } from '../rule-context';
import { sessionsInDays } from '../session-order';
import { flagId } from '../flag-id';
import { score } from '../scoring';
import { FLAG_KINDS, keptQuestion } from './flag-kinds';
import { MARKERS, nearestGap, sortEvidence } from './evidence-list';
import { noteAnchor, type FlagRule, type NoteAnchor } from './rule';

type SupervisionAnchor = NoteAnchor<'supervision'>;
/** Which side of supervision showed the dynamic (FlagWording.side). */
type Side = 'supervisor' | 'supervisee' | 'both';

const anchor = (path: string): SupervisionAnchor => noteAnchor('supervision', path);

/**
 * The supervision rules of SPEC section 3, anchored on each supervision note: mirror-upward,
 * mirror-downward, mirror and contracting, one flag per (supervision, client, dynamic, kind).
 * A supervision's flags are kept per client it discusses, so a change to one client's sessions
 * recomputes that client's flags only.
 */
export class MirrorRule implements FlagRule<SupervisionAnchor> {
  readonly id = 'supervision';
  private readonly byClient = new Map<string, Map<string, Flag[]>>();

  *anchors(context: RuleContext): Iterable<SupervisionAnchor> {
    // The rule checks the type when it computes: a template or a note that changed type has none.
    for (const path of context.notesOfKind('supervision')) yield anchor(path);
  }

  *anchorsOfNote(path: string): Iterable<SupervisionAnchor> {
    this.byClient.delete(path);
    yield anchor(path);
  }

  *anchorsOfSession(session: SessionRef, _dynamics: ReadonlySet<string>, context: RuleContext): Iterable<SupervisionAnchor> {
    for (const supervision of context.supervisionsOf(session.client)) {
      this.byClient.get(supervision)?.delete(session.client);
      yield anchor(supervision);
    }
  }

  reset(): void {
    this.byClient.clear();
  }

  flags({ key: path }: SupervisionAnchor, context: RuleContext): Flag[] {
    const supervision = context.note(path);
    if (!supervision || supervision.isTemplate || supervision.content.kind !== 'supervision' || !supervision.date) return [];
    let memo = this.byClient.get(path);
    if (!memo) this.byClient.set(path, (memo = new Map<string, Flag[]>()));
    return mirrorFlags(context, supervision, memo);
  }
}

/** A supervision's flags for every client it discusses, taking each client's from `memo` when there. */
function mirrorFlags(context: RuleContext, supervision: Note, memo: Map<string, Flag[]>): Flag[] {
  const sMarkers: Evidence[] = [];
  // The supervision's side of each dynamic: the same for every client it discusses.
  const sSides = new Map<string, Evidence[]>();
  for (const e of context.evidence(supervision.path)) {
    // What a supervision note says of the client is the client's story, not the supervision relationship.
    if (e.role === 'client' && !e.roles) continue;
    if (MARKERS.has(e.dynamic)) sMarkers.push(e);
    else if (isFlaggable(context.kindOf(e.dynamic))) {
      const side = sSides.get(e.dynamic);
      if (side) side.push(e);
      else sSides.set(e.dynamic, [e]);
    }
  }
  const flags: Flag[] = [];
  if (sSides.size === 0) return flags;

  for (const client of context.clientsDiscussedBy(supervision.path)) {
    let clientFlags = memo.get(client);
    if (!clientFlags) {
      clientFlags = flagsForClient(context, supervision, client, sSides, sMarkers);
      memo.set(client, clientFlags);
    }
    for (const flag of clientFlags) flags.push(flag);
  }
  return flags;
}

/** One client's flags for a supervision whose side of each dynamic is known. */
function flagsForClient(context: RuleContext, supervision: Note, client: string, sSides: Map<string, Evidence[]>, sMarkers: Evidence[]): Flag[] {
  const s = dayNumber(supervision.date!);
  const window = context.settings.windowDays;
  const flags: Flag[] = [];
  const sessions = context.sessionsOfClient(client);
  // By halving the client's sessions, in session order: a client seen for years has a supervision
  // for every few sessions, and reading them all for each made the rule quadratic.
  const up = sessionsInDays(sessions, s - window, s);
  const down = sessionsInDays(sessions, s + 1, s + window);
  if (up.length === 0 && down.length === 0) return flags;

  for (const [dynamic, allOfS] of sSides) {
    // Evidence about one client never supports another's flag (SPEC section 1, cases).
    const sSide = allOfS.filter((e) => inCase(e, client));
    if (sSide.length === 0) continue;
    const upSide = evidenceIn(context, up, dynamic);
    const downSide = evidenceIn(context, down, dynamic);
    const make = (kind: FlagKind, sessionSide: Evidence[], side: Side = 'both'): Flag =>
      buildFlag(context, { kind, dynamic, client, supervision, s, sSide, sessionSide, sMarkers, sessions, side });

    if (dynamic === 'contracting-unclear') {
      if (sSide.length > 0 && upSide.length > 0) flags.push(make('contracting', upSide));
      continue;
    }
    const has = (side: Evidence[], role: Evidence['role']): boolean => side.some((e) => hasRole(e, role));
    const fromClient = has(upSide, 'client') && has(sSide, 'supervisee');
    const fromPractitioner = has(upSide, 'practitioner') && has(sSide, 'supervisor');
    const upward = fromClient || fromPractitioner;
    const downward = has(sSide, 'supervisor') && has(downSide, 'practitioner');
    // Which side of supervision the upward mirror showed on: a supervisor reading it asks where to look.
    if (upward) flags.push(make('mirror-upward', upSide, fromClient && fromPractitioner ? 'both' : fromClient ? 'supervisee' : 'supervisor'));
    if (downward) flags.push(make('mirror-downward', downSide));
    if (upward || downward || (upSide.length === 0 && downSide.length === 0)) continue;
    // No direction matched "because a role is unknown" (SPEC section 3): one would, read with an
    // unknown role as the one it needs. A client's story in the sessions after a supervision, or a
    // supervisee's side with no upward session, is no mirror whatever else is unknown.
    const may = (side: Evidence[], role: Evidence['role']): boolean => has(side, role) || has(side, 'unknown');
    const mayUp = (may(upSide, 'client') && may(sSide, 'supervisee')) || (may(upSide, 'practitioner') && may(sSide, 'supervisor'));
    const mayDown = may(sSide, 'supervisor') && may(downSide, 'practitioner');
    if (mayUp || mayDown) flags.push(make('mirror', [...upSide, ...downSide]));
  }
  return flags;
}

/**
 * A flag's question and prompt: the practitioner's, or, in a note the supervisor wrote, the
 * supervisor's, naming the supervisee ("Is the rescuing Alex described with R-07 showing up in how
 * you met Alex?").
 */
function wording(context: RuleContext, kind: FlagKind, dynamic: string, client: string, supervision: Note, side: Side): Pick<Flag, 'question' | 'prompt'> {
  const spec = FLAG_KINDS[kind];
  const words = { dynamic: context.labelOf(dynamic), client: context.clientLabel(client), date: supervision.date };
  const supervisee = spec.supervisor ? context.superviseeNamed(supervision.path, client) : undefined;
  if (!spec.supervisor || supervisee === undefined) return { question: keptQuestion(spec.question(words)), prompt: spec.prompt };
  return { question: keptQuestion(spec.supervisor.question({ ...words, supervisee, side })), prompt: spec.supervisor.prompt };
}

const NONE: Evidence[] = [];

/** Whether a supervision's evidence belongs to a client's case, or to no case (then to every client's). */
function inCase(e: Evidence, client: string): boolean {
  return e.scope === undefined || e.scope.length === 0 || e.scope.includes(client);
}

/** The flaggable dynamics on each line of a note: what a marker on that line names. */
function sideLines(context: RuleContext, path: string): Map<number, Set<string>> {
  const lines = new Map<number, Set<string>>();
  for (const e of context.evidence(path)) {
    if (MARKERS.has(e.dynamic) || !isFlaggable(context.kindOf(e.dynamic))) continue;
    let set = lines.get(e.line);
    if (!set) lines.set(e.line, (set = new Set()));
    set.add(e.dynamic);
  }
  return lines;
}

/**
 * A marker supports only the dynamic it names when it names one (SPEC section 3): a marker on a line
 * (a property, or a paragraph) that also shows dynamics names those.
 */
function namesDynamic(marker: Evidence, dynamic: string, lines: Map<number, Set<string>>): boolean {
  const named = lines.get(marker.line);
  return !named || named.has(dynamic);
}

/** The sessions' evidence of one dynamic; one shared empty list when there is none, as is usual. */
function evidenceIn(context: RuleContext, sessions: readonly SessionRef[], dynamic: string): Evidence[] {
  let found: Evidence[] | undefined;
  for (const x of sessions) {
    if (!context.dynamicsOf(x.path).has(dynamic)) continue;
    for (const e of context.evidence(x.path)) if (e.dynamic === dynamic) (found ??= []).push(e);
  }
  return found ?? NONE;
}

interface MirrorInput {
  kind: FlagKind;
  dynamic: string;
  client: string;
  supervision: Note;
  s: number;
  sSide: Evidence[];
  sessionSide: Evidence[];
  sMarkers: Evidence[];
  sessions: SessionRef[];
  side: Side;
}

function buildFlag(context: RuleContext, input: MirrorInput): Flag {
  const { kind, dynamic, client, supervision, s, sSide, sessionSide, sessions } = input;
  const involved = new Set(sessionSide.map((e) => e.path));
  const markers: Evidence[] = [];
  const sLines = input.sMarkers.length > 0 ? sideLines(context, supervision.path) : undefined;
  for (const m of input.sMarkers) if (inCase(m, client) && namesDynamic(m, dynamic, sLines!)) markers.push(m);
  for (const path of involved) {
    let lines: Map<number, Set<string>> | undefined;
    for (const e of context.evidence(path)) if (MARKERS.has(e.dynamic) && namesDynamic(e, dynamic, (lines ??= sideLines(context, path)))) markers.push(e);
  }
  const window = context.settings.windowDays;
  const gapDays = nearestGap(sessionSide, (e) => (e.date ? Math.abs(dayNumber(e.date) - s) : window));
  const withDynamic = context.sessionsWithDynamic(client, dynamic);
  // Named one by one, not spread: an object literal with a spread keeps what follows it outside the
  // object, a list of its own per flag.
  const { question, prompt } = wording(context, kind, dynamic, client, supervision, input.side);
  return {
    id: flagId(kind, dynamic, [supervision.path, client]),
    kind,
    dynamic,
    client,
    practitioner: context.practitionerOf(client),
    supervision: supervision.path,
    score: score({
      kind,
      evidence: [...sessionSide, ...sSide],
      markers: new Set(markers.map((m) => m.dynamic)),
      gapDays,
      windowDays: window,
      share: sessions.length > 0 ? withDynamic / sessions.length : 0,
      sessions: sessions.length,
    }),
    question,
    prompt,
    evidence: sortEvidence([...sessionSide, ...sSide, ...markers]),
  };
}
