import type { Engine } from '../engine';
import type { IsoDay, Note } from '../model/note';
import { scalarString } from '../parse/properties';
import { yesNo } from '../parse/yes-no';
import type { SupervisionQuestion } from '../templates/built-in-templates';
import { casesSince } from './cases-since';
import type { SupervisorRef } from './supervisors';

export interface ClientChoice {
  /** Client id: the client note's path, or the name sessions use when there is no note. */
  id: string;
  label: string;
  path: string | null;
  /** The client note's aliases (a first name, a pseudonym): a picker finds the client by them too. */
  aliases: readonly string[];
}

/** Every client of the vault, by code or name, for a picker. */
export function clientChoices(engine: Engine): ClientChoice[] {
  const graph = engine.graph;
  const choices = new Map<string, ClientChoice>();
  for (const note of graph.allNotes()) {
    if (note.content.kind === 'client' && !note.isTemplate) choices.set(note.path, { id: note.path, label: engine.clientLabel(note.path), path: note.path, aliases: note.content.aliases });
  }
  for (const note of graph.allNotes()) {
    if (note.content.kind !== 'session' || note.isTemplate) continue;
    const client = graph.clientOf(note.path);
    if (client && !choices.has(client)) choices.set(client, { id: client, label: engine.clientLabel(client), path: null, aliases: [] });
  }
  return [...choices.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** People notes of a role, for the supervisor picker. */
export function peopleWithRole(engine: Engine, role: 'supervisor' | 'practitioner'): Note[] {
  return [...engine.graph.allNotes()]
    .filter((n) => n.content.kind === 'person' && !n.isTemplate && scalarString(n.content.properties.get('role')?.value)?.toLowerCase() === role)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function sessionsOf(engine: Engine, clientId: string): Note[] {
  const graph = engine.graph;
  return graph
    .edgesIn(clientId, 'session-of')
    .map((e) => graph.note(e.from))
    .filter((n): n is Note => n !== undefined && !n.isTemplate);
}

/** The next session number for a client: the highest `session` so far plus one. */
export function nextSessionNumber(engine: Engine, clientId: string): number {
  const sessions = sessionsOf(engine, clientId);
  let highest = 0;
  for (const s of sessions) {
    const n = Number(scalarString(s.content.properties.get('session')?.value));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return Math.max(highest, sessions.length) + 1;
}

export interface CaseProposal {
  /** Clients to pre-select: seen since the last supervision, or with a session marked for supervision. */
  selected: string[];
  questions: SupervisionQuestion[];
}

/**
 * Cases and questions for a new supervision note with one supervisor: the sessions since the last
 * supervision with them, chosen as Prepare for supervision chooses them (casesSince).
 */
export function proposeCases(engine: Engine, today: IsoDay, supervisor: SupervisorRef): CaseProposal {
  const { byClient, inOrder } = casesSince(engine.graph, supervisor, today);
  const questions: SupervisionQuestion[] = [];
  for (const { client, session } of inOrder) {
    const question = supervisionQuestion(session);
    if (question) questions.push({ session: session.name, client, question });
  }
  return { selected: [...byClient.keys()], questions };
}

/** What a session note brings to supervision: `for_supervision` as text, or its "For supervision" section. */
export function supervisionQuestion(session: Note): string | undefined {
  const marker = session.content.properties.get('for_supervision')?.value;
  // "yes" or "no" written as text is a mark, not the question.
  const marked = yesNo(marker);
  if (marked === undefined && typeof marker === 'string' && marker.trim() !== '') return marker.trim();
  if (marked !== true) return undefined;
  const text = session.content.forSupervision ?? '';
  return text === '' ? 'marked for supervision' : shortened(text);
}

/** The most of a "For supervision" section a list of questions shows: the session it links holds the rest. */
const QUESTION_LENGTH = 300;

/** The text, or as many of its words as fit in QUESTION_LENGTH and an ellipsis that says more follows. */
function shortened(text: string): string {
  if (text.length <= QUESTION_LENGTH) return text;
  const cut = text.slice(0, QUESTION_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}\u2026`;
}
