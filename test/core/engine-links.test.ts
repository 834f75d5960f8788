import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import type { LinkResolver } from '../../src/core/vault/link-resolver';
import { noteText } from '../helpers/notes';

/** A host's resolver whose answers the test sets: how Obsidian's metadata cache looks to the engine. */
class HostLinks implements LinkResolver {
  readonly answers = new Map<string, string>();
  constructor(readonly id = 'host') {}
  resolve(linkpath: string): string | undefined {
    return this.answers.get(linkpath);
  }
  noteAdded(): void {}
  noteRemoved(): void {}
}

const FILES = {
  'Clients/C-1.md': noteText('type: client\ncode: C-1', ''),
  'Sessions/2026-02-10 C-1.md': noteText('type: session\nclient: "[[C-1 (2025)]]"\ndate: 2026-02-10\npractitioner_dynamics: [rescuing]', 'I jumped in with solutions.'),
  'Supervision/2026-02-20.md': noteText('type: supervision\ndate: 2026-02-20\ncases: ["[[C-1]]"]\nsupervisor_dynamics: [rescuing]', 'Ann came up with solutions for me.'),
};
const SESSION = 'Sessions/2026-02-10 C-1.md';
const files = () => Object.entries(FILES).map(([path, data]) => ({ path, data, mtime: 1, size: data.length }));
const kinds = (engine: Engine): string[] => engine.flags().map((f) => `${f.kind} ${f.dynamic} ${f.client}`);

function engineWith(links: HostLinks): Engine {
  const engine = new Engine({}, undefined, '1', links);
  engine.load(files());
  return engine;
}

describe('an engine with the host\'s link resolver', () => {
  it('asks it for every link, and follows a link it now resolves otherwise as a fresh engine would', () => {
    const links = new HostLinks();
    links.answers.set('C-1', 'Clients/C-1.md');
    const engine = engineWith(links);
    // The session's client is a note the host does not know of: no mirror yet.
    expect(engine.graph.clientOf(SESSION)).toBe('c-1 (2025)');
    expect(kinds(engine)).toEqual([]);
    expect(engine.relink([SESSION])).toBe(false);

    // The host renamed the client note's old name: the same link now resolves to it.
    links.answers.set('C-1 (2025)', 'Clients/C-1.md');
    expect(engine.relink(Object.keys(FILES))).toBe(true);
    expect(engine.graph.clientOf(SESSION)).toBe('Clients/C-1.md');
    expect(kinds(engine)).toEqual(['mirror-upward rescuing Clients/C-1.md']);
    expect(engine.flags()).toEqual(engineWith(links).flags());
    expect(engine.graphDocument({ includePrivate: true })).toEqual(engineWith(links).graphDocument({ includePrivate: true }));
  });

  it('takes up a snapshot whole only from an engine that resolved links the same way', () => {
    const links = new HostLinks();
    links.answers.set('C-1', 'Clients/C-1.md');
    const snapshot = JSON.parse(JSON.stringify(engineWith(links).snapshot())) as unknown;

    const same = new Engine({}, undefined, '1', links).open(files(), snapshot);
    expect(same.resumed).toBe(true);

    const other = new HostLinks('another host');
    other.answers.set('C-1', 'Clients/C-1.md');
    other.answers.set('C-1 (2025)', 'Clients/C-1.md');
    const engine = new Engine({}, undefined, '1', other);
    const opening = engine.open(files(), snapshot);
    expect(opening.resumed).toBe(false);
    expect(opening.toRead).toEqual([]);
    opening.finish();
    expect(engine.parseCount).toBe(0);
    expect(engine.graph.clientOf(SESSION)).toBe('Clients/C-1.md');
  });
});
