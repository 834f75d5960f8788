/**
 * A sentence's words and which of them open a clause, as readCueHits gives them to the subject
 * reader: lower case, the first word and each word after a comma opening one; and a comma at the
 * end, before the cue, as the entry past the words (CueHit.starts).
 */
export function wordsWithCommas(sentence: string): { words: string[]; starts: boolean[] } {
  const parts = sentence.toLowerCase().split(' ');
  const starts = parts.map((_, i) => i === 0 || parts[i - 1].endsWith(','));
  if (parts[parts.length - 1].endsWith(',')) starts.push(true);
  return { words: parts.map((p) => p.replace(/,$/, '')), starts };
}
