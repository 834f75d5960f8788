import type { FlagKind } from '../../model/flag';
import type { Role } from '../../model/role';
import { copiedString } from '../../util/flat-string';
import { StringPool } from '../../util/string-pool';

/** What a question names: the dynamic's label, and the client, dates and counts the kind speaks of. */
export interface FlagWording {
  dynamic: string;
  client?: string;
  date?: string;
  clients?: number;
  from?: string;
  to?: string;
  /** In a note the supervisor wrote: the supervisee, by name. */
  supervisee?: string;
  /** In a note the supervisor wrote: whose side of supervision showed the dynamic (upward mirrors say it differently). */
  side?: 'supervisor' | 'supervisee' | 'both';
}

/** How a kind speaks to a supervisor reading a supervision note they wrote (`author: supervisor`). */
export interface SupervisorWording {
  question(w: FlagWording & { supervisee: string }): string;
  prompt: string;
}

/** Everything the core says about one kind of flag. */
export interface FlagKindSpec {
  /** Where the kind sees the dynamic, in a practitioner's words, lower case (the view's tag). */
  label: string;
  /** Every flag is a question for reflection, never a verdict. */
  question(w: FlagWording): string;
  /** A short prompt suited to the kind: pause, ask whose pattern it is, keep the client's needs first. */
  prompt: string;
  /** The score's ceiling before markers (scoring.ts): directional mirrors are the clearest signal. */
  base: number;
  /** Roles whose evidence counts in full; others count less. */
  expectedRoles: readonly Role[];
  /** The supervision kinds in the supervisor's terms: the supervisee's sessions, and the supervisor's own part. */
  supervisor?: SupervisorWording;
}

/** Where the supervisor may meet an upward mirror: in how they met the supervisee, or in how the supervisee was with them. */
function upwardInSupervision(w: FlagWording & { supervisee: string }): string {
  if (w.side === 'supervisor') return `in how you met ${w.supervisee}`;
  if (w.side === 'supervisee') return `in how ${w.supervisee} was with you in supervision`;
  return `between you and ${w.supervisee} in supervision`;
}

const BOTH_ROOMS: readonly Role[] = ['client', 'practitioner', 'supervisee', 'supervisor'];

/** One record per kind; the order is the order filters list them in. */
export const FLAG_KINDS: Readonly<Record<FlagKind, FlagKindSpec>> = {
  'mirror-upward': {
    label: 'from sessions into supervision',
    question: (w) => `Is the ${w.dynamic} in your sessions with ${w.client} being mirrored in supervision?`,
    prompt: "Pause and name what happened in the room in supervision. Is this the client's pattern, yours, or the supervision's? Keep the client's needs first.",
    base: 1,
    expectedRoles: BOTH_ROOMS,
    supervisor: {
      question: (w) => `Is the ${w.dynamic} ${w.supervisee} described with ${w.client} showing up ${upwardInSupervision(w)}?`,
      prompt: "Pause before you intervene, and name what happened between you. Is this the client's pattern, your supervisee's, yours, or something between you? Keep the client's needs first.",
    },
  },
  'mirror-downward': {
    label: 'from supervision into sessions',
    question: (w) => `Is the ${w.dynamic} you met in supervision on ${w.date} showing up in your next sessions with ${w.client}?`,
    prompt: 'Notice how you were met in supervision and how you then met your client. What would the client need from you next time?',
    base: 1,
    expectedRoles: ['supervisor', 'practitioner'],
    supervisor: {
      question: (w) => `Is the ${w.dynamic} in your supervision of ${w.supervisee} on ${w.date} showing up in how ${w.supervisee} then met ${w.client}?`,
      prompt: 'Notice how you met your supervisee, and how they then met their client. What would the client need from them next time, and what would they need from you?',
    },
  },
  mirror: {
    label: 'in both rooms',
    question: (w) => `Could the ${w.dynamic} in your sessions with ${w.client} and in supervision on ${w.date} be one dynamic, showing up in both rooms?`,
    prompt: 'The notes do not say who was doing what. In each room, who was doing it, and who felt it?',
    base: 0.8,
    expectedRoles: BOTH_ROOMS,
    supervisor: {
      question: (w) => `Could the ${w.dynamic} ${w.supervisee} described with ${w.client} and in your supervision on ${w.date} be one dynamic, showing up in both rooms?`,
      prompt: 'The notes do not say who was doing what. In each room, who was doing it, and who felt it?',
    },
  },
  contracting: {
    label: 'unclear contracting in both rooms',
    question: (w) => `Could the unclear contracting with ${w.client} be showing up in how supervision on ${w.date} was contracted?`,
    prompt: 'What focus and outcome did you agree with the client, and for supervision? What might agreeing them first change, in either room?',
    base: 0.95,
    expectedRoles: [...BOTH_ROOMS, 'process'],
    supervisor: {
      question: (w) => `Could the unclear contracting ${w.supervisee} described with ${w.client} be showing up in how you and ${w.supervisee} contracted supervision on ${w.date}?`,
      prompt: 'What focus and outcome did your supervisee agree with the client, and you with them? What might agreeing them first change in supervision?',
    },
  },
  'personal-resonance': {
    label: "your own life and your clients'",
    question: (w) => `Might your own experience of ${w.dynamic} be resonating with what ${w.clients === 1 ? 'a client' : `${w.clients} clients`} brought in the same weeks?`,
    prompt: "Is this yours as much as your clients'? Consider taking it to supervision or to your own therapy, coaching or other support, and keep the client's needs first.",
    base: 0.85,
    expectedRoles: ['self', 'client', 'practitioner'],
  },
  'practitioner-pattern': {
    label: 'across your clients',
    question: (w) => `Is the ${w.dynamic} that shows up with ${w.clients} clients between ${w.from} and ${w.to} about your way of working rather than any one client?`,
    prompt: 'A stance that shows up with several clients may say more about you than about them. What might it do for you, and what might it give or cost your clients?',
    base: 0.9,
    expectedRoles: ['practitioner'],
  },
};

/**
 * A flag's question as it is kept: one piece (copiedString), and one copy for the flags that ask the
 * same (a dynamic's question about one client, anchored on several supervisions): 1,391 copies of
 * 3,276 questions at 10,000 notes.
 */
export function keptQuestion(text: string): string {
  return QUESTIONS.intern(copiedString(text));
}

const QUESTIONS = new StringPool(4096);
