// Each plugin test starts as a device would: a fresh IndexedDB (fake-indexeddb), so that no test
// starts from another's cache; and ends as closing Obsidian would, with every plugin it started unloaded.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { unloadStartedPlugins } from './harness';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  unloadStartedPlugins();
});
