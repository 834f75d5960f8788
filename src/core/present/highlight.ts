import { wordForms } from '../text/inflection';
import { tokenize, words } from '../text/tokens';

/** A piece of text, marked when it is one of the words the evidence was found by. */
export interface Segment {
  text: string;
  match: boolean;
}

interface Phrase {
  forms: Set<string>[];
}

const compiled = new Map<string, Phrase[]>();

function compile(phrases: readonly string[]): Phrase[] {
  const key = phrases.join('\u0000');
  let found = compiled.get(key);
  if (!found) {
    found = phrases.map((p) => ({ forms: words(p).map(wordForms) })).filter((p) => p.forms.length > 0);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, found);
  }
  return found;
}

/**
 * Splits text where the phrases occur (any case, inflected, one extra word allowed inside a phrase,
 * as the detector reads cues), so the view can mark them the way search results mark matches.
 */
export function highlight(text: string, phrases: readonly string[]): Segment[] {
  const tokens = tokenize(text);
  const patterns = compile(phrases);
  const ranges: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    let end = -1;
    for (const { forms } of patterns) {
      if (!forms[0].has(tokens[i].word)) continue;
      let at = i + 1;
      let skipped = 0;
      let ok = true;
      for (let w = 1; w < forms.length; w++) {
        while (at < tokens.length && !forms[w].has(tokens[at].word) && skipped < 1) {
          at++;
          skipped++;
        }
        if (at >= tokens.length || !forms[w].has(tokens[at].word)) {
          ok = false;
          break;
        }
        at++;
      }
      if (ok) end = Math.max(end, at - 1);
    }
    if (end >= 0) {
      const from = tokens[i].start;
      const to = tokens[end].end;
      const last = ranges[ranges.length - 1];
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
      else ranges.push([from, to]);
    }
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    segments.push({ text: text.slice(from, to), match: true });
    at = to;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** Words joined by hyphens (client codes, dates, "problem-solving"): the places a line must not break. */
const JOINED = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)+/gu;

/** Splits text so that codes and dates can be kept whole: `keep` pieces must not break inside. */
export function unbreakable(text: string): { text: string; keep: boolean }[] {
  const pieces: { text: string; keep: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(JOINED)) {
    const from = match.index;
    if (from > at) pieces.push({ text: text.slice(at, from), keep: false });
    pieces.push({ text: match[0], keep: true });
    at = from + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}
