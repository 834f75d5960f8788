// The pattern panel on a plain page, for browser tests and the render benchmark. Obsidian's DOM
// helpers (createEl, setText...) come from obsidian-test-mocks; everything else is the real code.
import { setup } from 'obsidian-test-mocks/setup';
import { Engine } from '../../../src/core/engine';
import { PatternPanel } from '../../../src/obsidian/view/pattern-panel';
import { TestHost } from '../../helpers/test-host';

setup();

export interface PageOptions {
  files: Record<string, string>;
  today: string;
  activePath?: string;
}

let host: TestHost | undefined;

function start(options: PageOptions): { flags: number } {
  const engine = new Engine();
  engine.load(Object.entries(options.files).map(([path, data]) => ({ path, data })));
  host = new TestHost(engine);
  host.today = options.today;
  host.activePath = options.activePath;
  host.panel = new PatternPanel(document.querySelector<HTMLElement>('.view-content')!, host);
  host.panel.render();
  return { flags: engine.flags().length };
}

/** Median time of rendering `count` flags (copies of the vault's, distinct ids) from scratch. */
function timeRender(count: number, runs: number): { medianMs: number; cards: number } {
  const current = host!;
  const base = current.engine!.flags();
  current.flags = Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], id: `bench-${i}`, score: 1 - i / count }));
  const times: number[] = [];
  const root = document.querySelector<HTMLElement>('.view-content')!;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    current.panel = new PatternPanel(root, current);
    current.panel.render();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], cards: root.querySelectorAll('.pp-card').length };
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
  return { medianMs: times[Math.floor(times.length / 2)], cards: root.querySelectorAll('.pp-card').length };
}

declare global {
  interface Window {
    parallelProcessPage: { start: typeof start; timeRender: typeof timeRender; timeSearch: typeof timeSearch; host: () => TestHost | undefined };
  }
}

window.parallelProcessPage = { start, timeRender, timeSearch, host: () => host };
