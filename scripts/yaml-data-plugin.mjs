import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * `import data from './file.yaml?data'` gives the file's parsed content, converted to JSON at build
 * time: the bundled taxonomy costs a JSON.parse at start-up instead of a first run of the YAML parser.
 */
const SUFFIX = '?data';

function moduleOf(file) {
  return `export default ${JSON.stringify(parse(readFileSync(file, 'utf8')))};`;
}

/** For esbuild (the plugin, the command line, the benchmark, the browser page). */
export const yamlData = {
  name: 'yaml-data',
  setup(build) {
    build.onResolve({ filter: /\.ya?ml\?data$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -SUFFIX.length)), namespace: 'yaml-data' }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-data' }, (args) => ({ contents: moduleOf(args.path), loader: 'js' }));
  },
};

/** For Vite (vitest). */
export const yamlDataVite = {
  name: 'yaml-data',
  enforce: 'pre',
  load(id) {
    return /\.ya?ml\?data$/.test(id) ? moduleOf(id.slice(0, -SUFFIX.length)) : undefined;
  },
};
