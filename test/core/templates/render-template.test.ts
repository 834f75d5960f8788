import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/templates/render-template';
import type { TemplateValues } from '../../../src/core/templates/placeholders';

const NOW = new Date(2026, 2, 3, 14, 30, 0);
const VALUES: TemplateValues = { date: '2026-03-03', now: NOW, client: 'C-014', session: 7, practitioner: 'Robin Hart', supervisor: 'Ann Lee', cases: ['C-014', 'C-021'], title: '2026-03-03 C-014' };

function render(template: string, values: Partial<TemplateValues> = {}) {
  return renderTemplate(template, { ...VALUES, ...values });
}

function propertiesOf(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n?---/.exec(text);
  return parse(m![1]) as Record<string, unknown>;
}

describe('renderTemplate: core Templates\' placeholders', () => {
  it('fills {{date:FORMAT}}, {{time}}, {{time:FORMAT}} and {{title}} in the text', () => {
    const out = render('# {{title}}\nOn {{date:dddd D MMMM YYYY}} at {{time}} ({{time:h:mm A}}), {{date}}.\n');
    expect(out).toEqual({ text: '# 2026-03-03 C-014\nOn Tuesday 3 March 2026 at 14:30 (2:30 PM), 2026-03-03.\n', unknown: [] });
  });

  it('formats with the formatter it is given (the plugin gives Obsidian\'s moment)', () => {
    const out = render('{{date:Q}} {{date:YYYY}}', { formatDate: (d, f) => `<${f}:${d.getFullYear()}>` });
    expect(out.text).toBe('<Q:2026> <YYYY:2026>');
  });

  it('leaves Templater\'s <% %> and unknown placeholders as written, and names the unknown ones', () => {
    const template = '---\ncreated: <% tp.date.now("YYYY-MM-DD") %>\n---\n<%* tR += "x" %> {{client}} {{weather}} {{client:upper}}\n';
    const out = render(template);
    expect(out.text).toBe('---\ncreated: <% tp.date.now("YYYY-MM-DD") %>\n---\n<%* tR += "x" %> C-014 {{weather}} {{client:upper}}\n');
    expect(out.unknown).toEqual(['{{weather}}', '{{client:upper}}']);
  });
});

