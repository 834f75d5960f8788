import type { VaultRole } from '../../core/practice/vault-role';

export interface ExplainerActions {
  close(): void;
}

const HOW_TO_USE = [
  'Each flag is a question for you to think about, not a finding. The lines of your notes it rests on are listed under it, so you can judge for yourself.',
  "Ask whose pattern it might be: the client's, yours, or something in the supervision itself. It may be none of these.",
  "Keep the client's needs first: looking at yourself here serves the work with the client.",
  'You do not need to answer every flag. Choose the one that matters most to you this week and take it to supervision.',
  'It is one way of looking among several, and it tires when it is used on everything. Put it aside when it is not helping.',
  'Supervisors use the idea of parallel process and debate it, and little research tests it. The plugin reads only the words of your notes: it can miss what mattered, and mishear what you meant.',
];

/**
 * A short explanation for beginners, in the project's own words: what parallel process is and how
 * to use the flags with care. Opened from the header's help button or from the empty state.
 */
export function renderExplainer(parent: HTMLElement, id: string, role: VaultRole, actions: ExplainerActions): void {
  const section = parent.createDiv({ cls: 'pp-explainer', attr: { id, role: 'region', 'aria-labelledby': `${id}-title` } });
  const head = section.createDiv({ cls: 'pp-explainer-head' });
  // Focus moves here when the explanation opens, so that a screen reader starts reading at its title.
  head.createDiv({ cls: 'pp-explainer-title', text: 'What is parallel process?', attr: { id: `${id}-title`, tabindex: '-1', 'data-pp-focus': 'explainer' } });
  const close = head.createEl('button', { text: 'Close', attr: { type: 'button', 'aria-label': 'Close the explanation', 'data-pp-focus': 'explainer-close' } });
  close.addEventListener('click', () => actions.close());

  section.createEl('p', {
    text: 'Two working relationships sit side by side: yours with a client, and yours with your supervisor. Now and then something from one shows up in the other.',
  });
  section.createEl('p', {
    text: 'Say a client keeps steering away from a painful subject, and in supervision you find yourself steering away from the same thing. Or you have been doing a great deal for a client, and your supervisor starts doing a great deal for you.',
  });
  section.createEl('p', {
    text: 'It can travel both ways: from your sessions into supervision (upward), or from how you were met in supervision into your next sessions (downward). What is hard to put into words sometimes shows in how people are with each other, and supervision is meant to be a place to look at it.',
  });
  if (role === 'supervisor') {
    section.createEl('p', { text: 'As a supervisor, you see it from the other chair: the questions ask about each supervisee, and about how you met them.' });
  }
  section.createDiv({ cls: 'pp-subheading', text: 'Using the flags' });
  const list = section.createEl('ul');
  for (const line of HOW_TO_USE) list.createEl('li', { text: line });
}
