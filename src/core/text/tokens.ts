export interface Token {
  /** Lower case, curly apostrophes straightened. */
  word: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

/**
 * Shorthand of notes read as the word it stands for, so cues, patterns and context hear it ("asked abt
 * the weather", "talked thru it", "2 wks running"). Only forms no other word takes: not "pt" or "T"
 * (people, read by detect/mentions.ts), "re" or "cos".
 */
const SHORTHAND = new Map([
  ['abt', 'about'], ['thru', 'through'], ['tho', 'though'], ['b4', 'before'], ['convo', 'conversation'], ['convos', 'conversations'],
  ['appt', 'appointment'], ['appts', 'appointments'], ['wk', 'week'], ['wks', 'weeks'], ['yr', 'year'], ['yrs', 'years'],
  ['hr', 'hour'], ['hrs', 'hours'], ['mins', 'minutes'], ['mtg', 'meeting'], ['mtgs', 'meetings'], ['ppl', 'people'], ['coz', 'because'],
  ['nxt', 'next'], ['prev', 'previous'], ['esp', 'especially'], ['prob', 'probably'],
]);

/** `'`, `’` and `-` join two word characters into one word. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

/**
 * Words with their offsets; hyphenated words and contractions stay one token (`de-skilled`,
 * `didn't`). A hand-written scan: this runs over every sentence of every note.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Whether a curly apostrophe joins the word: only then is it looked for again to straighten.
    let curly = false;
    i++;
    while (i < to) {
      if (isWordChar(text, i)) i++;
      else if (isJoiner(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)) {
        curly ||= text.charCodeAt(i) === 0x2019;
        i += 2;
      } else break;
    }
    const word = text.slice(start, i).toLowerCase();
    const straight = curly ? word.replace(/’/g, "'") : word;
    tokens.push({ word: (straight.length <= 5 && SHORTHAND.get(straight)) || straight, start, end: i });
  }
  return tokens;
}

/** The words of a phrase, as tokenize gives them. */
export function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.word);
}
