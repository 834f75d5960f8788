import { Notice } from 'obsidian';
import { clientChoices, nextSessionNumber } from '../../core/practice/practice-queries';
import { clientNote, sessionNote } from '../../core/templates/built-in-templates';
import { noteNameOf } from '../../core/vault/paths';
import { chooseOne } from '../modals/choose-modal';
import { maskedClients } from './written-mask';
import { createIfAbsent, createNote, userTemplate } from '../note-files';
import { patternPath, practitionerName, readyEngine, renderUserTemplate, templateClock, type PluginContext } from '../plugin-context';

interface Picked {
  id?: string;
  name: string;
}

/** Pick (or create) a client, then create their next session note from the template and open it. */
export async function newSessionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  // Found by an alias too ("Sam" for C-014): typed and not found, it would become a second client.
  const masked = maskedClients(context.settings, engine);
  const choices = clientChoices(engine).map((c) => ({ label: c.label, aliases: c.aliases, ...(masked ? { shown: masked(c.id) } : {}), value: { id: c.id, name: c.path ? noteNameOf(c.path) : c.label } }));
  const picked = await chooseOne<Picked>(context.app, 'Which client?', choices, (typed) => ({ name: typed }));
  if (!picked) return;
  const { settings, app } = context;
  const values = { ...templateClock(), client: picked.name, practitioner: practitionerName(context, engine), session: 1 };

  if (picked.id === undefined) {
    const clientPath = patternPath(settings.clientPattern, values, 'client');
    const template = await userTemplate(app, settings.templatesFolder, 'client');
    const text = template ? renderUserTemplate(template, { ...values, title: noteNameOf(clientPath) }, 'client') : clientNote(values);
    await createIfAbsent(app, clientPath, text).catch(() => new Notice(`Could not create ${clientPath}.`));
    // The session links to the client note by its name: what was typed may hold characters a file
    // name cannot (`#`, `:`, `|`), and a link written with them would point elsewhere. The typed text stays the client's code.
    values.client = noteNameOf(clientPath);
  } else {
    values.session = nextSessionNumber(engine, picked.id);
  }

  const template = await userTemplate(app, settings.templatesFolder, 'session');
  const text = (path: string): string => (template ? renderUserTemplate(template, { ...values, title: noteNameOf(path) }, 'session') : sessionNote(values, settings.defaultFormat));
  await createNote(app, patternPath(settings.sessionPattern, values, 'session'), text, settings.onExisting);
}
