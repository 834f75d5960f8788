import { stringify } from 'yaml';
import type { TemplateValues } from './placeholders';

export const SESSION_FORMATS = ['soap', 'dap', 'birp', 'girp', 'coaching'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export interface SupervisionQuestion {
  /** Name of the session note the question comes from. */
  session: string;
  /** The client id of that session. */
  client?: string;
  question: string;
}

const link = (name: string | undefined): string => (name ? `[[${name}]]` : '');

/** Frontmatter from ordered properties, via `yaml` so that links and odd names are quoted correctly. */
function frontmatter(properties: Record<string, unknown>): string {
  return `---\n${stringify(properties, { lineWidth: 0, nullStr: '' })}---\n`;
}

const SESSION_SECTIONS: Record<SessionFormat, string[]> = {
  soap: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  dap: ['Data', 'Assessment', 'Plan'],
  birp: ['Behaviour', 'Intervention', 'Response', 'Plan'],
  girp: ['Goal', 'Intervention', 'Response', 'Plan'],
  coaching: ['Contract', 'Conversation', 'Insights', 'Actions'],
};

export function sessionNote(values: TemplateValues, format: SessionFormat): string {
  const properties: Record<string, unknown> = {
    type: 'session',
    client: link(values.client),
    date: values.date,
    session: values.session ?? null,
    practitioner: link(values.practitioner),
    modality: format === 'coaching' ? 'coaching' : null,
    format,
  };
  if (format === 'coaching') properties.contract = { focus: '', outcomes: [], approach: '' };
  Object.assign(properties, { client_dynamics: [], practitioner_dynamics: [], themes: [], felt_sense: '', for_supervision: false });
  const body = SESSION_SECTIONS[format].map((section) => `## ${section}\n\n`).join('');
  const closing = '## For supervision\n\n';
  return `${frontmatter(properties)}${body}${closing}`;
}

export function supervisionNote(values: TemplateValues, questions: readonly SupervisionQuestion[]): string {
  const cases = values.cases ?? [];
  const properties = {
    type: 'supervision',
    supervisor: link(values.supervisor),
    supervisee: link(values.practitioner),
    date: values.date,
    author: 'supervisee',
    duration: null,
    cases: cases.map(link),
    contract: { focus: '', outcomes: [] },
    supervisee_dynamics: [],
    supervisor_dynamics: [],
    themes: [],
    parallel_process: '',
    direction: null,
    actions: [],
  };
  const caseLines = cases.length > 0 ? cases.map((c) => `- [[${c}]]: `).join('\n') + '\n' : '- \n';
  const questionLines = questions.length > 0 ? questions.map((q) => `- [[${q.session}]]: ${q.question}`).join('\n') + '\n\n' : '';
  return (
    frontmatter(properties) +
    `## Cases discussed\n${caseLines}\n` +
    (questionLines ? `## Questions brought\n${questionLines}` : '') +
    '## Process in the room\n\n' +
    '## Parallel process hypothesis\n\n' +
    '## Interventions\n\n' +
    '## Actions\n- [ ] Owner: , due: \n'
  );
}

export function clientNote(values: TemplateValues): string {
  const properties = { type: 'client', code: values.client ?? '', aliases: [], practitioner: link(values.practitioner), status: 'active', start: values.date };
  return `${frontmatter(properties)}# ${values.client ?? ''}\n\n## Referral\n\n## Working agreement\n\n`;
}

export function reflectionNote(values: TemplateValues): string {
  const properties = { type: 'reflection', date: values.date, practitioner: link(values.practitioner), themes: [], dynamics: [], private: true };
  return `${frontmatter(properties)}# Reflection\n\n`;
}

/** The properties a command adds to an existing note of this type, only where missing. */
export function defaultProperties(type: 'session' | 'supervision', values: TemplateValues): Record<string, unknown> {
  if (type === 'session') {
    return { type: 'session', client: link(values.client), date: values.date, session: values.session ?? null, practitioner: link(values.practitioner), format: null, client_dynamics: [], practitioner_dynamics: [], themes: [], for_supervision: false };
  }
  return { type: 'supervision', supervisor: link(values.supervisor), supervisee: link(values.practitioner), date: values.date, author: 'supervisee', cases: [], supervisee_dynamics: [], supervisor_dynamics: [], themes: [], parallel_process: '' };
}
