import type { TextBlock } from '../model/note';

/**
 * Whether a note's body states a contract (SPEC section 3): a `Contract` section with something
 * written under it, or a sentence agreeing a focus, outcome or goal ("we agreed the focus…",
 * "Agreed outcome: …"). Then empty contract properties are no evidence of an unclear contract.
 * Read at parse time, as notes from the cache keep no blocks.
 */
export function statesContract(blocks: readonly TextBlock[]): boolean {
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'quote') continue;
    const text = block.text.trim();
    if (text === '') continue;
    if (block.section && CONTRACT_HEADING.test(block.section) && hasContent(text) && !DENIES.test(text)) return true;
    if (agreesContract(text)) return true;
  }
  return false;
}

const CONTRACT_HEADING = /^\s*(?:session |supervision |coaching )?contract(?:ing)?\b/i;
/** A template's empty prompts (`Focus:`, `- Outcomes: `) are not a contract. */
const EMPTY_PROMPT = /^[\s\-*+]*[\p{L} ]{1,30}:\s*$/u;

/** A contract section that says no contract was agreed ("We never agreed an outcome") states none. */
const DENIES = /\b(?:never|not|didn't|did not|no|without|hadn't)\b[^.;]{0,30}\b(?:agree|agreed|contract|focus|outcomes?|goals?)\b|\bunclear\b/i;

function hasContent(text: string): boolean {
  return text.split('\n').some((line) => line.trim() !== '' && !EMPTY_PROMPT.test(line));
}

/** `agreed` followed closely by what a contract agrees; an agreement that did not happen does not count. */
const AGREED = /(agreed|contracted|set|settled on|chose)\s+(?:on\s+|upon\s+)?(?:the\s+|a\s+|an\s+|our\s+|her\s+|his\s+|their\s+|today's\s+|the\s+session's\s+)?(?:focus|outcomes?|goals?|contract|aims?|agenda)\b/iy;
/** When in the hour it was agreed, between the agreeing and what was agreed: "agreed at the top to focus on". */
const WHEN = String.raw`(?:(?:at|from)\s+the\s+(?:top|start|outset|beginning)\s+|up\s+front\s+|first\s+)?`;
/** What the work is to be on, agreed or chosen: "we agreed to work on her sleep", "agreed we'd focus on the rota", "agreed at the top to focus on the weekend". */
const AGREED_TO = new RegExp(String.raw`(agreed|chose|decided)\s+${WHEN}(?:that\s+)?(?:to|we(?:'d|\s+would)|she(?:'d|\s+would)|he(?:'d|\s+would)|they(?:'d|\s+would))\s+(?:focus|work|concentrate|spend)(?:\s+[\p{L}'-]+){0,3}?\s+on\b`, 'iuy');
/** What the time is to go to, agreed: "agreed at the start to give today to the street tablets", "agreed to use the hour for the letter". */
const AGREED_TIME = new RegExp(String.raw`(agreed|chose|decided)\s+${WHEN}to\s+(?:give|use|spend|devote|keep)\s+(?:most\s+of\s+|all\s+of\s+|much\s+of\s+|the\s+rest\s+of\s+)?(?:the\s+|today's\s+|this\s+|our\s+)?(?:hour|session|time|today|slot)\s+(?:to|on|for)\b`, 'iy');
/** What the time agreed is to go on: "Ruth and I agreed at the start that most of the hour would go on Aisha's exposure plan". */
const AGREED_THAT = /(agreed|decided)\b[^.;]{0,30}?\bthat\b[^.;]{0,50}?\b(?:would|should|will)\s+(?:go on|be spent on|be on|focus on|look at|be about|work on)\b/iy;
/**
 * What the time agreed is about: "Sophie and I agreed at the start that today is about the flexible
 * working request". Not an amount ("that the session was about an hour too long", "about right").
 */
const AGREED_ABOUT = /(agreed|decided)\b[^.;]{0,30}?\bthat\s+(?:today|the\s+(?:hour|session|call)|this\s+(?:hour|session|call))\s+(?:is|was|would\s+be|will\s+be)\s+about\b(?!\s+(?:right|an?|half|twice|the\s+same|as|\d))/iy;
/**
 * An outcome named with what was agreed, or an order of business agreed: "Renee and I agreed at the
 * top to take the closing plans first, with the outcome of a referral plan for each". Agreed, not
 * decided: one person's decision ("she decided to take the bus first") is no contract.
 */
const AGREED_OUTCOME = /(agreed)\b[^.;]{0,80}?\bwith\s+(?:the|an?)\s+outcome\s+of\b/iy;
const AGREED_ORDER = new RegExp(String.raw`(agreed)\s+${WHEN}to\s+take\s+[^.;]{1,60}?\s+first\b`, 'iy');
/** A session agenda agreed or set, as structured sessions (CBT) record it: "Agenda agreed: sleep, thought record". */
const AGENDA_AGREED = /agenda\s+(?:was\s+)?(?:agreed|set)\b/iy;
const LABELLED = /\b(?:agreed|session|today's)\s+(?:focus|outcomes?|goals?|agenda)\s*:\s*\S|^[\s\-*+]*agenda\s*:\s*\S/im;
const NOT_DONE = new Set(['not', 'never', "didn't", 'didnt', 'without', 'before', 'until', 'no', "hadn't", "haven't", 'nor', 'if', 'once']);

/** The ways a body states its contract, each tried (sticky) where a word it opens with stands. */
const AGREEMENTS = [AGREED, AGREED_TO, AGREED_TIME, AGREED_THAT, AGREED_ABOUT, AGREED_OUTCOME, AGREED_ORDER, AGENDA_AGREED];

/**
 * The words the agreements open with, found in one pass: the agreements are tried only there. Tried
 * over every block of every note, their leading alternations were a tenth of a scan's time.
 */
const OPENING = /\b(?:agreed|contracted|set|settled|chose|decided|agenda)\b/gi;

function agreesContract(text: string): boolean {
  if (text.includes(':') && LABELLED.test(text)) return true;
  OPENING.lastIndex = 0;
  for (let opening = OPENING.exec(text); opening; opening = OPENING.exec(text)) {
    for (const pattern of AGREEMENTS) {
      pattern.lastIndex = opening.index;
      const m = pattern.exec(text);
      if (m && happened(text, m)) return true;
    }
  }
  return false;
}

/** The word before, and the one before that ("we never agreed", "before we agreed"), say whether it happened; "set" is an agreement only after "we" or "I". */
function happened(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase().split(/[^\p{L}']+/u).filter((w) => w !== '');
  if (before.slice(-3).some((w) => NOT_DONE.has(w))) return false;
  return m[1]?.toLowerCase() !== 'set' || /\b(?:we|i)\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index));
}
