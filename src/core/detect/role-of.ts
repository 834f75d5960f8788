import type { Role } from '../model/role';
import type { NoteKind } from '../model/note-types';
import type { Who } from './mentions';

/**
 * The role of whoever a sentence's subject is (`who`) in a note of `kind`, as the detector gives its
 * evidence (SPEC section 1); null for someone outside the relationships, whose acts are no one's
 * evidence. `author`: who wrote a supervision note.
 */
export function roleOf(kind: NoteKind, author: 'supervisee' | 'supervisor', who: Who | undefined): Role | null {
  if (who === 'other') return null;
  // A reflection is the writer's own: what he, she, a client or a supervisor does in it is someone
  // else's, and no evidence for anyone (its themes are the writer's all the same: note-evidence.ts).
  if (kind === 'reflection') return who === undefined || who === 'me' || who === 'we' ? 'self' : null;
  if (kind === 'session') {
    // A case summary is in the presenting practitioner's words ("I jumped in") or names them ("Ben jumped in").
    if (who === 'me' || who === 'practitioner') return 'practitioner';
    if (who === 'client' || who === 'third-person') return 'client';
    return 'unknown';
  }
  if (kind === 'supervision') {
    if (who === 'me') return author;
    // In a note the supervisor wrote, he/she/they is the supervisee they write about (SPEC section 1).
    if (who === 'third-person' && author === 'supervisor') return 'supervisee';
    if (who === 'supervisor' || who === 'supervisee' || who === 'client') return who;
    return 'unknown';
  }
  return 'unknown';
}
