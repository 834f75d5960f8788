import { stringify } from 'yaml';
import type { TemplateValues } from './placeholders';

export const SESSION_FORMATS = ['soap', 'dap', 'birp', 'girp', 'coaching'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** Minutes a new session note starts with: the usual length, and the default the hours count assumes. */
export const DEFAULT_SESSION_MINUTES = 50;
/** Minutes a new supervision note starts with. */
export const DEFAULT_SUPERVISION_MINUTES = 60;

export interface SupervisionQuestion {
  /** Name of the session note the question comes from. */
  session: string;
  /** The client id of that session. */
  client?: string;
  question: string;
}

export const link = (name: string | undefined): string => (name ? `[[${name}]]` : '');

/**
 * Frontmatter from ordered properties, via `yaml` so that links and odd names are quoted correctly.
 * Every property is flat and typed by its value as the Properties view types it: text (an empty one
 * is `""`), number, date, checkbox or list. None is `null`, which would make Obsidian type it as
 * text for the whole vault; a number not known yet is left out.
 */
export function frontmatter(properties: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
}

/** The contract of a coaching session or a supervision, as three flat properties (SPEC section 1). */
export const EMPTY_CONTRACT = { contract_focus: '', contract_outcomes: [], contract_approach: '' };

/** What every supervision note leaves to be filled in after its people, date and cases: a new object each time. */
export function emptySupervisionFields(): Record<string, unknown> {
  return { ...EMPTY_CONTRACT, supervisee_dynamics: [], supervisor_dynamics: [], themes: [], parallel_process: '', direction: '', actions: [] };
}

const SESSION_SECTIONS: Record<SessionFormat, string[]> = {
  soap: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  dap: ['Data', 'Assessment', 'Plan'],
  birp: ['Behaviour', 'Intervention', 'Response', 'Plan'],
  girp: ['Goal', 'Intervention', 'Response', 'Plan'],
  coaching: ['Contract', 'Conversation', 'Insights', 'Actions'],
};

/** Kept to a prompt: its words are read for cues like any note's, so they name no dynamic. */
const RISK_SECTION = '## Risk and safeguarding\n- Concerns, and what I did about them: \n\n';

export function sessionNote(values: TemplateValues, format: SessionFormat): string {
  const properties: Record<string, unknown> = {
    type: 'session',
    client: link(values.client),
    date: values.date,
    session: values.session,
    duration: DEFAULT_SESSION_MINUTES,
    practitioner: link(values.practitioner),
    modality: format === 'coaching' ? 'coaching' : '',
    format,
    ...(format === 'coaching' ? EMPTY_CONTRACT : {}),
    client_dynamics: [],
    practitioner_dynamics: [],
    themes: [],
    felt_sense: '',
    for_supervision: false,
  };
  const body = SESSION_SECTIONS[format].map((section) => `## ${section}\n\n`).join('');
  return `${frontmatter(properties)}${body}${RISK_SECTION}## For supervision\n\n`;
}

export function supervisionNote(values: TemplateValues, questions: readonly SupervisionQuestion[]): string {
  const cases = values.cases ?? [];
  const properties = {
    type: 'supervision',
    supervisor: link(values.supervisor),
    supervisee: link(values.practitioner),
    date: values.date,
    duration: DEFAULT_SUPERVISION_MINUTES,
    author: 'supervisee',
    cases: cases.map(link),
    ...emptySupervisionFields(),
  };
  const caseLines = cases.length > 0 ? cases.map((c) => `- [[${c}]]: `).join('\n') + '\n' : '- \n';
  // Quoted from the sessions they came from: already evidence there, so a block quote here keeps a
  // session's words from counting again as the supervision's.
  const questionLines = questions.length > 0 ? questions.map((q) => `> - [[${q.session}]]: ${q.question}`).join('\n') + '\n\n' : '';
  return (
    frontmatter(properties) +
    `## Cases discussed\n${caseLines}\n` +
    (questionLines ? `## Questions brought\n${questionLines}` : '') +
    '## Process in the room\n\n' +
    '## Parallel process hypothesis\n\n' +
    '## Interventions\n\n' +
    '## Risk and ethics\n\n' +
    '## Actions\n- [ ] Owner: , due: \n'
  );
}

export function clientNote(values: TemplateValues): string {
  const properties = { type: 'client', code: values.client ?? '', aliases: [], practitioner: link(values.practitioner), status: 'active', start: values.date };
  return `${frontmatter(properties)}# ${values.client ?? ''}\n\n## Referral\n\n## Working agreement\n\n`;
}

/** A private reflection with three short prompts; its headings are never read as evidence. */
export function reflectionNote(values: TemplateValues): string {
  const properties = { type: 'reflection', date: values.date, practitioner: values.practitioner ? link(values.practitioner) : undefined, themes: [], dynamics: [], private: true };
  return `${frontmatter(properties)}# Reflection\n\n## What happened\n\n## What I felt\n\n## What I take to supervision\n\n`;
}

/**
 * The properties a command adds to an existing note of this type, only where missing. A supervision
 * note a supervisor writes of the supervision they gave (`author: supervisor`) names them as its
 * supervisor and `values.supervisee` as its supervisee; one a supervisee writes, `values.practitioner`.
 */
export function defaultProperties(type: 'session' | 'supervision', values: TemplateValues & { format?: SessionFormat; author?: 'supervisor' | 'supervisee' }): Record<string, unknown> {
  if (type === 'session') {
    return {
      type: 'session',
      client: link(values.client),
      date: values.date,
      duration: DEFAULT_SESSION_MINUTES,
      practitioner: link(values.practitioner),
      format: values.format ?? 'soap',
      client_dynamics: [],
      practitioner_dynamics: [],
      themes: [],
      for_supervision: false,
    };
  }
  return {
    type: 'supervision',
    supervisor: link(values.supervisor),
    supervisee: link(values.author === 'supervisor' ? values.supervisee : values.practitioner),
    date: values.date,
    duration: DEFAULT_SUPERVISION_MINUTES,
    author: values.author ?? 'supervisee',
    cases: [],
    supervisee_dynamics: [],
    supervisor_dynamics: [],
    themes: [],
    parallel_process: '',
  };
}
