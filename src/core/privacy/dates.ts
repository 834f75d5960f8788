const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

/**
 * A calendar date as people write one: `1988-04-12`, `12/04/1988`, `12.04.88`, `12 April 1988`,
 * `3rd of April`, `April 12, 1988`, and as forms and letters print one: `14-Jul-1986`, `14/Jul/86`,
 * `14.Jul.1986`, `Jul-14-1986` (one separator, twice). Every quantifier is bounded, so each start
 * costs a constant.
 */
export const DATE = new RegExp(
  [
    '\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b',
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b',
    `\\b\\d{1,2}([/.-])${MONTH}\\.?\\1(?:\\d{4}|\\d{2})\\b`,
    `\\b\\d{1,2}${ORDINAL}(?: of)? ${MONTH}\\b(?:\\.?,? \\d{4}\\b)?`,
    `\\b${MONTH}\\.? \\d{1,2}${ORDINAL}(?:,? \\d{4})?\\b`,
    // The month first, as American forms print it: `Jul-14-1986`, `Sept/3/51`.
    `\\b${MONTH}\\.?([/.-])\\d{1,2}\\2(?:\\d{4}|\\d{2})\\b`,
  ].join('|'),
  'gi',
);

export interface DateMatch {
  start: number;
  end: number;
}

export function findDates(line: string): DateMatch[] {
  const found: DateMatch[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(line); m; m = DATE.exec(line)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}
