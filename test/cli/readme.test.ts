import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/options';

/** The usage block of the README's "Command line" section, one entry per command with its options. */
function readmeUsage(): Map<string, Set<string>> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('\n## Command line\n'), readme.indexOf('\n## Development\n'));
  const block = /```\n([\s\S]*?)```/.exec(section)![1];
  const usage = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of block.split('\n')) {
    const command = /^parallel-process ([\w-]+) VAULT/.exec(line);
    if (command) usage.set(command[1], (current = new Set()));
    else if (!/^\s/.test(line)) current = undefined;
    for (const option of line.matchAll(/--[a-z-]+/g)) current?.add(option[0]);
  }
  return usage;
}

describe('the README\'s command-line section', () => {
  it('shows every command with exactly the options the program takes', () => {
    const usage = readmeUsage();
    expect([...usage.keys()].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const command of COMMANDS) expect([...usage.get(command.name)!].sort(), command.name).toEqual(command.options.map((o) => o.name).sort());
  });
});
