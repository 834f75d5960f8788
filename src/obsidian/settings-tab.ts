import { PluginSettingTab, Setting, TFile, type App, type Plugin, type SettingDefinitionItem } from 'obsidian';
import { SESSION_FORMATS } from '../core/templates/built-in-templates';
import { acceptsPath, PathSuggest, type PathKind } from './path-suggest';
import { cleanSetting, settingProblem, type PluginSettings } from './settings';

export interface SettingsHost extends Plugin {
  preferences: PluginSettings;
  saveSettings(reindex: boolean): Promise<void>;
}

type FieldKey = Exclude<keyof PluginSettings, 'reviews' | 'restored'>;

interface Field {
  key: FieldKey;
  name: string;
  desc: string;
  kind: 'text' | 'number' | 'toggle' | 'dropdown';
  options?: Record<string, string>;
  /** For a text that is a path: a folder, or a file of these extensions, picked from the vault as it is typed. */
  path?: PathKind;
  /** Changing it means reading the vault again. */
  reindex?: boolean;
  /** A number that may have decimals (1.5 hours): a number field otherwise steps by whole numbers and may refuse them. */
  fractional?: boolean;
}

const FOLDER: PathKind = { kind: 'folder' };
const NOTE: PathKind = { kind: 'file', extensions: ['md'] };
const TAXONOMY: PathKind = { kind: 'file', extensions: ['md', 'yaml', 'yml'] };

const FORMAT_OPTIONS = Object.fromEntries(SESSION_FORMATS.map((f) => [f, f === 'coaching' ? 'Coaching (with contract)' : f.toUpperCase()]));

/** Every setting once: rendered by display() before Obsidian 1.13, declared by getSettingDefinitions() from 1.13. */
const GROUPS: { heading: string; fields: Field[] }[] = [
  {
    heading: 'Notes',
    fields: [
      { key: 'sessionPattern', name: 'Session note names', desc: 'Folders and file name for new session notes. Placeholders: {{client}}, {{date}}, {{session}}.', kind: 'text' },
      { key: 'supervisionPattern', name: 'Supervision note names', desc: 'Placeholders: {{date}}, {{supervisor}}.', kind: 'text' },
      { key: 'clientPattern', name: 'Client note names', desc: 'Placeholder: {{client}} (a code or pseudonym).', kind: 'text' },
      { key: 'reflectionPattern', name: 'Reflection note names', desc: 'Placeholder: {{date}}.', kind: 'text' },
      { key: 'superviseeSupervisionPattern', name: 'Supervisee supervision note names', desc: "For supervisors: your notes of the supervision you give. Placeholders: {{supervisee}}, {{date}}.", kind: 'text' },
      { key: 'caseSummaryPattern', name: 'Case summary note names', desc: 'For supervisors: a case as a supervisee presented it. Placeholders: {{supervisee}}, {{client}}, {{date}}.', kind: 'text' },
      { key: 'templatesFolder', name: 'Templates folder', desc: 'Your own session, supervision, client and reflection templates here replace the built-in ones; notes here are never evidence.', kind: 'text', path: FOLDER, reindex: true },
      { key: 'defaultFormat', name: 'Default session format', desc: 'The sections of a new session note.', kind: 'dropdown', options: FORMAT_OPTIONS },
      { key: 'practitionerNote', name: 'Your person note', desc: 'Path of the note about you, such as People/Robin Hart.md. Sessions that name no practitioner, on the session or its client, count as yours.', kind: 'text', path: NOTE, reindex: true },
      {
        key: 'onExisting',
        name: 'When the new note already exists',
        desc: 'A command never overwrites a note: it opens the existing one, or makes the next free name.',
        kind: 'dropdown',
        options: { open: 'Open the existing note', 'next-free': 'Use the next free name' },
      },
    ],
  },
  {
    heading: 'Detection',
    fields: [
      { key: 'windowDays', name: 'Supervision window (days)', desc: 'Sessions this many days before or after a supervision are compared with it.', kind: 'number', reindex: true },
      { key: 'resonanceDays', name: 'Reflection window (days)', desc: 'Sessions this many days either side of a reflection are compared with it.', kind: 'number', reindex: true },
      { key: 'patternDays', name: 'Pattern window (days)', desc: 'A stance with several clients within this many days is flagged as a pattern.', kind: 'number', reindex: true },
      { key: 'patternClients', name: 'Clients for a pattern', desc: 'How many different clients make a pattern.', kind: 'number', reindex: true },
      { key: 'taxonomyNote', name: 'Taxonomy note', desc: 'A note with extra dynamics and cues in a yaml block; empty for the default taxonomy.', kind: 'text', path: TAXONOMY, reindex: true },
      {
        key: 'learntReader',
        name: 'Learnt sentence reader',
        desc: 'Also hear dynamics described in sentences no cue phrase or pattern finds, and choose between two readings of one person\'s acts, with a model learnt from labelled practice sentences. It runs on this device; its evidence is more often wrong about who acted.',
        kind: 'toggle',
        reindex: true,
      },
    ],
  },
  {
    heading: 'Hours',
    fields: [
      { key: 'defaultSessionMinutes', name: 'Default session length (minutes)', desc: 'What the hours report counts for a session note without a duration.', kind: 'number' },
      {
        key: 'minimumSupervisionHours',
        name: 'Monthly supervision minimum (hours)',
        desc: 'Months with less supervision stand out in the view and the hours report. 1.5 is the BACP minimum for accredited counsellors; other professional bodies and coaching associations ask for other amounts, so check yours.',
        kind: 'number',
        fractional: true,
      },
    ],
  },
  {
    heading: 'View',
    fields: [
      {
        key: 'flagsPerSupervision',
        name: 'Flags shown per supervision',
        desc: 'The strongest few of each supervision, with "Show more" for the rest: parallel process is one way of looking, best kept for what calls for it. 0 shows every flag.',
        kind: 'number',
      },
      {
        key: 'vaultRole',
        name: 'Whose notes these are',
        desc: "A supervisor's view groups the flags by supervisee. Left to the notes, the vault is a supervisor's when most of its supervision notes say author: supervisor.",
        kind: 'dropdown',
        options: { auto: 'Tell from the supervision notes', practitioner: 'Mine, as a practitioner', supervisor: 'Mine, as a supervisor' },
        // It decides whose sessions those are that name no practitioner.
        reindex: true,
      },
    ],
  },
  {
    heading: 'Privacy',
    fields: [
      { key: 'maskClientNames', name: 'Mask client names in the view', desc: 'Show client codes instead of names and aliases, in the view and in the pickers of new notes, for screen sharing. A choice for this device only: another device turning it off does not unmask this one.', kind: 'toggle' },
      {
        key: 'includePrivateInExport',
        name: 'Include private reflections in exports and the API',
        desc: 'Off keeps private reflection notes, and the flags and problems that rest on them, out of exported reports and out of what other plugins read (plugin.api).',
        kind: 'toggle',
      },
      { key: 'exportFolder', name: 'Export folder', desc: 'Where exported reports are written.', kind: 'text', path: FOLDER },
      {
        key: 'keepCache',
        name: 'Keep a cache on this device',
        desc: 'Starts faster by keeping what was read of your notes in this device\'s own storage, never in the vault, so sync and backups do not copy it. Off deletes it, on this device only.',
        kind: 'toggle',
      },
    ],
  },
];

