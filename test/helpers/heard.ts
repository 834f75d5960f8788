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
  return textEvidence(files, 'Sessions/2026-03-02 C-7.md');
}

/** What a supervision note Robin (the supervisee) wrote about Jo's case hears in one sentence, as "dynamic role". */
export function heardInSupervision(sentence: string): string[] {
  const files = {
    'People/Robin Hart.md': noteText('type: person\nrole: practitioner\naliases: [Robin]', ''),
    'People/Ann Lee.md': noteText('type: person\nrole: supervisor\naliases: [Ann]', ''),
    'Clients/C-7.md': noteText('type: client\ncode: C-7\naliases: [Jo]\npractitioner: "[[Robin Hart]]"', ''),
    'Supervision/2026-03-02.md': noteText('type: supervision\ndate: 2026-03-02\nsupervisor: "[[Ann Lee]]"\nsupervisee: "[[Robin Hart]]"\ncases: ["[[C-7]]"]', `\n${sentence}\n`),
  };
  return textEvidence(files, 'Supervision/2026-03-02.md');
}

/** The evidence a vault's engine reads in one note's body text, as "dynamic role". */
function textEvidence(files: Record<string, string>, path: string): string[] {
  return engineWith(files)
    .evidenceOf(path)
    .filter((e) => e.source === 'text')
    .map((e) => `${e.dynamic} ${e.role}`);
}
