/** Values a template or file-name pattern can use as `{{name}}`. */
export interface TemplateValues {
  client?: string;
  date: string;
  time?: string;
  session?: number;
  supervisor?: string;
  practitioner?: string;
  /** Client names, rendered as quoted links for a YAML list: `"[[C-014]]", "[[C-021]]"`. */
  cases?: string[];
  title?: string;
}

export interface Rendered {
  text: string;
  /** Placeholders the template used that have no value; they are left as written. */
  unknown: string[];
}

const PLACEHOLDER = /\{\{\s*([\w-]+)\s*\}\}/g;

function valueOf(values: TemplateValues, name: string): string | undefined {
  switch (name.toLowerCase()) {
    case 'client':
      return values.client;
    case 'date':
      return values.date;
    case 'time':
      return values.time;
    case 'session':
      return values.session === undefined ? undefined : String(values.session);
    case 'supervisor':
      return values.supervisor;
    case 'practitioner':
      return values.practitioner;
    case 'cases':
      return values.cases?.map((c) => `"[[${c}]]"`).join(', ');
    case 'title':
      return values.title;
    default:
      return undefined;
  }
}

/** Fills `{{placeholders}}`; an unknown one, or one without a value, stays as written and is reported. */
export function renderPlaceholders(template: string, values: TemplateValues, escape: (value: string) => string = (v) => v): Rendered {
  const unknown = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = valueOf(values, name);
    if (value === undefined) {
      unknown.add(whole);
      return whole;
    }
    return escape(value);
  });
  return { text, unknown: [...unknown] };
}
