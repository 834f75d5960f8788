import { unresolvedId } from '../model/edges';
import type { GraphReader } from '../graph/relationship-graph';
import { scalarString } from '../parse/properties';

export interface ClientNames {
  /** The client's node id: their note's path, or the id of an unresolved client link. */
  id: string;
  /** What the mask shows: the `code` property, else a number given in path order. */
  code: string;
  /** Names and aliases the mask hides. */
  names: string[];
}

/** Every client with the names that identify them, for showing codes while screen-sharing. */
export function clientNames(graph: GraphReader): ClientNames[] {
  const found = new Map<string, { code?: string; names: Set<string> }>();
  // A template is no client: the demo's `Templates/Client.md` made every word "client" its masked code.
  for (const note of graph.allNotes()) {
    if (note.isTemplate) continue;
    if (note.content.kind === 'client') {
      const code = scalarString(note.content.properties.get('code')?.value)?.trim() || undefined;
      found.set(note.path, { code, names: new Set([note.name, ...note.content.aliases]) });
    }
  }
  for (const note of graph.allNotes()) {
    if (note.content.kind !== 'session' || note.isTemplate) continue;
    for (const { link, target } of graph.links(note.path)) {
      if (link.property !== 'client' || target !== undefined) continue;
      const id = unresolvedId(link.target);
      const entry = found.get(id) ?? { names: new Set<string>() };
      entry.names.add(link.target.replace(/\.md$/i, ''));
      found.set(id, entry);
    }
  }
  let next = 1;
  return [...found.keys()].sort().map((id) => {
    const { code, names } = found.get(id)!;
    const shown = code ?? `Client ${next++}`;
    return { id, code: shown, names: [...names].filter((n) => n.trim().length > 1 && n !== shown) };
  });
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
// The same flags as the names' pattern, so that case folding decides membership the same way.
const WORD_CHAR_BEFORE = new RegExp(`${WORD_CHAR}$`, 'iu');

/** Whether the character (a whole code point, as with the `u` flag) before `index` is a word character. */
function followsWordChar(text: string, index: number): boolean {
  if (index === 0) return false;
  const from = index >= 2 && /[\udc00-\udfff]/.test(text[index - 1]) && /[\ud800-\udbff]/.test(text[index - 2]) ? index - 2 : index - 1;
  return WORD_CHAR_BEFORE.test(text.slice(from, index));
}

/** Replaces client names and aliases in any text by the client's code. */
export class ClientMask {
  private readonly codes = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly pattern: RegExp | undefined;

  constructor(clients: readonly ClientNames[]) {
    for (const c of clients) {
      this.codes.set(c.id, c.code);
      for (const name of c.names) if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), c.code);
    }
    const names = [...this.byName.keys()].sort((a, b) => b.length - a.length).map(escape);
    // Whole words only, so that "Sam" hides "Sam" and "Sam's" but not "Samantha" or "same". The start
    // of the word is checked in mask(), not by a lookbehind: Safari before iOS 16.4 throws on one.
    this.pattern = names.length > 0 ? new RegExp(`(?:${names.join('|')})(?!${WORD_CHAR})`, 'giu') : undefined;
  }

  code(clientId: string): string | undefined {
    return this.codes.get(clientId);
  }

  mask(text: string): string {
    const pattern = this.pattern;
    if (!pattern) return text;
    let out = '';
    let copied = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (followsWordChar(text, m.index)) {
        // What a lookbehind would do: no name may start here, so try again one character on (not past
        // the match, which could hide a name that starts inside it, after a space or a dot).
        pattern.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      out += text.slice(copied, m.index) + (this.byName.get(m[0].toLowerCase()) ?? m[0]);
      copied = m.index + m[0].length;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
