import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A flag a labelled fixture vault expects (its `expected-flags.yaml`): which rule, dynamic, client and supervision. */
export interface ExpectedFlag {
  kind: string;
  dynamic: string;
  client: string | null;
  supervision: string | null;
}

/** The flags a labelled fixture vault expects. */
export function readExpectedFlags(root: string): ExpectedFlag[] {
  return parse(readFileSync(join(root, 'expected-flags.yaml'), 'utf8')) as ExpectedFlag[];
}

/**
 * Kinds whose flag is not one client's (SPEC section 3: one per reflection and dynamic, one per
 * practitioner, dynamic and span): the labels give them no client. A resonance the detector finds
 * in one client's sessions names that client, for the view; it is the same flag.
 */
const ACROSS_CLIENTS = new Set(['personal-resonance', 'practitioner-pattern']);

/** A flag as the labels name it, for comparing expected flags with found ones. */
export function flagKey(f: ExpectedFlag): string {
  return keyOf(f.kind, f);
}

/** The same parallel whatever its direction: a mirror kind as any mirror. */
export function flagPlace(f: ExpectedFlag): string {
  return keyOf(f.kind.startsWith('mirror') ? 'mirror' : f.kind, f);
}

function keyOf(kind: string, f: ExpectedFlag): string {
  const client = ACROSS_CLIENTS.has(f.kind) ? null : f.client;
  return `${kind} | ${f.dynamic} | ${client ?? '-'} | ${f.supervision ?? '-'}`;
}
