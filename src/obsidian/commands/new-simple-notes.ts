import { Modal, Setting, type App } from 'obsidian';
import { clientNote, reflectionNote } from '../../core/templates/built-in-templates';
import { notePath } from '../../core/templates/file-names';
import { createNote, userTemplate } from '../note-files';
import { practitionerName, readyEngine, renderUserTemplate, today, type PluginContext } from '../plugin-context';

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
  await createNote(app, notePath(settings.clientPattern, values).path, text, settings.onExisting);
}

/** Create today's private reflection note. */
export async function newReflectionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { app, settings } = context;
  const values = { date: today(), practitioner: practitionerName(context, engine) };
  const template = await userTemplate(app, settings.templatesFolder, 'reflection');
  const text = template ? renderUserTemplate(template, values, 'reflection') : reflectionNote(values);
  await createNote(app, notePath(settings.reflectionPattern, values).path, text, settings.onExisting);
}

function askText(app: App, title: string, placeholder: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let value = '';
    let done = false;
    class Ask extends Modal {
      override onOpen(): void {
        this.setTitle(title);
        new Setting(this.contentEl).addText((text) => {
          text.setPlaceholder(placeholder).onChange((v) => (value = v.trim()));
          text.inputEl.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') submit();
          });
          window.setTimeout(() => text.inputEl.focus(), 0);
        });
        new Setting(this.contentEl).addButton((b) => b.setButtonText('Create').setCta().onClick(submit));
        const submit = (): void => {
          if (value === '') return;
          done = true;
          resolve(value);
          this.close();
        };
      }
      override onClose(): void {
        this.contentEl.empty();
        if (!done) resolve(undefined);
      }
    }
    new Ask(app).open();
  });
}
