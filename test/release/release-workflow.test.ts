import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
}
const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as { on: { push: { tags: string[] } }; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the release workflow', () => {
  it('runs on a bare version tag, with GitHub\'s own checkout and setup-node actions only', () => {
    expect(workflow.on.push.tags).toEqual(['[0-9]+.[0-9]+.[0-9]+']);
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^actions\/(checkout|setup-node)@v\d+$/);
  });

  it('installs, builds, then attaches the three files the build makes (npm test builds them first)', () => {
    const runs = steps.map((s) => s.run ?? '');
    const install = runs.findIndex((r) => r.startsWith('npm ci'));
    const build = runs.indexOf('npm run build');
    const release = runs.findIndex((r) => r.startsWith('gh release create'));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(install);
    expect(release).toBeGreaterThan(build);
    const files = runs[release].split(/\s+/).filter((w) => w.startsWith('dist'));
    expect(files.map((f) => f.split('/').pop())).toEqual(['main.js', 'manifest.json', 'styles.css']);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });
});
