import { normalizePath } from 'obsidian';
import { exportMarkdown } from '../../core/report/export-markdown';
import { standingOf } from '../../core/review/flag-review';
import { createNote } from '../note-files';
import { readyEngine, today, type PluginContext } from '../plugin-context';

/** Writes the current flags as a new Markdown note (never over an earlier export) and opens it. */
export async function exportReport(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { settings } = context;
  const { flags } = engine.selectFlags({ includePrivate: settings.includePrivateInExport });
  const date = today();
  const text = exportMarkdown(
    // A dismissed flag whose evidence has changed since is new again, and exported.
    flags.filter((f) => standingOf(f, settings.reviews).status !== 'dismissed'),
    { date, clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id) },
  );
  const folder = settings.exportFolder.trim();
  await createNote(context.app, normalizePath(`${folder === '' ? '' : `${folder}/`}Parallel process report ${date}.md`), text, 'next-free');
}
