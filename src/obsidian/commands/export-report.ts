import { normalizePath, Notice } from 'obsidian';
import { notesOfFlags, warningNotice } from '../../core/privacy/travel-warning';
import { ClientMask, clientNames } from '../../core/present/client-mask';
import { exportMarkdown } from '../../core/report/export-markdown';
import { standingOf } from '../../core/review/flag-review';
import { noteNameOf } from '../../core/vault/paths';
import { createNote } from '../note-files';
import { readyEngine, today, type PluginContext } from '../plugin-context';
import { identifyingIn } from '../privacy/drawn-on';

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
  // Names masked (a screen shared), the report is too, and, as in the view, flags resting on private reflections stay out.
  const mask = settings.maskClientNames ? new ClientMask(clientNames(engine.graph)) : undefined;
  const includePrivate = settings.includePrivateInExport && !mask;
  const { flags } = engine.selectFlags({ includePrivate });
  // A dismissed flag whose evidence has changed since is new again, and exported.
  const shown = flags.filter((f) => standingOf(f, settings.reviews).status !== 'dismissed');
  const identifying = await identifyingIn(context.app, engine, notesOfFlags(shown), context.privacy.knownNames(engine), includePrivate);
  const date = today();
  const text = exportMarkdown(shown, { date, clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id), identifying, mask: mask ? (text) => mask.mask(text) : undefined });
  const folder = settings.exportFolder.trim();
  const file = await createNote(context.app, normalizePath(`${folder === '' ? '' : `${folder}/`}Parallel process report ${date}.md`), text, 'next-free');
  const shownName = (path: string): string => (mask ? mask.mask(noteNameOf(path)) : noteNameOf(path));
  if (identifying.length > 0) new Notice(warningNotice(mask ? mask.mask(file.basename) : file.basename, identifying, shownName));
}
