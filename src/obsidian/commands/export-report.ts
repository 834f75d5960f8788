import { normalizePath, Notice } from 'obsidian';
import { notesOfFlags, warningNotice } from '../../core/privacy/travel-warning';
import { exportMarkdown } from '../../core/report/export-markdown';
import { standingOf } from '../../core/review/flag-review';
import { createNote } from '../note-files';
import { readyEngine, today, type PluginContext } from '../plugin-context';
import { identifyingIn } from '../privacy/drawn-on';
import { writtenMask } from './written-mask';

/**
 * Writes the current flags as a new Markdown note (never over an earlier export) and opens it. With
 * the view's mask on (a screen shared), client names are masked in it and flags resting on private
 * reflections left out, as the preparation does. When a note it draws on may hold identifying
 * details, the report and a notice say which notes and what kind, never the details.
 */
export async function exportReport(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { settings } = context;
  const { mask, includePrivate, noteName } = writtenMask(settings, engine);
  const { flags } = engine.selectFlags({ includePrivate });
  // A dismissed flag whose evidence has changed since is new again, and exported.
  const shown = flags.filter((f) => standingOf(f, settings.reviews).status !== 'dismissed');
  const identifying = await identifyingIn(context.app, engine, notesOfFlags(shown), context.privacy.knownNames(engine), includePrivate);
  const date = today();
  const text = exportMarkdown(shown, { date, clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id), identifying, mask });
  const folder = settings.exportFolder.trim();
  const file = await createNote(context.app, normalizePath(`${folder === '' ? '' : `${folder}/`}Parallel process report ${date}.md`), text, 'next-free');
  if (identifying.length > 0) new Notice(warningNotice(noteName(file.path), identifying, noteName));
}
