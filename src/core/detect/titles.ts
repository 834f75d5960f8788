/** Titles before a surname: with a name none of the note's people answer to, someone else ("Mr Baird"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor']);

/** Every title said before a name (of address, of the church, of rank): before one of the note's people, part of the name ("Pastor Wafula"). */
export const TITLES: ReadonlySet<string> = new Set([...HONORIFICS, 'pastor', 'father', 'fr', 'reverend', 'rev', 'revd', 'bishop', 'imam', 'rabbi', 'sister', 'brother', 'elder', 'deacon', 'canon', 'chaplain', 'sheikh', 'captain', 'capt', 'sergeant', 'sgt', 'coach']);
