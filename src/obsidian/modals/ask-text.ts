import { Modal, Setting, type App } from 'obsidian';

/** Asks for one line of text; resolves with it, or undefined when dismissed. */
export function askText(app: App, title: string, placeholder: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let value = '';
    let done = false;
    class Ask extends Modal {
      override onOpen(): void {
        this.setTitle(title);
        new Setting(this.contentEl).addText((text) => {
          text.setPlaceholder(placeholder).onChange((v) => (value = v.trim()));
          text.inputEl.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') submit();
          });
          window.setTimeout(() => text.inputEl.focus(), 0);
        });
        new Setting(this.contentEl).addButton((b) => b.setButtonText('Create').setCta().onClick(submit));
        const submit = (): void => {
          if (value === '') return;
          done = true;
          resolve(value);
          this.close();
        };
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!done) resolve(undefined);
      }
    }
    new Ask(app).open();
  });
}
