import { AbstractInputSuggest, TFile, TFolder, type App, type TAbstractFile } from 'obsidian';

/** The most paths offered at once: a vault of thousands narrows as the user types. */
const SHOWN = 50;

/** What a settings path box takes: the vault's folders, or its files with one of these extensions. */
export type PathKind = { kind: 'folder' } | { kind: 'file'; extensions: readonly string[] };

/** Whether a vault item is a path of this kind (not the vault's root folder). */
export function acceptsPath(path: PathKind, item: TAbstractFile): boolean {
  if (path.kind === 'folder') return item instanceof TFolder && !item.isRoot();
  return item instanceof TFile && path.extensions.includes(item.extension);
}

/**
 * Suggests the vault's folders or notes under a settings text box, as Obsidian's own path settings
 * do: for Obsidian before 1.13, whose settings have no file and folder controls of their own.
 */
export class PathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    inputEl: HTMLInputElement,
    private readonly path: PathKind,
    private readonly chosen: (path: string) => void,
  ) {
    super(app, inputEl);
  }

  protected getSuggestions(query: string): string[] {
    const typed = query.trim().toLowerCase();
    return this.app.vault
      .getAllLoadedFiles()
      .filter((item) => acceptsPath(this.path, item) && item.path.toLowerCase().includes(typed))
      .map((item) => item.path)
      .sort((a, b) => a.localeCompare(b))
      .slice(0, SHOWN);
  }

  renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }

  override selectSuggestion(path: string): void {
    this.setValue(path);
    this.chosen(path);
    this.close();
  }
}
