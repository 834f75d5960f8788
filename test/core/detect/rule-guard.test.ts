import { describe, expect, it } from 'vitest';
import { Detector } from '../../../src/core/detect/detector';
import type { RuleContext } from '../../../src/core/detect/rule-context';
import { createRules } from '../../../src/core/detect/rules/registry';
import type { Anchor, FlagRule } from '../../../src/core/detect/rules/rule';
import { DEFAULT_DETECTION_SETTINGS } from '../../../src/core/detect/settings';
import { VaultIndex } from '../../../src/core/index/vault-index';
import { formatReport } from '../../../src/core/report/format-report';
import { reportDocument } from '../../../src/core/report/report';
import type { Flag } from '../../../src/core/model/flag';
import { loadTaxonomy } from '../../../src/core/taxonomy/load-taxonomy';
import { engineWith, readFixtureVault } from '../../helpers/engine';
import { noteText } from '../../helpers/notes';

const DEMO = readFixtureVault('examples/demo-vault');

/** A rule that fails on one supervision, as a bug meeting an unforeseen note would. */
class FailingOn implements FlagRule {
  readonly id = 'failing';
  constructor(private readonly path: string) {}
  *anchors(context: RuleContext): Iterable<Anchor> {
    for (const path of context.notesOfKind('supervision')) yield { rule: this.id, key: path };
  }
  anchorsOfNote(): Iterable<Anchor> {
    return [];
  }
  anchorsOfSession(): Iterable<Anchor> {
    return [];
  }
  flags(anchor: Anchor): Flag[] {
    if (anchor.key === this.path) throw new RangeError('Maximum call stack size exceeded');
    return [];
  }
  reset(): void {}
}

function detectorOver(files: Record<string, string>, rules: FlagRule[]): Detector {
  const index = new VaultIndex();
  index.startBulk();
  for (const [path, data] of Object.entries(files)) index.upsert({ path, data });
  index.finishBulk();
  const detector = new Detector(index.graph, loadTaxonomy().taxonomy, DEFAULT_DETECTION_SETTINGS, rules);
  detector.rebuild();
  return detector;
}

describe('a rule that fails on one anchor', () => {
  it('costs that anchor its flags only, and becomes a diagnostic naming it', () => {
    const failing = 'Supervision/2026-02-24 Supervision.md';
    const healthy = detectorOver(DEMO, createRules());
    const guarded = detectorOver(DEMO, [...createRules(), new FailingOn(failing)]);
    expect(guarded.flags()).toEqual(healthy.flags());
    const failures = guarded.diagnostics().filter((d) => d.code === 'rule-failed');
    expect(failures.map((d) => [d.path, d.line, d.severity])).toEqual([[failing, 1, 'error']]);
    expect(failures[0].message).toContain('Maximum call stack size exceeded');
  });
});

describe('unusually large notes', () => {
  it('a session listing 150,000 dynamics still gives its flags, and its report', () => {
    const many = Array.from({ length: 150_000 }, () => 'rescuing').join(', ');
    const engine = engineWith({
      'Clients/C-1.md': noteText('type: client', ''),
      'Sessions/2026-02-03 C-1.md': noteText(`type: session\nclient: "[[C-1]]"\ndate: 2026-02-03\npractitioner_dynamics: [${many}]`, ''),
      'Supervision/2026-02-10.md': noteText('type: supervision\ndate: 2026-02-10\ncases: ["[[C-1]]"]\nsupervisor_dynamics: [rescuing]', ''),
    });
    expect(engine.flags().map((f) => `${f.kind} ${f.dynamic}`)).toContain('mirror-upward rescuing');
    expect(engine.diagnostics().filter((d) => d.code === 'rule-failed')).toEqual([]);
    const report = reportDocument('vault', engine.stats(), 0, engine.diagnostics(), engine.flags());
    const text = formatReport(report, { clientLabel: (id) => engine.clientLabel(id), dynamicLabel: (id) => engine.dynamicLabel(id), hiddenPrivate: 0 });
    expect(text).toContain('mirror-upward: rescuing');
    expect(text).toContain('practitioner_dynamics: rescuing');
  });
});
