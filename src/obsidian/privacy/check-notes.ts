import type { App } from 'obsidian';
import type { Engine } from '../../core/engine';
import type { SourceFile } from '../../core/index/vault-index';
import { decodeNote } from '../../core/parse/decode';
import type { KnownNames } from '../../core/privacy/known-names';
import { lexiconNameModel } from '../../core/privacy/lexicon-model';
import { privacyNoteOf } from '../../core/privacy/note-records';
import { checkVault, isChecked, type VaultFinding } from '../../core/privacy/vault-check';
import { notesPerPause, yieldToInterface } from '../pauses';
import { readSource } from '../vault-source';

export interface CheckRun {
  known: KnownNames;
  /** Told before the first note and after every batch: how many of the notes to check have been read. */
  progress?(done: number, total: number): void;
  /** Asked after every batch: true stops the run (the plugin was unloaded), which then gives undefined. */
  stopped?(): boolean;
}

/**
 * A note's findings, from its text as the engine has read it; undefined when the check does not read
 * the note (not a clinical note, a template, no longer in the index).
 */
export function checkSource(engine: Engine, source: SourceFile, known: KnownNames): VaultFinding[] | undefined {
  const note = engine.graph.note(source.path);
  if (!note || source.readError !== undefined) return undefined;
  const record = privacyNoteOf(note, '');
  if (!isChecked(record)) return undefined;
  // Decoded as the engine decodes it, so that line numbers agree with the note as it was parsed.
  return checkVault([{ ...record, text: decodeNote(source.data).text }], known, { names: lexiconNameModel() }).findings;
}

/**
 * Reads the checked notes among `paths` through Obsidian's cached read and checks each, letting the
 * interface draw between batches as the first build does. Returns each checked note's findings
 * (notes without any are absent) and how many notes were checked.
 */
export async function checkNotes(app: App, engine: Engine, paths: readonly string[], run: CheckRun): Promise<{ byPath: Map<string, VaultFinding[]>; checked: number } | undefined> {
  const notes = paths.flatMap((path) => {
    const note = engine.graph.note(path);
    const file = app.vault.getFileByPath(path);
    return note && file && isChecked(privacyNoteOf(note, '')) ? [file] : [];
  });
  const byPath = new Map<string, VaultFinding[]>();
  const batch = notesPerPause();
  run.progress?.(0, notes.length);
  for (let i = 0; i < notes.length; i++) {
    const findings = checkSource(engine, await readSource(app.vault, notes[i]), run.known);
    if (findings && findings.length > 0) byPath.set(notes[i].path, findings);
    if ((i + 1) % batch === 0 && i + 1 < notes.length) {
      run.progress?.(i + 1, notes.length);
      await yieldToInterface();
      if (run.stopped?.()) return undefined;
    }
  }
  run.progress?.(notes.length, notes.length);
  return { byPath, checked: notes.length };
}
