import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseOne } from '../../../src/obsidian/modals/choose-modal';
import { mockApp } from '../helpers/harness';
import { closeAllModals, input, installModalDriver, nextModal, openModals, pressEscape, pressKey, suggestionTexts, typeText } from '../helpers/modals';

beforeAll(installModalDriver);
afterEach(closeAllModals);

const CLIENTS = [
  { label: 'C-014 (Sam)', value: 'Clients/C-014.md' },
  { label: 'C-021', value: 'Clients/C-021.md' },
];

describe('chooseOne', () => {
  it('lists every choice, narrows as the user types, and Enter takes the first', async () => {
    const app = await mockApp({});
    const picked = chooseOne(app.asOriginalType__(), 'Which client?', CLIENTS);
    const modal = await nextModal();
    expect(input(modal).placeholder).toBe('Which client?');
    expect(suggestionTexts(modal)).toEqual(['C-014 (Sam)', 'C-021']);
    typeText(input(modal), 'sam');
    expect(suggestionTexts(modal)).toEqual(['C-014 (Sam)']);
    pressKey(input(modal), 'Enter');
    await expect(picked).resolves.toBe('Clients/C-014.md');
    expect(openModals()).toEqual([]);
  });

  it('takes the suggestion the user clicks, or moves to it with the arrow keys', async () => {
    const app = await mockApp({});
    const clicked = chooseOne(app.asOriginalType__(), 'Which client?', CLIENTS);
    let modal = await nextModal();
    modal.querySelectorAll<HTMLElement>('.suggestion-item')[1].click();
    await expect(clicked).resolves.toBe('Clients/C-021.md');

    const arrowed = chooseOne(app.asOriginalType__(), 'Which client?', CLIENTS);
    modal = await nextModal();
    pressKey(input(modal), 'ArrowDown');
    expect(modal.querySelector('.is-selected')?.textContent).toBe('C-021');
    pressKey(input(modal), 'Enter');
    await expect(arrowed).resolves.toBe('Clients/C-021.md');
  });

  it('offers to create what was typed when nothing has that name', async () => {
    const app = await mockApp({});
    const picked = chooseOne(app.asOriginalType__(), 'Which client?', CLIENTS, (typed) => `new:${typed}`);
    const modal = await nextModal();
    typeText(input(modal), 'C-099');
    expect(suggestionTexts(modal)).toEqual(['Create "C-099"']);
    pressKey(input(modal), 'Enter');
    await expect(picked).resolves.toBe('new:C-099');
  });

  it('does not offer to create a name that exists', async () => {
    const app = await mockApp({});
    const picked = chooseOne(app.asOriginalType__(), 'Which client?', CLIENTS, (typed) => `new:${typed}`);
    const modal = await nextModal();
    typeText(input(modal), 'c-021');
    expect(suggestionTexts(modal)).toEqual(['C-021']);
    pressEscape();
    await expect(picked).resolves.toBeUndefined();
  });
});

describe('chooseOne with a name that starts a known one', () => {
  it('lists the known name first and the new entry last', async () => {
    const app = await mockApp({});
    const picked = chooseOne(app.asOriginalType__(), 'Who is the supervisor?', [{ label: 'Ann Lee', value: 'Ann Lee' }], (typed) => typed);
    const modal = await nextModal();
    typeText(input(modal), 'Ann');
    expect(suggestionTexts(modal)).toEqual(['Ann Lee', 'Create "Ann"']);
    pressKey(input(modal), 'Enter');
    await expect(picked).resolves.toBe('Ann Lee');
  });
});
