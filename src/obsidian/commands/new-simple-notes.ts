import { clientNote, reflectionNote } from '../../core/templates/built-in-templates';
import { askText } from '../modals/ask-text';
import { createNote, userTemplate } from '../note-files';
import { patternPath, practitionerName, readyEngine, renderUserTemplate, today, type PluginContext } from '../plugin-context';

/** Ask for a client code or pseudonym, then create the client note. */
export async function newClientNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const code = await askText(context.app, 'New client', 'Client code or pseudonym (not their name)');
  if (!code) return;
  const { app, settings } = context;
  const values = { client: code, date: today(), practitioner: practitionerName(context, engine) };
  const template = await userTemplate(app, settings.templatesFolder, 'client');
  const text = template ? renderUserTemplate(template, values, 'client') : clientNote(values);
  await createNote(app, patternPath(settings.clientPattern, values, 'client'), text, settings.onExisting);
}

/** Create today's private reflection note. */
export async function newReflectionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { app, settings } = context;
  const values = { date: today(), practitioner: practitionerName(context, engine) };
  const template = await userTemplate(app, settings.templatesFolder, 'reflection');
  const text = template ? renderUserTemplate(template, values, 'reflection') : reflectionNote(values);
  await createNote(app, patternPath(settings.reflectionPattern, values, 'reflection'), text, settings.onExisting);
}
