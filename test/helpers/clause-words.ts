/**
 * A sentence's words and which of them open a clause, as readCueHits gives them to the subject
 * reader: lower case, the first word and each word after a comma opening one.
 */
export function wordsWithCommas(sentence: string): { words: string[]; starts: boolean[] } {
  const parts = sentence.toLowerCase().split(' ');
  return { words: parts.map((p) => p.replace(/,$/, '')), starts: parts.map((_, i) => i === 0 || parts[i - 1].endsWith(',')) };
}
