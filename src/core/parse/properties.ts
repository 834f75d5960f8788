import type { NoteDiagnostic } from '../model/diagnostic';
import type { IsoDay, LinkOccurrence, Property, PropertyItem } from '../model/note';
import { LINK_PROPERTIES, namesOneNote, NOTE_TYPE_NAMES, type NoteKind } from '../model/note-types';
import { DYNAMICS_PROPERTIES, PROPERTY } from '../model/property-names';
import { readDateValue, type DateReading } from './dates';
import { normalizeKey } from './keys';
import { typeWord } from './unread-type';
import { findLinks } from './link-syntax';

const ALLOWED_VALUES: Readonly<Record<string, readonly string[]>> = {
  [PROPERTY.author]: ['supervisee', 'supervisor'],
  [PROPERTY.role]: ['practitioner', 'supervisor'],
  [PROPERTY.format]: ['soap', 'dap', 'birp', 'girp', 'coaching'],
  [PROPERTY.modality]: ['therapy', 'counselling', 'counseling', 'coaching'],
  [PROPERTY.direction]: ['upward', 'downward', 'both', 'unknown'],
};

export interface ReadProperties {
  kind: NoteKind;
  properties: Map<string, Property>;
  propertyDate?: IsoDay;
  aliases: string[];
  links: LinkOccurrence[];
  diagnostics: NoteDiagnostic[];
}

export function readProperties(raw: ReadonlyMap<string, Property>): ReadProperties {
  const diagnostics: NoteDiagnostic[] = [];
  const properties = new Map<string, Property>();
  for (const [key, property] of raw) properties.set(key, repairUnquotedLinks(property, diagnostics));

  const kind = readKind(properties.get(PROPERTY.type), diagnostics);
  const propertyDate = readDateProperty(properties.get(PROPERTY.date), diagnostics);
  const aliases = readAliases(properties.get(PROPERTY.aliases) ?? properties.get(PROPERTY.alias), diagnostics);
  const links: LinkOccurrence[] = [];
  for (const [key, property] of properties) collectPropertyLinks(key, property, links);
  checkShapes(properties, diagnostics);
  return { kind, properties, propertyDate, aliases, links, diagnostics };
}

/** A string value, or the single string of a one-item list. */
export function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 1) return scalarString(value[0]);
  return undefined;
}

/**
 * `client: [[C-014]]` without quotes is YAML for a list holding a list; Obsidian users mean a link.
 * Read it as the link and say how to write it so Obsidian agrees.
 */
function repairUnquotedLinks(property: Property, diagnostics: NoteDiagnostic[]): Property {
  // Nearly every property has nothing to repair: it is kept as it is, without copying its items to find that out.
  if (!holdsUnquotedLink(property)) return property;
  let repaired = false;
  const fix = (value: unknown): unknown => {
    const link = unquotedLink(value);
    if (link === undefined) return value;
    repaired = true;
    return link;
  };
  const topLink = unquotedLink(property.value);
  const value = topLink ?? (Array.isArray(property.value) ? property.value.map(fix) : property.value);
  if (topLink !== undefined) repaired = true;
  const items = topLink !== undefined ? [{ value: topLink, line: property.line }] : property.items.map((item) => ({ ...item, value: fix(item.value) }));
  if (repaired) {
    diagnostics.push({
      line: property.line,
      severity: 'warning',
      code: 'unquoted-link',
      message: `Property "${property.key}" has a link without quotes; it is read as a link, but Obsidian needs quotes around it ("[[...]]").`,
    });
  }
  return repaired ? { ...property, value, items } : property;
}

/** Whether the value, an element of it or one of the items is an unquoted link: what repairUnquotedLinks repairs. */
function holdsUnquotedLink(property: Property): boolean {
  const isLink = (value: unknown): boolean => unquotedLink(value) !== undefined;
  return isLink(property.value) || (Array.isArray(property.value) && property.value.some(isLink)) || property.items.some((item) => isLink(item.value));
}

function unquotedLink(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === 'string') {
    return `[[${value[0][0]}]]`;
  }
  return undefined;
}

function readKind(property: Property | undefined, diagnostics: NoteDiagnostic[]): NoteKind {
  if (!property) return 'other';
  const listed = Array.isArray(property.value) && property.value.length === 1 ? scalarString(property.value[0]) : undefined;
  const value = scalarString(property.value) ?? listed;
  const shapeProblem = (read: string): void => {
    diagnostics.push({ line: property.line, severity: 'warning', code: 'property-shape', message: `Property "type" should be a single word such as session or supervision${read}.` });
  };
  if (value === undefined) {
    if (property.value !== null) shapeProblem('');
    return 'other';
  }
  // A type written as a link or a one-item list is still read, a reflection above all: read as an
  // ordinary note, a private reflection would be named in every graph and report.
  const word = typeWord(value);
  const normalized = normalizeKey(word);
  const known = NOTE_TYPE_NAMES.find((t) => t === normalized);
  if (known) {
    if (listed !== undefined || word !== value.trim().toLowerCase()) shapeProblem(`; read as ${known}`);
    return known;
  }
  const near = NOTE_TYPE_NAMES.find((t) => editDistance(t, normalized) <= 2);
  if (near) {
    diagnostics.push({ line: property.line, severity: 'warning', code: 'unknown-type', message: `Type "${value}" is not one this plugin reads; did you mean "${near}"? The note is treated as an ordinary note.` });
  }
  return 'other';
}

