import type { NoteDiagnostic } from '../model/diagnostic';
import type { Note, NoteContent, ParsedContent, TextBlock } from '../model/note';
import { NOTE_TYPES } from '../model/note-types';
import { PROPERTY } from '../model/property-names';
import { appendAll } from '../util/append';
import { isInFolder, noteNameOf } from '../vault/paths';
import { readBody } from './body';
import { statesContract } from './body-contract';
import { dateFromFileName } from './dates';
import { decodeNote } from './decode';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { readProperties } from './properties';
import { binarySaysReflection, namesReflection, unreadTypes } from './unread-type';
import { yesNo } from './yes-no';

export interface ParseOptions {
  /** Notes larger than this keep their properties and links, but their text is not read for cues. */
  maxTextLength: number;
}

export const DEFAULT_PARSE_OPTIONS: ParseOptions = { maxTextLength: 1_000_000 };

/**
 * Parses a note's content, independent of its path and of what the text means: properties, links,
 * tags and the body's blocks (cues are read from them by the index). Never throws.
 */
export function parseNoteContent(data: string | Uint8Array, options: ParseOptions = DEFAULT_PARSE_OPTIONS): ParsedContent {
  try {
    return parseUnsafe(data, options);
  } catch (error) {
    // A parser bug must not stop a scan: report it against the note instead.
    return emptyContent([{ line: 1, severity: 'error', code: 'read-error', message: `This note could not be read: ${String(error)}` }]);
  }
}

function parseUnsafe(data: string | Uint8Array, options: ParseOptions): ParsedContent {
  const decoded = decodeNote(data);
  if (decoded.binary) {
    const skipped = emptyContent(decoded.diagnostics);
    // Private unless it says otherwise, like a reflection whose properties cannot be read.
    if (binarySaysReflection(data)) skipped.kind = 'reflection';
    return skipped;
  }
  const { text } = decoded;
  const diagnostics: NoteDiagnostic[] = [...decoded.diagnostics];
  if (text.trim() === '') {
    diagnostics.push({ line: 1, severity: 'info', code: 'empty-note', message: 'This note is empty.' });
    return emptyContent(diagnostics);
  }

  const split = splitFrontmatter(text);
  if (split.unclosed) {
    diagnostics.push({ line: 1, severity: 'warning', code: 'frontmatter-unclosed', message: 'Properties start with --- but have no closing --- line, so they are read as text.' });
  }
  const frontmatter = split.yaml === undefined ? undefined : parseFrontmatter(split.yaml, split.yamlStartLine);
  if (frontmatter) appendAll(diagnostics, frontmatter.diagnostics);
  const props = readProperties(frontmatter?.properties ?? new Map());
  appendAll(diagnostics, props.diagnostics);
  if (props.kind === 'other' && (frontmatter?.properties.size ?? 0) === 0) {
    const types = unreadTypes(split.yaml, text, split.unclosed === true);
    const written = types[0];
    // Properties that could not be read but say "type: reflection": a private reflection all the same.
    if (namesReflection(types)) props.kind = 'reflection';
    // A session or supervision whose properties could not be read is said to be left out, where hours and preparations count them.
    else if (written && COUNTED_TYPES.has(written.type)) {
      diagnostics.push({
        line: (split.yaml !== undefined ? split.yamlStartLine : 1) - 1 + written.line,
        severity: 'warning',
        code: 'unread-properties',
        message: `The properties say this is a ${written.type} note but could not be read, so it is left out of flags, hours and preparations until they are fixed.`,
      });
    }
    // A client whose properties could not be read: its code and names are unknown, but its text is still a client's, checked for identifying details.
    else if (written?.type === 'client') {
      diagnostics.push({
        line: (split.yaml !== undefined ? split.yamlStartLine : 1) - 1 + written.line,
        severity: 'warning',
        code: 'unread-client',
        message: 'The properties say this is a client note but could not be read, so its code and names are unknown until they are fixed: other notes naming this client may be reported as holding identifying details.',
      });
    }
  }

  const tooLarge = text.length > options.maxTextLength;
  if (tooLarge) {
    diagnostics.push({
      line: 1,
      severity: 'warning',
      code: 'note-too-large',
      message: `This note is ${Math.round(text.length / 1024)} KB; its properties and links are read, but its text is not searched for dynamics.`,
    });
  }
  const readsText = NOTE_TYPES[props.kind].readsBody && !tooLarge;
  const body = readBody(text.slice(split.bodyOffset), split.bodyStartLine, { blocks: readsText, allowRemark: readsText });

  return {
    kind: props.kind,
    textRead: readsText,
    properties: props.properties,
    propertyDate: props.propertyDate,
    aliases: props.aliases,
    links: [...props.links, ...body.links],
    tags: body.tags,
    headings: body.headings,
    blocks: body.blocks,
    ...(props.kind === 'session' && yesNo(props.properties.get(PROPERTY.forSupervision)?.value) === true ? supervisionSection(body.blocks) : {}),
    // Only an empty contract property asks whether the body states one (note-evidence.ts): most notes have none, and the body need not be read for it.
    ...(readsText && CONTRACT_PROPERTIES.some((key) => props.properties.has(key)) && statesContract(body.blocks) ? { contractStated: true } : {}),
    bodyReader: body.reader,
    diagnostics: diagnostics.sort((a, b) => a.line - b.line),
  };
}

