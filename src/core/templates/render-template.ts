import { PLACEHOLDER, placeholderOf, placeholderValue, type Placeholder, type Rendered, type TemplateValues } from './placeholders';
import { doubleQuoted, escapeDoubleQuoted, isPlainSafe, singleQuotable } from './yaml-scalars';

/*
 * A user's template, filled as core Templates fills it, except that nothing inserted into the
 * frontmatter can break it: a value lands in YAML according to where its placeholder stands.
 * Between double quotes it is escaped; between single quotes its quotes are doubled (or the scalar
 * becomes double-quoted when it needs escapes); unquoted, the whole scalar around it is quoted when
 * the filled text would not read back as itself (a `:`, `#`, `"`, a line break, `yes`, `10:30`...).
 * A placeholder that is a whole value and gives a number (`{{session}}`) or an ISO date (`{{date}}`,
 * `{{date:YYYY-MM-DD}}`) is written unquoted, even between quotes, so that Obsidian types it as a
 * number or a date, and `{{cases}}` as a list of links. Templater's `<% %>` is left for Templater.
 */

/** Stands for placeholder i while the frontmatter's structure is read: `\uE000` i `\uE001`. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = /\uE000(\d+)\uE001/g;
const ONLY_SENTINEL = /^\uE000(\d+)\uE001$/;
const HAS_SENTINEL = /\uE000\d+\uE001/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;

interface Slot {
  placeholder: Placeholder;
  value: string | undefined;
}

export function renderTemplate(template: string, values: TemplateValues): Rendered {
  const unknown = new Set<string>();
  const fill = (p: Placeholder): string | undefined => {
    const value = placeholderValue(values, p);
    if (value === undefined) unknown.add(p.whole);
    return value;
  };
  const bounds = frontmatterBounds(template);
  if (!bounds) return { text: renderText(template, fill), unknown: [...unknown] };

  const slots: Slot[] = [];
  const masked = template.slice(bounds.start, bounds.end).replace(PLACEHOLDER, (whole: string, name: string, format: string | undefined) => {
    const placeholder = placeholderOf(whole, name, format);
    slots.push({ placeholder, value: fill(placeholder) });
    return `${OPEN}${slots.length - 1}${CLOSE}`;
  });
  const writer = new FrontmatterWriter(masked, slots, values.cases);
  const yaml = writer.write();
  const text = template.slice(0, bounds.start) + yaml + renderText(template.slice(bounds.end), fill);
  return { text, unknown: [...unknown], ...(writer.unclosed ? { brokenProperties: true as const } : {}) };
}

/** The text outside the frontmatter: values as they are, cases as links. */
function renderText(text: string, fill: (p: Placeholder) => string | undefined): string {
  return text.replace(PLACEHOLDER, (whole: string, name: string, format: string | undefined) => fill(placeholderOf(whole, name, format)) ?? whole);
}

/** Where the YAML between the opening `---` line and the closing `---` (or `...`) line lies. */
function frontmatterBounds(text: string): { start: number; end: number } | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m;
  const rest = text.slice(open[0].length);
  const found = close.exec(rest);
  if (!found) return undefined;
  return { start: open[0].length, end: open[0].length + found.index };
}

/** Reads the frontmatter's YAML structure well enough to know each placeholder's context, and fills it. */
class FrontmatterWriter {
  private i = 0;
  private out = '';
  private flow = 0;
  /** At the start of a node: where a quote, a bracket, `-`, `|` or `>` is an indicator. */
  private atNode = true;
  private lineIndent = 0;
  /** The column of the block sequence's `-` the node at hand is an item of, if it is one. */
  private itemAt: number | undefined;
  /** Whether a quoted scalar ran to the end of the properties unclosed: the rest is written as it stands. */
  unclosed = false;

  constructor(
    private readonly s: string,
    private readonly slots: Slot[],
    private readonly cases: string[] | undefined,
  ) {}

