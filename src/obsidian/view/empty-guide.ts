const STEPS: [command: string, what: string][] = [
  ['New client note', 'one note per client, named by a code or pseudonym, never a name.'],
  ['New session note', 'after each session; note the dynamics you noticed, or just write.'],
  ['New supervision note', 'after supervision; link the clients you discussed.'],
  ['New reflection note', 'for your own reactions; private unless you say otherwise.'],
];

/** What to do when there is nothing to show yet, and, for a beginner, what parallel process is. */
export function renderEmptyGuide(parent: HTMLElement, explain: () => void): void {
  const guide = parent.createDiv({ cls: 'pp-guide' });
  guide.createEl('p', { text: 'No possible parallel dynamics yet.' });
  const what = guide.createEl('button', { text: 'What is parallel process?', attr: { type: 'button', 'data-pp-focus': 'explain' } });
  what.addEventListener('click', explain);
  guide.createEl('p', { cls: 'pp-muted', text: 'Flags appear here as questions for reflection once session and supervision notes about the same client share a dynamic. From the command palette:' });
  const list = guide.createEl('ul');
  for (const [command, what] of STEPS) {
    const item = list.createEl('li');
    item.createEl('strong', { text: command });
    item.appendText(`: ${what}`);
  }
  guide.createEl('p', { cls: 'pp-muted', text: 'For notes you already have, the commands to add session or supervision properties fill in what is missing and keep the rest.' });
}
