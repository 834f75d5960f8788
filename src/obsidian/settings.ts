import { normalizePath } from 'obsidian';
import { DEFAULT_MINIMUM_SUPERVISION_HOURS } from '../core/practice/hours';
import { VAULT_ROLE_SETTINGS, type VaultRoleSetting } from '../core/practice/vault-role';
import { DEFAULT_FLAGS_PER_SUPERVISION } from '../core/present/per-supervision';
import type { FlagReview } from '../core/review/flag-review';
import type { SessionFormat } from '../core/templates/built-in-templates';
import { DEFAULT_SESSION_MINUTES, SESSION_FORMATS } from '../core/templates/built-in-templates';
import { PLACEHOLDER } from '../core/templates/placeholders';

export interface PluginSettings {
  sessionPattern: string;
  supervisionPattern: string;
  clientPattern: string;
  reflectionPattern: string;
  /** A supervisor's note of a supervision they gave. */
  superviseeSupervisionPattern: string;
  /** A supervisor's case summary, as a supervisee presented it. */
  caseSummaryPattern: string;
  templatesFolder: string;
  defaultFormat: SessionFormat;
  /** Path of the practitioner's own person note. */
  practitionerNote: string;
  windowDays: number;
  resonanceDays: number;
  patternDays: number;
  patternClients: number;
  taxonomyNote: string;
  /** Sentences no cue or pattern finds are also given to the learnt sentence reader. */
  learntReader: boolean;
  maskClientNames: boolean;
  includePrivateInExport: boolean;
  exportFolder: string;
  /** Keep the parsed vault in this device's storage between restarts (never in the vault). */
  keepCache: boolean;
  /** When a new note's file exists: open it (default), or make the next free name. */
  onExisting: 'open' | 'next-free';
  /** Minutes the hours report counts for a session without a `duration`. */
  defaultSessionMinutes: number;
  /** Supervision hours a month the hours report compares with (BACP's minimum by default). */
  minimumSupervisionHours: number;
  /** Flags the view shows per supervision before "Show more" (0: all). */
  flagsPerSupervision: number;
  /** Whose notes the vault holds; a supervisor's view is grouped by supervisee. */
  vaultRole: VaultRoleSetting;
  /** Flag id -> what the user decided. */
  reviews: Record<string, FlagReview>;
  /** Flag id -> when its review was taken back, so that a copy synced from another device does not bring it back (merge-reviews.ts). */
  restored: Record<string, string>;
}


export const DEFAULT_SETTINGS: PluginSettings = {
  sessionPattern: 'Sessions/{{client}}/{{date}} {{client}}',
  supervisionPattern: 'Supervision/{{date}} Supervision',
  clientPattern: 'Clients/{{client}}',
  reflectionPattern: 'Reflections/{{date}} Reflection',
  superviseeSupervisionPattern: 'Supervision/{{supervisee}}/{{date}} {{supervisee}}',
  caseSummaryPattern: 'Cases/{{supervisee}}/{{date}} {{client}}',
  templatesFolder: 'Templates',
  defaultFormat: 'soap',
  practitionerNote: '',
  windowDays: 35,
  resonanceDays: 14,
  patternDays: 60,
  patternClients: 3,
  taxonomyNote: '',
  learntReader: true,
  maskClientNames: false,
  includePrivateInExport: false,
  exportFolder: 'Parallel Process',
  keepCache: true,
  onExisting: 'open',
  defaultSessionMinutes: DEFAULT_SESSION_MINUTES,
  minimumSupervisionHours: DEFAULT_MINIMUM_SUPERVISION_HOURS,
  flagsPerSupervision: DEFAULT_FLAGS_PER_SUPERVISION,
  vaultRole: 'auto',
  reviews: {},
  restored: {},
};

