// Each plugin test starts as a device would: a fresh IndexedDB (fake-indexeddb), so that no test
// starts from another's cache; and ends as closing Obsidian would, with every plugin it started unloaded.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach } from 'vitest';
import { unloadStartedPlugins } from './harness';

// Obsidian's IndexedDB (Chromium's) stores Blobs. fake-indexeddb copies values with Node's
// structuredClone, which copies Node's Blob but turns happy-dom's into a plain object: the tests'
// Blob is Node's, as a device's is the browser's own.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  unloadStartedPlugins();
});