const FIELDS = new Map(GROUPS.flatMap((g) => g.fields).map((f) => [f.key, f]));

export class ParallelProcessSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly host: SettingsHost,
  ) {
    super(app, host);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return GROUPS.map((group) => ({
      type: 'group' as const,
      heading: group.heading,
      items: group.fields.map((field) => ({ name: field.name, desc: field.desc, control: control(field) })),
    }));
  }

  override getControlValue(key: string): unknown {
    return this.host.preferences[key as FieldKey];
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    await this.store(key as FieldKey, value);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of GROUPS) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const field of group.fields) this.render(field);
    }
  }

  /** Validates, stores and saves one value; returns the problem when it is refused. */
  async store(key: FieldKey, value: unknown): Promise<string | undefined> {
    const clean = cleanSetting(key, value);
    const problem = settingProblem(key, clean) ?? this.pathProblem(key, clean);
    if (problem) return problem;
    (this.host.preferences as unknown as Record<string, unknown>)[key] = clean;
    await this.host.saveSettings(FIELDS.get(key)?.reindex === true);
    return undefined;
  }

  /** A folder setting that names a note: reports and notes would be written under a note's path. */
  private pathProblem(key: FieldKey, value: unknown): string | undefined {
    if (FIELDS.get(key)?.path?.kind !== 'folder' || typeof value !== 'string' || value === '') return undefined;
    return this.app.vault.getAbstractFileByPath(value) instanceof TFile ? 'This is a note, not a folder: enter a folder.' : undefined;
  }

  /** A note setting naming no note there is yet: kept (the note may come later), but said, since until then it is read as no note. */
  private missingNote(field: Field, value: unknown): string | undefined {
    if (field.path?.kind !== 'file' || typeof value !== 'string' || value.trim() === '') return undefined;
    const path = cleanSetting(field.key, value);
    return typeof path === 'string' && !(this.app.vault.getAbstractFileByPath(path) instanceof TFile) ? `There is no note at ${path} yet. ${field.desc}` : undefined;
  }

  private render(field: Field): void {
    const current = this.host.preferences[field.key];
    const setting = new Setting(this.containerEl).setName(field.name).setDesc(this.missingNote(field, current) ?? field.desc);
    const save = async (value: unknown): Promise<void> => {
      const problem = await this.store(field.key, value);
      setting.setDesc(problem ?? this.missingNote(field, value) ?? field.desc);
      setting.descEl.toggleClass('parallel-process-setting-error', problem !== undefined);
    };
    if (field.kind === 'toggle') setting.addToggle((t) => t.setValue(current as boolean).onChange(save));
    else if (field.kind === 'dropdown') setting.addDropdown((d) => d.addOptions(field.options ?? {}).setValue(String(current)).onChange(save));
    else
      setting.addText((t) => {
        if (field.kind === 'number') t.inputEl.type = 'number';
        if (field.fractional) t.inputEl.step = 'any';
        t.setValue(String(current)).onChange((raw) => save(field.kind === 'number' ? (raw.trim() === '' ? NaN : Number(raw)) : raw));
        if (field.path) new PathSuggest(this.app, t.inputEl, field.path, (path) => void save(path));
      });
  }
}

function control(field: Field): NonNullable<Extract<SettingDefinitionItem, { control?: unknown }>['control']> {
  const validate = (value: unknown): string | undefined => settingProblem(field.key, value);
  switch (field.kind) {
    case 'toggle':
      return { type: 'toggle', key: field.key };
    case 'dropdown':
      return { type: 'dropdown', key: field.key, options: field.options ?? {} };
    case 'number':
      return { type: 'number', key: field.key, min: 0, ...(field.fractional ? { step: 'any' as const } : {}), validate };
    default: {
      const path = field.path;
      if (path?.kind === 'folder') return { type: 'folder', key: field.key, validate };
      if (path?.kind === 'file') return { type: 'file', key: field.key, validate, filter: (file) => acceptsPath(path, file) };
      return { type: 'text', key: field.key, validate };
    }
  }
}
