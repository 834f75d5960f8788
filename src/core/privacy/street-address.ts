import type { Span } from './kinds';

/** Words that end a street's name, in the UK and the US, with their usual abbreviations. */
export const STREET_SUFFIXES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Drive', 'Dr', 'Close', 'Cl', 'Court', 'Ct', 'Crescent', 'Cres',
  'Way', 'Place', 'Pl', 'Terrace', 'Terr', 'Gardens', 'Gdns', 'Grove', 'Gr', 'Boulevard', 'Blvd', 'Hill', 'Row', 'Square', 'Sq', 'Mews',
  'Walk', 'Wharf', 'Parade', 'Pde', 'Rise', 'Vale', 'Green', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Trail', 'Quay',
  'Croft', 'Fold', 'Yard', 'Gate', 'Wynd', 'Embankment', 'Broadway', 'Crossing', 'Heights', 'Park', 'View',
];

const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?';
// A capitalised word, perhaps after O', Mc or Mac ("O'Connell", "McDonald", "MacArthur"), or St. ("St. Stephen's").
const NAME_WORD = "(?:St\\. )?(?:O['’]|Ma?c)?[A-Z][a-z'’]{1,24}(?:-[A-Z][a-z'’]{1,24})?";
// A house number (14, 5b, 221B), perhaps a direction (NE), one to four capitalised words, and a
// street word. Bounded repetition keeps each attempt constant however long the line.
const STREET = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?,? (?:${DIRECTION} )?(?:${NAME_WORD} ){1,4}(?:${STREET_SUFFIXES.join('|')})\\b\\.?`,
  'g',
);
// Numbers that count rooms, sessions and steps are not house numbers.
const NOT_A_HOUSE = /\b(?:room|rooms|session|sessions|week|weeks|step|steps|chapter|page|level|module|part|year|day|stage|phase|score|item|question|ward|bed|floor|no|number|of|bus|route)\.?\s*$/i;

/** Street addresses: a house number and a street ("14 Elmwood Grove", "1420 NE Alberta Street"). */
export function findStreetAddresses(line: string): Span[] {
  const spans: Span[] = [];
  STREET.lastIndex = 0;
  for (let m = STREET.exec(line); m; m = STREET.exec(line)) {
    if (NOT_A_HOUSE.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'address' });
  }
  return spans;
}
