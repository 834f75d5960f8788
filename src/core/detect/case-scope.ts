import { SECTION_LEVELS, type CaseWords } from '../model/note';
import { namesIn } from '../cues/case-words';

/** The clients a supervision note discusses, by id, with the names each goes by (name, code, aliases). */
export type CaseNames = ReadonlyMap<string, readonly string[]>;

/**
 * The case a sentence of a supervision note belongs to (SPEC section 1): the clients its sentence
 * names; else the one client its paragraph or list item names; else the clients its section heading
 * names, or failing that the nearest heading holding it that names any; else the one client the
 * note's other blocks on the same topic speak of (topicCase); else none (empty: it counts for every
 * client discussed, with less weight). When the note
 * discusses one client only, every sentence is that client's: there is no other case to belong to.
 */
export function caseOf(words: CaseWords, clients: CaseNames, named: (text: string) => string[] = (text) => namedIn(text, clients)): string[] {
  if (clients.size === 1) return [...clients.keys()];
  const sentence = named(words.sentence);
  if (sentence.length > 0) return sentence;
  // The paragraph's or list item's one client, else the one of the nearest item holding it that names any.
  for (const level of words.block.split(SECTION_LEVELS)) {
    const block = named(level);
    if (block.length === 1) return block;
    // A paragraph about several clients: its sentences naming none are theirs together, not a topic's.
    if (block.length > 1) return sectionCase(words.section, named);
  }
  const section = sectionCase(words.section, named);
  if (section.length > 0 || words.topic === undefined) return section;
  return topicCase(words.topic, named);
}

/** The section heading's clients, else those of the nearest heading holding it that names any. */
function sectionCase(section: string, named: (text: string) => string[]): string[] {
  for (const level of section.split(SECTION_LEVELS)) {
    const clients = named(level);
    if (clients.length > 0) return clients;
  }
  return [];
}

/**
 * The one client that the blocks taking up a sentence's topic speak of (CaseWords.topic), or none:
 * where one of them names several clients, or they name different ones, the topic is no one's.
 */
function topicCase(topic: string, named: (text: string) => string[]): string[] {
  let client: string | undefined;
  for (const level of topic.split(SECTION_LEVELS)) {
    const clients = named(level);
    if (clients.length > 1 || (clients.length === 1 && client !== undefined && clients[0] !== client)) return [];
    if (clients.length === 1) client = clients[0];
  }
  return client === undefined ? [] : [client];
}

/**
 * caseOf for the sentences of one supervision note. Its sentences share their paragraph's and
 * section's words, and the clients those name are found once per text; kept for one note.
 */
export class NoteCases {
  private readonly found = new Map<string, string[]>();
  private readonly named = (text: string): string[] => {
    let clients = this.found.get(text);
    if (!clients) this.found.set(text, (clients = namedIn(text, this.clients)));
    return clients;
  };

  constructor(private readonly clients: CaseNames) {}

  caseOf(words: CaseWords): string[] {
    return caseOf(words, this.clients, this.named);
  }
}

function namedIn(text: string, clients: CaseNames): string[] {
  if (text === '') return [];
  const words = new Set(text.split(' '));
  const out: string[] = [];
  for (const [id, names] of clients) if (names.some((n) => namesIn(words, n))) out.push(id);
  return out;
}
