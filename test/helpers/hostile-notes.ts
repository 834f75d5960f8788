/**
 * Hostile note shapes (issue 12): each a session note dated 2026-02-10 that grows with `n` in one
 * direction only, so that reading it at n and 2n shows whether reading is linear, and so that a
 * property test can check any size of it is read without failing. The contents are what real notes
 * look like when pasted, dictated or exported at length. The benchmark and the fuzzer use them too.
 */
export interface HostileVariant {
  /** Words or phrases the repeated content cycles through. */
  words: readonly string[];
  /** The line break the whole note is written with: LF, CRLF or a lone CR (old Mac). */
  eol: '\n' | '\r\n' | '\r';
  /** Every how many items a line break falls inside content that is otherwise one line or paragraph (0: never). */
  breakEvery: number;
}

export type HostileShape = (n: number, variant?: Partial<HostileVariant>) => string;

export const TYPE_AND_DATE = { kind: 'session', date: '2026-02-10' } as const;
const HEAD = '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-10\n---\n';

/** Dictated transcripts run for pages without a full stop and keep coming back to the same words. */
const RAMBLING = ['and then I jumped in again to rescue her', 'while she looked away and went quiet', 'so I found myself working harder than the client', 'and she said nothing works'];
const DEFAULT: HostileVariant = { words: RAMBLING, eol: '\n', breakEvery: 0 };
/** Clauses of a shorthand note that leave their subject out: "sat by the door", "had told no one". */
const SHORTHAND = ['sat by the door and changed the subject whenever I asked about money', 'kept the letters in a drawer unopened', 'had told no one', 'scrolled the phone whenever the drinking came up'];

/** n items, each made from its index and the variant's words, joined with a separator and the variant's line breaks. */
function items(n: number, v: HostileVariant, separator: string, item: (i: number, word: string) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(item(i, v.words[i % v.words.length]));
    if (v.breakEvery > 0 && i % v.breakEvery === v.breakEvery - 1 && i < n - 1) out.push('\n');
    else if (i < n - 1) out.push(separator);
  }
  return out.join('');
}

function shape(build: (n: number, v: HostileVariant) => string): HostileShape {
  return (n, variant) => {
    const v = { ...DEFAULT, ...variant };
    const text = build(n, v);
    return v.eol === '\n' ? text : text.replace(/\n/g, v.eol);
  };
}

const FORMS = [(i: number) => `[[Note ${i}]]`, (i: number) => `[[Note ${i}|alias]]`, (i: number) => `![[Genogram ${i}]]`, (i: number) => `[notes](Notes/N%20${i}.md)`];

