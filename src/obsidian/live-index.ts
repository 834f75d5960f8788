import { TFile, type App, type Plugin, type TAbstractFile } from 'obsidian';
import { graphDocument, type GraphDocument } from '../core/graph/graph-document';
import type { Diagnostic } from '../core/model/diagnostic';
import { VaultIndex } from '../core/index/vault-index';
import { readSource } from './vault-source';

/** Notes read between yields to the UI while the index builds. */
const BATCH = 200;

/** The core index kept in step with the vault. */
export class LiveIndex {
  private index = new VaultIndex();
  private readonly listeners = new Set<() => void>();
  ready = false;

  constructor(private readonly app: App) {}

  /** Reads every note, yielding to the UI between batches, then follows vault events. */
  async build(plugin: Plugin): Promise<void> {
    const files = this.app.vault.getMarkdownFiles();
    const index = new VaultIndex();
    for (let i = 0; i < files.length; i += BATCH) {
      for (const file of files.slice(i, i + BATCH)) index.upsert(await readSource(this.app.vault, file));
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    }
    this.index = index;
    this.ready = true;
    this.follow(plugin);
    this.emit();
  }

  graph(): GraphDocument {
    return graphDocument(this.index.graph);
  }

  diagnostics(): Diagnostic[] {
    return this.index.diagnostics();
  }

  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  private follow(plugin: Plugin): void {
    const vault = this.app.vault;
    const update = async (file: TAbstractFile): Promise<void> => {
      if (!(file instanceof TFile) || file.extension !== 'md') return;
      this.index.upsert(await readSource(vault, file));
      this.emit();
    };
    plugin.registerEvent(vault.on('create', (file) => void update(file)));
    plugin.registerEvent(vault.on('modify', (file) => void update(file)));
    plugin.registerEvent(
      vault.on('delete', (file) => {
        this.index.remove(file.path);
        this.emit();
      }),
    );
    plugin.registerEvent(
      vault.on('rename', (file, oldPath) => {
        this.index.rename(oldPath, file.path);
        this.emit();
      }),
    );
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
