import type { FlagKind } from '../model/flag';

export interface FlagWording {
  dynamic: string;
  client?: string;
  date?: string;
  clients?: number;
  from?: string;
  to?: string;
}

/** Every flag is a question for reflection, never a verdict. */
export function question(kind: FlagKind, w: FlagWording): string {
  switch (kind) {
    case 'mirror-upward':
      return `Is the ${w.dynamic} in your sessions with ${w.client} being mirrored in supervision?`;
    case 'mirror-downward':
      return `Is the ${w.dynamic} you met in supervision on ${w.date} showing up in your next sessions with ${w.client}?`;
    case 'mirror':
      return `Could the ${w.dynamic} in your sessions with ${w.client} and in supervision on ${w.date} be one dynamic, showing up in both rooms?`;
    case 'contracting':
      return `Could the unclear contracting with ${w.client} be showing up in how supervision on ${w.date} was contracted?`;
    case 'personal-resonance':
      return `Might your own experience of ${w.dynamic} be resonating with what ${w.clients === 1 ? 'a client' : `${w.clients} clients`} brought in the same weeks?`;
    case 'practitioner-pattern':
      return `Is the ${w.dynamic} that shows up with ${w.clients} clients between ${w.from} and ${w.to} about your way of working rather than any one client?`;
  }
}

/** A short prompt suited to the kind: pause, ask whose pattern it is, keep the client's needs first. */
export function reflectionPrompt(kind: FlagKind): string {
  switch (kind) {
    case 'mirror-upward':
      return 'Pause and name what happened in the room in supervision. Is this the client\'s pattern, yours, or the supervision\'s? Keep the client\'s needs first.';
    case 'mirror-downward':
      return 'Notice how you were met in supervision and how you then met your client. What would the client need from you next time?';
    case 'mirror':
      return 'The notes do not say who was doing what. In each room, who was doing it, and who felt it?';
    case 'contracting':
      return 'What focus and outcome did you agree with the client, and for supervision? Try agreeing them first, in both rooms.';
    case 'personal-resonance':
      return 'Is this theme yours as much as your clients\'? Consider taking it to supervision or to your own therapy, and keep the client\'s needs first.';
    case 'practitioner-pattern':
      return 'A stance that appears with many clients may be yours rather than theirs. What does it do for you, and what does it cost the clients?';
  }
}
