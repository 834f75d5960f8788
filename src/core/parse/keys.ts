/**
 * Property names and `type` values match case-insensitively, with `-`, `_` and a space as one
 * character (SPEC section 1): `Client Dynamics`, `client-dynamics` and `client_dynamics` are one key.
 */
export function normalizeKey(key: string): string {
  return key.trim().toLowerCase().replace(/[-_ ]/g, '_');
}
