import type { Span } from './kinds';

// NHS numbers are written 3-3-4 with spaces (or run together) and never start with 0 (a phone number
// does); dashes are accepted after the word NHS.
const TEN_DIGITS = /\b\d{3}([ -]?)\d{3}\1\d{4}\b/g;
const NHS_BEFORE = /\bnhs\b/i;
// US Social Security numbers: area 001-899 except 666, group 01-99, serial 0001-9999.
const SSN = /\b(\d{3})-(\d{2})-(\d{4})\b/g;
// National Insurance numbers: two prefix letters (D, F, I, Q, U, V never; O never second), six
// digits, a suffix A-D, spaced in pairs or not.
const NINO = /\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const NINO_NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
// Other numbers are known by the words before them: a hospital number, an MRN, a passport...
const ID_WORD =
  /\b(?:nhs|mrn|chi|ssn|nino|upn|ppsn?|personal public service|social security|national insurance|ni|hospital|patient|employee|staff|payroll|pupil|student|member|policy|passport|medicare|medicaid|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e)(?: (?:number|no\b\.?|num|id|#))?\b/gi;
// The number itself: at least five digits, in up to four groups, perhaps after a few capitals.
const ID_VALUE = /^[\s:#(.]{0,6}(?:(?:no|number|is|was)\.?[\s:#]{1,3})?([A-Z]{0,4}[ -]?\d{2,}(?:[ -]\d{2,}){0,3}[A-Z]{0,2})\b/i;

/** Whether a ten-digit NHS number's last digit is its modulus 11 check digit. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/**
 * Health and national identity numbers: NHS numbers (with a valid check digit, or any ten digits
 * after "NHS"), US Social Security numbers, UK National Insurance numbers, and numbers of five
 * digits or more after a word naming an identity number (MRN, hospital number, passport...).
 */
export function findIdNumbers(line: string): Span[] {
  const found: Span[] = [];
  const add = (start: number, end: number): void => {
    found.push({ start, end, kind: 'id-number' });
  };
  TEN_DIGITS.lastIndex = 0;
  for (let m = TEN_DIGITS.exec(line); m; m = TEN_DIGITS.exec(line)) {
    const afterNhs = NHS_BEFORE.test(line.slice(Math.max(0, m.index - 24), m.index));
    if (afterNhs || (m[1] !== '-' && m[0][0] !== '0' && isValidNhsNumber(m[0].replace(/\D/g, '')))) add(m.index, m.index + m[0].length);
  }
  SSN.lastIndex = 0;
  for (let m = SSN.exec(line); m; m = SSN.exec(line)) {
    if (isValidSsn(m[1], m[2], m[3])) add(m.index, m.index + m[0].length);
  }
  NINO.lastIndex = 0;
  for (let m = NINO.exec(line); m; m = NINO.exec(line)) {
    if (!NINO_NEVER.has(m[1])) add(m.index, m.index + m[0].length);
  }
  ID_WORD.lastIndex = 0;
  for (let m = ID_WORD.exec(line); m; m = ID_WORD.exec(line)) {
    const from = m.index + m[0].length;
    const value = ID_VALUE.exec(line.slice(from, from + 48));
    if (!value || value[1].replace(/\D/g, '').length < 5) continue;
    const start = from + value[0].length - value[1].length;
    add(start, start + value[1].length);
  }
  return withoutOverlaps(found);
}

/** One span where two patterns read the same number ("NHS No: 401 023 2137"): the earlier, then the longer. */
function withoutOverlaps(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}
