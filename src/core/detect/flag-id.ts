import type { FlagKind } from '../model/flag';

/**
 * Stable across runs and scan order: a hash of the kind, the dynamic and the anchor notes' paths.
 * Two 32-bit FNV-1a lanes give 64 bits, plenty for the flags of one vault.
 */
export function flagId(kind: FlagKind, dynamic: string, anchors: readonly string[]): string {
  const text = [kind, dynamic, ...[...anchors].sort()].join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
