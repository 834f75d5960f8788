/**
 * What each body line is, decided by a block reader (the fast scanner or remark) and consumed by the
 * shared inline pass. `start` marks the first line of a new block.
 */
export type LineClass =
  | 'blank'
  | 'skip' // thematic breaks, fences, table delimiters, definitions: no prose, no links
  | 'code' // code and HTML blocks: no prose, no links
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-row'
  | 'quote'
  | 'callout';

export interface ClassifiedLine {
  cls: LineClass;
  start: boolean;
}

export const LIST_MARKER = /^(\s*)([-*+]|\d{1,9}[.)])(\s+\[[ xX/-]\])?(\s+|$)/;
export const QUOTE_MARKERS = /^(\s{0,3}>\s?)+/;
export const HEADING = /^ {0,3}(#{1,6})(?=\s|$)/;
export const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
export const CALLOUT = /^\s*\[![^\]\n]+\][+-]?/;
