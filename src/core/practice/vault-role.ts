import type { GraphReader } from '../graph/relationship-graph';
import { writtenBySupervisor } from '../model/note-author';

/** Whose notes a vault holds: a practitioner's (the default), or a supervisor's, with notes on several supervisees. */
export type VaultRole = 'practitioner' | 'supervisor';

/** The setting: say which, or let the notes tell. */
export type VaultRoleSetting = 'auto' | VaultRole;

export const VAULT_ROLE_SETTINGS: readonly VaultRoleSetting[] = ['auto', 'practitioner', 'supervisor'];

export interface VaultRoleReading {
  role: VaultRole;
  /** Where the role came from, so the view can say it. */
  from: 'setting' | 'notes';
  /** Supervision notes the supervisor wrote (`author: supervisor`), and the others. */
  written: number;
  received: number;
}

/**
 * A vault is a supervisor's when the settings say so, or, left to the notes, when most of its
 * supervision notes were written by the supervisor: a supervisor's own supervision (of their
 * supervision) is a few notes beside many about supervisees, and a practitioner who keeps a copy
 * of a supervisor's note is still a practitioner.
 */
export function readVaultRole(graph: GraphReader, setting: VaultRoleSetting = 'auto'): VaultRoleReading {
  let written = 0;
  let received = 0;
  for (const note of graph.allNotes()) {
    if (note.isTemplate || note.content.kind !== 'supervision') continue;
    if (writtenBySupervisor(note)) written++;
    else received++;
  }
  if (setting !== 'auto') return { role: setting, from: 'setting', written, received };
  return { role: written > received ? 'supervisor' : 'practitioner', from: 'notes', written, received };
}