/** The properties that hold a note's contract, flat or as an older nested map. */
const CONTRACT_PROPERTIES = [PROPERTY.contractFocus, PROPERTY.contractOutcomes, PROPERTY.contract];

/** The text under headings that name supervision, for the supervision note template. */
function supervisionSection(blocks: readonly TextBlock[]): { forSupervision?: string } {
  const text = blocks
    .filter((b) => b.kind !== 'heading' && /supervision/i.test(b.section ?? ''))
    .map((b) => b.text.replace(/\s+/g, ' ').trim())
    .join(' ')
    .trim();
  return text === '' ? {} : { forSupervision: text };
}

export function unreadableContent(message: string): NoteContent {
  return emptyContent([{ line: 1, severity: 'error', code: 'read-error', message }]);
}

function emptyContent(diagnostics: NoteDiagnostic[]): NoteContent & ParsedContent {
  return { kind: 'other', textRead: false, properties: new Map(), aliases: [], links: [], tags: [], headings: [], blocks: [], cueHits: [], bodyReader: 'none', diagnostics };
}

/** The types whose notes hours and preparations count: one of them unread is said to be left out. */
const COUNTED_TYPES = new Set(['session', 'supervision']);

const TEMPLATE_DIAGNOSTICS = new Set(['frontmatter-yaml', 'frontmatter-unclosed', 'frontmatter-shape', 'binary-file', 'encoding', 'read-error']);

/** Places parsed content at a path (read from the file version `stamp`): the file-name date fallback and the templates folder. */
export function placeNote(path: string, content: NoteContent, templatesFolder: string, stamp?: string): Note {
  const name = noteNameOf(path);
  const isTemplate = isInFolder(path, templatesFolder);
  // Templates hold placeholders such as {{date}}: report only what would break every note made from them.
  let diagnostics = isTemplate ? content.diagnostics.filter((d) => TEMPLATE_DIAGNOSTICS.has(d.code)) : content.diagnostics;
  let date = content.propertyDate;
  let dateSource: Note['dateSource'] = date ? 'property' : undefined;
  if (!date) {
    date = dateFromFileName(name);
    if (date) dateSource = 'file-name';
  }
  if (!date && NOTE_TYPES[content.kind].dated && !isTemplate) {
    const line = content.properties.get(PROPERTY.date)?.line ?? 1;
    // The content's own list is shared by every placing of it: add to a copy.
    diagnostics = [...diagnostics];
    diagnostics.push({ line, severity: 'warning', code: 'date-missing', message: `This ${content.kind} note has no date (no readable date property, and its name does not start with YYYY-MM-DD), so it is left out of time windows.` });
  }
  return { path, name, content, date, dateSource, isTemplate, diagnostics, stamp };
}
