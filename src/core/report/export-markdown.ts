import { kindLabel, rolesText, strengthLabel } from '../present/flag-labels';
import type { Flag } from '../model/flag';
import { SOURCE_WORDS } from '../present/source-words';
import { hideDetails, warningMarkdown, type NoteFindings } from '../privacy/travel-warning';
import { noteNameOf } from '../vault/paths';

export interface ExportOptions {
  date: string;
  clientLabel: (clientId: string) => string;
  dynamicLabel: (dynamic: string) => string;
  /** Notes the flags draw on that may hold identifying details: warned about at the top. */
  identifying?: readonly NoteFindings[];
  /** Hides client names (the view's mask, for a screen shared): applied to every text shown. */
  mask?: (text: string) => string;
}

/** Note text is shown, not interpreted: no tags, links or formatting from evidence sentences. */
export function plain(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

/** Characters a wiki link's target cannot hold: a name with one is shown, not linked. */
const UNLINKABLE = /[[\]|#^\n\r]/;

/**
 * A link to a note, or its name as plain text when its path holds what a link cannot: a file named
 * `x ]] ![[Private reflection]] [[ y.md` would otherwise embed another note in the one written.
 */
export function noteLink(path: string): string {
  if (UNLINKABLE.test(path)) return plain(noteNameOf(path));
  return `[[${path.replace(/\.md$/i, '')}|${noteNameOf(path)}]]`;
}

/** How a written note shows text and links under a mask (the view's, for a screen shared), or none. */
export function maskedMarkdown(mask: ((text: string) => string) | undefined): { shown: (text: string) => string; link: (path: string) => string } {
  const masked = mask ?? ((text: string) => text);
  const shown = (text: string): string => plain(masked(text));
  // A path that holds a masked name is shown masked and not linked: the link would show the name in the source.
  return { shown, link: (path) => (masked(path) === path ? noteLink(path) : shown(noteNameOf(path))) };
}

/** The flags as a Markdown note with links to the evidence, grouped by client. */
export function exportMarkdown(flags: readonly Flag[], options: ExportOptions): string {
  const { shown, link } = maskedMarkdown(options.mask);
  // The details the warning below lists by kind are not quoted either.
  const hidden = hideDetails(options.identifying ?? []);
  const out: string[] = [
    '---',
    'type: parallel-process-report',
    `generated: ${options.date}`,
    `flags: ${flags.length}`,
    '---',
    `# Possible parallel dynamics, ${options.date}`,
    '',
    'Each item is a question for reflection, not a finding. Pause, notice what was happening in each room, and keep the client\'s needs first.',
  ];
  const warning = warningMarkdown(options.identifying ?? [], link);
  if (warning.length > 0) out.push('', ...warning);
  if (flags.length === 0) out.push('', 'No possible parallel dynamics were flagged.');
  const groups = new Map<string, Flag[]>();
  for (const flag of flags) {
    const heading = flag.client === null ? 'Across clients' : `Client ${options.clientLabel(flag.client)}`;
    groups.set(heading, [...(groups.get(heading) ?? []), flag]);
  }
  for (const [heading, group] of groups) {
    out.push('', `## ${shown(heading)}`);
    for (const flag of group) {
      out.push('', `### ${shown(flag.question)}`, '');
      // In the view's words: a kind said as what it is, a strength as a word (the score kept beside it, to find the flag in a scan).
      out.push(`- Kind: ${kindLabel(flag.kind)}; dynamic: ${shown(options.dynamicLabel(flag.dynamic))}; strength: ${strengthLabel(flag.score)} (score ${flag.score.toFixed(2)})`);
      if (flag.supervision) out.push(`- Supervision: ${link(flag.supervision)}`);
      out.push('- Evidence:');
      for (const e of flag.evidence) {
        out.push(`    - ${link(e.path)} (${e.date ?? 'undated'}, line ${e.line}, ${rolesText(e)}, ${SOURCE_WORDS[e.source]}): ${shown(hidden(e.path, e.text))}`);
      }
      out.push(`- Reflect: ${shown(flag.prompt)}`);
    }
  }
  return out.join('\n') + '\n';
}