describe('renderTemplate: values in properties', () => {
  it('writes an unquoted {{date}} or {{date:YYYY-MM-DD}} as a date, and {{session}} as a number even when quoted', () => {
    const out = render('---\ndate: {{date:YYYY-MM-DD}}\nday: {{date}}\nsession: "{{session}}"\nagain: \'{{session}}\'\n---\n');
    expect(out.text).toBe('---\ndate: 2026-03-03\nday: 2026-03-03\nsession: 7\nagain: 7\n---\n');
    expect(propertiesOf(out.text)).toEqual({ date: '2026-03-03', day: '2026-03-03', session: 7, again: 7 });
  });

  it('quotes what would not read back as itself', () => {
    const out = render('---\ntime: {{time}}\nclient: {{client}}\nnote: Session {{session}} with {{client}}\ncreated: {{date:dddd, MMMM Do}}\n---\n', { client: 'Sam: "the quiet one" #3' });
    expect(out.text).toBe('---\ntime: "14:30"\nclient: "Sam: \\"the quiet one\\" #3"\nnote: "Session 7 with Sam: \\"the quiet one\\" #3"\ncreated: Tuesday, March 3rd\n---\n');
    expect(propertiesOf(out.text)).toEqual({ time: '14:30', client: 'Sam: "the quiet one" #3', note: 'Session 7 with Sam: "the quiet one" #3', created: 'Tuesday, March 3rd' });
  });

  it('escapes inside the quotes a template already has', () => {
    const out = render('---\nclient: "[[{{client}}]]"\nalias: \'{{client}}\'\n---\n', { client: 'O\'Neil "Jo"\\' });
    expect(propertiesOf(out.text)).toEqual({ client: '[[O\'Neil "Jo"\\]]', alias: 'O\'Neil "Jo"\\' });
  });

  it('writes {{cases}} as a list of links, inside brackets or as the whole value', () => {
    expect(propertiesOf(render('---\ncases: [{{cases}}]\n---\n').text)).toEqual({ cases: ['[[C-014]]', '[[C-021]]'] });
    expect(propertiesOf(render('---\ncases: {{cases}}\n---\n').text)).toEqual({ cases: ['[[C-014]]', '[[C-021]]'] });
    expect(propertiesOf(render('---\ncases: "{{cases}}"\n---\n').text)).toEqual({ cases: ['[[C-014]]', '[[C-021]]'] });
    expect(propertiesOf(render('---\nabout: "Cases: {{cases}}"\n---\n').text)).toEqual({ about: 'Cases: C-014, C-021' });
    expect(propertiesOf(render('---\ncases: [{{cases}}]\n---\n', { cases: [] }).text)).toEqual({ cases: [] });
    expect(render('---\ntype: supervision\n---\nCases: {{cases}}\n').text).toBe('---\ntype: supervision\n---\nCases: [[C-014]], [[C-021]]\n');
  });

  it('writes {{cases}} as the items of a block list, as Obsidian\'s Properties view saves a list, not as a list inside it', () => {
    for (const item of ['"{{cases}}"', '{{cases}}', "'{{cases}}'"]) {
      const template = `---\ntype: supervision\ncases:\n  - ${item}\nthemes: []\n---\n`;
      expect(propertiesOf(render(template).text)).toEqual({ type: 'supervision', cases: ['[[C-014]]', '[[C-021]]'], themes: [] });
      expect(propertiesOf(render(template, { cases: [] }).text)).toEqual({ type: 'supervision', cases: [], themes: [] });
    }
    // A key's value inside an item is that key's, as before.
    expect(propertiesOf(render('---\ngroups:\n  - name: "{{cases}}"\n---\n').text)).toEqual({ groups: [{ name: ['[[C-014]]', '[[C-021]]'] }] });
  });

  it('writes the rest of the properties as they stand after a quote the template never closes, and says so', () => {
    for (const quote of ['"', "'"]) {
      const out = render(`---\ntype: session\nclient: ${quote}[[{{client}}]]\ndate: {{date}}\n---\n# {{title}}\n`);
      expect(out.text).toBe(`---\ntype: session\nclient: ${quote}[[C-014]]\ndate: 2026-03-03\n---\n# 2026-03-03 C-014\n`);
      expect(out.brokenProperties).toBe(true);
    }
    expect(render('---\nclient: "[[{{client}}]]"\n---\n').brokenProperties).toBeUndefined();
  });

  it('keeps a list item, a flow list, a comment and a block scalar in shape', () => {
    const template = '---\nclients:\n  - {{client}}\n  - "{{client}}"\nboth: [{{client}}, {{supervisor}}]\nwho: {{client}} # {{client}}\nsummary: |\n  Seen by {{practitioner}}\n  {{client}}\nafter: x\n---\n';
    const out = render(template, { client: 'A, B\nC' });
    expect(propertiesOf(out.text)).toEqual({ clients: ['A, B\nC', 'A, B\nC'], both: ['A, B\nC', 'Ann Lee'], who: 'A, B\nC', summary: 'Seen by Robin Hart\nA, B\nC\n', after: 'x' });
  });

  it('quotes a placeholder left unfilled, so that the properties stay readable', () => {
    const out = render('---\nmood: {{weather}}\nwho: {{practitioner}}\n---\n', { practitioner: undefined });
    expect(out.unknown).toEqual(['{{weather}}', '{{practitioner}}']);
    expect(propertiesOf(out.text)).toEqual({ mood: '{{weather}}', who: '{{practitioner}}' });
  });

  it('reads CRLF frontmatter, and leaves a template without properties to plain filling', () => {
    expect(render('---\r\ndate: {{date}}\r\nclient: {{client}}\r\n---\r\nHi {{client}}\r\n').text).toBe('---\r\ndate: 2026-03-03\r\nclient: C-014\r\n---\r\nHi C-014\r\n');
    expect(render('No properties: "{{client}}"').text).toBe('No properties: "C-014"');
  });
});
