import type { App } from 'obsidian';
import type { GraphReader } from '../core/graph/relationship-graph';
import { readVaultRole, type VaultRole } from '../core/practice/vault-role';
import { deviceStorageName } from './engine-cache';

/**
 * Whose vault the notes say (readVaultRole), kept on this device as the last build read them. Left
 * to the notes, the role decides whose the sessions are that name no practitioner, which a build must
 * know before it has read a note: without it, every start in a supervisor's vault was built as a
 * practitioner's, then again (and its cache, kept for the second, never fitted the first). Only the
 * one word is kept, in local storage under the vault's own key, never in the vault.
 */
export class NotesRole {
  private readonly key: string;
  private kept: VaultRole;

  constructor(app: App) {
    this.key = `${deviceStorageName(app)}/vault-role`;
    this.kept = window.localStorage.getItem(this.key) === 'supervisor' ? 'supervisor' : 'practitioner';
  }

  /** What these notes say, or, before any are read, what they said last time. */
  of(notes: GraphReader | undefined): VaultRole {
    return notes ? readVaultRole(notes, 'auto').role : this.kept;
  }

  /** Keeps what these notes say for the next start. */
  keep(role: VaultRole): void {
    if (role === this.kept) return;
    this.kept = role;
    window.localStorage.setItem(this.key, role);
  }
}
