import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Engine } from '../../../src/core/engine';
import type { IdentifierKind } from '../../../src/core/privacy/kinds';
import { nameSourceOf, privacyNoteOf } from '../../../src/core/privacy/note-records';
import type { PrivacyNote } from '../../../src/core/privacy/vault-check';
import { vaultKnownNames } from '../../../src/core/privacy/vault-check';
import type { KnownNames } from '../../../src/core/privacy/known-names';

export const PRIVACY_VAULT = 'test/fixtures/vaults/privacy';

export interface Label {
  path: string;
  line: number;
  kind: IdentifierKind;
  text: string;
}

export function readLabels(vault = PRIVACY_VAULT): { planted: Label[]; decoys: Label[] } {
  return parse(readFileSync(join(vault, 'expected.yaml'), 'utf8')) as { planted: Label[]; decoys: Label[] };
}

function markdownFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : markdownFiles(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The fixture parsed by the engine, as the command line reads it: the notes' records and the vault's own names. */
export function loadPrivacyVault(vault = PRIVACY_VAULT): { notes: PrivacyNote[]; known: KnownNames } {
  const texts = new Map(markdownFiles(vault).map((path) => [path, readFileSync(join(vault, path), 'utf8')]));
  const engine = new Engine();
  engine.load([...texts].map(([path, data]) => ({ path, data })));
  const parsed = [...engine.graph.allNotes()];
  return {
    notes: parsed.map((note) => privacyNoteOf(note, texts.get(note.path) ?? '')),
    known: vaultKnownNames(parsed.map(nameSourceOf)),
  };
}
