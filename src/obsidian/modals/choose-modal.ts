import { FuzzySuggestModal, type App, type FuzzyMatch } from 'obsidian';

export interface Choice<T> {
  label: string;
  value: T;
  /** Other names it goes by (a client's aliases), shown after the label and found as it is. */
  aliases?: readonly string[];
  /** What the list shows in place of the label and other names, which it is still found by: a client's code while names are masked. */
  shown?: string;
}

/** The text a choice is shown and found by: its label, then its other names. */
function choiceText(choice: Choice<unknown>): string {
  return choice.aliases && choice.aliases.length > 0 ? `${choice.label} (${choice.aliases.join(', ')})` : choice.label;
}

/**
 * Fuzzy picker over choices; the typed text can also become a new entry ("Create …"), listed after
 * every choice that matches so that Enter on a known name never creates a second one. Resolves
 * with the choice, or undefined when dismissed.
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
        return choices;
      }
      getItemText(item: Choice<T>): string {
        return choiceText(item);
      }
      override getSuggestions(query: string): FuzzyMatch<Choice<T>>[] {
        const matches = super.getSuggestions(query);
        const typed = query.trim();
        // A name the choice goes by is exact too: typing a client's alias never offers a second client.
        const exact = choices.some((c) => [c.label, ...(c.aliases ?? [])].some((name) => name.toLowerCase() === typed.toLowerCase()));
        if (create && typed !== '' && !exact) matches.push({ item: { label: `Create "${typed}"`, value: create(typed) }, match: { score: 0, matches: [] } });
        return matches;
      }
      override renderSuggestion(match: FuzzyMatch<Choice<T>>, el: HTMLElement): void {
        if (match.item.shown === undefined) super.renderSuggestion(match, el);
        else el.setText(match.item.shown);
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
