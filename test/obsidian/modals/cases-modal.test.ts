import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chooseCases } from '../../../src/obsidian/modals/cases-modal';
import { mockApp } from '../helpers/harness';
import { buttonNamed, closeAllModals, installModalDriver, nextModal, openModals, pressEscape, toggles } from '../helpers/modals';

beforeAll(installModalDriver);
afterEach(closeAllModals);

const OPTIONS = [
  { id: 'Clients/C-014.md', label: 'C-014', selected: false },
  { id: 'Clients/C-021.md', label: 'C-021', selected: true },
  { id: 'Clients/C-033.md', label: 'C-033', selected: true },
];

describe('chooseCases', () => {
  it('shows the proposed cases ticked; what the user ticks and unticks is what comes back', async () => {
    const app = await mockApp({});
    const chosen = chooseCases(app.asOriginalType__(), OPTIONS);
    const modal = await nextModal();
    expect(modal.querySelector('.modal-title')?.textContent).toBe('Cases for this supervision');
    expect(toggles(modal).map((t) => [t.name, t.on])).toEqual([
      ['C-014', false],
      ['C-021', true],
      ['C-033', true],
    ]);
    toggles(modal)[0].el.click();
    toggles(modal)[2].el.click();
    expect(toggles(modal).map((t) => t.on)).toEqual([true, true, false]);
    buttonNamed(modal, 'Create note').click();
    await expect(chosen).resolves.toEqual(['Clients/C-014.md', 'Clients/C-021.md']);
    expect(openModals()).toEqual([]);
  });

  it('says when there are no clients yet, and resolves undefined when dismissed', async () => {
    const app = await mockApp({});
    const chosen = chooseCases(app.asOriginalType__(), []);
    const modal = await nextModal();
    expect(modal.textContent).toContain('No clients yet.');
    pressEscape();
    await expect(chosen).resolves.toBeUndefined();
  });
});
