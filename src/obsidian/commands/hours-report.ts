import { normalizePath } from 'obsidian';
import { countHours } from '../../core/practice/hours';
import { hoursMarkdown } from '../../core/practice/hours-markdown';
import { createNote } from '../note-files';
import { readyEngine, today, type PluginContext } from '../plugin-context';

/** Writes the hours per month and year as a Markdown table note (never over an earlier one) and opens it. */
export async function hoursReport(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { settings } = context;
  // As of today: a session booked ahead has not happened, and this month's supervision may still come.
  const date = today();
  const doc = countHours(engine.graph, { today: date, defaultMinutes: settings.defaultSessionMinutes, minimumHours: settings.minimumSupervisionHours });
  const folder = settings.exportFolder.trim();
  await createNote(context.app, normalizePath(`${folder === '' ? '' : `${folder}/`}Hours ${date}.md`), hoursMarkdown(doc, date), 'next-free');
}
