export interface DetectionSettings {
  /** Days either side of a supervision in which sessions count (SPEC section 3). */
  windowDays: number;
  resonanceDays: number;
  patternDays: number;
  patternClients: number;
}

export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = { windowDays: 35, resonanceDays: 14, patternDays: 60, patternClients: 3 };
