import { normalizePath, Notice } from 'obsidian';
import { preparationMarkdown, prepareSupervision } from '../../core/practice/prepare';
import { supervisorChoices } from '../../core/practice/supervisors';
import { notesOfPreparation, warningNotice } from '../../core/privacy/travel-warning';
import { chooseOne } from '../modals/choose-modal';
import { createNote } from '../note-files';
import { readyEngine, today, type PluginContext } from '../plugin-context';
import { identifyingIn } from '../privacy/drawn-on';
import { writtenMask } from './written-mask';

/**
 * Pick the supervisor, then create the note preparing today's supervision with them (never over an
 * existing one) and open it. Dismissed flags stay out; with the view's mask on, client names are
 * masked and, as in the view, flags resting on private reflections are left out too. When a note it
 * draws on may hold identifying details, the note and a notice say which notes and what kind.
 */
export async function prepareSupervisionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { app, settings } = context;
  const choices = supervisorChoices(engine.graph).map((s) => ({ label: s.label, value: s }));
  const supervisor = await chooseOne(app, 'Prepare supervision with whom?', choices);
  if (supervisor === undefined) return;
  const { mask, includePrivate, noteName } = writtenMask(settings, engine);
  const date = today();
  const options = { supervisor, date, includePrivate, reviews: settings.reviews, mask };
  const preparation = prepareSupervision(engine, options);
  const identifying = await identifyingIn(app, engine, notesOfPreparation(preparation), context.privacy.knownNames(engine), options.includePrivate);
  const text = preparationMarkdown(engine, preparation, { ...options, identifying });
  const folder = settings.exportFolder.trim();
  const name = `Supervision preparation ${date} ${supervisor.label}`.replace(/[\\/:*?"<>|#^[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  await createNote(app, normalizePath(`${folder === '' ? '' : `${folder}/`}${name}.md`), text, settings.onExisting);
  if (identifying.length > 0) new Notice(warningNotice('The preparation', identifying, noteName));
}
