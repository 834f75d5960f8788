/**
 * YAML notices an unclosed quote or bracket only where the next property starts; point instead at
 * the property whose value was left open, which is the line a user must fix.
 */
export function errorLine(yaml: string, reported: number, code: string): number {
  if (code !== 'MISSING_CHAR' && code !== 'BAD_INDENT' && code !== 'UNEXPECTED_TOKEN') return reported;
  const lines = yaml.split('\n');
  const count = (text: string, char: string): number => text.split(char).length - 1;
  for (let line = Math.min(reported, lines.length); line >= 1; line--) {
    const text = lines[line - 1];
    const opensQuote = count(text, '"') % 2 === 1 || (count(text, "'") % 2 === 1 && /:\s*'/.test(text));
    if (opensQuote || count(text, '[') > count(text, ']') || count(text, '{') > count(text, '}')) return line;
  }
  return reported;
}
