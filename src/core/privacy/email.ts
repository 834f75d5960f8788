import type { Span } from './kinds';

// RFC 5321 limits: 64 characters before the @, 255 after. Walking out from each @ within those
// limits keeps a long line linear, where a regex anchored on the local part would not be.
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

function isLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

/** E-mail addresses: a local part, an @, and a domain with a top-level name of letters. */
export function findEmails(line: string): Span[] {
  const spans: Span[] = [];
  for (let at = line.indexOf('@'); at >= 0; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(line.charCodeAt(start - 1))) start--;
    while (start < at && line[start] === '.') start++;
    let end = at + 1;
    while (end < line.length && end - at <= MAX_DOMAIN && isDomainChar(line.charCodeAt(end))) end++;
    while (end > at + 1 && (line[end - 1] === '.' || line[end - 1] === '-')) end--;
    if (start < at && isDomain(line.slice(at + 1, end))) spans.push({ start, end, kind: 'email' });
  }
  return spans;
}

function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return false;
  return /^[A-Za-z]{2,24}$/.test(labels[labels.length - 1]);
}
