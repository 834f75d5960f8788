/**
 * Mutations that break notes the way real files get broken (and a few the way attackers would):
 * flipped bytes, duplicated and truncated lines, notes spliced together, other line endings, and
 * hostile constructs inserted. Deterministic for a seed, so a failure can be replayed.
 */
import { HOSTILE_SHAPES } from '../helpers/hostile-notes';

export type Random = () => number;

/** mulberry32: a small seeded generator, good enough to pick mutations. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, below: number): number => Math.floor(random() * below);
const pick = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)];

/** Constructs that have broken Markdown and YAML readers, and runs of them. */
const HOSTILE = [
  '---', '---\n', '```', '~~~', '<div>', '<pre>', '<!--', '-->', '%%', '$$', '[[', ']]', '[[a|b]]', '![[x]]', '[t](x.md)', '[r]: /u "t"', '[^1]: n',
  '> ', '> [!note]', '- ', '1. ', '    ', '\t', '===', '| a | b |\n|---|---|', '#dynamic/rescuing', '#', '`', '``', '"', '“', '”', "didn't", 'if', 'but',
  '\r', '\r\n', '\u0000', '\uFFFD', '\uFEFF', '\u2028', 'é', '😀', '\\', '&amp;', '{{date}}', 'type: session', 'date: 2026-02-30', 'date: 2026-02-10T99:99',
  'client: [[C-014]]', 'aliases: [a, b', 'key: |', '*&a', 'practitioner_dynamics: [rescuing, avoidance]', 'private: "false"',
];
const RUNS = ['*', '_', '[', ']', '`', '>', '-', '#', ' ', '\n', '|', '(', '"', 'a', 'I jumped in ', '[[N]] ', '#t '];

/**
 * The longest mutated note, by default. Past 1 MB a note's text is not searched for cues (only its
 * properties and links are read), so longer notes test little more and cost much more.
 */
export const MAX_NOTE_CHARS = 2_000_000;

export interface Mutated {
  data: string | Uint8Array;
  /** What was done, for the report of a failure. */
  steps: string[];
}

/** One to four mutations of a note, sometimes with material from another note of the corpus. */
export function mutate(text: string, corpus: readonly string[], random: Random, maxChars = MAX_NOTE_CHARS): Mutated {
  let current = text;
  const steps: string[] = [];
  const count = 1 + int(random, 4);
  for (let k = 0; k < count; k++) {
    const at = int(random, current.length + 1);
    switch (int(random, 9)) {
      case 0: {
        const other = pick(random, corpus);
        const cut = int(random, other.length + 1);
        current = current.slice(0, at) + other.slice(cut);
        steps.push(`splice at ${at} with another note from ${cut}`);
        break;
      }
      case 1: {
        current = current.slice(0, at);
        steps.push(`truncate at ${at}`);
        break;
      }
      case 2: {
        const lines = current.split('\n');
        const from = int(random, lines.length);
        const length = 1 + int(random, 5);
        const times = random() < 0.2 ? 200 + int(random, 2000) : 1 + int(random, 3);
        const copied = lines.slice(from, from + length);
        const repeated: string[] = [];
        for (let t = 0; t < times; t++) for (const line of copied) repeated.push(line);
        current = lines.slice(0, from).concat(repeated.slice(0, 50_000), lines.slice(from)).join('\n');
        steps.push(`duplicate ${length} lines at line ${from + 1}, ${times} times`);
        break;
      }
      case 3:
      case 4: {
        const construct = pick(random, HOSTILE);
        current = current.slice(0, at) + construct + current.slice(at);
        steps.push(`insert ${JSON.stringify(construct)} at ${at}`);
        break;
      }
      case 5: {
        const run = pick(random, RUNS);
        const times = random() < 0.3 ? 1000 + int(random, 20_000) : 1 + int(random, 50);
        current = current.slice(0, at) + run.repeat(times) + current.slice(at);
        steps.push(`insert ${JSON.stringify(run)} x${times} at ${at}`);
        break;
      }
      case 6: {
        const eol = pick(random, ['\r', '\r\n']);
        current = current.replace(/\r?\n/g, eol);
        steps.push(`line endings ${JSON.stringify(eol)}`);
        break;
      }
      case 7: {
        const name = pick(random, Object.keys(HOSTILE_SHAPES));
        const body = HOSTILE_SHAPES[name](1 + int(random, 300));
        const end = body.indexOf('\n---\n', 4);
        current = current.slice(0, at) + body.slice(end < 0 ? 0 : end + 5) + current.slice(at);
        steps.push(`insert the body of "${name}" at ${at}`);
        break;
      }
      default: {
        // Byte flips: the result may not be UTF-8 any more, as a damaged file is not.
        const bytes = new TextEncoder().encode(current);
        const flips = 1 + int(random, 8);
        for (let f = 0; f < flips && bytes.length > 0; f++) bytes[int(random, bytes.length)] ^= 1 << int(random, 8);
        steps.push(`flip ${flips} bits`);
        return { data: bytes, steps };
      }
    }
    if (current.length > maxChars) current = current.slice(0, maxChars);
  }
  return { data: current, steps };
}
