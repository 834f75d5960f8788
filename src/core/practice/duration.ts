/** What a `duration` property says: minutes, nothing at all, or a value that cannot be read as a length. */
export type DurationReading = { minutes: number } | { absent: true } | { unreadable: string };

/** More than a day is a slip of the keyboard, not a session. */
const MOST_MINUTES = 24 * 60;

/** A number under this, with no unit, is too short to be minutes (bare). */
const FEWEST_MINUTES = 10;
/** `1:30`, `0:50`: hours and minutes, as a clock or a timesheet writes them. */
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;
/** A number alone, as text: `50`, `1.5`, `1,5`. */
const BARE = /^\d+(?:[.,]\d+)?$/;

// `1h30`, `1 h 30 min`, `1.5h`, `90m`, `50 min`, `50`: an optional hours part, then optional minutes.
const FORM = /^(?:(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours))?\s*(?:(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minute|minutes)?)?$/i;

/**
 * Reads `duration` as minutes (SPEC section 1): a number is minutes; `50 min`, `1h`, `1h30`, `90m`
 * and `"50"` are read too, and `1:30` as hours and minutes; a number under ten is read by bare(). An empty value is absent (a new note not filled in yet); anything else,
 * or a length of more than a day, is unreadable, so the caller can say which note to check.
 */
export function readDuration(value: unknown): DurationReading {
  if (value === undefined || value === null) return { absent: true };
  if (Array.isArray(value)) return value.length === 0 ? { absent: true } : value.length === 1 ? readDuration(value[0]) : { unreadable: JSON.stringify(value) };
  if (typeof value === 'number') return bare(value, String(value));
  if (typeof value !== 'string') return { unreadable: typeof value === 'boolean' ? String(value) : JSON.stringify(value) };
  const text = value.trim();
  if (text === '') return { absent: true };
  const clock = CLOCK.exec(text);
  if (clock) return checked(Number(clock[1]) * 60 + Number(clock[2]), text);
  if (BARE.test(text)) return bare(Number(text.replace(',', '.')), text);
  const match = FORM.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return { unreadable: text };
  const hours = match[1] === undefined ? 0 : Number(match[1].replace(',', '.'));
  const minutes = match[2] === undefined ? 0 : Number(match[2].replace(',', '.'));
  return checked(hours * 60 + minutes, text);
}

/**
 * A number with no unit is minutes (SPEC section 1), but under ten it cannot be: no session is 1.5
 * minutes long, and "1.5" is how many write an hour and a half, so a fraction under ten is hours.
 * A whole number under ten (`2`: two hours or two minutes?) is unreadable, listed to correct with
 * its unit, rather than counted as either.
 */
function bare(number: number, text: string): DurationReading {
  if (number > 0 && number < FEWEST_MINUTES) return Number.isInteger(number) ? { unreadable: text } : checked(number * 60, text);
  return checked(number, text);
}

function checked(minutes: number, text: string): DurationReading {
  return Number.isFinite(minutes) && minutes >= 0 && minutes <= MOST_MINUTES ? { minutes } : { unreadable: text };
}
