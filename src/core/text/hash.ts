/** FNV-1a over text or bytes, with the length: cheap, for telling versions of the same thing apart. */
export function hashOf(data: string | Uint8Array): string {
  let hash = 0x811c9dc5;
  const length = data.length;
  for (let i = 0; i < length; i++) {
    hash ^= typeof data === 'string' ? data.charCodeAt(i) : data[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${length}`;
}
