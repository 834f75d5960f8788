import { scalarString } from './properties';

/** A free-text property's value as one line: list items joined by `; `. */
export function freeText(value: unknown): string {
  if (Array.isArray(value)) return value.map(freeText).filter((v) => v !== '').join('; ');
  return (scalarString(value) ?? '').trim();
}
