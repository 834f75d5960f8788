import { FuzzySuggestModal, type App } from 'obsidian';

export interface Choice<T> {
  label: string;
  value: T;
}

/**
 * Fuzzy picker over choices; the typed text can also become a new entry ("Create …"). Resolves with
 * the choice, or undefined when dismissed.
 */
export function chooseOne<T>(app: App, placeholder: string, choices: Choice<T>[], create?: (typed: string) => T): Promise<T | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: T | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    class Picker extends FuzzySuggestModal<Choice<T>> {
      getItems(): Choice<T>[] {
        const typed = this.inputEl.value.trim();
        const exact = choices.some((c) => c.label.toLowerCase() === typed.toLowerCase());
        return create && typed !== '' && !exact ? [...choices, { label: `Create "${typed}"`, value: create(typed) }] : choices;
      }
      getItemText(item: Choice<T>): string {
        return item.label;
      }
      onChooseItem(item: Choice<T>): void {
        finish(item.value);
      }
      override onClose(): void {
        super.onClose();
        // onChooseItem runs after onClose: give it the chance to settle first.
        window.setTimeout(() => finish(undefined), 0);
      }
    }
    const picker = new Picker(app);
    picker.setPlaceholder(placeholder);
    picker.open();
  });
}
