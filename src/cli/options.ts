import { DEFAULT_ENGINE_SETTINGS } from '../core/engine';
import { DEFAULT_MINIMUM_SUPERVISION_HOURS } from '../core/practice/hours';
import { DEFAULT_SESSION_MINUTES } from '../core/templates/built-in-templates';

/** What an option takes: nothing, text, a whole number (of at least `min`), a number with decimals, or a real calendar date. */
export type OptionKind = 'flag' | 'string' | 'count' | 'decimal' | 'date';

export interface OptionSpec {
  name: string;
  kind: OptionKind;
  /** What goes after the option in the help: `N`, `DATE`, `NAME`. */
  value?: string;
  description: string;
  /** The default, as the help shows it; taken from the engine's own defaults where there is one. */
  default: string;
  min?: number;
}

export interface CommandSpec {
  name: 'scan' | 'graph' | 'privacy-check' | 'hours' | 'prep';
  summary: string;
  description: string;
  options: OptionSpec[];
}

const d = DEFAULT_ENGINE_SETTINGS;

const client: OptionSpec = { name: '--client', kind: 'string', value: 'NAME', description: 'One client only: a code, file name or alias', default: 'every client' };
const templatesFolder: OptionSpec = {
  name: '--templates-folder',
  kind: 'string',
  value: 'FOLDER',
  description: 'Folder of templates, never evidence nor in the graph',
  default: d.templatesFolder,
};

const taxonomy: OptionSpec = { name: '--taxonomy', kind: 'string', value: 'FILE', description: 'YAML file (or note) adding to the taxonomy', default: 'built-in' };
const practitioner: OptionSpec = {
  name: '--practitioner',
  kind: 'string',
  value: 'NAME',
  description: 'Whose sessions are those naming no practitioner (nor their client): a person note or any name',
  default: 'the only practitioner person note',
};

const noLearntReader: OptionSpec = {
  name: '--no-learnt-reader',
  kind: 'flag',
  description: 'Hear only the taxonomy\'s cue phrases and patterns: no learnt sentence reader hearing what they miss or choosing between their readings',
  default: 'off',
};

