import { SECTION_LEVELS, type TextBlock } from '../model/note';
import { caseWords } from './case-words';

/**
 * A pair of words written by more blocks of one note than this is the practice's own language
 * ("parallel process", "safeguarding concerns"), not one case's topic.
 */
const MAX_SHARING = 3;

/** Words of four letters or more that say nothing of a topic: function words and supervision's own vocabulary. */
const NO_TOPIC = new Set(
  (
    'about after again also back been before being both came come comes coming could does doing done down each even from have having here ' +
    'because since until though although every never always often sometimes something nothing anything everything someone anyone ' +
    'everyone nobody first last next many well good quite rather perhaps maybe seems seemed going getting took take taking gave give ' +
    'given went away asked told tell know knew want wanted need needed keep kept look looked around through without within against ' +
    'between under above onto upon toward towards myself herself himself themselves yourself ' +
    'into just like made make more most much only other over same should some such than that their them then there these they this ' +
    'those very were what when where which while will with would your said says felt feel feeling think thought really still ' +
    'session sessions supervision supervisor supervisee client clients practitioner therapist counsellor counselor coach week weeks ' +
    'time today work working notes note case cases plan focus contract parallel process question questions talk talked talking ' +
    'risk risks safeguarding assessment referral homework goal goals formulation boundary boundaries feelings reflection ending endings'
  ).split(' '),
);

const WORD = /[a-z][a-z'-]*/gi;

/**
 * For each paragraph or list item of a supervision note, the case words of the other blocks that
 * take up the same topic: a pair of content words written together in both ("the house clearance"
 * in a list item linking C-014, and in a paragraph naming no one: "Ann came up with solutions for
 * the house clearance question"). A sentence whose own words, paragraph and section name no client
 * belongs to the case of the one client those blocks speak of (case-scope.ts, CaseWords.topic).
 * Each block's words are read once and a pair is kept for at most MAX_SHARING + 1 blocks: linear in
 * the note's length. The function returned answers for one of the blocks given.
 */
export function topicLinks(blocks: readonly TextBlock[]): (block: TextBlock) => string {
  const pairsOf = new Map<TextBlock, string[]>();
  const blocksOf = new Map<string, TextBlock[]>();
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'quote') continue;
    const pairs = topicPairs(block.text);
    pairsOf.set(block, pairs);
    for (const pair of pairs) {
      const sharing = blocksOf.get(pair);
      if (!sharing) blocksOf.set(pair, [block]);
      else if (sharing.length <= MAX_SHARING && sharing.at(-1) !== block) sharing.push(block);
    }
  }
  const wordsOf = new Map<TextBlock, string>();
  const whereWords = (block: TextBlock): string => {
    let words = wordsOf.get(block);
    if (words === undefined) wordsOf.set(block, (words = caseWords([block.text, block.outerItems, block.section, block.outerSections].filter((t) => t).join('\n'))));
    return words;
  };
  return (block) => {
    const related = new Set<TextBlock>();
    for (const pair of pairsOf.get(block) ?? []) {
      const sharing = blocksOf.get(pair)!;
      if (sharing.length > MAX_SHARING) continue;
      for (const other of sharing) if (other !== block) related.add(other);
    }
    return [...related].map(whereWords).filter((w) => w !== '').join(SECTION_LEVELS);
  };
}

/** The distinct pairs of content words next to each other in a text, with nothing but spaces between. */
function topicPairs(text: string): string[] {
  const pairs = new Set<string>();
  let previous: string | undefined;
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const content = word.length >= 4 && !NO_TOPIC.has(word);
    if (content && previous !== undefined && /^ +$/.test(text.slice(previousEnd, m.index))) pairs.add(`${previous} ${word}`);
    previous = content ? word : undefined;
    previousEnd = m.index + word.length;
  }
  return [...pairs];
}
