import { DAY_NAMES, MONTH_NAMES, SHORT_DAY_NAMES, SHORT_MONTH_NAMES } from './calendar-words';

/**
 * Words written with a capital inside a sentence that are still not names: days and months (and their
 * short forms, "booked for Apr 22"), family words, and a few more. Read where patterns take a name for
 * a pronoun (cues/cue-matcher.ts) and where someone named after a verb of saying is someone else
 * (detect/named-other.ts).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...DAY_NAMES,
  // "booked the locum for two Thursdays": days in the plural are no one either.
  ...DAY_NAMES.map((day) => `${day}s`),
  ...SHORT_DAY_NAMES,
  ...MONTH_NAMES,
  ...SHORT_MONTH_NAMES,
  ...['christmas', 'easter', 'english', 'british', 'god'],
  // Feasts and holidays ("booked her own flight home for Diwali").
  ...['diwali', 'eid', 'ramadan', 'hanukkah', 'chanukah', 'passover', 'pesach', 'thanksgiving', 'halloween', 'lent', 'advent', 'holi', 'vaisakhi', 'navratri', 'kwanzaa', 'hogmanay', 'nowruz', 'matariki', 'xmas'],
  // Places people meet online, always written with a capital ("found my Instagram").
  ...['instagram', 'facebook', 'linkedin', 'whatsapp', 'twitter', 'tiktok', 'snapchat', 'messenger', 'zoom'],
  // Family words written as names ("since Dad passed") are still who they are to the writer.
  ...['mum', 'mom', 'dad', 'mummy', 'mommy', 'daddy', 'nan', 'nana', 'gran', 'granny', 'grandad', 'grandpa', 'grandma'],
]);
