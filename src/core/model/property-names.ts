/**
 * Every property the plugin reads, by its normalized key (SPEC section 1: lower case, with `-`,
 * `_` and a space as one character). Code names properties through this table only, so a renamed
 * or added property is one line here.
 */
export const PROPERTY = {
  type: 'type',
  date: 'date',
  aliases: 'aliases',
  alias: 'alias',
  code: 'code',
  role: 'role',
  private: 'private',
  author: 'author',
  session: 'session',
  duration: 'duration',
  format: 'format',
  modality: 'modality',
  direction: 'direction',
  client: 'client',
  practitioner: 'practitioner',
  supervisor: 'supervisor',
  supervisee: 'supervisee',
  cases: 'cases',
  contract: 'contract',
  contractFocus: 'contract_focus',
  contractOutcomes: 'contract_outcomes',
  contractApproach: 'contract_approach',
  forSupervision: 'for_supervision',
  clientDynamics: 'client_dynamics',
  practitionerDynamics: 'practitioner_dynamics',
  superviseeDynamics: 'supervisee_dynamics',
  supervisorDynamics: 'supervisor_dynamics',
  dynamics: 'dynamics',
  themes: 'themes',
  feltSense: 'felt_sense',
  parallelProcess: 'parallel_process',
} as const;

export type PropertyName = (typeof PROPERTY)[keyof typeof PROPERTY];

/** Properties that hold dynamics or themes: a list or a single value. */
export const DYNAMICS_PROPERTIES: ReadonlySet<string> = new Set<PropertyName>([
  PROPERTY.clientDynamics,
  PROPERTY.practitionerDynamics,
  PROPERTY.superviseeDynamics,
  PROPERTY.supervisorDynamics,
  PROPERTY.dynamics,
  PROPERTY.themes,
]);