const cache: OptionSpec = {
  name: '--cache',
  kind: 'string',
  value: 'FILE',
  description: 'Keep the parsed vault in FILE between runs; unchanged notes are not read again',
  default: 'none',
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'scan',
    summary: 'Report the possible dynamics (flags) with their evidence, then the notes to check',
    description:
      'Reads every note of the vault folder VAULT with the same engine as the Obsidian plugin and prints\n' +
      'each flag as a question for reflection with its evidence (note, line, date, role), then the notes\n' +
      'that need checking. Flags resting on private reflections are left out unless asked for.',
    options: [
      { name: '--json', kind: 'flag', description: 'One JSON document (parallel-process/report@1) instead', default: 'off' },
      { name: '--since', kind: 'date', value: 'DATE', description: 'Only flags with evidence on or after DATE, a YYYY-MM-DD', default: 'every date' },
      client,
      { name: '--window-days', kind: 'count', value: 'N', min: 0, description: 'Days around a supervision whose sessions can mirror it', default: String(d.windowDays) },
      { name: '--resonance-days', kind: 'count', value: 'N', min: 0, description: 'Days around a reflection whose sessions resonate with it', default: String(d.resonanceDays) },
      { name: '--pattern-days', kind: 'count', value: 'N', min: 0, description: 'Days in which one stance with several clients is a pattern', default: String(d.patternDays) },
      { name: '--pattern-clients', kind: 'count', value: 'N', min: 2, description: 'Clients that make a practitioner pattern, 2 or more', default: String(d.patternClients) },
      taxonomy,
      templatesFolder,
      practitioner,
      noLearntReader,
      { name: '--include-private', kind: 'flag', description: 'Also show flags resting on private reflections', default: 'off' },
      cache,
    ],
  },
  {
    name: 'graph',
    summary: 'Print the relationship graph of clients, sessions, supervisions and people',
    description:
      'Prints how the notes of the vault folder VAULT relate: sessions to their clients, supervisions to the\n' +
      'clients they discuss and to the supervisor, reflections to what they reflect on, and plain links.',
    options: [
      { name: '--json', kind: 'flag', description: 'One JSON document (parallel-process/graph@1) instead', default: 'off' },
      { name: '--mermaid', kind: 'flag', description: 'A Mermaid flowchart to paste into a note, instead', default: 'off' },
      client,
      taxonomy,
      templatesFolder,
      { name: '--include-private', kind: 'flag', description: 'Also show private reflections, with their links', default: 'off' },
      practitioner,
      cache,
    ],
  },
  {
    name: 'privacy-check',
    summary: 'List identifying details (e-mails, phone numbers, addresses, names...) in clinical notes',
    description:
      'Reads the client, session, supervision and reflection notes of the vault folder VAULT and lists the\n' +
      'identifying details in them, by note and line: e-mail addresses, phone numbers, postal addresses and\n' +
      'postcodes, dates of birth, health and identity numbers, and full names of people and organisations\n' +
      "that are not the vault's own people, codes or aliases. It suggests; it never edits a note.",
    options: [
      { name: '--json', kind: 'flag', description: 'One JSON document (parallel-process/privacy-check@1) instead', default: 'off' },
      { name: '--include-private', kind: 'flag', description: 'Also list findings in private reflections', default: 'off' },
      taxonomy,
      templatesFolder,
      practitioner,
      cache,
    ],
  },
  {
    name: 'hours',
    summary: 'Count client contact and supervision hours per month and year',
    description:
      'Adds up the `duration` of the session and supervision notes of the vault folder VAULT per month and\n' +
      'year (minutes; 50 min, 1h, 1h30 and 90m are read too), counting a session without one at the default\n' +
      'length, and marks the months whose supervision falls below the minimum. The default minimum is\n' +
      "BACP's for accredited counsellors; other professional bodies ask for other amounts.",
    options: [
      { name: '--json', kind: 'flag', description: 'One JSON document (parallel-process/hours@1) instead', default: 'off' },
      { name: '--from', kind: 'date', value: 'DATE', description: 'Count notes dated on or after DATE, a YYYY-MM-DD', default: 'the first' },
      { name: '--to', kind: 'date', value: 'DATE', description: 'Count notes dated on or before DATE', default: 'the last' },
      { name: '--default-minutes', kind: 'count', value: 'N', min: 1, description: 'Minutes a session without a duration counts for', default: String(DEFAULT_SESSION_MINUTES) },
      { name: '--minimum-hours', kind: 'decimal', value: 'N', description: 'Supervision hours a month should reach, such as 1.5', default: String(DEFAULT_MINIMUM_SUPERVISION_HOURS) },
      taxonomy,
      templatesFolder,
      practitioner,
      cache,
    ],
  },
  {
    name: 'prep',
    summary: 'Prepare the next supervision with one supervisor, as a Markdown note',
    description:
      'Prints a Markdown note for the next supervision with the supervisor NAME: the clients seen since the\n' +
      'last supervision with them (each supervisor gets the clients they supervise, and clients not yet\n' +
      'taken to supervision), the questions the session notes bring, and the open flags about those\n' +
      'clients with their evidence. Flags resting on private reflections are left out unless asked for.\n' +
      'When a note it draws on may hold identifying details, the note starts with a warning naming those\n' +
      'notes, lines and kinds (never the details), and stderr says so too.',
    options: [
      { name: '--supervisor', kind: 'string', value: 'NAME', description: "The supervisor: their person note's name, or the name supervision notes give", default: 'required' },
      { name: '--date', kind: 'date', value: 'DATE', description: 'Day of the supervision being prepared', default: 'today' },
      { name: '--include-private', kind: 'flag', description: 'Also show flags resting on private reflections', default: 'off' },
      taxonomy,
      templatesFolder,
      practitioner,
      noLearntReader,
      cache,
    ],
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
