/**
 * A property meant as yes or no: true and false, or the words written as text ("yes", "No",
 * "false"), as YAML 1.2 and Obsidian's properties leave them. Undefined for anything else.
 */
export function yesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return word === 'yes' || word === 'true' ? true : word === 'no' || word === 'false' ? false : undefined;
}
