import type { Plugin } from 'esbuild';

export function escapeNonAscii(code: string, file?: string): string;
export const asciiOnly: Plugin;
