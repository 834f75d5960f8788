import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listNotePaths } from '../../src/cli/read-vault';
import { Engine, type EngineSettings } from '../../src/core/engine';
import type { SourceFile } from '../../src/core/index/vault-index';
import type { TaxonomySource } from '../../src/core/taxonomy/load-taxonomy';

/** An engine over in-memory notes, loaded the way a first scan loads them. */
export function engineWith(files: Record<string, string | Uint8Array>, settings: Partial<EngineSettings> = {}, taxonomy?: TaxonomySource): Engine {
  const engine = new Engine(settings, taxonomy);
  engine.load(Object.entries(files).map(([path, data]) => ({ path, data })));
  return engine;
}

/**
 * An engine opened from the snapshot of one that loaded these files (through its JSON text, as the
 * cache keeps it), as a restart does; `resumed` says whether it took the whole state up.
 */
export function reopened(files: readonly SourceFile[]): { first: Engine; engine: Engine; resumed: boolean } {
  const first = new Engine();
  first.load(files);
  const engine = new Engine();
  const opening = engine.open(files, JSON.parse(JSON.stringify(first.snapshot())));
  opening.finish();
  return { first, engine, resumed: opening.resumed };
}

/** The markdown files of a fixture folder, keyed by vault path. */
export function readFixtureVault(root: string): Record<string, string> {
  return Object.fromEntries(listNotePaths(root).map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}
