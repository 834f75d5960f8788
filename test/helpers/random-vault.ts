import fc from 'fast-check';
import { noteText } from './notes';

// A small world of names so that random notes link to, shadow, alias and name (by client code) each other often.
const NAMES = ['C-1', 'C-2', 'Ann', 'Robin', 'S1', 'S2', 'Plan'];
const FOLDERS = ['', 'A/', 'B/'];
const TYPES = ['client', 'session', 'supervision', 'reflection', 'person', null];

const linkArb = fc.constantFrom(...NAMES, 'A/Plan', 'Missing');
export const noteArb = fc.record({
  type: fc.constantFrom(...TYPES),
  client: fc.option(linkArb, { nil: undefined }),
  supervisor: fc.option(linkArb, { nil: undefined }),
  supervisee: fc.option(linkArb, { nil: undefined }),
  cases: fc.array(linkArb, { maxLength: 2 }),
  aliases: fc.array(fc.constantFrom(...NAMES), { maxLength: 1 }),
  code: fc.option(fc.constantFrom(...NAMES, 'Missing'), { nil: undefined }),
  body: fc.array(linkArb, { maxLength: 3 }),
});
export const pathArb = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([f, n]) => `${f}${n}.md`);

export type NoteSpec = typeof noteArb extends fc.Arbitrary<infer T> ? T : never;
export type Edit = { op: 'upsert'; path: string; note: NoteSpec } | { op: 'remove'; path: string } | { op: 'rename'; path: string; to: string };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: pathArb, note: noteArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path: pathArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), path: pathArb, to: pathArb }) },
);

export function render(note: NoteSpec): string {
  const props: string[] = [];
  if (note.type) props.push(`type: ${note.type}`);
  if (note.client) props.push(`client: "[[${note.client}]]"`);
  if (note.supervisor) props.push(`supervisor: "[[${note.supervisor}]]"`);
  if (note.supervisee) props.push(`supervisee: "[[${note.supervisee}]]"`);
  if (note.cases.length) props.push(`cases: [${note.cases.map((c) => `"[[${c}]]"`).join(', ')}]`);
  if (note.aliases.length) props.push(`aliases: [${note.aliases.join(', ')}]`);
  if (note.code) props.push(`code: ${note.code}`);
  return noteText(props.join('\n') || 'tags: []', note.body.map((l) => `See [[${l}]].`).join('\n'));
}
