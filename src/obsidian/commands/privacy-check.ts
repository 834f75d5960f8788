import { Notice } from 'obsidian';
import type { LivePrivacy, PrivacySummary } from '../privacy/live-privacy';

/**
 * Checks the clinical notes for identifying details and says how many it found; the findings are
 * listed under Notes to check in the pattern view, which is opened when there are any. It suggests:
 * it never edits a note.
 */
export async function checkForIdentifyingDetails(privacy: LivePrivacy, ready: boolean, openView: () => Promise<void>, buildFailure: () => string | undefined): Promise<void> {
  if (privacy.status.status === 'checking') new Notice('Already checking your notes for identifying details.');
  else if (!ready) new Notice('Your notes are still being read; the check for identifying details follows.');
  const summary = await privacy.run();
  if (!summary) {
    // The notes could not be read (the view says why): said here too, or the promise above stands unkept.
    const failure = buildFailure();
    if (failure !== undefined) new Notice(`Your notes could not be read, so they were not checked for identifying details: ${failure}`);
    return;
  }
  new Notice(summaryText(summary));
  if (summary.findings > 0) await openView();
}

export function summaryText({ checked, findings, notes }: PrivacySummary): string {
  const clinical = `${checked} clinical note${checked === 1 ? '' : 's'}`;
  if (findings === 0) return `Checked ${clinical}: no identifying details found.`;
  const details = `${findings} possible identifying detail${findings === 1 ? '' : 's'}`;
  return `Checked ${clinical}: ${details} in ${notes} note${notes === 1 ? '' : 's'}, listed under Notes to check in the parallel process view. Nothing was changed.`;
}
