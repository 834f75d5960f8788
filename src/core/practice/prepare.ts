import type { Engine } from '../engine';
import type { Flag } from '../model/flag';
import type { IsoDay, Note } from '../model/note';
import { hideDetails, warningMarkdown, type NoteFindings } from '../privacy/travel-warning';
import { maskedMarkdown, plain } from '../report/export-markdown';
import { standingOf, type FlagReview } from '../review/flag-review';
import { supervisionQuestion } from './practice-queries';
import { unreadNotes, type UnreadNote } from './unread-notes';
import { casesSince } from './cases-since';
import type { SupervisorRef } from './supervisors';

export interface PrepareOptions {
  supervisor: SupervisorRef;
  /** The day of the supervision being prepared: what comes before it counts. */
  date: IsoDay;
  includePrivate: boolean;
  /** The practitioner's decisions: dismissed flags stay out. The command line has none. */
  reviews?: Readonly<Record<string, FlagReview>>;
  /** Hides client names (the view's mask): applied to every text shown. */
  mask?: (text: string) => string;
  /** Notes the preparation draws on that may hold identifying details: warned about at the top. */
  identifying?: readonly NoteFindings[];
}

export interface PreparedCase {
  client: string;
  /** Not discussed in any supervision before: offered to every supervisor. */
  isNew: boolean;
  sessions: Note[];
}

export interface Preparation {
  /** The last supervision with this supervisor before the date, if any. */
  last?: Note;
  cases: PreparedCase[];
  questions: { session: Note; client: string; question: string }[];
  flags: Flag[];
  hiddenPrivate: number;
  /** Session and supervision notes up to the date whose properties could not be read: what they hold is missing here. */
  unreadNotes: UnreadNote[];
}

/**
 * What to bring to the next supervision with one supervisor: the clients seen since the last
 * supervision with them (casesSince: a client no supervision has discussed yet goes to every
 * supervisor until one does), the questions those sessions bring, and the open flags about those clients.
 */
export function prepareSupervision(engine: Engine, options: PrepareOptions): Preparation {
  const graph = engine.graph;
  const { last, byClient, discussed } = casesSince(graph, options.supervisor, options.date);
  const cases = [...byClient].map(([client, notes]) => ({ client, isNew: !discussed.has(client), sessions: notes }));
  const questions = cases.flatMap((c) =>
    c.sessions.flatMap((session) => {
      const question = supervisionQuestion(session);
      return question ? [{ session, client: c.client, question }] : [];
    }),
  );
  const clients = new Set(byClient.keys());
  const reviews = options.reviews ?? {};
  // A flag resting on a note written after the supervision's day (preparing a past one, or a session
  // written ahead) was not there to bring to it.
  const selected = engine.selectFlags({ includePrivate: options.includePrivate, until: options.date });
  const flags = selected.flags.filter(
    (flag) =>
      standingOf(flag, reviews).status !== 'dismissed' &&
      // A flag across clients (a resonance, a pattern) belongs here when one of these clients' sessions is its evidence.
      (flag.client !== null ? clients.has(flag.client) : flag.evidence.some((e) => clients.has(graph.clientOf(e.path) ?? ''))),
  );
  // Only the left-out flags about these clients are worth mentioning.
  const all = engine.selectFlags({ includePrivate: true, until: options.date }).flags;
  const hiddenPrivate = options.includePrivate
    ? 0
    : all.filter((f) => !selected.flags.includes(f) && (f.client !== null ? clients.has(f.client) : f.evidence.some((e) => clients.has(graph.clientOf(e.path) ?? '')))).length;
  return { last, cases, questions, flags, hiddenPrivate, unreadNotes: unreadNotes(engine.graph, options.date) };
}

/** The preparation as a Markdown note, with links to every note it names. */
export function preparationMarkdown(engine: Engine, prep: Preparation, options: PrepareOptions): string {
  const { shown, link } = maskedMarkdown(options.mask);
  // The details the warning lists by kind are not quoted either.
  const hidden = hideDetails(options.identifying ?? []);
  const client = (id: string): string => shown(engine.clientLabel(id));
  const supervisor = options.supervisor.label;
  const warning = warningMarkdown(options.identifying ?? [], link);
  const out: string[] = [
    '---',
    'type: supervision-preparation',
    `supervisor: ${JSON.stringify(`[[${supervisor}]]`)}`,
    `date: ${options.date}`,
    ...(prep.last ? [`since: ${prep.last.date}`] : []),
    '---',
    `# Preparing supervision with ${plain(supervisor)}, ${options.date}`,
    '',
    ...(warning.length > 0 ? [...warning, ''] : []),
    prep.last
      ? `Since the last supervision with ${plain(supervisor)}: ${link(prep.last.path)} (${prep.last.date}).`
      : `No earlier supervision with ${plain(supervisor)}: every session up to ${options.date} is listed.`,
    '',
    '## Cases',
  ];
  if (prep.cases.length === 0) out.push('', 'No sessions since then.');
  for (const c of prep.cases) {
    out.push('', `### ${client(c.client)}${c.isNew ? ' (not yet taken to supervision)' : ''}`);
    for (const s of c.sessions) out.push(`- ${s.date}: ${link(s.path)}${supervisionQuestion(s) ? ', marked for supervision' : ''}`);
  }
  if (prep.questions.length > 0) {
    out.push('', '## Questions brought');
    for (const q of prep.questions) out.push(`- ${link(q.session.path)} (${client(q.client)}): ${shown(hidden(q.session.path, q.question))}`);
  }
  out.push('', '## Open flags about these clients');
  if (prep.flags.length === 0) out.push('', 'None open.');
  // The note most likely to reach the supervisor: it says what the flags are, and that few are enough.
  else out.push('', 'Each is a question for reflection, not a finding. Choose one or two to bring.');
  for (const flag of prep.flags) {
    out.push('', `### ${shown(flag.question)}`, '', '- Evidence:');
    // One line once: a sentence that shows the dynamic and a marker is one piece of evidence to read.
    const lines = new Set(flag.evidence.map((e) => `    - ${link(e.path)} (${e.date ?? 'undated'}, line ${e.line}): ${shown(hidden(e.path, e.text))}`));
    out.push(...lines);
    out.push(`- Reflect: ${shown(flag.prompt)}`);
  }
  if (prep.hiddenPrivate > 0) {
    out.push('', `${prep.hiddenPrivate} flag${prep.hiddenPrivate === 1 ? '' : 's'} resting on private reflections ${prep.hiddenPrivate === 1 ? 'was' : 'were'} left out.`);
  }
  if (prep.unreadNotes.length > 0) {
    out.push('', '## Notes left out', '', 'Their properties say session or supervision but could not be read, so what they hold is missing above until they are fixed:', '');
    for (const u of prep.unreadNotes) out.push(`- ${link(u.path)}, line ${u.line}`);
  }
  return out.join('\n') + '\n';
}
