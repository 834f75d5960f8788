import { UsageError } from './args';
import { oneLine } from '../core/text/control-characters';

/** A run that cannot go on (a client not in the vault, a taxonomy that cannot be read): exit 2, one line. */
export class CommandError extends Error {}

type ErrnoException = Error & { code?: string };

/** What a failed file read means, in words rather than an errno code. */
export function describeFileError(error: unknown): string {
  switch ((error as ErrnoException).code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of its path is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The one line on stderr for an error that ends the run: no usage block, no raw line breaks. */
export function errorLine(error: Error): string {
  const hint = error instanceof UsageError ? ` (see parallel-process ${error.command ? `${error.command} ` : ''}--help)` : '';
  // A message may name notes or people the vault holds: their control characters are written out.
  return `parallel-process: ${oneLine(error.message)}${hint}\n`;
}
