import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line (dist-cli/parallel-process.cjs, built by `npm test` before vitest). */
export function runCli(args: string[], cwd = process.cwd()): CliResult {
  // Room for the largest report a test makes (spawnSync keeps 1 MB by default).
  const result = spawnSync(process.execPath, [resolve('dist-cli/parallel-process.cjs'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
