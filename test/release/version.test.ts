import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A throwaway repository with the project's package.json, .npmrc, manifest, versions and version script. */
function project(): string {
  dir = mkdtempSync(join(tmpdir(), 'pp-version-'));
  mkdirSync(join(dir, 'scripts'));
  for (const file of ['package.json', '.npmrc', 'manifest.json', 'versions.json', 'scripts/version.mjs']) copyFileSync(file, join(dir, file));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'start');
  return dir;
}

const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('npm version', () => {
  it('bumps manifest.json and versions.json with package.json, in one commit tagged with the bare version', () => {
    const root = project();
    const before = json(join(root, 'manifest.json'));
    execFileSync('npm', ['version', 'minor', '--no-audit', '--no-fund'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' },
    });
    const version = json(join(root, 'package.json')).version as string;
    expect(version).not.toBe(before.version);
    expect(json(join(root, 'manifest.json'))).toEqual({ ...before, version });
    expect(json(join(root, 'versions.json'))).toMatchObject({ [before.version as string]: before.minAppVersion, [version]: before.minAppVersion });
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    expect(git('tag')).toBe(version);
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['manifest.json', 'package.json', 'versions.json']);
  });

  it('refuses to run outside npm version', () => {
    const root = project();
    writeFileSync(join(root, 'marker'), '');
    expect(() => execFileSync(process.execPath, ['scripts/version.mjs'], { cwd: root, stdio: 'pipe', env: { ...process.env, npm_package_version: '' } })).toThrow(/run it through `npm version`/);
    expect(json(join(root, 'manifest.json'))).toEqual(json('manifest.json'));
  });
});
