import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}
