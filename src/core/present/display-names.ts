import type { GraphReader } from '../graph/relationship-graph';
import type { Flag } from '../model/flag';
import { ClientMask, clientNames } from './client-mask';

/** How clients, notes, dynamics and snippets are shown: with names, or masked as codes. */
export interface DisplayNames {
  readonly masked: boolean;
  client(id: string): string;
  dynamic(id: string): string;
  note(path: string): string;
  /** Note-derived text (snippets, questions) with client names hidden when masked. */
  text(text: string): string;
}

export interface NameSources {
  graph: GraphReader;
  /** The client's code, else their name. */
  clientLabel: (id: string) => string;
  dynamicLabel: (id: string) => string;
}

export function displayNames(sources: NameSources, masked: boolean): DisplayNames {
  const { graph } = sources;
  const mask = masked ? new ClientMask(clientNames(graph)) : undefined;
  const noteName = (path: string): string => graph.note(path)?.name ?? path.replace(/^.*\//, '').replace(/\.md$/i, '');
  if (!mask) {
    return {
      masked: false,
      client: (id) => {
        const label = sources.clientLabel(id);
        const note = graph.note(id);
        const other = note ? [note.name, ...note.content.aliases].find((n) => n !== label) : undefined;
        return other ? `${label} (${other})` : label;
      },
      dynamic: sources.dynamicLabel,
      note: noteName,
      text: (text) => text,
    };
  }
  return {
    masked: true,
    client: (id) => mask.code(id) ?? mask.mask(sources.clientLabel(id)),
    // A value the taxonomy does not know is a dynamic of its own, named as written: "Sam withdrawal".
    dynamic: (id) => mask.mask(sources.dynamicLabel(id)),
    note: (path) => mask.mask(noteName(path)),
    text: (text) => mask.mask(text),
  };
}

/** Everything a text search over a flag should find, as the view shows it. */
export function flagSearchText(flag: Flag, names: DisplayNames): string {
  const parts = [flag.kind, names.dynamic(flag.dynamic), flag.question, flag.prompt];
  if (flag.client !== null) parts.push(names.client(flag.client));
  for (const e of flag.evidence) parts.push(names.note(e.path), names.text(e.text), names.dynamic(e.dynamic));
  return names.text(parts.join('\n'));
}
