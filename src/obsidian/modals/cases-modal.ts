import { Modal, Setting, type App } from 'obsidian';

export interface CaseOption {
  id: string;
  label: string;
  selected: boolean;
}

/** A checklist of clients for a supervision note, pre-selected (`about` says which are); resolves with the chosen ids, or undefined. */
export function chooseCases(app: App, options: CaseOption[], about = 'Clients seen since your last supervision, and sessions marked for supervision, are ticked.'): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const chosen = new Set(options.filter((o) => o.selected).map((o) => o.id));
    let done = false;
    class CasesModal extends Modal {
      override onOpen(): void {
        this.setTitle('Cases for this supervision');
        this.contentEl.createEl('p', { text: about });
        if (options.length === 0) this.contentEl.createEl('p', { text: 'No clients yet.' });
        for (const option of options) {
          new Setting(this.contentEl).setName(option.label).addToggle((toggle) =>
            toggle.setValue(chosen.has(option.id)).onChange((on) => {
              if (on) chosen.add(option.id);
              else chosen.delete(option.id);
            }),
          );
        }
        new Setting(this.contentEl).addButton((button) =>
          button
            .setButtonText('Create note')
            .setCta()
            .onClick(() => {
              done = true;
              resolve(options.filter((o) => chosen.has(o.id)).map((o) => o.id));
              this.close();
            }),
        );
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!done) resolve(undefined);
      }
    }
    new CasesModal(app).open();
  });
}
