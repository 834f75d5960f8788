import type { MentionsIn } from './mentions';
import { SUBORDINATORS } from './clauses';
import { POSSESSIVES } from './subject-position';

/** Words before someone spoken to: "asked the clinical director", "raised it with the safeguarding lead", "mentioned it to her GP". */
const ADDRESSING = new Set(['asked', 'told', 'rang', 'called', 'phoned', 'emailed', 'texted', 'contacted', 'challenged', 'with', 'to']);

/**
 * He or she opening the main clause after an opening clause in which I spoke to someone outside
 * the relationships is that person: "When I raised the disclosure with the safeguarding lead, she
 * moved us on". Only when the opening clause names none of the note's people as a subject, and
 * the outsider is spoken to (asked, told, with, to), not spoken of ("when I asked about her
 * mother, she went quiet" is the client's).
 */
export function answersAddressee(words: readonly string[], starts: readonly boolean[], pronounAt: number, mentions: MentionsIn): boolean {
  if (!starts[pronounAt]) return false;
  let open = pronounAt - 1;
  while (open > 0 && !starts[open]) open--;
  if (!SUBORDINATORS.has(words[open]) || words[open + 1] !== 'i') return false;
  const longest = mentions(words.slice(0, pronounAt), open + 2);
  let addressee = false;
  for (let i = open + 2; i < pronounAt; i++) {
    const mention = longest[i];
    if (!mention) continue;
    if (mention.value !== 'other') {
      // The note's own people, unless as a possessive ("Cosimo's disclosure").
      if (!words[mention.end - 1].endsWith("'s")) return false;
      continue;
    }
    let before = i - 1;
    if (POSSESSIVES.has(words[before]) || words[before].endsWith("'s")) before--;
    addressee ||= before > open && ADDRESSING.has(words[before]);
  }
  return addressee;
}
