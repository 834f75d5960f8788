import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listNotePaths } from '../../src/cli/read-vault';
import { Engine, type EngineSettings } from '../../src/core/engine';
import type { TaxonomySource } from '../../src/core/taxonomy/load-taxonomy';

/** An engine over in-memory notes, loaded the way a first scan loads them. */
export function engineWith(files: Record<string, string>, settings: Partial<EngineSettings> = {}, taxonomy?: TaxonomySource): Engine {
  const engine = new Engine(settings, taxonomy);
  engine.load(Object.entries(files).map(([path, data]) => ({ path, data })));
  return engine;
}

/** The markdown files of a fixture folder, keyed by vault path. */
export function readFixtureVault(root: string): Record<string, string> {
  return Object.fromEntries(listNotePaths(root).map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}
