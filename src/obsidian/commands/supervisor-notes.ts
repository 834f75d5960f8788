import { Notice } from 'obsidian';
import type { Engine } from '../../core/engine';
import { personOf, type PersonRef } from '../../core/graph/person-lookup';
import { writtenBySupervisor } from '../../core/model/note-author';
import { PROPERTY } from '../../core/model/property-names';
import { presentedCases, superviseeChoices, superviseeClients } from '../../core/practice/supervisees';
import { peopleWithRole } from '../../core/practice/practice-queries';
import { readVaultRole } from '../../core/practice/vault-role';
import { clientNote } from '../../core/templates/built-in-templates';
import { caseSummaryNote, superviseeSupervisionNote } from '../../core/templates/supervisor-notes';
import { noteNameOf } from '../../core/vault/paths';
import { chooseCases } from '../modals/cases-modal';
import { chooseOne } from '../modals/choose-modal';
import { maskedClients } from './written-mask';
import { createIfAbsent, createNote, userTemplate } from '../note-files';
import { patternPath, practitionerName, readyEngine, renderUserTemplate, templateClock, type PluginContext } from '../plugin-context';

/** Pick the supervisee, tick the cases they presented, then create the supervisor's note of the supervision and open it. */
export async function newSuperviseeSupervisionNote(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const supervisee = await pickSupervisee(context, engine);
  if (!supervisee) return;
  const { app, settings } = context;
  const clock = templateClock();
  const clients = superviseeClients(engine.graph, supervisee.id);
  const masked = maskedClients(settings, engine);
  const presented = presentedCases(engine.graph, supervisee.id, clock.date);
  const about = presented.since
    ? `Clients with a case summary since your last supervision of ${supervisee.label} (${presented.since}) are ticked.`
    : `Clients with a case summary from ${supervisee.label} are ticked.`;
  const chosen = await chooseCases(
    app,
    clients.map((c) => ({ id: c.id, label: masked ? masked(c.id) : c.label, selected: presented.cases.has(c.id) })),
    about,
  );
  if (!chosen) return;
  const cases = clients.filter((c) => chosen.includes(c.id)).map((c) => presented.cases.get(c.id) ?? { client: c.name });

  const values = { ...clock, supervisor: ownName(context, engine), supervisee: supervisee.label, cases: cases.map((c) => c.client) };
  const template = await userTemplate(app, settings.templatesFolder, 'supervisee supervision');
  const text = (path: string): string => (template ? renderUserTemplate(template, { ...values, title: noteNameOf(path) }, 'supervisee supervision') : superviseeSupervisionNote(values, cases));
  await createNote(app, patternPath(settings.superviseeSupervisionPattern, values, 'supervisee supervision'), text, settings.onExisting);
}

/** Pick the supervisee and their client (or a new one), then create a case summary as presented and open it. */
export async function newCaseSummary(context: PluginContext): Promise<void> {
  const engine = readyEngine(context);
  if (!engine) return;
  const supervisee = await pickSupervisee(context, engine);
  if (!supervisee) return;
  const { app, settings } = context;
  const masked = maskedClients(context.settings, engine);
  const clients = superviseeClients(engine.graph, supervisee.id).map((c) => ({ label: c.label, ...(masked ? { shown: masked(c.id) } : {}), value: { known: true, name: c.name } }));
  const client = await chooseOne(app, `Which of ${supervisee.label}'s clients?`, clients, (typed) => ({ known: false, name: typed }));
  if (!client) return;
  const values = { ...templateClock(), client: client.name, supervisee: supervisee.label };
  if (!client.known) {
    // A new client gets a client note naming the supervisee as their practitioner, as a practitioner's would.
    const clientPath = patternPath(settings.clientPattern, values, 'client');
    await createIfAbsent(app, clientPath, clientNote({ ...values, practitioner: supervisee.label })).catch(() => new Notice(`Could not create ${clientPath}.`));
    // Linked by the note's name, not the text typed (see new-session-note.ts).
    values.client = noteNameOf(clientPath);
  }
  const template = await userTemplate(app, settings.templatesFolder, 'case summary');
  const text = (path: string): string => (template ? renderUserTemplate(template, { ...values, title: noteNameOf(path) }, 'case summary') : caseSummaryNote(values));
  await createNote(app, patternPath(settings.caseSummaryPattern, values, 'case summary'), text, settings.onExisting);
}

/** The supervisee picker: practitioners' person notes and the supervisees earlier notes name; a new name can be typed. */
function pickSupervisee(context: PluginContext, engine: Engine): Promise<PersonRef | undefined> {
  const choices = superviseeChoices(engine.graph).map((p) => ({ label: p.label, value: p }));
  return chooseOne(context.app, 'Which supervisee?', choices, (typed) => ({ id: typed, label: typed }));
}

/**
 * Whose vault this is, as the notes or the setting say (readVaultRole), and its owner's name: a
 * supervisor's own (ownName), else the practitioner's.
 */
export function vaultOwner(context: PluginContext, engine: Engine): { supervisor: boolean; name: string | undefined } {
  const supervisor = readVaultRole(engine.graph, context.settings.vaultRole).role === 'supervisor';
  return { supervisor, name: supervisor ? ownName(context, engine) : practitionerName(context, engine) };
}

/**
 * The supervisor's own name: the person note in the settings; else the supervisor most of the
 * notes they wrote name; else the vault's only supervisor.
 */
export function ownName(context: PluginContext, engine: Engine): string | undefined {
  if (context.settings.practitionerNote.trim() !== '') return noteNameOf(context.settings.practitionerNote.trim());
  const counts = new Map<string, number>();
  for (const note of engine.graph.allNotes()) {
    if (note.content.kind !== 'supervision' || note.isTemplate || !writtenBySupervisor(note)) continue;
    const label = personOf(engine.graph, note.path, PROPERTY.supervisor)?.label;
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const named = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (named) return named[0];
  const supervisors = peopleWithRole(engine, 'supervisor');
  return supervisors.length === 1 ? supervisors[0].name : undefined;
}
