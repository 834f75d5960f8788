import { engineWith } from './engine';
import { noteText } from './notes';

/**
 * What one sentence of a session note is evidence of, read with the shipped taxonomy, as
 * "dynamic role": the note's client is C-7, called Jo.
 */
export function heard(sentence: string): string[] {
  const files = {
    'Clients/C-7.md': noteText('type: client\ncode: C-7\naliases: [Jo]', ''),
    'Sessions/2026-03-02 C-7.md': noteText('type: session\nclient: "[[C-7]]"\ndate: 2026-03-02', `## Notes\n${sentence}\n`),
  };
  return engineWith(files)
    .evidenceOf('Sessions/2026-03-02 C-7.md')
    .filter((e) => e.source === 'text')
    .map((e) => `${e.dynamic} ${e.role}`);
}
