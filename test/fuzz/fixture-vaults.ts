import { readFixtureVault } from '../helpers/engine';
import type { FuzzVault } from './fuzz-engine';

/** The notes the fuzzer starts from: the demo vault and the fixture vaults. */
export function fixtureVaults(root = '.'): FuzzVault[] {
  return ['examples/demo-vault', 'test/fixtures/vaults/evaluation', 'test/fixtures/vaults/broken'].map((name) => ({ name, files: readFixtureVault(`${root}/${name}`) }));
}