export const HOSTILE_SHAPES: Record<string, HostileShape> = {
  /** One paragraph of n phrases with no full stop, repeating cues. */
  'unpunctuated paragraph': shape((n, v) => `${HEAD}## Session\n\n${items(n, v, ' ', (_, w) => w)}\n`),
  /** One sentence of n clauses after semicolons in shorthand, each leaving its subject out and holding a pattern: each goes on with the first. */
  'shorthand clauses': shape((n, v) => `${HEAD}## Session\n\nCl. late again${items(n, v, '', (i) => `; ${SHORTHAND[i % SHORTHAND.length]}`)}.\n`),
  /** n `#dynamic/…` lines in one paragraph (a tag per line, as some people tag). */
  'dynamic tag lines': shape((n, v) => `${HEAD}## Session\n\n${items(n, { ...v, breakEvery: 1 }, '\n', (i) => `#dynamic/${i % 2 === 0 ? 'rescuing' : 'avoidance'} noted`)}\n`),
  /** A `practitioner_dynamics` list of n items, a block list (or a flow list when words hold '['). */
  'huge property list': shape((n, v) => {
    const flow = v.words.includes('[');
    const list = flow ? ` [${items(n, { ...v, breakEvery: 0 }, ', ', (i) => (i % 3 === 0 ? 'rescuing' : `item-${i}`))}]` : `\n${items(n, { ...v, breakEvery: 1 }, '\n', (i) => `  - ${i % 3 === 0 ? 'rescuing' : `item-${i}`}`)}`;
    return `---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-10\npractitioner_dynamics:${list}\n---\nI jumped in.\n`;
  }),
  /** n links on one line, in the forms Obsidian writes. */
  'links on one line': shape((n, v) => `${HEAD}See ${items(n, v, ' ', (i) => FORMS[i % FORMS.length](i))}\n`),
  /** n tags on one line. */
  'tags on one line': shape((n, v) => `${HEAD}Tags: ${items(n, v, ' ', (i) => `#tag${i}/sub`)}\n`),
  /** n setext headings with no blank line between them (an outline converted from another editor). */
  'setext headings': shape((n, v) => `${HEAD}${items(n, { ...v, breakEvery: 1 }, '\n', (i, w) => `${w} ${i}\n${i % 2 === 0 ? '=====' : '-----'}`)}\n\nI jumped in.\n`),
  /** n ATX headings, each over a line of text. */
  'atx headings': shape((n, v) => `${HEAD}${items(n, { ...v, breakEvery: 1 }, '\n', (i, w) => `## Part ${i} ##\n${w}.`)}\n`),
  /** n reference definitions (a bibliography pasted from a Markdown export). */
  'reference definitions': shape((n, v) => `${HEAD}I jumped in [again][r1].\n\n${items(n, { ...v, breakEvery: 1 }, '\n', (i) => `[r${i}]: https://example.org/paper/${i} "Paper ${i}"`)}\n`),
  /** n paragraphs opening with inline HTML and underlined as setext headings: the blocks the scanner leaves to remark. */
  'setext under html': shape((n, v) => `${HEAD}${items(n, { ...v, breakEvery: 0 }, '\n\n', (i, w) => `<span>${i}</span>\nPart ${i}\n=====\n${w}.`)}\n`),
  /** An HTML block beside a run of n nested emphasis markers (remark is quadratic in those). */
  'emphasis beside html': shape((n) => `${HEAD}<div>\n${'*'.repeat(n)}I jumped in${'*'.repeat(n)}\n</div>\n`),
  /** A note of n short lines written with old Mac line endings (lone CR). */
  'lone CR lines': shape((n, v) => `${HEAD}## Session\n${items(n, { ...v, breakEvery: 1 }, '\n', (i, w) => (i % 2 === 0 ? `${w}.` : 'She went quiet.'))}\n`.replace(/\n/g, '\r')),
};

/**
 * Notes that grow another way: not a long body but a huge list that makes as many names or edges
 * of the relationship graph (issue 12 items 1 and 3), each read with the demo vault around it, the
 * whole engine loading it. `path` replaces the demo note there, if any.
 */
export const HOSTILE_VAULT_NOTES: Record<string, (n: number) => { path: string; data: string }> = {
  /** A client note with n aliases. */
  'client with many aliases': (n) => ({
    path: 'Clients/C-014.md',
    data: `---\ntype: client\ncode: C-014\naliases:\n${Array.from({ length: n }, (_, i) => `  - A${i}`).join('\n')}\n---\n`,
  }),
  /** A supervision note discussing n cases, each a link to a client with no note of its own. */
  'supervision with many cases': (n) => ({
    path: 'Supervision/2026-02-12 hostile.md',
    data: `---\ntype: supervision\ndate: 2026-02-12\nsupervisee_dynamics: [rescuing]\ncases:\n${Array.from({ length: n }, (_, i) => `  - "[[C-${i}]]"`).join('\n')}\n---\nI jumped in.\n`,
  }),
  /** A supervision note of two cases whose one paragraph is n sentences, each naming new people and holding a cue (a transcript pasted whole). */
  'supervision paragraph of names': (n) => ({
    path: 'Supervision/2026-02-12 hostile.md',
    data: `---\ntype: supervision\ndate: 2026-02-12\ncases: ["[[C-014]]", "[[C-021]]"]\n---\n${Array.from({ length: n }, (_, i) => `I talked about Alias${i} Person${i} and rescued them.`).join(' ')}\n`,
  }),
};

/**
 * Vaults that grow by notes, not within one: read whole by the engine with the demo vault, flags and
 * all, so that a rule that reads all of a client's notes for each of them shows.
 */
export const HOSTILE_VAULTS: Record<string, (n: number) => { path: string; data: string }[]> = {
  /** A client seen for years: n sessions of the demo's C-014, each a day apart, and a supervision discussing the case every day. */
  'client seen for years': (n) => {
    const files: { path: string; data: string }[] = [];
    for (let i = 0; i < n; i++) {
      const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      files.push({ path: `Sessions/hostile/${date} C-014.md`, data: `---\ntype: session\nclient: "[[C-014]]"\ndate: ${date}\n---\nI filled in her housing form for her while she watched. We ran over by twenty minutes again.\n` });
      files.push({ path: `Supervision/hostile/${date}.md`, data: `---\ntype: supervision\ndate: ${date}\ncases: ["[[C-014]]"]\n---\nMy supervisor came up with solutions for me before I had finished.\n` });
    }
    return files;
  },
};

