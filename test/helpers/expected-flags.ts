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

/** A flag as the labels name it, for comparing expected flags with found ones. */
export function flagKey(f: ExpectedFlag): string {
  return `${f.kind} | ${f.dynamic} | ${f.client ?? '-'} | ${f.supervision ?? '-'}`;
}
