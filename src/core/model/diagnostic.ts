export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'read-error'
  | 'binary-file'
  | 'encoding'
  | 'empty-note'
  | 'note-too-large'
  | 'frontmatter-unclosed'
  | 'frontmatter-yaml'
  | 'frontmatter-shape'
  | 'unread-properties'
  | 'unread-client'
  | 'duplicate-property'
  | 'property-shape'
  | 'unquoted-link'
  | 'unknown-type'
  | 'date-invalid'
  | 'date-missing'
  | 'unknown-dynamic'
  | 'taxonomy'
  | 'rule-failed';

/** A problem found in one note; the path is added when the note is placed in a vault. */
export interface NoteDiagnostic {
  line: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}

export interface Diagnostic extends NoteDiagnostic {
  path: string;
}