  write(): string {
    const { s } = this;
    this.lineIndent = indentAt(s, 0);
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\n') {
        this.out += c;
        this.i++;
        this.atNode = true;
        this.itemAt = undefined;
        this.lineIndent = indentAt(s, this.i);
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.out += c;
        this.i++;
      } else if (c === '#' && (this.i === 0 || /\s/.test(s[this.i - 1]))) {
        this.comment();
      } else if (this.flow > 0 && (c === ',' || c === ']' || c === '}')) {
        this.out += c;
        this.i++;
        if (c !== ',') this.flow--;
        this.atNode = c === ',';
      } else if (!this.atNode) {
        // After a quoted scalar: a mapping indicator, or text YAML would reject anyway.
        this.out += c;
        this.i++;
        if (c === ':') {
          // A key's value, not the item itself: `- name: "{{cases}}"` is no list of cases.
          this.atNode = true;
          this.itemAt = undefined;
        }
      } else if (c === '"') {
        this.doubleQuotedScalar();
      } else if (c === "'") {
        this.singleQuotedScalar();
      } else if (c === '[' || c === '{') {
        this.out += c;
        this.i++;
        this.flow++;
      } else if (this.flow === 0 && c === '-' && /^-(?:\s|$)/.test(s.slice(this.i, this.i + 2))) {
        this.itemAt = this.i - (s.lastIndexOf('\n', this.i - 1) + 1);
        this.out += c;
        this.i++;
      } else if (this.flow === 0 && (c === '|' || c === '>')) {
        this.blockScalar();
      } else {
        this.plainScalar();
      }
    }
    return this.out;
  }

  /** A value for text outside any quotes or block: as it is, on one line. */
  private raw(text: string): string {
    return text.replace(SENTINEL, (_, n: string) => (this.slots[Number(n)].value ?? this.slots[Number(n)].placeholder.whole).replace(/\r?\n/g, ' '));
  }

  /** The slot a scalar consists of, when it is one placeholder and nothing else. */
  private only(content: string): Slot | undefined {
    const m = ONLY_SENTINEL.exec(content);
    return m ? this.slots[Number(m[1])] : undefined;
  }

  /** A placeholder that is a whole value and gives a number or a date, written unquoted. */
  private typed(slot: Slot | undefined): string | undefined {
    if (!slot || slot.value === undefined) return undefined;
    if (slot.placeholder.name === 'session' && /^\d+$/.test(slot.value)) return slot.value;
    if (slot.placeholder.name === 'date' && ISO_DATE.test(slot.value)) return slot.value;
    return undefined;
  }

  /** The text of a scalar's content with its placeholders filled (unfilled ones as written; cases as names). */
  private text(content: string): string {
    return content.replace(SENTINEL, (_, n: string) => {
      const slot = this.slots[Number(n)];
      if (slot.placeholder.name === 'cases' && slot.placeholder.format === undefined && this.cases) return this.cases.join(', ');
      return slot.value ?? slot.placeholder.whole;
    });
  }

  private comment(): void {
    const end = lineEnd(this.s, this.i);
    this.out += this.raw(this.s.slice(this.i, end));
    this.i = end;
  }

  private doubleQuotedScalar(): void {
    const { s } = this;
    let j = this.i + 1;
    while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
    if (j >= s.length) return this.unclosedScalar();
    const content = s.slice(this.i + 1, j);
    this.i = Math.min(j + 1, s.length);
    this.atNode = false;
    const whole = this.wholeValue(this.only(content));
    if (whole !== undefined) {
      this.out += whole;
      return;
    }
    // Escapes already in the template stay as written; only what is inserted is escaped.
    this.out += `"${content.replace(SENTINEL, (_, n: string) => escapeDoubleQuoted(this.text(`${OPEN}${n}${CLOSE}`)))}"`;
  }

  private singleQuotedScalar(): void {
    const { s } = this;
    let j = this.i + 1;
    while (j < s.length && !(s[j] === "'" && s[j + 1] !== "'")) j += s[j] === "'" ? 2 : 1;
    if (j >= s.length) return this.unclosedScalar();
    const content = s.slice(this.i + 1, j);
    this.i = Math.min(j + 1, s.length);
    this.atNode = false;
    const whole = this.wholeValue(this.only(content));
    if (whole !== undefined) {
      this.out += whole;
      return;
    }
    if (!HAS_SENTINEL.test(content)) {
      this.out += `'${content}'`;
      return;
    }
    const value = this.text(content.replace(/''/g, "'"));
    this.out += singleQuotable(value) ? `'${value.replace(/'/g, "''")}'` : doubleQuoted(value);
  }

  /**
   * A quote the template never closes: YAML would not read these properties, and a closing quote
   * added at their end would swallow the line that closes them. The rest is written as it stands,
   * placeholders filled, so the note keeps the template's own words and its properties' end.
   */
  private unclosedScalar(): void {
    this.unclosed = true;
    this.out += this.raw(this.s.slice(this.i));
    this.i = this.s.length;
  }

  /** `|` or `>`: the header line, then every line indented deeper than the line that opened it. */
  private blockScalar(): void {
    const { s } = this;
    const headerEnd = lineEnd(s, this.i);
    this.out += this.raw(s.slice(this.i, headerEnd));
    this.i = headerEnd;
    while (this.i < s.length) {
      const next = this.i + 1;
      const end = lineEnd(s, next);
      const line = s.slice(next, end);
      if (line.trim() !== '' && indentAt(s, next) <= this.lineIndent) break;
      const indent = ' '.repeat(indentAt(s, next));
      this.out += '\n' + line.replace(SENTINEL, (_, n: string) => this.text(`${OPEN}${n}${CLOSE}`).replace(/\r?\n/g, `\n${indent}`));
      this.i = end;
    }
  }

  private plainScalar(): void {
    const { s } = this;
    const inFlow = this.flow > 0;
    let j = this.i;
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === '\n') break;
      if (c === ':' && (j + 1 === s.length || /\s/.test(s[j + 1]) || (inFlow && /[,[\]{}]/.test(s[j + 1])))) break;
      if (c === '#' && j > this.i && /\s/.test(s[j - 1])) break;
      if (inFlow && /[,[\]{}]/.test(c)) break;
    }
    const span = s.slice(this.i, j);
    const content = span.replace(/[ \t\r]+$/, '');
    this.i += content.length;
    this.atNode = false;
    if (s[this.i] === ':') {
      this.out += this.raw(content);
      this.out += ':';
      this.i++;
      this.atNode = true;
      this.itemAt = undefined;
      return;
    }
    // Read before adding: an empty {{cases}} item takes its `-` back out of what is written.
    const value = this.plainValue(content, inFlow);
    this.out += value;
  }

  /**
   * A scalar that is one placeholder and nothing else, written as its own type: a number, a date, or
   * for `{{cases}}` a list of links (its items alone inside brackets the template already has).
   */
  private wholeValue(slot: Slot | undefined): string | undefined {
    const typed = this.typed(slot);
    if (typed !== undefined) return typed;
    if (slot?.placeholder.name === 'cases' && slot.placeholder.format === undefined && this.cases) {
      const links = this.cases.map((c) => doubleQuoted(`[[${c}]]`));
      // An item of a block list, as Obsidian's Properties view saves a list (`cases:` then `- "{{cases}}"`):
      // the links are items of that list, not a list inside it; none leaves the list empty.
      if (this.flow === 0 && this.itemAt !== undefined) {
        if (links.length > 0) return links.join(`\n${' '.repeat(this.itemAt)}- `);
        this.out = this.out.replace(/\n[ \t]*-[ \t]*$/, ' ');
        return '[]';
      }
      return this.flow > 0 ? links.join(', ') : `[${links.join(', ')}]`;
    }
    return undefined;
  }

  private plainValue(content: string, inFlow: boolean): string {
    if (!HAS_SENTINEL.test(content)) return content;
    const whole = this.wholeValue(this.only(content));
    if (whole !== undefined) return whole;
    const value = this.text(content);
    return isPlainSafe(value, inFlow) ? value : doubleQuoted(value);
  }
}

function lineEnd(s: string, from: number): number {
  const at = s.indexOf('\n', from);
  return at < 0 ? s.length : at;
}

function indentAt(s: string, from: number): number {
  let n = 0;
  while (s[from + n] === ' ') n++;
  return n;
}
