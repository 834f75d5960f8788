import { clientChoices, peopleWithRole, proposeCases } from '../../core/practice/practice-queries';
import { supervisionNote } from '../../core/templates/built-in-templates';
import { noteNameOf } from '../../core/vault/paths';
import type { TFile } from 'obsidian';
import { findSupervisor } from '../../core/practice/supervisors';
import { nameGiven } from '../../core/parse/link-syntax';
import { unresolvedId } from '../../core/model/edges';
import { chooseCases } from '../modals/cases-modal';
import { chooseOne } from '../modals/choose-modal';
import { createNote, userTemplate } from '../note-files';
import { vaultOwner } from './supervisor-notes';
import { maskedClients } from './written-mask';
import { patternPath, readyEngine, renderUserTemplate, templateClock, type PluginContext } from '../plugin-context';

/** Pick the supervisor and the cases (pre-selected), then create the supervision note and open it. */
export async function newSupervisionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const { app, settings } = context;
  const supervisors = peopleWithRole(engine, 'supervisor').map((n) => ({ label: n.name, value: n.name }));
  const supervisor = await chooseOne(app, 'Who is the supervisor?', supervisors, (typed) => typed);
  if (supervisor === undefined) return;

  const clock = templateClock();
  // A supervisor typed in, with no note or supervision yet, has no last supervision: every unclaimed case is offered.
  const ref = findSupervisor(engine.graph, supervisor) ?? { id: unresolvedId(supervisor.trim().toLowerCase()), label: supervisor };
  const proposal = proposeCases(engine, clock.date, ref);
  const clients = clientChoices(engine);
  const masked = maskedClients(settings, engine);
  const chosen = await chooseCases(
    app,
    clients.map((c) => ({ id: c.id, label: masked ? masked(c.id) : c.label, selected: proposal.selected.includes(c.id) })),
  );
  if (!chosen) return;
  const names = clients.filter((c) => chosen.includes(c.id)).map((c) => (c.path ? noteNameOf(c.path) : c.label));
  const questions = proposal.questions.filter((q) => q.client !== undefined && chosen.includes(q.client));

  // In a supervisor's vault this is their own supervision (of their supervision): they are its supervisee.
  const supervisee = vaultOwner(context, engine).name;
  const values = { ...clock, supervisor, practitioner: supervisee, cases: names };
  const template = await userTemplate(app, settings.templatesFolder, 'supervision');
  const text = (path: string): string => (template ? renderUserTemplate(template, { ...values, title: noteNameOf(path) }, 'supervision') : supervisionNote(values, questions));
  // A note already at the path that names another supervisor is that supervision, not this one.
  const sameSupervisor = (file: TFile): boolean => {
    const named = app.metadataCache.getFileCache(file)?.frontmatter?.supervisor as unknown;
    return typeof named !== 'string' || named.trim() === '' || findSupervisor(engine.graph, named)?.id === ref.id || nameGiven(named).toLowerCase() === supervisor.trim().toLowerCase();
  };
  await createNote(app, patternPath(settings.supervisionPattern, values, 'supervision'), text, settings.onExisting, sameSupervisor);
}
