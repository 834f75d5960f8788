import { Modal, Setting, type App } from 'obsidian';

/** Asks for one line of text; resolves with it, or undefined when dismissed. */
export function askText(app: App, title: string, placeholder: string, action = 'Create'): Promise<string | undefined> {
  return new Promise((resolve) => {
    let value = '';
    let done = false;
    class Ask extends Modal {
      override onOpen(): void {
        this.setTitle(title);
        // Declared before the controls that call it: the button and the Enter key both submit.
        const submit = (): void => {
          if (value === '' || done) return;
          done = true;
          resolve(value);
          this.close();
        };
        new Setting(this.contentEl).addText((text) => {
          text.setPlaceholder(placeholder).onChange((v) => (value = v.trim()));
          text.inputEl.addEventListener('keydown', (event) => {
            // Enter that confirms an input method's composition is not a submit.
            if (event.key === 'Enter' && !event.isComposing) {
              event.preventDefault();
              submit();
            }
          });
          window.setTimeout(() => text.inputEl.focus(), 0);
        });
        new Setting(this.contentEl).addButton((b) => b.setButtonText(action).setCta().onClick(submit));
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!done) resolve(undefined);
      }
    }
    new Ask(app).open();
  });
}
