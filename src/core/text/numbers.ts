/** Whether a word is written in digits, at least at its start ("7", "12b", "20mins"). */
export function isNumber(word: string | undefined): boolean {
  const code = word?.charCodeAt(0) ?? 0;
  return code >= 48 && code <= 57;
}
