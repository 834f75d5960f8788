// IndexedDB for the plugin tests, as a device has it: fake-indexeddb, and a fresh one for each test
// so that no test starts from another's cache.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
