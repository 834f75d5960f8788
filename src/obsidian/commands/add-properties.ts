import { Notice, type TFile } from 'obsidian';
import { normalizeKey } from '../../core/parse/keys';
import { dateFromFileName, localDay } from '../../core/parse/dates';
import { defaultProperties } from '../../core/templates/built-in-templates';
import { noteNameOf } from '../../core/vault/paths';
import type { PluginContext } from '../plugin-context';
import { vaultOwner } from './supervisor-notes';

/**
 * Adds a type's properties to the active note, only those it lacks (names compared as the spec
 * compares them); every existing property and the body are left as they are.
 */
export async function addProperties(context: PluginContext, type: 'session' | 'supervision'): Promise<void> {
  const file = context.app.workspace.getActiveFile();
  if (!file || file.extension !== 'md') {
    new Notice('Open a note first.');
    return;
  }
  const added = await addMissingProperties(context, file, type);
  if (added === undefined) return;
  const dated = added.includes('date') && dateFromFileName(file.basename) === undefined;
  new Notice(added.length === 0 ? 'This note already has every property.' : `Added ${added.join(', ')}.${dated ? " The date is the file's earliest: check it is the day of the session." : ''}`);
}

/**
 * Whose note this is: in a supervisor's vault, the supervision they gave, with them as its supervisor;
 * else the practitioner's, with them as its supervisee (or a session's practitioner). Before the vault
 * is read, the settings alone say.
 */
function whoWrites(context: PluginContext): { author: 'supervisor' | 'supervisee'; supervisor?: string; practitioner?: string } {
  const engine = context.live.engine;
  const own = context.settings.practitionerNote.trim();
  const { supervisor, name } = engine ? vaultOwner(context, engine) : { supervisor: context.settings.vaultRole === 'supervisor', name: own === '' ? undefined : noteNameOf(own) };
  return supervisor ? { author: 'supervisor', supervisor: name } : { author: 'supervisee', practitioner: name };
}

export async function addMissingProperties(context: PluginContext, file: TFile, type: 'session' | 'supervision'): Promise<string[] | undefined> {
  // The note's own day: from its name, else the earliest day its file knows of (a note written months
  // ago is not today's session, and would move into this month's hours and this supervision's
  // window). Not the day it was created alone: a note synced or copied onto this device was created
  // here the day it arrived, while its last change may be older.
  const fileDays = [file.stat.ctime, file.stat.mtime].filter((t) => t > 0);
  const date = dateFromFileName(file.basename) ?? localDay(new Date(fileDays.length > 0 ? Math.min(...fileDays) : Date.now()));
  const defaults = defaultProperties(type, { date, format: context.settings.defaultFormat, ...whoWrites(context) });
  // A note that lacks none of them is not written at all: writing the properties back, even
  // unchanged, drops the comments in them and rewrites their lists in another style.
  const cached = context.app.metadataCache.getFileCache(file)?.frontmatter;
  if (cached && lacking(cached, defaults).length === 0) return [];
  const added: string[] = [];
  try {
    await context.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      for (const key of lacking(frontmatter, defaults)) {
        frontmatter[key] = defaults[key];
        added.push(key);
      }
    });
  } catch (error) {
    new Notice(`The properties of ${file.path} could not be read, so nothing was changed: ${String(error)}`);
    return undefined;
  }
  return added;
}

/** The keys of `defaults` the properties lack, names compared as the spec compares them. */
function lacking(properties: Record<string, unknown>, defaults: Record<string, unknown>): string[] {
  const present = new Set(Object.keys(properties).map(normalizeKey));
  return Object.keys(defaults).filter((key) => !present.has(normalizeKey(key)));
}
