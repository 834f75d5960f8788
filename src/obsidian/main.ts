import { Plugin } from 'obsidian';
import type { GraphDocument } from '../core/graph/graph-document';
import type { Diagnostic } from '../core/model/diagnostic';
import type { Flag } from '../core/model/flag';
import { LiveIndex } from './live-index';

/** What other plugins and DataviewJS users can call (SPEC section 5). */
export interface ParallelProcessApi {
  getFlags(): Flag[];
  getGraph(): GraphDocument;
  getDiagnostics(): Diagnostic[];
  onChange(callback: () => void): () => void;
}

export default class ParallelProcessPlugin extends Plugin {
  api!: ParallelProcessApi;
  private index!: LiveIndex;

  override onload(): void {
    this.index = new LiveIndex(this.app);
    this.api = {
      getFlags: () => [],
      getGraph: () => this.index.graph(),
      getDiagnostics: () => this.index.diagnostics(),
      onChange: (callback) => this.index.onChange(callback),
    };
    // Reading the vault is heavy: wait until Obsidian has laid out its workspace.
    this.app.workspace.onLayoutReady(() => void this.index.build(this));
  }
}
