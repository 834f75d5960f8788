import type { KnownNames } from './known-names';

/** One line of a note as the check reads it; `text` keeps every column of the line as written. */
export interface CheckLine {
  /** 1-based. */
  line: number;
  text: string;
  /** A property line of the frontmatter: its key is written with spaces (`date of birth:`). */
  property: boolean;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
// Link text is bounded so that a line of unmatched brackets stays linear.
const WIKILINK = /!?\[\[([^[\]\n]{1,400})\]\]/g;
const PROPERTY_KEY = /^(\s*)([A-Za-z][\w -]{0,60}):/;
const HAS_WORD_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Properties the spec gives a fixed meaning whose values identify no one (a session's date and
 * number, its format, dynamics and themes): not read, which keeps a 10,000-note vault cheap. Free
 * text (`contract_focus`, `parallel_process`, `felt_sense`) and people (`client`, `supervisor`)
 * are read. Keys match as SPEC section 1 says: any case, with `-`, `_` and a space as one character.
 */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'type', 'date', 'session', 'duration', 'modality', 'format', 'status', 'start', 'author', 'private', 'for_supervision',
  'direction', 'role', 'code', 'aliases', 'alias', 'tags', 'cssclasses', 'client_dynamics', 'practitioner_dynamics',
  'supervisee_dynamics', 'supervisor_dynamics', 'dynamics', 'themes',
]);

/**
 * The lines of a note worth checking: the frontmatter and the body, without fenced code blocks
 * (checklists and data pasted as code are not prose), and with links to the vault's own notes
 * blanked out, since a link to a note is the vault's own name for it. A property line that holds
 * nothing but such links (`client: "[[C-014]]"`) is left out.
 */
export function checkableLines(text: string, known: KnownNames): CheckLine[] {
  const lines = text.split('\n');
  const out: CheckLine[] = [];
  let i = 0;
  if (lines.length > 1 && lines[0].trimEnd() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
    if (end > 0) {
      let structural = false;
      for (let n = 1; n < end; n++) {
        const key = PROPERTY_KEY.exec(lines[n]);
        // A list under a structural key (`themes:` then `  - loss`) is skipped with it.
        if (key && key[1] === '') structural = STRUCTURAL_KEYS.has(key[2].trim().toLowerCase().replace(/[- ]/g, '_'));
        if (structural) continue;
        const line = readPropertyLine(withoutCr(lines[n]), known);
        if (line !== undefined) out.push({ line: n + 1, text: line, property: true });
      }
      i = end + 1;
    }
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = withoutCr(lines[i]);
    if (line.length === 0) continue;
    const open = FENCE_OPEN.exec(line);
    if (fence !== undefined) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1]) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    out.push({ line: i + 1, text: blankNoteLinks(line, known), property: false });
  }
  return out;
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function readPropertyLine(raw: string, known: KnownNames): string | undefined {
  const key = PROPERTY_KEY.exec(raw);
  // `date_of_birth` reads as "date of birth", so the detectors see the words a writer would use.
  const line = key ? key[1] + key[2].replace(/[_-]/g, ' ') + raw.slice(key[0].length - 1) : raw;
  const blanked = blankNoteLinks(line, known);
  const value = key ? blanked.slice(key[0].length) : blanked;
  return HAS_WORD_OR_DIGIT.test(value) ? blanked : undefined;
}

/** Blanks `[[links]]` to the vault's own notes; other links keep their words, without brackets. */
export function blankNoteLinks(line: string, known: KnownNames): string {
  if (!line.includes('[[')) return line;
  return line.replace(WIKILINK, (link, inner: string) => {
    const target = inner.split('|')[0].split('#')[0];
    if (known.isNote(target)) return ' '.repeat(link.length);
    return link.replace(/[[\]|!]/g, ' ');
  });
}
