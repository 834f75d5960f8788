import type { TFile } from 'obsidian';
import type { Engine } from '../core/engine';
import { isMarkdownPath, normalizeVaultPath } from '../core/vault/paths';

/** What a note waits for: reading again, leaving the index, or only its links resolving again (Obsidian re-resolved them). */
export type PendingChange = 'upsert' | 'remove' | 'relink';

/** A note as a build takes it up: its file, and the path the engine holds it under. */
export interface ListedNote {
  file: TFile;
  path: string;
}

/**
 * The vault's notes as a build takes them up: each under its path before the renames still queued
 * (the next round of changes applies them, as it would to the engine the build replaces), and read
 * under that path even when it moves while the build reads. Had the build taken up the new paths,
 * that round's flags "before" (NoteChanges.flagsBefore) would have had them already, and the
 * review of a flag whose id the rename changed been lost. A note made since at a path a rename left
 * had no path before: it is not listed, and its own change, queued when it was made, reads it after
 * the renames; renamed itself since, it is listed under its new path, which the renames leave alone.
 */
export function listBeforeRenames(files: readonly TFile[], renames: readonly (readonly [from: string, to: string])[]): ListedNote[] {
  // Each path now to the one it had before the first of these renames.
  const before = new Map<string, string>();
  const left = new Set<string>();
  for (const [from, to] of renames) {
    const first = before.get(from) ?? (left.has(from) ? to : from);
    before.delete(from);
    before.set(to, first);
    left.add(from);
  }
  const listed: ListedNote[] = [];
  for (const file of files) {
    const first = before.get(file.path);
    // A file that became a note (a canvas renamed to .md) is new to the engine: under its own path.
    if (first !== undefined && isMarkdownPath(first)) listed.push({ file, path: first });
    else if (!left.has(file.path)) listed.push({ file, path: file.path });
  }
  return listed;
}

/**
 * Applies a round's renames to the engine. A note it no longer holds under its new name is read
 * under it: one that could not be read is not carried over (VaultIndex.rename), and a file that
 * became a note was never held. A change waiting for the old path follows the note to its new one
 * (an edit saved just before the move is read there), unless a note is at the old path again (made
 * since the rename), whose change it then is.
 */
export function applyRenames(engine: Engine, renames: readonly (readonly [from: string, to: string])[], pending: Map<string, PendingChange>, exists: (path: string) => boolean): void {
  for (const [from, to] of renames) {
    engine.rename(from, to);
    const waiting = pending.get(from);
    if (!exists(from)) {
      pending.delete(from);
      if (waiting === 'upsert' && isMarkdownPath(to)) pending.set(to, 'upsert');
    }
    if (isMarkdownPath(to) && !engine.graph.note(normalizeVaultPath(to))) pending.set(to, 'upsert');
  }
}
