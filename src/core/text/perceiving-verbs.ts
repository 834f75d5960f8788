// Verbs of perceiving, thinking and describing: after them the one perceived acts, not the perceiver
// (detect/perceived-clause.ts, detect/clauses.ts).

/**
 * Verbs of perceiving or thinking whose clause may follow with no "that": "I noticed Jo went quiet";
 * and of describing, whose one described acts: "as I described Jo's manager [snapping at him]".
 */
export const PERCEIVING: ReadonlySet<string> = new Set([
  ...['notice', 'noticed', 'notices', 'feel', 'felt', 'feels', 'sense', 'sensed', 'senses', 'see', 'saw', 'sees'],
  ...['watch', 'watched', 'hear', 'heard', 'think', 'thought', 'thinks', 'realise', 'realised', 'realize', 'realized'],
  ...['suspect', 'suspected', 'know', 'knew', 'guess', 'guessed', 'believe', 'believed', 'imagine', 'imagined'],
  ...['noted', 'observed', 'spotted', 'reckon', 'reckoned', 'assume', 'assumed', 'found', 'worried', 'feared'],
  ...['described', 'describes', 'describe', 'describing'],
]);
