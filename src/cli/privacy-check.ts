import type { WriteStream } from 'node:tty';
import type { Engine } from '../core/engine';
import type { NameModel } from '../core/privacy/name-model';
import { decodeNote } from '../core/parse/decode';
import type { IdentifierKind } from '../core/privacy/kinds';
import { lexiconNameModel } from '../core/privacy/lexicon-model';
import { knownNamesOf, privacyNoteOf } from '../core/privacy/note-records';
import { checkVault, isChecked, type PrivacyNote, type VaultFinding } from '../core/privacy/vault-check';
import type { PrivacyCheckCommand } from './args';
import { loadVault, reportLeftOut, type LoadOptions } from './load-vault';
import { pushTo } from '../core/util/multimap';
import { readNoteFile } from './read-vault';
import { oneLine, terminalText } from '../core/text/control-characters';
import { writeJson } from './write-json';

export const PRIVACY_SCHEMA = 'parallel-process/privacy-check@1';

export interface PrivacyDocument {
  schema: typeof PRIVACY_SCHEMA;
  findings: { path: string; line: number; kind: IdentifierKind; text: string }[];
}

/**
 * `privacy-check VAULT`: lists identifying details in the vault's clinical notes. It reads notes and
 * writes only to stdout and stderr: it never edits a note. Findings in private reflections are left
 * out (and counted) unless `--include-private`.
 */
export function privacyCheck(command: PrivacyCheckCommand, options: LoadOptions, stdout: WriteStream, stderr: WriteStream): number {
  const loaded = loadVault(command.vault, options, stderr);
  const { engine } = loaded;
  reportLeftOut(loaded, stderr, command.includePrivate);
  const { findings, notesChecked } = checkVaultFolder(command.vault, engine, lexiconNameModel());
  const shown = command.includePrivate ? findings : findings.filter((f) => !f.private);
  const hidden = command.includePrivate ? [] : findings.filter((f) => f.private);
  const doc: PrivacyDocument = { schema: PRIVACY_SCHEMA, findings: shown.map(({ path, line, kind, text }) => ({ path, line, kind, text })) };
  if (command.json) {
    writeJson(doc, (text) => stdout.write(text));
    if (hidden.length > 0) stderr.write(leftOut(hidden) + '\n');
  } else {
    stdout.write(terminalText(formatPrivacyReport(doc, notesChecked, hidden)));
  }
  return 0;
}

/**
 * Checks a vault folder the engine has loaded (only the notes in `only`, when given): the vault's own
 * names from the parsed notes, then the clinical notes read again (the parsed vault keeps no body
 * text), one at a time.
 */
export function checkVaultFolder(vault: string, engine: Engine, names: NameModel, only?: ReadonlySet<string>): { findings: VaultFinding[]; notesChecked: number } {
  const parsed = [...engine.graph.allNotes()];
  const known = knownNamesOf(parsed);
  function* notes(): Generator<PrivacyNote> {
    for (const note of parsed) {
      if (only && !only.has(note.path)) continue;
      const record = privacyNoteOf(note, '');
      if (!isChecked(record)) continue;
      const file = readNoteFile(vault, note.path);
      // Decoded as the engine decodes it, so that line numbers agree with its diagnostics.
      if (file.readError === undefined) yield { ...record, text: decodeNote(file.data).text };
    }
  }
  return checkVault(notes(), known, { names });
}

/** Findings grouped by note, each with its line, kind and text; then what was left out. */
export function formatPrivacyReport(doc: PrivacyDocument, notesChecked: number, hidden: readonly VaultFinding[]): string {
  const byNote = new Map<string, PrivacyDocument['findings']>();
  for (const f of doc.findings) pushTo(byNote, f.path, f);
  const out: string[] = [];
  const checked = `${notesChecked} clinical note${notesChecked === 1 ? '' : 's'}`;
  if (doc.findings.length === 0) {
    out.push(`No identifying details found in ${checked}.`);
  } else {
    out.push(`${plural(doc.findings.length, 'possible identifying detail')} in ${byNote.size} of ${checked}. Nothing was changed: check each one, and keep only what the notes need.`);
    // A loop, not Math.max(...list): a spread of a few hundred thousand findings overflows the stack.
    const lineWidth = doc.findings.reduce((width, f) => Math.max(width, String(f.line).length), 1);
    for (const [path, findings] of byNote) {
      out.push('', oneLine(path));
      for (const f of findings) out.push(`  ${String(f.line).padStart(lineWidth)}  ${f.kind.padEnd(13)}  ${f.text}`);
    }
  }
  if (hidden.length > 0) out.push('', leftOut(hidden));
  return out.join('\n') + '\n';
}

function leftOut(hidden: readonly VaultFinding[]): string {
  const notes = new Set(hidden.map((f) => f.path)).size;
  return `${plural(hidden.length, 'finding')} in ${plural(notes, 'private reflection')} left out; --include-private shows them.`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
