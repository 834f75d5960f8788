import { formatDate, type DateFormatter } from './date-format';

/** Values a template or file-name pattern can use as `{{name}}`. */
export interface TemplateValues {
  client?: string;
  /** The note's day, YYYY-MM-DD: what `{{date}}` gives. */
  date: string;
  /** What `{{time}}` gives; else the time of `now` as HH:mm. */
  time?: string;
  session?: number;
  supervisor?: string;
  practitioner?: string;
  /** In a supervisor's notes: the supervisee the note is about. */
  supervisee?: string;
  /** Client names: a list of links in properties, links separated by commas in the text. */
  cases?: string[];
  /** The new note's name, as core Templates' `{{title}}`. */
  title?: string;
  /** The moment `{{date:FORMAT}}` and `{{time:FORMAT}}` format; else the start of `date`. */
  now?: Date;
  /** Formats `{{date:FORMAT}}` (moment.js formats); Obsidian's moment in the plugin. */
  formatDate?: DateFormatter;
}

/** One `{{name}}` or `{{name:FORMAT}}` in a template. */
export interface Placeholder {
  whole: string;
  name: string;
  format?: string;
}

export interface Rendered {
  text: string;
  /** Placeholders the template used that have no value; they are left as written. */
  unknown: string[];
  /** The template's own properties do not read as YAML (a quote never closed): they are kept as written. */
  brokenProperties?: true;
}

/** `{{date}}`, `{{ client }}`, `{{date:YYYY-MM-DD}}`, `{{time:HH:mm}}`: core Templates' forms. */
export const PLACEHOLDER = /\{\{\s*([\w-]+)\s*(?::([^{}]*))?\}\}/g;

/** The placeholder of one PLACEHOLDER match (the arguments `replace` gives its callback). */
export function placeholderOf(whole: string, name: string, format: string | undefined): Placeholder {
  return { whole, name: name.toLowerCase(), format };
}

/** The day a note's dates are formatted from: `now`, else the start of its `date`. */
function momentOf(values: TemplateValues): Date | undefined {
  if (values.now) return values.now;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** A placeholder's value as text; cases are the client names (each context writes them its own way). */
export function placeholderValue(values: TemplateValues, p: Placeholder): string | undefined {
  const format = values.formatDate ?? formatDate;
  if (p.format !== undefined) {
    if (p.name !== 'date' && p.name !== 'time') return undefined;
    const at = momentOf(values);
    return at && p.format.trim() !== '' ? format(at, p.format) : undefined;
  }
  switch (p.name) {
    case 'client':
      return values.client;
    case 'date':
      return values.date;
    case 'time':
      return values.time ?? (values.now ? format(values.now, 'HH:mm') : undefined);
    case 'session':
      return values.session === undefined ? undefined : String(values.session);
    case 'supervisor':
      return values.supervisor;
    case 'practitioner':
      return values.practitioner;
    case 'supervisee':
      return values.supervisee;
    case 'cases':
      return values.cases?.map((c) => `[[${c}]]`).join(', ');
    case 'title':
      return values.title;
    default:
      return undefined;
  }
}

/** Fills `{{placeholders}}` in text; an unknown one, or one without a value, stays as written and is reported. */
export function renderPlaceholders(template: string, values: TemplateValues, escape: (value: string) => string = (v) => v): Rendered {
  const unknown = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole: string, name: string, format: string | undefined) => {
    const p = placeholderOf(whole, name, format);
    const value = placeholderValue(values, p);
    if (value === undefined) {
      unknown.add(p.whole);
      return p.whole;
    }
    return escape(value);
  });
  return { text, unknown: [...unknown] };
}
