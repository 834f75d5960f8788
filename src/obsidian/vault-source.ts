import type { TFile, Vault } from 'obsidian';
import type { SourceFile } from '../core/index/vault-index';

/** A vault note as the core reads it. */
export async function readSource(vault: Vault, file: TFile): Promise<SourceFile> {
  try {
    return { path: file.path, data: await vault.cachedRead(file), mtime: file.stat.mtime, size: file.stat.size };
  } catch (error) {
    return { path: file.path, data: '', readError: `This note could not be read: ${String(error)}` };
  }
}
