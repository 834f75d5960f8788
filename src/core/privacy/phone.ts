import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Span } from './kinds';

// What may stand between two digit groups of one number: `0113 496 0731`, `(503) 555-0147`,
// `415.555.0132`, `+44 (0)7700 900 333`. Not `/`, which joins the parts of dates.
const SEPARATOR = /^[ \-.()\u00a0]{1,3}$/;
// E.164 allows 15 digits; `00` before a country code adds two.
const MAX_DIGITS = 17;

interface Group {
  start: number;
  end: number;
  digits: string;
  /** Follows the previous group after a separator, as the next part of one number. */
  joined: boolean;
}

/**
 * Phone numbers, national and international, validated by libphonenumber-js. The library's own
 * text scanner (`findPhoneNumbersInText`) slows down on long runs of digits, gives up on them, and
 * misses two numbers written side by side; so this reads the digit groups itself, tries only the
 * runs of groups shaped like a number (a UK number starting with 0, a US number grouped 3-3-4, or
 * anything after a +), and asks the library whether each is a real number, in linear time.
 *
 * A UK number, or one after a +, counts when it has a possible length even if its range is not
 * allocated (Ofcom's drama numbers, a mistyped digit): it is still someone's number as written.
 */
export function findPhoneNumbers(line: string): Span[] {
  const groups = digitGroups(line);
  const spans: Span[] = [];
  let i = 0;
  while (i < groups.length) {
    const last = longestNumberFrom(line, groups, i);
    if (last === undefined) {
      i++;
      continue;
    }
    const start = numberStart(line, groups[i].start);
    spans.push({ start, end: numberEnd(line, groups[last].end, start), kind: 'phone' });
    i = last + 1;
  }
  return spans;
}

function digitGroups(line: string): Group[] {
  const groups: Group[] = [];
  const pattern = /\d+/g;
  let previousEnd = -Infinity;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const joined = m.index - previousEnd <= 3 && SEPARATOR.test(line.slice(previousEnd, m.index));
    groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0], joined });
    previousEnd = m.index + m[0].length;
  }
  return groups;
}

/** The last group of the longest number starting at group i, if any run of groups there is one. */
function longestNumberFrom(line: string, groups: readonly Group[], i: number): number | undefined {
  // "978-0-335-22638-5": a number is not cut out of a longer code joined by - or . (an ISBN, a reference).
  if (gluedTo(line, groups, i) || afterCode(line, groups[i].start)) return undefined;
  const plus = line[groups[i].start - 1] === '+';
  const sizes: number[] = [];
  const shaped: { last: number; country: CountryCode | undefined }[] = [];
  let digits = '';
  for (let j = i; j < groups.length && (j === i || groups[j].joined); j++) {
    digits += groups[j].digits;
    if (digits.length > MAX_DIGITS) break;
    sizes.push(groups[j].digits.length);
    const country = countryFor(digits, sizes, plus);
    if (country !== null && !gluedTo(line, groups, j + 1)) shaped.push({ last: j, country });
  }
  for (let k = shaped.length - 1; k >= 0; k--) {
    const { last, country } = shaped[k];
    const start = numberStart(line, groups[i].start);
    if (isNumber(line.slice(start, numberEnd(line, groups[last].end, start)), country)) return last;
  }
  return undefined;
}

/** Digits that end a code of letters and digits ("C-014", "AB12"): a client's code before a date is no phone number. */
function afterCode(line: string, start: number): boolean {
  const before = line.slice(Math.max(0, start - 2), start);
  return /[A-Za-z]-?$/.test(before);
}

/** Group g follows the one before it with no space between: they belong to one code. */
function gluedTo(line: string, groups: readonly Group[], g: number): boolean {
  const group = groups[g];
  return group !== undefined && group.joined && !/\s/.test(line.slice(groups[g - 1].end, group.start));
}

type Shape = CountryCode | undefined | null;

/**
 * The country whose numbering a run of digit groups looks like: `undefined` for an international
 * number (after + or 00), null when it looks like no number.
 */
function countryFor(digits: string, sizes: readonly number[], plus: boolean): Shape {
  const n = digits.length;
  if (plus) return n >= 8 && n <= 15 ? undefined : null;
  if (digits.startsWith('00')) return n >= 10 && n <= 17 ? 'GB' : null;
  // Irish landlines have nine digits from the 0 ("01 234 5678"); UK numbers ten or eleven.
  if (digits[0] === '0') return n === 10 || n === 11 ? 'GB' : n === 9 ? 'IE' : null;
  if (n !== 10 && n !== 11) return null;
  const shape = sizes.join('-');
  if (n === 10 && digits[0] >= '2' && (shape === '3-3-4' || shape === '3-7' || shape === '10')) return 'US';
  if (n === 11 && digits[0] === '1' && (shape === '1-3-3-4' || shape === '11')) return 'US';
  return null;
}

function isNumber(text: string, country: CountryCode | undefined): boolean {
  const number = parsePhoneNumberFromString(text, country);
  if (!number) return false;
  // A nine-digit run from a 0 is many things besides an Irish number: only a valid one counts.
  return number.isValid() || (country !== 'US' && country !== 'IE' && number.isPossible());
}

/** A number starts at its + or its opening bracket. */
function numberStart(line: string, at: number): number {
  const before = line[at - 1];
  if (before === '+') return at - 1;
  if (before === '(') return line[at - 2] === '+' ? at - 2 : at - 1;
  return at;
}

/** A number ends at its closing bracket when it opened one: `(503) 555-0147`, `+44 (0)20 7946 0321`. */
function numberEnd(line: string, at: number, start: number): number {
  if (line[at] !== ')') return at;
  const text = line.slice(start, at);
  return text.lastIndexOf('(') > text.lastIndexOf(')') ? at + 1 : at;
}
