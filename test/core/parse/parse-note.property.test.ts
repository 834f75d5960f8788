import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNoteContent, placeNote } from '../../../src/core/parse/parse-note';

const SEED_NOTE = `---
type: session
client: "[[C-014]]"
date: 2026-02-10
contract:
  focus: grief
  outcomes: []
client_dynamics: [avoidance, "[[Rescuing]]"]
---
## Assessment
I jumped in with \`code\` and [[Plan#Risk|the plan]]. #dynamic/rescuing
> quoted words
- [ ] task [text](Notes/Grief%20models.md)
\`\`\`
[[in code]]
\`\`\`
| a | [[C-014\\|Sam]] |
`;

/** Mutations that break notes the way real files get broken: cut, spliced, duplicated, garbled. */
const mutated = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(40) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('---', '[[', ']]', '`', '```', '\n', ':', '- ', '"', '\t', '%%', '<!--', '> ', '|', '\u0000', '\uFFFD', '{{', '&a', '*b') }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat(60) }),
    ),
    { maxLength: 8 },
  )
  .map((edits) => {
    let text = SEED_NOTE;
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      if (e.kind === 'cut') text = text.slice(0, at) + text.slice(at + e.length);
      else if (e.kind === 'insert') text = text.slice(0, at) + e.text + text.slice(at);
      else text = text.slice(0, at) + text.slice(at, at + e.length).repeat(2) + text.slice(at + e.length);
    }
    return text;
  });

const anyInput = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.uint8Array({ maxLength: 400 }), mutated);

describe('parseNoteContent on any input', () => {
  it('never fails internally and always reports diagnostics within the note', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const content = parseNoteContent(input);
        expect(content.diagnostics.filter((d) => d.code === 'read-error')).toEqual([]);
        // CR, CRLF and LF are each one line break.
        const lineCount = (typeof input === 'string' ? input : new TextDecoder().decode(input)).split(/\r\n?|\n/).length;
        for (const d of content.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
        for (const d of content.diagnostics) expect(d.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
        for (const link of content.links) expect(link.line).toBeLessThanOrEqual(lineCount);
        expect(() => placeNote('Sessions/2026-02-10 C-014.md', { ...content, cueHits: [] }, 'Templates')).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });
});
