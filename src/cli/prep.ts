import type { WriteStream } from 'node:tty';
import { localDay } from '../core/parse/dates';
import { preparationMarkdown, prepareSupervision } from '../core/practice/prepare';
import { findSupervisor, supervisorChoices } from '../core/practice/supervisors';
import { lexiconNameModel } from '../core/privacy/lexicon-model';
import { findingsByNote, notesOfPreparation, warningNotice } from '../core/privacy/travel-warning';
import { noteNameOf } from '../core/vault/paths';
import type { PrepCommand } from './args';
import { CommandError } from './errors';
import { loadVault, reportLeftOut, type LoadOptions } from './load-vault';
import { checkVaultFolder } from './privacy-check';
import { terminalText } from '../core/text/control-characters';

/**
 * `prep VAULT --supervisor NAME`: the Markdown note preparing the next supervision with NAME. The
 * command line keeps no reviews, so every flag not resting on a private reflection is open. When a
 * note it draws on may hold identifying details, the note says which (never the details) and so
 * does stderr.
 */
export function prep(command: PrepCommand, load: LoadOptions, stdout: WriteStream, stderr: WriteStream): number {
  const loaded = loadVault(command.vault, load, stderr);
  const { engine } = loaded;
  reportLeftOut(loaded, stderr, command.includePrivate);
  const supervisor = findSupervisor(engine.graph, command.supervisor);
  if (supervisor === undefined) {
    const choices = supervisorChoices(engine.graph).map((s) => s.label);
    const known = choices.length === 0 ? 'it has no supervision notes nor a person note with role: supervisor' : `its supervisors: ${choices.join(', ')}`;
    throw new CommandError(`no supervisor named ${JSON.stringify(command.supervisor)} in ${command.vault} (${known})`);
  }
  const options = { supervisor, date: command.date ?? localDay(new Date()), includePrivate: command.includePrivate };
  const preparation = prepareSupervision(engine, options);
  // The notes it draws on, checked for identifying details: warned about in the note and on stderr.
  const { findings } = checkVaultFolder(command.vault, engine, lexiconNameModel(), new Set(notesOfPreparation(preparation)));
  const identifying = findingsByNote(findings.filter((f) => command.includePrivate || !f.private));
  stdout.write(terminalText(preparationMarkdown(engine, preparation, { ...options, identifying })));
  if (identifying.length > 0) stderr.write(terminalText(`${warningNotice('This preparation', identifying, noteNameOf)}\n`));
  return 0;
}