function readDateProperty(property: Property | undefined, diagnostics: NoteDiagnostic[]): IsoDay | undefined {
  if (!property || property.value === null || property.value === '') return undefined;
  const reading = readDateValue(property.value);
  if ('day' in reading) return reading.day;
  diagnostics.push({ line: property.line, severity: 'warning', code: 'date-invalid', message: DATE_PROBLEMS[reading.problem](describe(property.value)) });
  return undefined;
}

const DATE_PROBLEMS: Record<Exclude<DateReading, { day: IsoDay }>['problem'], (value: string) => string> = {
  'not-a-date': (value) => `Date "${value}" is not a date in the form 2026-02-03 (or 2026-02-03T10:00).`,
  'no-such-day': (value) => `Date "${value}" is not a day of the calendar, so the note is not placed on it.`,
  'no-such-time': (value) => `Date "${value}" has a time that does not exist (hours 00 to 23, minutes 00 to 59), so the note is not placed on that day.`,
  'implausible-year': (value) => `Date "${value}" is not in a year a note is written in (1900 to 2199): a typo? The note is not placed on it.`,
};

function readAliases(property: Property | undefined, diagnostics: NoteDiagnostic[]): string[] {
  if (!property || property.value === null) return [];
  const values = Array.isArray(property.value) ? property.value : [property.value];
  const aliases: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' || typeof v === 'number') {
      if (String(v).trim() !== '') aliases.push(String(v).trim());
    } else {
      diagnostics.push({ line: property.line, severity: 'warning', code: 'property-shape', message: `Property "${property.key}" should be a list of names.` });
      break;
    }
  }
  return aliases;
}

function collectPropertyLinks(key: string, property: Property, links: LinkOccurrence[]): void {
  const isLinkProperty = LINK_PROPERTIES.has(key);
  const visit = (value: unknown, line: number): void => {
    if (typeof value === 'string') {
      const found = findLinks(value);
      // Each match's ref is its own new object (as in inline.ts): it takes its line, not a copy.
      for (const f of found) links.push(Object.assign(f.ref, { line, property: key }));
      const plain = value.trim();
      if (found.length === 0 && isLinkProperty && plain !== '') {
        // "C-014, C-021" in one text is two cases, not a client of that name (checkShapes says so).
        const targets = key === PROPERTY.cases ? casesInText(plain) : [plain];
        for (const target of targets) links.push({ target, syntax: 'property', line, property: key });
      }
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, line);
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const v of Object.values(value as Record<string, unknown>)) visit(v, line);
    }
  };
  const items: PropertyItem[] = property.items.length > 0 ? property.items : [{ value: property.value, line: property.line }];
  for (const item of items) visit(item.value, item.line);
}

function checkShapes(properties: ReadonlyMap<string, Property>, diagnostics: NoteDiagnostic[]): void {
  const warn = (property: Property, message: string): void => {
    diagnostics.push({ line: property.line, severity: 'warning', code: 'property-shape', message });
  };
  for (const [key, property] of properties) {
    const value = property.value;
    // Cases written as one text with commas, no links: read as several (collectPropertyLinks), said here.
    const casesText = key === PROPERTY.cases && typeof value === 'string' && findLinks(value).length === 0 ? value.trim() : undefined;
    const casesInOneText = casesText === undefined ? [] : casesInText(casesText);
    // Empty, however written: "practitioner: []" is how the README says to leave one blank.
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === PROPERTY.session && !(typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim())))) {
      warn(property, `Property "${property.key}" should be the session number, such as 7.`);
    } else if (key === PROPERTY.contract && (typeof value !== 'object' || Array.isArray(value) || value instanceof Date)) {
      warn(property, `Property "${property.key}" should hold focus, outcomes and approach on indented lines below it.`);
    } else if (key === PROPERTY.private && typeof value !== 'boolean') {
      // Only a plain false makes a reflection shareable: anything else keeps it private, and says so.
      diagnostics.push({
        line: property.line,
        severity: 'info',
        code: 'property-shape',
        message: `Property "${property.key}" is "${describe(value)}", not true or false; the note is kept private. Write private: false to share it.`,
      });
    } else if (namesOneNote(key) && !isScalarOrSingle(value)) {
      warn(property, `Property "${property.key}" should be one link, such as "[[C-014]]".`);
    } else if ((DYNAMICS_PROPERTIES.has(key) || key === PROPERTY.cases) && !isListOfScalars(value)) {
      warn(property, `Property "${property.key}" should be a list of words or links.`);
    } else if (casesInOneText.length > 1) {
      warn(property, `Property "${property.key}" should be a list, such as ["[[C-014]]", "[[C-021]]"]; "${casesText}" is read as ${casesInOneText.length} clients.`);
    } else if (key in ALLOWED_VALUES) {
      const allowed = ALLOWED_VALUES[key];
      const text = scalarString(value);
      if (text === undefined || !allowed.includes(normalizeKey(text))) {
        warn(property, `Property "${property.key}" should be one of: ${allowed.join(', ')}.`);
      }
    }
  }
}

/** The clients a `cases` text names, written with commas or semicolons between them. */
function casesInText(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function isScalarOrSingle(value: unknown): boolean {
  return scalarString(value) !== undefined;
}

function isListOfScalars(value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function editDistance(a: string, b: string): number {
  // Only distances up to 2 are asked for: a long value is not near any type, whatever its length.
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
