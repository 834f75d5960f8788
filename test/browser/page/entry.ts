// The pattern panel on a plain page, for browser tests and the render benchmark. Obsidian's DOM
// helpers (createEl, setText...) come from obsidian-test-mocks; everything else is the real code.
import { setup } from 'obsidian-test-mocks/setup';
import { Engine } from '../../../src/core/engine';
import { lexiconNameModel } from '../../../src/core/privacy/lexicon-model';
import { knownNamesOf, privacyNoteOf } from '../../../src/core/privacy/note-records';
import { checkVault } from '../../../src/core/privacy/vault-check';
import { PatternPanel } from '../../../src/obsidian/view/pattern-panel';
import { TestHost } from '../../helpers/test-host';

setup();

export interface PageOptions {
  files: Record<string, string>;
  today: string;
  activePath?: string;
  /** Runs the privacy check over the notes, as the plugin's command does, so that its findings are listed. */
  checkPrivacy?: boolean;
}

let host: TestHost | undefined;

function start(options: PageOptions): { flags: number } {
  const engine = new Engine();
  engine.load(Object.entries(options.files).map(([path, data]) => ({ path, data })));
  host = new TestHost(engine);
  host.today = options.today;
  host.activePath = options.activePath;
  if (options.checkPrivacy) {
    const notes = [...engine.graph.allNotes()];
    const checked = checkVault(
      notes.map((note) => privacyNoteOf(note, options.files[note.path] ?? '')),
      knownNamesOf(notes),
      { names: lexiconNameModel() },
    );
    host.privacy = { state: { status: 'done', checked: checked.notesChecked }, findings: checked.findings };
  }
  host.panel = new PatternPanel(document.querySelector<HTMLElement>('.view-content')!, host);
  host.panel.render();
  return { flags: engine.flags().length };
}

/**
 * Median time of rendering `count` flags (copies of the vault's, distinct ids) from scratch: building
 * the DOM, then the style and layout the browser needs before it can paint (forced, so it is counted).
 */
function timeRender(count: number, runs: number): { medianMs: number; buildMs: number; layoutMs: number; cards: number } {
  const current = host!;
  const base = current.engine!.flags();
  current.flags = Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], id: `bench-${i}`, score: 1 - i / count }));
  const times: number[] = [];
  const builds: number[] = [];
  const layouts: number[] = [];
  const root = document.querySelector<HTMLElement>('.view-content')!;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    current.panel = new PatternPanel(root, current);
    current.panel.render();
    const built = performance.now();
    void root.offsetHeight;
    const laidOut = performance.now();
    times.push(laidOut - started);
    builds.push(built - started);
    layouts.push(laidOut - built);
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { medianMs: median(times), buildMs: median(builds), layoutMs: median(layouts), cards: root.querySelectorAll('.pp-flag').length };
}

/** Median time from typing in the search box to the filtered list, over `count` flags. */
function timeSearch(count: number, runs: number): { medianMs: number; cards: number } {
  timeRender(count, 1);
  const root = document.querySelector<HTMLElement>('.view-content')!;
  const search = root.querySelector<HTMLInputElement>('.pp-search')!;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    search.value = i % 2 === 0 ? 'supervision' : 'supervisio';
    const started = performance.now();
    search.dispatchEvent(new Event('input'));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], cards: root.querySelectorAll('.pp-flag').length };
}

declare global {
  interface Window {
    parallelProcessPage: { start: typeof start; timeRender: typeof timeRender; timeSearch: typeof timeSearch; host: () => TestHost | undefined };
  }
}

window.parallelProcessPage = { start, timeRender, timeSearch, host: () => host };
