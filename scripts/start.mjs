// npm start [-- --vault PATH]: build, install the plugin into a vault, print that vault's report.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const vaultIndex = args.indexOf('--vault');
if (vaultIndex >= 0 && !args[vaultIndex + 1]) fail('--vault needs a folder');
const demo = vaultIndex < 0;
const vault = resolve(demo ? 'examples/demo-vault' : args[vaultIndex + 1]);
if (!existsSync(vault) || !statSync(vault).isDirectory()) fail(`${vault} is not a folder`);

execFileSync(process.execPath, ['esbuild.config.mjs', '--production'], { stdio: 'inherit' });

// Obsidian keeps its settings in the vault's config folder, `.obsidian` unless the user renamed it.
const pluginDir = join(vault, '.obsidian', 'plugins', 'parallel-process');
const files = ['main.js', 'manifest.json', 'styles.css'];
if (!demo) {
  process.stderr.write(`Installing Parallel Process into ${vault}:\n${files.map((f) => `  write ${join(pluginDir, f)}`).join('\n')}\n`);
  process.stderr.write('Nothing else in the vault is changed. Enable the plugin in Settings, Community plugins.\n\n');
}
mkdirSync(pluginDir, { recursive: true });
for (const file of files) copyFileSync(join('dist', file), join(pluginDir, file));
if (demo) process.stderr.write(`Installed the plugin into ${pluginDir} (enabled in the demo vault).\n\n`);

execFileSync(process.execPath, ['dist-cli/parallel-process.cjs', 'scan', vault], { stdio: 'inherit' });

function fail(message) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(2);
}
