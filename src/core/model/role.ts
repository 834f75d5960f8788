/** Whose a piece of evidence is (SPEC section 1): a role in one of the two rooms, the writer's own life, the process, or unclear. */
export type Role = 'client' | 'practitioner' | 'supervisee' | 'supervisor' | 'self' | 'process' | 'unknown';

/** Every role, in the order an item's several roles are listed (and cached). */
export const ROLES: readonly Role[] = ['client', 'practitioner', 'supervisee', 'supervisor', 'self', 'process', 'unknown'];
