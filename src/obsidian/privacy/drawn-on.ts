import type { App } from 'obsidian';
import type { Engine } from '../../core/engine';
import type { KnownNames } from '../../core/privacy/known-names';
import { findingsByNote, type NoteFindings } from '../../core/privacy/travel-warning';
import { checkNotes } from './check-notes';

/**
 * The notes an export or a preparation draws on that may hold identifying details, checked afresh
 * (whether or not the privacy check has run). Private reflections count only when the output may
 * show them: otherwise it does not name them, and neither does its warning.
 */
export async function identifyingIn(app: App, engine: Engine, paths: readonly string[], known: KnownNames, includePrivate: boolean): Promise<NoteFindings[]> {
  const result = await checkNotes(app, engine, paths, { known });
  const findings = [...(result?.byPath.values() ?? [])].flat();
  return findingsByNote(findings.filter((f) => includePrivate || !f.private));
}
