import { isPastForm } from '../text/past-forms';
import { OBJECT_PRONOUNS } from '../text/pronouns';
import type { Token } from '../text/tokens';

// Where a modal's reach ends at "and" with no comma (cutAtClauses, clause-scope.ts): before a past
// it cannot take, an act told as done.

const ONE_WORD_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'will', 'can']);
/** Verbs after a modal that may take an adjective in -ed after "and" ("might feel rejected and abandoned"). */
const LINKING: ReadonlySet<string> = new Set(['be', 'feel', 'become', 'seem', 'get', 'look', 'sound', 'go', 'grow', 'stay', 'remain', 'end', 'have']);


/**
 * Whether "and" at `p` opens a past the modal ending at `modalEnd` cannot take, so an act told as
 * done: "Tom met every suggestion with a reason it would fail and said that whatever he tries,
 * things just happen to him". Only after a modal of one word and its bare verb; after a linking
 * one ("might feel rejected and abandoned"), only a past taking a person as its object: "said that
 * slip could get me struck off and had me rewrite the record", "reminded her that surgery would be
 * postponed and made her write the calories on the board".
 */
export function pastAfterModal(tokens: readonly Token[], p: number, modalEnd: number): boolean {
  if (tokens[p].word !== 'and' || p + 1 >= tokens.length) return false;
  const verb = tokens[p + 1].word;
  const takesPerson = OBJECT_PRONOUNS.has(tokens[p + 2]?.word ?? '');
  // "Had" is no past form on its own (an auxiliary as often); taking a person, it is an act ("had me rewrite it").
  if (!isPastForm(verb) && !(verb === 'had' && takesPerson)) return false;
  if (!ONE_WORD_MODALS.has(tokens[modalEnd - 1].word) || modalEnd >= p) return false;
  return !LINKING.has(tokens[modalEnd].word) || takesPerson;
}
