import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { askText } from '../../../src/obsidian/modals/ask-text';
import { mockApp } from '../helpers/harness';
import { buttonNamed, closeAllModals, input, installModalDriver, nextModal, openModals, pressEscape, pressKey, typeText } from '../helpers/modals';

beforeAll(installModalDriver);
afterEach(closeAllModals);

describe('askText', () => {
  it('resolves with the trimmed text when Enter is pressed, and closes', async () => {
    const app = await mockApp({});
    const answer = askText(app.asOriginalType__(), 'New client', 'Client code or pseudonym');
    const modal = await nextModal();
    expect(modal.querySelector('.modal-title')?.textContent).toBe('New client');
    expect(input(modal).placeholder).toBe('Client code or pseudonym');
    typeText(input(modal), '  C-050 ');
    pressKey(input(modal), 'Enter');
    await expect(answer).resolves.toBe('C-050');
    expect(openModals()).toEqual([]);
  });

  it('resolves with the text when the button is clicked', async () => {
    const app = await mockApp({});
    const answer = askText(app.asOriginalType__(), 'New client', 'Code');
    const modal = await nextModal();
    typeText(input(modal), 'Sam');
    buttonNamed(modal, 'Create').click();
    await expect(answer).resolves.toBe('Sam');
  });

  it('stays open on an empty answer, and resolves undefined when dismissed', async () => {
    const app = await mockApp({});
    const answer = askText(app.asOriginalType__(), 'New client', 'Code');
    const modal = await nextModal();
    typeText(input(modal), '   ');
    pressKey(input(modal), 'Enter');
    buttonNamed(modal, 'Create').click();
    expect(openModals()).toEqual([modal]);
    pressEscape();
    await expect(answer).resolves.toBeUndefined();
  });
});
