// The "version" script of `npm version X`: npm has bumped package.json and runs this before it commits
// and tags, so manifest.json gets the same version and versions.json maps it to the minAppVersion it
// needs (Obsidian reads versions.json to offer an older release to an older app).
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  process.stderr.write(`scripts/version.mjs: run it through \`npm version\` (npm_package_version is ${JSON.stringify(version)}; Obsidian needs x.y.z)\n`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = version;
writeFileSync('manifest.json', JSON.stringify(manifest, null, 2) + '\n');

const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[version] = manifest.minAppVersion;
writeFileSync('versions.json', JSON.stringify(versions, null, 2) + '\n');
