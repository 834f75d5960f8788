import type { LinkSyntax } from '../model/note';
import { PROPERTY } from '../model/property-names';
import { defaultDefinitions } from '../taxonomy/default-taxonomy';

/**
 * Numbers for strings nearly every note repeats in its compact form: property keys, dynamic ids and
 * link syntaxes.
 * In a cold part (a JSON text inside the cache's JSON) "practitioner_dynamics" with its escaped
 * quotes is 27 characters, its number one or two; over 10,000 notes that is about 2 MB of the
 * cache's 15, read at every start-up, and the same again in the engine's memory. A string not in
 * the table is kept as it is: a number is always a code, a string always itself.
 */
export class CodeTable {
  private readonly codes: Map<string, number>;

  constructor(private readonly values: readonly string[]) {
    this.codes = new Map(values.map((value, i) => [value, i]));
  }

  encode(value: string): number | string {
    return this.codes.get(value) ?? value;
  }

  /** The string a code stands for (the one the table holds, so decoded copies share it); undefined when out of range. */
  decode(code: number | string): string | undefined {
    return typeof code === 'string' ? code : this.values[code];
  }

  /** The table's own copy of `value` when it holds it, so that copies made elsewhere can go; else `value`. */
  shared(value: string): string {
    const code = this.codes.get(value);
    return code === undefined ? value : this.values[code];
  }

  /** The table as text, for the cache's key: a snapshot written with other tables is not taken up. */
  get fingerprint(): string {
    return this.values.join('\u0000');
  }
}

let properties: CodeTable | undefined;

/** Every property the plugin reads, and Obsidian's own lists. */
export function propertyCodes(): CodeTable {
  properties ??= new CodeTable([...new Set<string>([...Object.values(PROPERTY), 'tags', 'cssclasses'])]);
  return properties;
}

let dynamics: CodeTable | undefined;

/** The shipped taxonomy's dynamics and themes, in its order; a user's own taxonomy's ids stay strings. */
export function dynamicCodes(): CodeTable {
  dynamics ??= new CodeTable(defaultDefinitions().map((d) => d.id));
  return dynamics;
}

/** Every syntax a link is written in; LINK_SYNTAX_LIST's type check keeps it complete. */
const LINK_SYNTAX_LIST: Record<LinkSyntax, true> = { wiki: true, embed: true, markdown: true, property: true };
const linkSyntaxes = new CodeTable(Object.keys(LINK_SYNTAX_LIST));

/** The syntaxes a link is written in. */
export function linkSyntaxCodes(): CodeTable {
  return linkSyntaxes;
}

/** The tables as one text: part of the key a snapshot's notes are taken up by. */
export function codeTablesFingerprint(): string {
  return [propertyCodes(), dynamicCodes(), linkSyntaxes].map((table) => table.fingerprint).join('\u0001');
}
