export interface DetectionSettings {
  /** Days either side of a supervision in which sessions count (SPEC section 3). */
  windowDays: number;
  resonanceDays: number;
  patternDays: number;
  patternClients: number;
  /**
   * Whose sessions those without a practitioner (on the session or its client) are: a person note's
   * name or alias, or any name; empty for none (then the vault's only practitioner, if it has one).
   */
  practitioner: string;
}

export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = { windowDays: 35, resonanceDays: 14, patternDays: 60, patternClients: 3, practitioner: '' };
