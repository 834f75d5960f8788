import { ItemView, type WorkspaceLeaf } from 'obsidian';
import type { Flag } from '../../core/model/flag';
import type { IndexState } from '../live-index';

export const VIEW_TYPE = 'parallel-process-view';

/** What the view reads from the plugin; it holds no reference to the plugin itself. */
export interface PatternViewSource {
  status(): IndexState;
  flags(): Flag[];
  clientLabel(id: string): string;
  onChange(callback: () => void): () => void;
}

/** The sidebar: the flags as questions, strongest first. */
export class PatternView extends ItemView {
  private unsubscribe: (() => void) | undefined;
  private renderTimer: number | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly source: PatternViewSource,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Parallel process';
  }

  override getIcon(): string {
    return 'git-compare';
  }

  override async onOpen(): Promise<void> {
    this.unsubscribe = this.source.onChange(() => this.scheduleRender());
    this.render();
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    window.clearTimeout(this.renderTimer);
    await Promise.resolve();
  }

  private scheduleRender(): void {
    window.clearTimeout(this.renderTimer);
    this.renderTimer = window.setTimeout(() => this.render(), 150);
  }

  render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('parallel-process-view');
    const state = this.source.status();
    if (state.status !== 'ready') {
      const text = state.status === 'building' ? `Reading your notes: ${state.done} of ${state.total}.` : 'Waiting for Obsidian to finish loading.';
      root.createEl('p', { cls: 'pp-status', text });
      return;
    }
    const flags = this.source.flags();
    if (flags.length === 0) {
      root.createEl('p', { text: 'No possible parallel dynamics yet.' });
      root.createEl('p', {
        cls: 'pp-status',
        text: 'Create session and supervision notes from the command palette (new session note, new supervision note) and fill in their dynamics; flags appear here as questions for reflection.',
      });
      return;
    }
    root.createEl('p', { cls: 'pp-status', text: `${flags.length} possible parallel dynamics. Each is a question, not a finding.` });
    const list = root.createEl('ul', { cls: 'pp-flags' });
    for (const flag of flags) {
      const item = list.createEl('li', { cls: 'pp-flag' });
      const title = flag.client ? `${flag.kind}: ${this.source.clientLabel(flag.client)}` : flag.kind;
      item.createDiv({ cls: 'pp-flag-title', text: title });
      item.createDiv({ cls: 'pp-flag-question', text: flag.question });
    }
  }
}
