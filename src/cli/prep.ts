import type { WriteStream } from 'node:tty';
import type { TaxonomySource } from '../core/taxonomy/load-taxonomy';
import { localDay } from '../core/parse/dates';
import { preparationMarkdown, prepareSupervision } from '../core/practice/prepare';
import { findSupervisor } from '../core/practice/supervisors';
import type { PrepCommand } from './args';
import { CommandError } from './errors';
import { loadVault } from './load-vault';

/**
 * `prep VAULT --supervisor NAME`: the Markdown note preparing the next supervision with NAME. The
 * command line keeps no reviews, so every flag not resting on a private reflection is open.
 */
export function prep(command: PrepCommand, taxonomy: TaxonomySource | undefined, version: string, stdout: WriteStream, stderr: WriteStream): number {
  const settings = command.templatesFolder === undefined ? {} : { templatesFolder: command.templatesFolder };
  const { engine } = loadVault(command.vault, { settings, taxonomy, cache: command.cache, version }, stderr);
  const supervisor = findSupervisor(engine.graph, command.supervisor);
  if (supervisor === undefined) throw new CommandError(`no supervisor named ${JSON.stringify(command.supervisor)} in ${command.vault}`);
  const options = { supervisor, date: command.date ?? localDay(new Date()), includePrivate: command.includePrivate };
  stdout.write(preparationMarkdown(engine, prepareSupervision(engine, options), options));
  return 0;
}