/** Characters a file name pattern's own text may not hold: refused by some systems, or breaking Obsidian's links. */
const UNSAFE_IN_NAMES = /[\\:*?"<>|#^[\]]/;

const NUMBERS = ['windowDays', 'resonanceDays', 'patternDays', 'patternClients'] as const;
const TEXTS = ['sessionPattern', 'supervisionPattern', 'clientPattern', 'reflectionPattern', 'superviseeSupervisionPattern', 'caseSummaryPattern', 'templatesFolder', 'practitionerNote', 'taxonomyNote', 'exportFolder'] as const;
/** The settings that are a path in the vault: a folder or a note. */
const PATHS: ReadonlySet<keyof PluginSettings> = new Set(['templatesFolder', 'practitionerNote', 'taxonomyNote', 'exportFolder']);

/**
 * A setting's value as it is kept: a path in the vault with its slashes as Obsidian writes them
 * ("People\Robin Hart.md", typed on Windows, is People/Robin Hart.md: read as written, the
 * backslash made a practitioner no note is), trimmed; other text trimmed.
 */
export function cleanSetting(key: keyof PluginSettings, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return PATHS.has(key) && trimmed !== '' ? normalizePath(trimmed.replace(/\\/g, '/')) : trimmed;
}

/**
 * Why a value cannot be used, or undefined when it can. `saved`: read from data saved before, where a
 * file name pattern's characters are not checked (one saved by an earlier version stays, to correct).
 */
export function settingProblem(key: keyof PluginSettings, value: unknown, saved = false): string | undefined {
  if ((NUMBERS as readonly string[]).includes(key)) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return 'Enter a whole number of 0 or more.';
    if (key === 'patternClients' && value < 2) return 'A pattern needs at least 2 clients.';
    if (value > 3650) return 'Enter at most 3650.';
  }
  if (key.endsWith('Pattern') && (typeof value !== 'string' || value.trim() === '')) return 'Enter a file name pattern, such as Sessions/{{client}}/{{date}} {{client}}.';
  // What the placeholders give is made safe for a file name (templates/file-names.ts); the pattern's own text is the user's to correct.
  if (!saved && key.endsWith('Pattern') && typeof value === 'string' && UNSAFE_IN_NAMES.test(value.replace(PLACEHOLDER, ''))) {
    return 'A file name cannot hold \\ : * ? " < > | (Windows, iPhone and Android refuse them) nor # ^ [ ] (they break links). Use / between folders.';
  }
  if (key === 'defaultFormat' && !SESSION_FORMATS.includes(value as SessionFormat)) return `Choose one of ${SESSION_FORMATS.join(', ')}.`;
  if (key === 'defaultSessionMinutes' && (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 600)) return 'Enter a whole number of minutes from 1 to 600.';
  // Hours with decimals: 1.5 is BACP's minimum.
  if (key === 'minimumSupervisionHours' && (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100)) return 'Enter a number of hours from 0 to 100, such as 1.5.';
  if (key === 'flagsPerSupervision' && (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100)) return 'Enter a whole number from 0 (show every flag) to 100.';
  if (key === 'vaultRole' && !VAULT_ROLE_SETTINGS.includes(value as VaultRoleSetting)) return 'Choose to tell from the notes, or whose notes these are.';
  if (key === 'onExisting' && value !== 'open' && value !== 'next-free') return 'Choose to open the existing note or to use the next free name.';
  // ".." leaves the vault: an export there would put client names where the vault's care does not reach.
  if (PATHS.has(key) && typeof value === 'string' && value.split(/[\\/]/).some((part) => part.trim() === '..')) return 'Enter a path inside the vault, without "..".';
  return undefined;
}

/** Saved data merged over the defaults; anything invalid falls back to its default. */
export function readSettings(saved: unknown): PluginSettings {
  const settings: PluginSettings = { ...DEFAULT_SETTINGS, reviews: {}, restored: {} };
  if (typeof saved !== 'object' || saved === null) return settings;
  const data = saved as Record<string, unknown>;
  for (const key of NUMBERS) if (data[key] !== undefined && settingProblem(key, data[key]) === undefined) settings[key] = data[key] as number;
  for (const key of TEXTS) if (typeof data[key] === 'string' && settingProblem(key, data[key], true) === undefined) settings[key] = cleanSetting(key, data[key]) as string;
  if (settingProblem('defaultFormat', data.defaultFormat) === undefined) settings.defaultFormat = data.defaultFormat as SessionFormat;
  if (typeof data.learntReader === 'boolean') settings.learntReader = data.learntReader;
  if (typeof data.maskClientNames === 'boolean') settings.maskClientNames = data.maskClientNames;
  if (typeof data.includePrivateInExport === 'boolean') settings.includePrivateInExport = data.includePrivateInExport;
  if (typeof data.keepCache === 'boolean') settings.keepCache = data.keepCache;
  if (data.onExisting === 'open' || data.onExisting === 'next-free') settings.onExisting = data.onExisting;
  if (settingProblem('vaultRole', data.vaultRole) === undefined) settings.vaultRole = data.vaultRole as VaultRoleSetting;
  for (const key of ['defaultSessionMinutes', 'minimumSupervisionHours', 'flagsPerSupervision'] as const) {
    if (data[key] !== undefined && settingProblem(key, data[key]) === undefined) settings[key] = data[key] as number;
  }
  settings.reviews = readReviews(data.reviews);
  settings.restored = readRestored(data.restored);
  return settings;
}

/** Saved restores by flag id, each a time; anything else is left out. */
function readRestored(saved: unknown): Record<string, string> {
  const restored: Record<string, string> = {};
  if (typeof saved !== 'object' || saved === null) return restored;
  for (const [id, at] of Object.entries(saved as Record<string, unknown>)) if (typeof at === 'string' && id !== '__proto__') restored[id] = at;
  return restored;
}

/** Saved reviews by flag id, each with a status and a time; anything else is left out. */
export function readReviews(saved: unknown): Record<string, FlagReview> {
  const reviews: Record<string, FlagReview> = {};
  if (typeof saved !== 'object' || saved === null) return reviews;
  for (const [id, review] of Object.entries(saved as Record<string, unknown>)) {
    const r = review as Partial<FlagReview> | null;
    if (r && (r.status === 'acknowledged' || r.status === 'dismissed') && typeof r.at === 'string') {
      reviews[id] = {
        status: r.status,
        at: r.at,
        ...(typeof r.reason === 'string' ? { reason: r.reason } : {}),
        ...(typeof r.evidence === 'string' ? { evidence: r.evidence } : {}),
      };
    }
  }
  return reviews;
}
