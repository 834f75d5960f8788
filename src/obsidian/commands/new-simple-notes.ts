import { clientNote, reflectionNote } from '../../core/templates/built-in-templates';
import { askText } from '../modals/ask-text';
import { createNote, userTemplate } from '../note-files';
import { noteNameOf } from '../../core/vault/paths';
import { patternPath, practitionerName, readyEngine, renderUserTemplate, templateClock, type PluginContext } from '../plugin-context';

/** Ask for a client code or pseudonym, then create the client note. */
export async function newClientNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const code = await askText(context.app, 'New client', 'Client code or pseudonym (not their name)');
  if (!code) return;
  const { app, settings } = context;
  const values = { ...templateClock(), client: code, practitioner: practitionerName(context, engine) };
  const template = await userTemplate(app, settings.templatesFolder, 'client');
  const text = (path: string): string => (template ? renderUserTemplate(template, { ...values, title: noteNameOf(path) }, 'client') : clientNote(values));
  await createNote(app, patternPath(settings.clientPattern, values, 'client'), text, settings.onExisting);
}

/** Create today's private reflection note. */
export async function newReflectionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { app, settings } = context;
  const values = { ...templateClock(), practitioner: practitionerName(context, engine) };
  const template = await userTemplate(app, settings.templatesFolder, 'reflection');
  const text = (path: string): string => (template ? renderUserTemplate(template, { ...values, title: noteNameOf(path) }, 'reflection') : reflectionNote(values));
  await createNote(app, patternPath(settings.reflectionPattern, values, 'reflection'), text, settings.onExisting);
}
