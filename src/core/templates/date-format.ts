/**
 * Formats a date with a moment.js format string, as core Templates' `{{date:FORMAT}}` does. The
 * plugin passes Obsidian's own `moment` instead (every token, the user's locale); this formatter
 * is what the command line and the core use without it: the common tokens, in English, local time.
 */
export type DateFormatter = (date: Date, format: string) => string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Longest token first; `[...]` is literal text, as in moment (whose pattern for it this is).
const TOKENS = /\[[^[]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a/g;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function token(date: Date, t: string): string {
  const hours = date.getHours();
  switch (t) {
    case 'YYYY':
      return pad(date.getFullYear(), 4);
    case 'YY':
      return pad(date.getFullYear() % 100);
    case 'MMMM':
      return MONTHS[date.getMonth()];
    case 'MMM':
      return MONTHS[date.getMonth()].slice(0, 3);
    case 'MM':
      return pad(date.getMonth() + 1);
    case 'M':
      return String(date.getMonth() + 1);
    case 'Do':
      return ordinal(date.getDate());
    case 'DD':
      return pad(date.getDate());
    case 'D':
      return String(date.getDate());
    case 'dddd':
      return WEEKDAYS[date.getDay()];
    case 'ddd':
      return WEEKDAYS[date.getDay()].slice(0, 3);
    case 'HH':
      return pad(hours);
    case 'H':
      return String(hours);
    case 'hh':
      return pad(hours % 12 || 12);
    case 'h':
      return String(hours % 12 || 12);
    case 'mm':
      return pad(date.getMinutes());
    case 'm':
      return String(date.getMinutes());
    case 'ss':
      return pad(date.getSeconds());
    case 's':
      return String(date.getSeconds());
    case 'A':
      return hours < 12 ? 'AM' : 'PM';
    case 'a':
      return hours < 12 ? 'am' : 'pm';
    default:
      // `[literal]`
      return t.slice(1, -1);
  }
}

export const formatDate: DateFormatter = (date, format) => format.replace(TOKENS, (t) => token(date, t));
