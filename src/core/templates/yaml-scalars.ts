import { parseDocument } from 'yaml';

const NAMED_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** Characters YAML cannot hold as they are (controls, NEL, line and paragraph separators, BOM, non-characters). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** The content of a YAML double-quoted scalar holding exactly `text`: any text, escaped where YAML needs it. */
export function escapeDoubleQuoted(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (NAMED_ESCAPES[c] !== undefined) {
      out += NAMED_ESCAPES[c];
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += c + text[++i];
    } else if (NON_PRINTABLE.test(c) || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else {
      out += c;
    }
  }
  return out;
}

export function doubleQuoted(text: string): string {
  return `"${escapeDoubleQuoted(text)}"`;
}

/** Whether text can sit between single quotes: no line break and nothing YAML would need escaped. */
export function singleQuotable(text: string): boolean {
  return !/[\n\r\t]/.test(text) && !NON_PRINTABLE.test(text) && !/[\ud800-\udfff]/.test(text);
}

/**
 * Whether text can stand unquoted and read back as the same string, under YAML 1.2 and 1.1 alike
 * (so `10:30`, `yes`, `null`, `1e3` or `#1` are quoted). Conservative: quoting is always safe.
 */
export function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (/[\n\r\t]/.test(text) || NON_PRINTABLE.test(text) || /[\ud800-\udfff]/.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /:(\s|$)|\s#/.test(text)) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  return (['1.2', '1.1'] as const).every((version) => {
    const doc = parseDocument(`k: ${text}\n`, { version, logLevel: 'silent' });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    const value = (doc.toJS() as Record<string, unknown> | null)?.k;
    return value === text;
  });
}
