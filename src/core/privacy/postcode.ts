import type { Span } from './kinds';

// Royal Mail's postcode shapes (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA), with the
// letters each position may hold, in capitals as they are written on an envelope.
const UK_POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[\dA-HJKPSTUW]?|[A-HK-Y]\d[\dABEHMNPRVWXY]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/g;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
// A five-digit number is a ZIP code only after a state or the word ZIP; ZIP+4 is distinctive alone.
const US_ZIP = new RegExp(`\\b(?:(?:${US_STATES}),? \\d{5}(?:-\\d{4})?|[Zz][Ii][Pp](?: ?[Cc]ode)?:? ?\\d{5}(?:-\\d{4})?|\\d{5}-\\d{4})\\b`, 'g');

/** UK postcodes and US ZIP codes. */
export function findPostcodes(line: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [UK_POSTCODE, US_ZIP]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'postcode' });
  }
  return spans;
}
