import type { Diagnostic } from '../model/diagnostic';
import { splitFrontmatter } from '../parse/frontmatter';
import { defaultDefinitions } from './default-taxonomy';
import { mergeTaxonomy, readTaxonomyEntries, TaxonomyError, type TaxonomyWarning } from './read-taxonomy';
import { Taxonomy } from './taxonomy';

/** A user's taxonomy file: YAML, or a Markdown note holding it in a ```yaml block or its properties. */
export interface TaxonomySource {
  path: string;
  text: string;
  /** Why the file could not be read, when it could not: the default is used, and the diagnostic says why. */
  unreadable?: string;
}

export interface LoadedTaxonomy {
  taxonomy: Taxonomy;
  diagnostics: Diagnostic[];
}

/** The default taxonomy with the user's additions; a broken user file is reported and ignored. */
export function loadTaxonomy(source?: TaxonomySource): LoadedTaxonomy {
  const base = defaultDefinitions();
  if (!source) return { taxonomy: new Taxonomy(base), diagnostics: [] };
  try {
    if (source.unreadable !== undefined) throw new TaxonomyError(source.unreadable, 1);
    const { yaml, firstLine } = yamlOf(source);
    try {
      const warnings: TaxonomyWarning[] = [];
      const taxonomy = new Taxonomy(mergeTaxonomy(base, readTaxonomyEntries(yaml, warnings)));
      const diagnostics = warnings.map((w): Diagnostic => ({ path: source.path, line: firstLine - 1 + w.line, severity: 'warning', code: 'taxonomy', message: w.message }));
      return { taxonomy, diagnostics };
    } catch (error) {
      if (error instanceof TaxonomyError) throw new TaxonomyError(error.message, firstLine - 1 + error.line);
      throw error;
    }
  } catch (error) {
    const line = error instanceof TaxonomyError ? error.line : 1;
    return {
      taxonomy: new Taxonomy(base),
      diagnostics: [{ path: source.path, line, severity: 'error', code: 'taxonomy', message: `The taxonomy could not be read, so the default is used: ${(error as Error).message}` }],
    };
  }
}

function yamlOf(source: TaxonomySource): { yaml: string; firstLine: number } {
  if (!/\.md$/i.test(source.path)) return { yaml: source.text, firstLine: 1 };
  const fence = /^```ya?ml[ \t]*\r?\n([\s\S]*?)^```/m.exec(source.text);
  if (fence) return { yaml: fence[1], firstLine: source.text.slice(0, fence.index).split('\n').length + 1 };
  const split = splitFrontmatter(source.text);
  if (split.yaml !== undefined) return { yaml: split.yaml, firstLine: split.yamlStartLine };
  throw new TaxonomyError('the note has no ```yaml block and no properties holding the dynamics');
}
