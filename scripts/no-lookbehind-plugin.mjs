import { readFileSync } from 'node:fs';

/**
 * The `yaml` package builds three regular expressions with lookbehinds inside `try`, falling back to
 * plainer ones where the engine refuses them (Safari before iOS 16.4). The plugin bundle takes the
 * fallback everywhere, so that it holds no lookbehind at all, even in a string: each such
 * `new RegExp('...(?<...')` becomes a call that throws, and the package's own `catch` runs.
 */
const LOOKBEHIND_REGEXP = /new RegExp\((['"])((?:\\.|(?!\1).)*?\(\?<[=!](?:\\.|(?!\1).)*?)\1(?:,\s*(['"])[a-z]*\3)?\)/g;

export const noLookbehind = {
  name: 'no-lookbehind',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('(?<')) return undefined;
      const contents = source.replace(LOOKBEHIND_REGEXP, '(() => { throw new SyntaxError("lookbehind left out of the bundle"); })()');
      return { contents, loader: 'js' };
    });
  },
};
