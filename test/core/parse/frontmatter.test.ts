import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from '../../../src/core/parse/frontmatter';

describe('splitFrontmatter', () => {
  it('finds the YAML between the fences and where the body starts', () => {
    const text = '---\ntype: session\ndate: 2026-02-03\n---\n# Notes\n';
    const split = splitFrontmatter(text);
    expect(split.yaml).toBe('type: session\ndate: 2026-02-03\n');
    expect(split.bodyStartLine).toBe(5);
    expect(text.slice(split.bodyOffset)).toBe('# Notes\n');
  });

  it('treats a note without a first-line fence as all body', () => {
    const split = splitFrontmatter('# Title\n---\ntype: session\n---\n');
    expect(split.yaml).toBeUndefined();
    expect(split.bodyOffset).toBe(0);
  });

  it('reports an opening fence that is never closed', () => {
    const split = splitFrontmatter('---\ntype: session\n# Notes\n');
    expect(split.unclosed).toBe(true);
    expect(split.yaml).toBeUndefined();
  });

  it('accepts Windows line endings', () => {
    const split = splitFrontmatter('---\r\ntype: client\r\n---\r\nBody\r\n');
    expect(split.yaml).toBe('type: client\r\n');
    expect(split.bodyStartLine).toBe(4);
  });
});

describe('parseFrontmatter', () => {
  it('keeps each property with the line it is on', () => {
    const { properties, diagnostics } = parseFrontmatter('type: session\nclient: "[[C-014]]"\nclient_dynamics:\n  - avoidance\n  - rescuing\n', 2);
    expect(diagnostics).toEqual([]);
    expect(properties.get('type')).toMatchObject({ key: 'type', value: 'session', line: 2 });
    expect(properties.get('client')?.line).toBe(3);
    expect(properties.get('client_dynamics')?.items).toEqual([
      { value: 'avoidance', line: 5 },
      { value: 'rescuing', line: 6 },
    ]);
  });

  it('matches names ignoring case, spaces, - and _', () => {
    const { properties } = parseFrontmatter('Client Dynamics: [avoidance]\nFor-Supervision: true\n', 2);
    expect(properties.get('client_dynamics')?.value).toEqual(['avoidance']);
    expect(properties.get('for_supervision')?.value).toBe(true);
  });

  it('warns about a repeated property and keeps the first', () => {
    const { properties, diagnostics } = parseFrontmatter('client_dynamics: [avoidance]\nclient-dynamics: [rescuing]\n', 2);
    expect(properties.get('client_dynamics')?.value).toEqual(['avoidance']);
    expect(diagnostics).toMatchObject([{ code: 'duplicate-property', line: 3, severity: 'warning' }]);
  });

  it('turns invalid YAML into an error at its line and no properties, like Obsidian', () => {
    const { properties, diagnostics } = parseFrontmatter('type: session\nclient: [[C-014\ndate: 2026-02-03\n', 2);
    expect(properties.size).toBe(0);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'frontmatter-yaml', severity: 'error' });
    expect(diagnostics[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports YAML that is not a map of properties', () => {
    const { properties, diagnostics } = parseFrontmatter('- just\n- a list\n', 2);
    expect(properties.size).toBe(0);
    expect(diagnostics[0].code).toBe('frontmatter-shape');
  });
});
