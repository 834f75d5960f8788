import { DEFAULT_SUPERVISION_MINUTES, emptySupervisionFields, frontmatter, link } from './built-in-templates';
import type { TemplateValues } from './placeholders';

/** A case a supervisee presents: the client, and the case summary written for this supervision, if any. */
export interface PresentedCase {
  /** The client note's name (or the name sessions give). */
  client: string;
  /** Name of the latest case summary of this client since the last supervision, if any. */
  summary?: string;
}

/**
 * The supervisor's note of a supervision they gave (SPEC section 1, `author: supervisor`): one per
 * supervisee and session, with the cases presented. In it, I is the supervisor and he, she or they
 * the supervisee. The headings are prompts, and, like every template's, name no dynamic.
 */
export function superviseeSupervisionNote(values: TemplateValues, cases: readonly PresentedCase[]): string {
  const properties = {
    type: 'supervision',
    author: 'supervisor',
    supervisor: link(values.supervisor),
    supervisee: link(values.supervisee),
    date: values.date,
    duration: DEFAULT_SUPERVISION_MINUTES,
    cases: cases.map((c) => link(c.client)),
    ...emptySupervisionFields(),
  };
  const caseLines = cases.length > 0 ? cases.map((c) => `- [[${c.client}]]${c.summary ? ` (as presented: [[${c.summary}]])` : ''}: `).join('\n') + '\n' : '- \n';
  return (
    frontmatter(properties) +
    `## Cases presented\n${caseLines}\n` +
    '## What we agreed to focus on\n\n' +
    '## How the supervisee was with me\n\n' +
    '## How I was with them\n\n' +
    '## Parallel process hypothesis\n\n' +
    '## Interventions\n\n' +
    '## Risk and ethics\n\n' +
    '## Agreed actions\n- [ ] Owner: , due: \n'
  );
}

/**
 * A case summary as a supervisee presented it: a session note the supervisor wrote (`author:
 * supervisor`), about the supervisee's client, with the supervisee as its practitioner. It is read
 * as that practitioner's session (I, or their name, is the practitioner; he, she or they the
 * client), and it is not the supervisor's own client contact in the hours.
 */
export function caseSummaryNote(values: TemplateValues): string {
  const properties = {
    type: 'session',
    author: 'supervisor',
    client: link(values.client),
    practitioner: link(values.supervisee),
    date: values.date,
    client_dynamics: [],
    practitioner_dynamics: [],
    themes: [],
    felt_sense: '',
  };
  return (
    frontmatter(properties) +
    '## As presented\n' +
    '_In the supervisee\'s words where you can: "I …", or by their name; he, she or they is the client._\n\n' +
    "## The client's story\n\n" +
    '## What the supervisee did, and felt\n\n' +
    '## The question they brought\n\n' +
    '## Risk and safeguarding\n- Concerns, and what was agreed: \n'
  );
}
