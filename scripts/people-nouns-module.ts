/**
 * The words for people by what they do or who they are to someone (landlord, surgeon, bartender),
 * extracted at build time from compromise's English lexicon, where they carry the tag `Actor`. The
 * detector reads such a word as someone outside the relationships when it stands as a subject
 * ("Sam's surgeon booked...", "the on-call plumber..."): the hand-made list in context-cues.yaml
 * (experiencer_other) keeps the words notes use most, this one the many it would never reach.
 * `npm run lexicon` writes the module; a test checks that it matches the installed compromise.
 */
import { encodeWords } from '../src/core/util/word-list';

export const PEOPLE_NOUNS_MODULE = 'src/core/detect/people-nouns.ts';

export type Lexicon = Record<string, string | string[] | undefined>;

/**
 * `Actor` words that are not someone outside: left out by name, each group for one reason.
 * Checked against compromise 14.17's list; a word compromise drops later simply stays unused.
 */
const NOT_OUTSIDERS: readonly (readonly string[])[] = [
  // The relationships' own roles: a note's writer, its client, its supervisor.
  ['practitioner', 'practitioners', 'therapist', 'therapists', 'supervisor', 'supervisors', 'writer', 'writers', 'author', 'authors'],
  // What a client may be called in their own notes: "the boy sat close", "the veteran described".
  ['child', 'children', 'boy', 'boys', 'girl', 'girls', 'man', 'men', 'woman', 'women', 'lady', 'ladies', 'gentleman', 'lass', 'lasses', 'youth', 'youths'],
  ['teenager', 'teenagers', 'toddler', 'toddlers', 'infant', 'infants', 'baby', 'babies', 'offspring', 'kin', 'progeny', 'pupil', 'pupils', 'novice', 'novices'],
  ['survivor', 'survivors', 'veteran', 'veterans', 'refugee', 'refugees', 'prisoner', 'prisoners', 'hostage', 'hostages', 'orphan', 'orphans', 'exile', 'exiles'],
  ['immigrant', 'immigrants', 'addict', 'addicts', 'gambler', 'gamblers', 'user', 'users', 'customer', 'customers', 'guest', 'guests', 'visitor', 'visitors', 'tenant', 'tenants'],
  // Anyone at all, or no one: not a third party.
  ['anybody', 'anybodies', 'somebody', 'somebodies', 'nobody', 'nobodies', 'person', 'people', 'human', 'humans', 'beings', 'population', 'populations', 'layman'],
  ['native', 'natives', 'citizen', 'citizens', 'inhabitant', 'inhabitants', 'dweller', 'dwellers', 'denizen', 'denizens', 'occupant', 'occupants', 'bro', 'bros'],
  // What someone is called, not who they are: "a fool would...", "her inner critic" are no one else.
  ['soul', 'souls', 'spirit', 'spirits', 'ghost', 'ghosts', 'god', 'gods', 'goddess', 'goddesses', 'deity', 'deities', 'phrase', 'phrases', 'apparition', 'apparitions'],
  ['phantom', 'phantoms', 'boogeyman', 'character', 'characters', 'icon', 'icons', 'idol', 'idols', 'hero', 'heroes', 'heroine', 'heroines', 'villain', 'villains'],
  ['genius', 'geniuses', 'fool', 'goof', 'nerd', 'geek', 'dork', 'wimp', 'sissy', 'sissies', 'loser', 'losers', 'winner', 'winners', 'optimist', 'optimists'],
  ['pessimist', 'pessimists', 'realist', 'realists', 'radical', 'radicals', 'misfit', 'misfits', 'outcast', 'outcasts', 'pariah', 'pariahs', 'maniac', 'maniacs'],
  ['martyr', 'martyrs', 'sinner', 'sinners', 'saint', 'saints', 'enemy', 'enemies', 'foe', 'foes', 'nemesis', 'nemeses', 'rogue', 'rogues', 'punk', 'punks'],
  ['tramp', 'tramps', 'hobo', 'hobos', 'prodigy', 'prodigies', 'superhero', 'superheroes', 'superhuman', 'superhumans', 'superstar', 'superstars'],
  ['celebrity', 'celebrities', 'vip', 'vips', 'incel', 'incels', 'minion', 'minions', 'pawn', 'pawns', 'role model', 'role models', 'trendsetter', 'trendsetters'],
  ['leader', 'leaders', 'maker', 'makers', 'creator', 'creators', 'player', 'players', 'runner up', 'runner ups', 'in law', 'in laws'],
  // Words that are verbs as often as people: "I mentor", "she'll host", "to champion".
  ['cook', 'usher', 'scout', 'witness', 'witnesses', 'champion', 'champions', 'graduate', 'graduates', 'pilot', 'pilots', 'host', 'hosts'],
  ['mime', 'mimes', 'recruit', 'recruits', 'conscript', 'conscripts', 'butcher', 'butchers', 'groom', 'grooms'],
];

/** compromise's plurals of words ending in -man, -child and the like are made by rule and wrong ("chairmans"). */
const MADE_PLURAL = /(?:mans|womans|childs|ses|ups)$/;

/** The people nouns of a lexicon: its `Actor` words of letters (and spaces, hyphens), less those above. */
export function peopleNouns(lexicon: Lexicon): string[] {
  const left = new Set(NOT_OUTSIDERS.flat());
  const words: string[] = [];
  for (const [word, entry] of Object.entries(lexicon)) {
    if (entry === undefined || !(typeof entry === 'string' ? entry === 'Actor' : entry.includes('Actor'))) continue;
    if (left.has(word) || MADE_PLURAL.test(word) || !/^[a-z][a-z -]*$/.test(word)) continue;
    words.push(word);
  }
  return words.sort();
}

/** The module's text: the words in word-list.ts's compact form. */
export function peopleNounsModule(lexicon: Lexicon, source: string): string {
  return [
    `// Generated by \`npm run lexicon\` (scripts/people-nouns-module.ts) from the English lexicon of ${source}: do not edit.`,
    "// Words for people outside the relationships, in the compact form of util/word-list.ts (detect/outsiders.ts reads them).",
    '',
    `export const PEOPLE_NOUNS_SOURCE = ${JSON.stringify(source)};`,
    '',
    `export const PEOPLE_NOUNS = ${JSON.stringify(encodeWords(peopleNouns(lexicon)))};`,
    '',
  ].join('\n');
}
