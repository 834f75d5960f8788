import type { Engine } from '../../core/engine';
import type { Flag } from '../../core/model/flag';
import type { IsoDay } from '../../core/model/note';
import { DEFAULT_MINIMUM_SUPERVISION_HOURS } from '../../core/practice/hours';
import { readVaultRole, type VaultRoleReading, type VaultRoleSetting } from '../../core/practice/vault-role';
import { hoursSummary, type HoursSummary } from '../../core/present/hours-summary';
import { DEFAULT_FLAGS_PER_SUPERVISION } from '../../core/present/per-supervision';
import { groupBySupervisee, type SuperviseeGrouping } from '../../core/present/supervisee-groups';
import { DEFAULT_SESSION_MINUTES } from '../../core/templates/built-in-templates';

/** The settings the practice parts of the view read. */
export interface PracticeSettings {
  flagsPerSupervision: number;
  vaultRole: VaultRoleSetting;
  defaultSessionMinutes: number;
  minimumSupervisionHours: number;
}

export const DEFAULT_PRACTICE: PracticeSettings = {
  flagsPerSupervision: DEFAULT_FLAGS_PER_SUPERVISION,
  vaultRole: 'auto',
  defaultSessionMinutes: DEFAULT_SESSION_MINUTES,
  minimumSupervisionHours: DEFAULT_MINIMUM_SUPERVISION_HOURS,
};

/** What the view shows around the flags. */
export interface PracticeData {
  flagsPerSupervision: number;
  role: VaultRoleReading;
  /** A supervisor's flags by supervisee; absent in a practitioner's vault. */
  grouping?: SuperviseeGrouping;
  /** The hours of the year to today: counted when the hours section is open, once per read of the data. */
  hours(): HoursSummary;
}

/**
 * What reading every note gives, kept by a host between renders: the view empties it when the index
 * or the settings change, so that a redraw (expanding a flag, typing in the search) does not read
 * the whole vault again.
 */
export interface PracticeMemo {
  role?: VaultRoleReading;
  hours?: HoursSummary;
  /** The day the hours were counted to. */
  today?: IsoDay;
}

/** The practice parts' data, from the engine: linear in the notes (the role, the hours) and the flags (the grouping). */
export function practiceData(engine: Engine, settings: PracticeSettings, flags: readonly Flag[], today: IsoDay, memo: PracticeMemo = {}): PracticeData {
  if (memo.today !== today) {
    memo.today = today;
    memo.hours = undefined;
  }
  const role = (memo.role ??= readVaultRole(engine.graph, settings.vaultRole));
  return {
    flagsPerSupervision: settings.flagsPerSupervision,
    role,
    ...(role.role === 'supervisor' ? { grouping: groupBySupervisee(engine.graph, flags) } : {}),
    hours: () => (memo.hours ??= hoursSummary(engine.graph, today, { defaultMinutes: settings.defaultSessionMinutes, minimumHours: settings.minimumSupervisionHours })),
  };
}
