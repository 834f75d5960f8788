import { findBirthDates } from './birth-date';
import { findEmails } from './email';
import { findIdNumbers } from './id-numbers';
import type { Finding, Span } from './kinds';
import type { KnownNames } from './known-names';
import type { NameModel } from './name-model';
import { CONNECTORS, findNames, MAX_CONNECTORS } from './names';
import { checkableLines } from './note-lines';
import { findPhoneNumbers } from './phone';
import { findPostcodes } from './postcode';
import { findStreetAddresses } from './street-address';

export interface CheckOptions {
  /** Lexicon (and perhaps tagger) for names of people and organisations; without one, only titles and cues find names. */
  names?: NameModel;
}

type Detector = (line: string) => Span[];

// Most specific first: what one detector claims is blanked before the next reads the line, so an
// NHS number is not also a phone number, nor the street in an address a person's name.
const NUMBER_DETECTORS: readonly Detector[] = [findIdNumbers, findBirthDates, findPhoneNumbers, findPostcodes, findStreetAddresses];

// Cheap tests that let most lines skip a detector: the 10,000-note vault is mostly lines with
// neither digits, an @, nor two capitalised words in a row.
const DIGIT = /\d/;
// Two capitalised words, perhaps joined by "&" or by the connectors a name may hold ("van den", "de la").
const CAPITALISED_PAIR = new RegExp(`\\p{Lu}[\\p{L}\\d'’.-]{0,40}(?: (?:&|${[...CONNECTORS].join('|')})){0,${MAX_CONNECTORS}} \\p{Lu}`, 'u');
const ORGANISATION_CUE = /\b(?:work|employ|job|placement|stud|attend|volunteer|joined|intern|apprentic|pupil|enrol|school|college|company|firm|organi[sz]ation)[a-z]{0,6}\b/gi;
// A cue matters only before a capitalised word: "works at Barclays", not "stuck at work".
const CAPITAL_AFTER_CUE = /^:?(?: (?:at|for|by|with|in|to))?(?: (?:the|a|an))? [A-Z]/;

/**
 * The identifying details in one note's text, line by line, in the order they appear. `known` holds
 * the vault's own names, which are never findings. The text is read, never changed.
 */
export function findIdentifiers(text: string, known: KnownNames, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const { line, text: raw } of checkableLines(text, known)) {
    let rest = raw;
    const spans: Span[] = [];
    const claim = (found: Span[]): void => {
      if (found.length === 0) return;
      spans.push(...found);
      rest = blank(rest, found);
    };
    if (rest.includes('@')) claim(findEmails(rest));
    if (DIGIT.test(rest)) for (const detect of NUMBER_DETECTORS) claim(detect(rest));
    if (CAPITALISED_PAIR.test(rest) || hasOrganisationCue(rest)) claim(findNames(rest, { known, model: options.names }));
    spans.sort((a, b) => a.start - b.start);
    for (const span of spans) findings.push({ line, kind: span.kind, text: raw.slice(span.start, span.end) });
  }
  return findings;
}

function hasOrganisationCue(line: string): boolean {
  ORGANISATION_CUE.lastIndex = 0;
  for (let m = ORGANISATION_CUE.exec(line); m; m = ORGANISATION_CUE.exec(line)) {
    const end = m.index + m[0].length;
    if (CAPITAL_AFTER_CUE.test(line.slice(end, end + 16))) return true;
  }
  return false;
}

/** The line with the spans turned to spaces, so that columns stay where they were. */
function blank(line: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += line.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + line.slice(at);
}
