import type { Evidence, Flag, FlagKind } from '../../model/flag';
import type { Note } from '../../model/note';
import { dayNumber } from '../../parse/dates';
import { shortLabel, type Taxonomy } from '../../taxonomy/taxonomy';
import { isFlaggable, type DetectionView, type SessionRef } from '../detection-view';
import { flagId } from '../flag-id';
import { question, reflectionPrompt } from '../flag-text';
import { score } from '../scoring';
import { MARKERS, sortEvidence } from './evidence-list';

/**
 * The supervision rules of SPEC section 3 for one supervision note: mirror-upward, mirror-downward,
 * mirror and contracting, one flag per (supervision, client, dynamic, kind). `byClient` keeps each
 * client's flags between calls: the caller drops a client's entry when that client's sessions change.
 */
export function mirrorFlags(view: DetectionView, taxonomy: Taxonomy, supervision: Note, byClient?: Map<string, Flag[]>): Flag[] {
  if (!supervision.date) return [];
  const sMarkers: Evidence[] = [];
  // The supervision's side of each dynamic: the same for every client it discusses.
  const sSides = new Map<string, Evidence[]>();
  for (const e of view.evidence(supervision.path)) {
    // What a supervision note says of the client is the client's story, not the supervision relationship.
    if (e.role === 'client') continue;
    if (MARKERS.has(e.dynamic)) sMarkers.push(e);
    else if (isFlaggable(view.kindOf(e.dynamic))) {
      const side = sSides.get(e.dynamic);
      if (side) side.push(e);
      else sSides.set(e.dynamic, [e]);
    }
  }
  const flags: Flag[] = [];
  if (sSides.size === 0) return flags;

  for (const client of view.clientsDiscussedBy(supervision.path)) {
    let clientFlags = byClient?.get(client);
    if (!clientFlags) {
      clientFlags = flagsForClient(view, taxonomy, supervision, client, sSides, sMarkers);
      byClient?.set(client, clientFlags);
    }
    flags.push(...clientFlags);
  }
  return flags;
}

/** One client's flags for a supervision whose side of each dynamic is known. */
function flagsForClient(view: DetectionView, taxonomy: Taxonomy, supervision: Note, client: string, sSides: Map<string, Evidence[]>, sMarkers: Evidence[]): Flag[] {
  const s = dayNumber(supervision.date!);
  const window = view.settings.windowDays;
  const flags: Flag[] = [];
  const sessions = view.sessionsOfClient(client);
  const up = sessions.filter((x) => x.day >= s - window && x.day <= s);
  const down = sessions.filter((x) => x.day > s && x.day <= s + window);
  if (up.length === 0 && down.length === 0) return flags;

  for (const [dynamic, sSide] of sSides) {
    const upSide = evidenceIn(view, up, dynamic);
    const downSide = evidenceIn(view, down, dynamic);
    const make = (kind: FlagKind, sessionSide: Evidence[]): Flag =>
      buildFlag(view, taxonomy, { kind, dynamic, client, supervision, s, sSide, sessionSide, sMarkers, sessions });

    if (dynamic === 'contracting-unclear') {
      if (sSide.length > 0 && upSide.length > 0) flags.push(make('contracting', upSide));
      continue;
    }
    const has = (side: Evidence[], role: Evidence['role']): boolean => side.some((e) => e.role === role);
    const upward = (has(upSide, 'client') && has(sSide, 'supervisee')) || (has(upSide, 'practitioner') && has(sSide, 'supervisor'));
    const downward = has(sSide, 'supervisor') && has(downSide, 'practitioner');
    if (upward) flags.push(make('mirror-upward', upSide));
    if (downward) flags.push(make('mirror-downward', downSide));
    if (upward || downward || (upSide.length === 0 && downSide.length === 0)) continue;
    if (has(upSide, 'unknown') || has(downSide, 'unknown') || has(sSide, 'unknown')) flags.push(make('mirror', [...upSide, ...downSide]));
  }
  return flags;
}

const NONE: Evidence[] = [];

/** The sessions' evidence of one dynamic; one shared empty list when there is none, as is usual. */
function evidenceIn(view: DetectionView, sessions: readonly SessionRef[], dynamic: string): Evidence[] {
  let found: Evidence[] | undefined;
  for (const x of sessions) {
    if (!view.dynamicsOf(x.path).has(dynamic)) continue;
    for (const e of view.evidence(x.path)) if (e.dynamic === dynamic) (found ??= []).push(e);
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
}

function buildFlag(view: DetectionView, taxonomy: Taxonomy, input: MirrorInput): Flag {
  const { kind, dynamic, client, supervision, s, sSide, sessionSide, sessions } = input;
  const involved = new Set(sessionSide.map((e) => e.path));
  const sessionMarkers = [...involved].flatMap((path) => view.evidence(path).filter((e) => MARKERS.has(e.dynamic)));
  const markers = [...input.sMarkers, ...sessionMarkers];
  const gapDays = Math.min(...sessionSide.map((e) => (e.date ? Math.abs(dayNumber(e.date) - s) : view.settings.windowDays)));
  const withDynamic = sessions.filter((x) => view.dynamicsOf(x.path).has(dynamic)).length;
  return {
    id: flagId(kind, dynamic, [supervision.path, client]),
    kind,
    dynamic,
    client,
    practitioner: view.practitionerOf(client),
    supervision: supervision.path,
    score: score({
      kind,
      evidence: [...sessionSide, ...sSide],
      markers: new Set(markers.map((m) => m.dynamic)),
      gapDays,
      windowDays: view.settings.windowDays,
      share: sessions.length > 0 ? withDynamic / sessions.length : 0,
      sessions: sessions.length,
    }),
    question: question(kind, { dynamic: shortLabel(taxonomy.get(dynamic), dynamic), client: view.clientLabel(client), date: supervision.date }),
    prompt: reflectionPrompt(kind),
    evidence: sortEvidence([...sessionSide, ...sSide, ...markers]),
  };
}
