import type { NoteDiagnostic } from './diagnostic';
import type { NoteKind } from './note-types';

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string;

export interface PropertyItem {
  value: unknown;
  line: number;
}

export interface Property {
  /** The key as written. */
  key: string;
  value: unknown;
  line: number;
  /** One entry per list item (or the single value), each with its own line. */
  items: PropertyItem[];
}

export type LinkSyntax = 'wiki' | 'embed' | 'markdown' | 'property';

/** A link as written, before resolution. */
export interface LinkRef {
  /** The path part: no heading, block reference or alias; `%20` decoded for markdown links. */
  target: string;
  subpath?: string;
  alias?: string;
  syntax: LinkSyntax;
}

export interface LinkOccurrence extends LinkRef {
  line: number;
  /** Normalised property key when the link sits in a property, otherwise undefined. */
  property?: string;
}

export interface Tag {
  /** Without `#`, as written. */
  tag: string;
  line: number;
}

export interface Heading {
  text: string;
  level: number;
  line: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'quote' | 'callout';

/**
 * A block of body text for cue matching. `text` holds the block's source lines joined by `\n`, with
 * markup that is not prose (inline code, link targets, list markers, quote markers) blanked to spaces
 * so that every character keeps its column: line = startLine + newlines before an offset.
 */
export interface TextBlock {
  kind: BlockKind;
  startLine: number;
  text: string;
  /** The nearest heading above the block, if any. */
  section?: string;
  /**
   * The headings that hold that one, nearest first, one a line: a sentence under "### Process"
   * inside "## C-2" is C-2's case (SPEC section 1). Absent when the section is at the top.
   */
  outerSections?: string;
  /** For a list item, or a paragraph indented under one: the texts of the items holding it, nearest first, one a line. */
  outerItems?: string;
}

/** Stands in a cue hit's words for the words left out between a sentence's opening and the cue's reach: ASCII (cached texts stay one byte a character) and never a word of tokenize. */
export const SKIPPED_WORDS = '~';

/**
 * An affirmed cue in a note's text (not negated, hypothetical or historical), with what is needed to
 * give it a role once the people the note mentions are known.
 */
export interface CueHit {
  dynamic: string;
  line: number;
  /** The sentence, as evidence text. */
  text: string;
  /** The cue's first word when it may be its own subject ("I found myself"); empty inside quoted speech. */
  first: string;
  /**
   * Up to a dozen words before the cue (before an open quote), in order, lower-cased; when those
   * start later in a long sentence, its opening words (three, or up to five to finish a noun phrase)
   * before them and SKIPPED_WORDS between.
   */
  readonly words: readonly string[];
  /**
   * Per word: it starts the sentence or follows clause punctuation; and one entry more, true, when
   * the cue itself follows clause punctuation (only hits whose words are read from their own
   * sentence have it: cues/sentence-reader.ts, subjectCandidates).
   */
  readonly starts: readonly boolean[];
  /**
   * The token of its sentence before which `words` were read (the cue's first, or the subject slot
   * of a pattern): with the sentence, what reads them again (cues/sentence-reader.ts, subjectWordsAgain).
   */
  subjectAt?: number;
  /**
   * `words` are the few after a cue that opens its sentence ("For the fifth week running Dimitrios
   * ...", cues/opening-cue.ts): read for one of the note's people, and for no one else.
   */
  subjectAfter?: true;
  /** The free-text property it was read from, when not the body. */
  property?: string;
  /** Heard by the learnt sentence reader, where no cue or pattern was found (cues/learnt/). */
  learnt?: true;
  /**
   * A pattern's reading the learnt reader rules out (cues/cue-hits.ts): how far on (or back, when
   * negative) among the note's cue hits stands the reading of the same sentence it hears instead.
   * Dropped where that reading is the same person's (detect/note-evidence.ts).
   */
  ruledOutBy?: number;
  /**
   * In a sentence longer than one text, where this reading's text is cut around its own cue: how far
   * back among the note's cue hits stands the sentence's first reading, whose text stands for the
   * sentence (detect/note-evidence.ts: what another reading of the same sentence covers).
   */
  sentenceAt?: number;
  /** In a supervision note: the words that may name a client around the cue, to find its case. */
  cases?: CaseWords;
}

/**
 * Words that may name a client (capitalised or with a digit, lower-cased, space-joined) in a cue's
 * sentence, its paragraph or list item up to the end of that sentence, and its section heading (SPEC section 1, "Cases in a
 * supervision note"). Names are only known when evidence is read, so the words are kept instead.
 */
export interface CaseWords {
  sentence: string;
  /**
   * The whole paragraph's or list item's: it is the case of the one client it names, wherever (SPEC
   * section 1). A sub-item's is followed by those of the items holding it, nearest first, each level
   * after SECTION_LEVELS.
   */
  block: string;
  /** Where they differ from `block`, the paragraph's words up to the end of the sentence: a pronoun's person is named before it. */
  before?: string;
  /** The section heading's words, then those of each heading holding it, nearest first, each level after SECTION_LEVELS. */
  section: string;
  /**
   * The words of the other paragraphs and list items of the note that take up the same topic (a pair
   * of content words written in both), each block's after SECTION_LEVELS: a sentence placed by none
   * of the above is the case of the one client those name (cues/topic-links.ts). Absent when none do.
   */
  topic?: string;
}

/** Between one heading's case words and those of the heading holding it (CaseWords.section): never a case word. */
export const SECTION_LEVELS = ' | ';

/** What parsing a note gives: properties, links, tags and the body model, before its text is read for meaning. */
export interface ParsedContent {
  kind: NoteKind;
  /** Its text was read: a type whose body is read (note-types.ts), under the size cap. */
  textRead: boolean;
  properties: ReadonlyMap<string, Property>;
  /** The `date` property when readable. */
  propertyDate?: IsoDay;
  aliases: string[];
  links: LinkOccurrence[];
  /**
   * How many `links` there are, where content can tell without making them: content taken up from
   * the cache keeps its links packed until they are first read, and a start-up only counts them.
   */
  readonly linkCount?: number;
  tags: Tag[];
  /**
   * The body model: headings, and blocks for body types. Only parsing and cue reading read them; notes
   * taken up from the cache have none (see `forSupervision` and `cueHits` for what is kept).
   */
  headings: Heading[];
  blocks: TextBlock[];
  /** For a session marked `for_supervision: true`: its sections whose heading names supervision, as one line of text. */
  forSupervision?: string;
  /** The body states a contract (parse/body-contract.ts): empty contract properties are then no evidence. */
  contractStated?: boolean;
  /** Which reader produced the body model: the fast scanner or remark (for constructs the scanner leaves to it). */
  bodyReader: 'scanner' | 'remark' | 'none';
  diagnostics: NoteDiagnostic[];
}

/** A note's content as the index keeps it: parsed, with the cues its text holds. */
export interface NoteContent extends ParsedContent {
  /** Cues in the body and free-text property (cues/note-cues.ts); empty when the text is not read. */
  cueHits: CueHit[];
}

/** A parsed note placed at a path. */
export interface Note {
  path: string;
  /** File name without folder and `.md`. */
  name: string;
  content: NoteContent;
  date?: IsoDay;
  dateSource?: 'property' | 'file-name';
  /** Inside the templates folder: part of the graph, never evidence. */
  isTemplate: boolean;
  /** The content's diagnostics plus those that depend on the path (a missing date). */
  diagnostics: NoteDiagnostic[];
  /** The version of the file the content was read from (VaultIndex.stampOf); absent when it could not be read. */
  stamp?: string;
}
