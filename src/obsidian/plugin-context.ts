import { moment, Notice, type App } from 'obsidian';
import type { Engine } from '../core/engine';
import { localDay } from '../core/parse/dates';
import { peopleWithRole } from '../core/practice/practice-queries';
import { notePath } from '../core/templates/file-names';
import type { TemplateValues } from '../core/templates/placeholders';
import { renderTemplate } from '../core/templates/render-template';
import { noteNameOf } from '../core/vault/paths';
import type { LiveEngine } from './live-engine';
import type { LivePrivacy } from './privacy/live-privacy';
import type { PluginSettings } from './settings';

/** What commands need from the plugin, without the plugin itself. */
export interface PluginContext {
  app: App;
  settings: PluginSettings;
  live: LiveEngine;
  privacy: LivePrivacy;
}

/** The engine when it is ready; otherwise a Notice and undefined. */
export function readyEngine(context: PluginContext): Engine | undefined {
  const engine = context.live.engine;
  if (!engine) new Notice('Still reading your notes; try again in a moment.');
  return engine;
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(now = new Date()): string {
  return localDay(now);
}

// Obsidian exports moment as `typeof import('moment')`, which with esModuleInterop types as a namespace
// and not as the function it is at run time.
const obsidianMoment = moment as unknown as (date: Date) => { format(format: string): string };

/** What every template starts from: today, and Obsidian's moment for `{{date:FORMAT}}` and `{{time:FORMAT}}`. */
export function templateClock(now = new Date()): Pick<TemplateValues, 'date' | 'now' | 'formatDate'> {
  return { date: today(now), now, formatDate: (date, format) => obsidianMoment(date).format(format) };
}

/** The practitioner's own name: the person note in settings, else the only practitioner in the vault. */
export function practitionerName(context: PluginContext, engine: Engine): string | undefined {
  if (context.settings.practitionerNote.trim() !== '') return noteNameOf(context.settings.practitionerNote.trim());
  const practitioners = peopleWithRole(engine, 'practitioner');
  return practitioners.length === 1 ? practitioners[0].name : undefined;
}

/** Renders a user template (values quoted safely in its properties) and says which placeholders it could not fill. */
export function renderUserTemplate(template: string, values: TemplateValues, what: string): string {
  const rendered = renderTemplate(template, values);
  if (rendered.unknown.length > 0) new Notice(`Your ${what} template has placeholders without a value, left as written: ${rendered.unknown.join(', ')}`);
  if (rendered.brokenProperties) new Notice(`Your ${what} template's properties do not read as YAML (a quote is never closed): the new note's properties are as the template wrote them. Correct the template, then the note.`);
  return rendered.text;
}

/** Where a file-name pattern puts a note, saying which placeholders it could not fill. */
export function patternPath(pattern: string, values: TemplateValues, what: string): string {
  const target = notePath(pattern, values);
  if (target.unknown.length > 0) new Notice(`The ${what} file name pattern has placeholders without a value: ${target.unknown.join(', ')}`);
  return target.path;
}
