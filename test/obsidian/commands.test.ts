import { parseYaml } from 'obsidian';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { today } from '../../src/obsidian/plugin-context';
import { commandHotkeys, commandIds, isAvailable, runCommand } from './helpers/commands';
import { captureNotices, mockApp, openedFile, read, startPlugin, waitFor } from './helpers/harness';
import { buttonNamed, closeAllModals, input, installModalDriver, nextModal, openModals, pressEscape, pressKey, suggestionTexts, toggles, typeText } from './helpers/modals';
import { PRACTICE } from './practice-files';
import { readFixtureVault } from '../helpers/engine';

beforeAll(installModalDriver);
afterEach(closeAllModals);

/** Types into the picker the command opened and presses Enter, as a user does. */
async function pick(typed: string): Promise<void> {
  const modal = await nextModal();
  typeText(input(modal), typed);
  pressKey(input(modal), 'Enter');
}

function properties(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;
}

describe('commands', () => {
  it('are the ids of SPEC section 5, the two for supervisors and the one that forgets stale reviews, with no default hotkeys', async () => {
    const plugin = await startPlugin(await mockApp(PRACTICE));
    expect(commandIds(plugin).sort()).toEqual(
      ['add-session-properties', 'add-supervision-properties', 'export-report', 'forget-stale-reviews', 'hours-report', 'new-case-summary', 'new-client-note', 'new-reflection-note', 'new-session-note', 'new-supervisee-supervision-note', 'new-supervision-note', 'open-pattern-view', 'prepare-supervision', 'privacy-check', 'rescan-vault'].sort(),
    );
    for (const hotkeys of commandHotkeys(plugin)) expect(hotkeys).toBeUndefined();
  });
});

describe('new-session-note', () => {
  // Found by its code or by an alias ("Sam"): an alias typed and not found would make a second client.
  it.each(['C-014', 'Sam'])('creates the client\'s next session from the template, where the pattern says, and opens it (typed %s)', async (typed) => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-session-note');
    await pick(typed);
    const path = `Sessions/C-014/${today()} C-014.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    expect(app.vault.getFileByPath('Clients/Sam.md')).toBeNull();
    const text = read(app, path);
    const props = properties(text);
    expect(props).toMatchObject({ type: 'session', client: '[[C-014]]', date: today(), session: 12, practitioner: '[[Robin Hart]]', format: 'soap' });
    expect(text).toContain('## Subjective\n');
    expect(text).toContain('## Plan\n');
    expect(openedFile(app)?.path).toBe(path);
  });

  it('shows no client name in its list while names are masked, and still finds a client by the name typed', async () => {
    const app = await mockApp({ ...PRACTICE, 'Clients/Nadia Okafor.md': '---\ntype: client\npractitioner: "[[Robin Hart]]"\n---\n# Nadia Okafor\n' });
    const plugin = await startPlugin(app, { maskClientNames: true });
    await runCommand(plugin, 'new-session-note');
    const modal = await nextModal();
    typeText(input(modal), '');
    const listed = suggestionTexts(modal).join(' | ');
    expect(listed).toContain('C-014');
    expect(listed).not.toMatch(/Sam|Nadia|Okafor/);
    // "Sam" typed finds C-014, shown by its code: no second client is offered or made.
    typeText(input(modal), 'Sam');
    expect(suggestionTexts(modal)).toEqual(['C-014']);
    pressKey(input(modal), 'Enter');
    const path = `Sessions/C-014/${today()} C-014.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    expect(app.vault.getFileByPath('Clients/Sam.md')).toBeNull();
  });

  it('creates a new client note too, and starts at session 1', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-session-note');
    await pick('C-099');
    const path = `Sessions/C-099/${today()} C-099.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    expect(properties(read(app, path)).session).toBe(1);
    expect(properties(read(app, 'Clients/C-099.md'))).toMatchObject({ type: 'client', code: 'C-099' });
  });

  it('makes the folders a first client and session need in a new vault', async () => {
    const app = await mockApp({ 'Welcome.md': '# Welcome\n' });
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-session-note');
    await pick('C-001');
    const path = `Sessions/C-001/${today()} C-001.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    expect(properties(read(app, 'Clients/C-001.md'))).toMatchObject({ type: 'client', code: 'C-001' });
    expect(openedFile(app)?.path).toBe(path);
  });

  it('says so when the note cannot be written', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    vi.spyOn(app.vault, 'create').mockRejectedValue(new Error('EACCES: permission denied'));
    try {
      await runCommand(plugin, 'new-session-note');
      await pick('C-014');
      await waitFor(() => notices.length > 0, 'a notice');
      expect(notices).toEqual(['That did not work: EACCES: permission denied']);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('keeps the end of the properties of a template whose quote is never closed, and says the template needs correcting', async () => {
    const app = await mockApp({ ...PRACTICE, 'Templates/Session.md': '---\ntype: session\nclient: "[[{{client}}]]\ndate: {{date}}\n---\n# {{title}}\n' });
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    await runCommand(plugin, 'new-session-note');
    await pick('C-021');
    const path = `Sessions/C-021/${today()} C-021.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    expect(read(app, path)).toBe(`---\ntype: session\nclient: "[[C-021]]\ndate: ${today()}\n---\n# ${today()} C-021\n`);
    expect(notices.some((n) => n.startsWith("Your session template's properties do not read as YAML"))).toBe(true);
  });

  it('never overwrites: an existing note is opened and left as it was', async () => {
    const path = `Sessions/C-014/${today()} C-014.md`;
    const mine = '---\ntype: session\n---\nMy own words, typed before.\n';
    const app = await mockApp({ ...PRACTICE, [path]: mine });
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-session-note');
    await pick('C-014');
    await waitFor(() => openedFile(app)?.path === path, 'the existing note to open');
    expect(read(app, path)).toBe(mine);
  });

  it('fills the user\'s template as core Templates does, with Obsidian\'s moment, values quoted safely', async () => {
    // Placeholders in properties are quoted, as the README advises, so that the template is valid YAML itself.
    const template = '---\ntype: session\nclient: "[[{{client}}]]"\ndate: "{{date:YYYY-MM-DD}}"\nsession: "{{session}}"\nquarter: "{{date:Q}}"\nstarted: "{{time}}"\nmood: "{{weather}}"\n---\n# {{title}}\nSession {{session}} with {{client}} <% tp.file.cursor() %>\n';
    const app = await mockApp({ ...PRACTICE, 'Templates/Session.md': template });
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    try {
      await runCommand(plugin, 'new-session-note');
      await pick('C-021');
      const path = `Sessions/C-021/${today()} C-021.md`;
      await waitFor(() => app.vault.getFileByPath(path) !== null, path);
      const text = read(app, path);
      // `Q` (the quarter) is a token only moment knows: the plugin formats with Obsidian's moment.
      const quarter = String(Math.floor(new Date().getMonth() / 3) + 1);
      expect(text.replace(/started: "\d\d:\d\d"/, 'started: "HH:mm"')).toBe(
        `---\ntype: session\nclient: "[[C-021]]"\ndate: ${today()}\nsession: 3\nquarter: "${quarter}"\nstarted: "HH:mm"\nmood: "{{weather}}"\n---\n# ${today()} C-021\nSession 3 with C-021 <% tp.file.cursor() %>\n`,
      );
      expect(properties(text)).toMatchObject({ date: today(), session: 3 });
      expect(notices).toContain('Your session template has placeholders without a value, left as written: {{weather}}');
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('keeps a value with quotes, a colon and a hash from breaking the new note\'s properties', async () => {
    const template = '---\ntype: session\nclient: "[[{{client}}]]"\nlabel: "{{client}}"\n---\n';
    const app = await mockApp({ ...PRACTICE, 'Templates/Session.md': template });
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-session-note');
    await pick('Jo "JJ": #2');
    const path = `Sessions/Jo -JJ-- -2/${today()} Jo -JJ-- -2.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    // The session links to the client note made for the new client, by its name: a link written with
    // the typed `#` and `:` would point at a heading of another note.
    expect(properties(read(app, path))).toEqual({ type: 'session', client: '[[Jo -JJ-- -2]]', label: 'Jo -JJ-- -2' });
    expect(properties(read(app, 'Clients/Jo -JJ-- -2.md'))).toMatchObject({ type: 'client', code: 'Jo "JJ": #2' });
    await plugin.live.build(true);
    const session = plugin.api.getGraph().edges.find((e) => e.from === path && e.type === 'session-of');
    expect(session?.to).toBe('Clients/Jo -JJ-- -2.md');
  });
});

/** Runs New supervision note as a user does: picks the supervisor, reads what is ticked, creates the note; its text. */
async function newSupervisionNote(app: Awaited<ReturnType<typeof mockApp>>, supervisor: string): Promise<{ ticked: [string, boolean][]; text: string }> {
  const plugin = await startPlugin(app);
  await runCommand(plugin, 'new-supervision-note');
  await pick(supervisor);
  const cases = await nextModal();
  const ticked = toggles(cases).map((t): [string, boolean] => [t.name, t.on]);
  buttonNamed(cases, 'Create note').click();
  const path = `Supervision/${today()} Supervision.md`;
  await waitFor(() => app.vault.getFileByPath(path) !== null, path);
  return { ticked, text: read(app, path) };
}

describe('new-supervision-note', () => {
  it("makes a second supervisor's supervision of the same day a note of its own, and opens the same supervisor's again", async () => {
    const app = await mockApp({ ...PRACTICE, 'People/Jo Park.md': '---\ntype: person\nrole: supervisor\n---\n# Jo Park\n' });
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    const supervision = async (supervisor: string): Promise<void> => {
      await runCommand(plugin, 'new-supervision-note');
      await pick(supervisor);
      buttonNamed(await nextModal(), 'Create note').click();
    };
    const first = `Supervision/${today()} Supervision.md`;
    await supervision('Ann');
    await waitFor(() => app.vault.getFileByPath(first) !== null, first);
    await supervision('Jo Park');
    const second = `Supervision/${today()} Supervision 2.md`;
    await waitFor(() => app.vault.getFileByPath(second) !== null, second);
    expect(properties(read(app, first)).supervisor).toBe('[[Ann Lee]]');
    expect(properties(read(app, second)).supervisor).toBe('[[Jo Park]]');
    expect(openedFile(app)?.path).toBe(second);
    // Ann's again that day is the note already made, opened, as the setting says.
    await supervision('Ann');
    await waitFor(() => notices.some((n) => n.includes('already exists, so it was opened')), 'the notice');
    expect(openedFile(app)?.path).toBe(first);
    // And Jo's again is Jo's, past Ann's at the first name.
    await supervision('Jo Park');
    await waitFor(() => notices.some((n) => n.startsWith(`${second} already exists, so it was opened`)), 'the notice');
    expect(openedFile(app)?.path).toBe(second);
    expect(app.vault.getFileByPath(`Supervision/${today()} Supervision 3.md`)).toBeNull();
  });

  it('lists the cases to tick by code or masked name while names are masked', async () => {
    const app = await mockApp({ ...PRACTICE, 'Clients/Nadia Okafor.md': '---\ntype: client\npractitioner: "[[Robin Hart]]"\n---\n# Nadia Okafor\n' });
    const plugin = await startPlugin(app, { maskClientNames: true });
    await runCommand(plugin, 'new-supervision-note');
    await pick('Ann');
    const cases = await nextModal();
    const names = toggles(cases).map((t) => t.name);
    expect(names).toContain('C-014');
    expect(names).toHaveLength(3);
    expect(names.join(' | ')).not.toMatch(/Sam|Nadia|Okafor/);
    closeAllModals();
  });

  it('pre-selects the clients seen since the last supervision and lists their questions', async () => {
    const app = await mockApp({
      ...PRACTICE,
      'Sessions/C-021/2099-01-05 C-021.md': '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-03-05\nfor_supervision: "Am I colluding with the restructure story?"\n---\n',
    });
    const { ticked, text } = await newSupervisionNote(app, 'Ann');
    expect(ticked).toEqual([
      ['C-014', false],
      ['C-021', true],
    ]);
    expect(properties(text)).toMatchObject({ type: 'supervision', supervisor: '[[Ann Lee]]', supervisee: '[[Robin Hart]]', cases: ['[[C-021]]'] });
    expect(text).toContain('- [[2099-01-05 C-021]]: Am I colluding with the restructure story?');
    expect(text).toContain('## Parallel process hypothesis');
  });

  it("ticks only the chosen supervisor's cases since their own last supervision, as Prepare for supervision does", async () => {
    // Jo last discussed C-021 on 2026-01-29; C-014 is Ann's, whose supervision of 2026-02-24 discussed it.
    const app = await mockApp({
      ...PRACTICE,
      'People/Jo Park.md': '---\ntype: person\nrole: supervisor\n---\n# Jo Park\n',
      'Supervision/2026-01-29 Jo Park.md': '---\ntype: supervision\nsupervisor: "[[Jo Park]]"\ndate: 2026-01-29\ncases: ["[[C-021]]"]\n---\nC-021 and the restructure.\n',
      'Sessions/C-021/2026-02-10 C-021.md': '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-10\nfor_supervision: "How far do I hold the contract?"\n---\n',
      'Sessions/C-014/2026-03-01 C-014.md': '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-03-01\nfor_supervision: "Who is holding the deadline?"\n---\n',
    });
    const { ticked, text } = await newSupervisionNote(app, 'Jo Park');
    expect(ticked).toEqual([
      ['C-014', false],
      ['C-021', true],
    ]);
    expect(text).toContain('- [[2026-02-10 C-021]]: How far do I hold the contract?');
    expect(text).not.toContain('deadline');
  });

  it('takes the cases the user ticks, and creates nothing when the checklist is dismissed', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-supervision-note');
    await pick('Ann');
    pressEscape();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.vault.getFileByPath(`Supervision/${today()} Supervision.md`)).toBeNull();

    await runCommand(plugin, 'new-supervision-note');
    await pick('Ann Lee');
    const cases = await nextModal();
    toggles(cases)[0].el.click();
    buttonNamed(cases, 'Create note').click();
    const path = `Supervision/${today()} Supervision.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, path);
    expect(properties(read(app, path)).cases).toEqual(['[[C-014]]']);
  });
});

describe('add-session-properties', () => {
  it('is offered only while a Markdown note is open', async () => {
    const app = await mockApp({ ...PRACTICE, 'Attachments/scan.pdf': '%PDF-1.4' });
    const plugin = await startPlugin(app);
    const active = vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(null);
    try {
      expect(isAvailable(plugin, 'add-session-properties')).toBe(false);
      expect(isAvailable(plugin, 'add-supervision-properties')).toBe(false);
      active.mockReturnValue(app.vault.getFileByPath('Attachments/scan.pdf'));
      expect(isAvailable(plugin, 'add-session-properties')).toBe(false);
      active.mockReturnValue(app.vault.getFileByPath('Clients/C-014.md'));
      expect(isAvailable(plugin, 'add-session-properties')).toBe(true);
      expect(isAvailable(plugin, 'add-supervision-properties')).toBe(true);
      // The other commands need no open note.
      active.mockReturnValue(null);
      expect(isAvailable(plugin, 'new-session-note')).toBe(true);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('adds only missing properties, keeping the others and the body byte for byte', async () => {
    const body = '\nMy notes, with [[links]] and `code`.\n\n- a list\n';
    const path = 'Notes/2026-03-01 loose note.md';
    const app = await mockApp({ ...PRACTICE, [path]: `---\nClient: "[[C-014]]"\nmood: calm\n---${body}` });
    const plugin = await startPlugin(app);
    const file = app.vault.getFileByPath(path)!;
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(file);
    await runCommand(plugin, 'add-session-properties');
    await waitFor(() => read(app, path).includes('type: session'), 'the properties');
    const text = read(app, path);
    expect(text.endsWith(`---${body}`)).toBe(true);
    const props = properties(text);
    expect(props).toMatchObject({ Client: '[[C-014]]', mood: 'calm', type: 'session', date: '2026-03-01' });
    expect(props.client).toBeUndefined();
  });

  it('leaves a note that lacks no property untouched, its comments and list style included, and says so', async () => {
    const path = 'Sessions/C-014/2026-03-10 C-014.md';
    const before = [
      '---',
      'type: session   # written after the session',
      'client: "[[C-014]]"',
      'date: 2026-03-10',
      'duration: 50',
      'practitioner: "[[Robin Hart]]"',
      'format: soap',
      '# risk: check with the GP before the next session',
      'client_dynamics: [avoidance]',
      'practitioner_dynamics: [rescuing]',
      'themes: [loss]',
      'for_supervision: true',
      '---',
      'Sam talked about the house clearance again.',
      '',
    ].join('\n');
    const app = await mockApp({ ...PRACTICE, [path]: before });
    const plugin = await startPlugin(app);
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath(path));
    const notices = captureNotices();
    await runCommand(plugin, 'add-session-properties');
    await waitFor(() => notices.length > 0, 'the notice');
    expect(notices).toEqual(['This note already has every property.']);
    expect(read(app, path)).toBe(before);
  });

  it('dates a note whose name holds no date by the earliest day its file knows of, not today, and says to check it', async () => {
    const path = 'Notes/Session with Sam.md';
    const app = await mockApp({ ...PRACTICE, [path]: 'We talked about the move.\n' });
    const file = app.vault.getFileByPath(path)!;
    // Written months ago, and synced onto this device last week: created here then, last changed before.
    const stat = (file as unknown as { stat: { ctime: number; mtime: number } }).stat;
    stat.ctime = new Date(2026, 1, 20, 9, 0).getTime();
    stat.mtime = new Date(2025, 8, 14, 23, 30).getTime();
    const plugin = await startPlugin(app);
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(file);
    const notices = captureNotices();
    await runCommand(plugin, 'add-session-properties');
    await waitFor(() => read(app, path).includes('type: session'), 'the properties');
    expect(properties(read(app, path)).date).toBe('2025-09-14');
    await waitFor(() => notices.some((n) => n.includes('check it is the day of the session')), 'the notice');
  });
});

describe('add-supervision-properties', () => {
  it("names the practitioner as the supervisee of their own supervision note", async () => {
    const path = 'Supervision/2026-03-10 Ann.md';
    const app = await mockApp({ ...PRACTICE, [path]: 'Ann asked what I wanted from the hour.\n' });
    const plugin = await startPlugin(app);
    await plugin.live.ready;
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath(path));
    await runCommand(plugin, 'add-supervision-properties');
    await waitFor(() => read(app, path).includes('type: supervision'), 'the properties');
    expect(properties(read(app, path))).toMatchObject({ author: 'supervisee', supervisee: '[[Robin Hart]]', supervisor: '' });
  });

  it("in a supervisor's vault, writes the supervision they gave: author supervisor, and them as its supervisor", async () => {
    const path = 'Supervision/2026-06-30 Clare.md';
    const app = await mockApp({ ...readFixtureVault('test/fixtures/vaults/supervisor-vault'), [path]: 'Clare brought C-01 again; I noticed myself rushing to fix it.\n' });
    const plugin = await startPlugin(app, { vaultRole: 'supervisor', practitionerNote: 'People/Nadia Khan.md' });
    await plugin.live.ready;
    vi.spyOn(app.workspace, 'getActiveFile').mockReturnValue(app.vault.getFileByPath(path));
    await runCommand(plugin, 'add-supervision-properties');
    await waitFor(() => read(app, path).includes('type: supervision'), 'the properties');
    expect(properties(read(app, path))).toMatchObject({ author: 'supervisor', supervisor: '[[Nadia Khan]]', supervisee: '' });
  });
});

describe('rescan-vault', () => {
  it('says how many notes there are to check as the view counts them: each note once, a private reflection not while names are masked', async () => {
    const app = await mockApp({
      ...PRACTICE,
      'Sessions/C-014/2026-03-10 C-014.md': '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-03-32\nsession: 4\nthemes: [loss\n---\nShe was quiet.\n',
      'Reflections/2026-03-09 Reflection.md': '---\ntype: reflection\ndate: 2026-03-40\n---\nA hard week.\n',
    });
    const plugin = await startPlugin(app);
    const notices = captureNotices();
    await runCommand(plugin, 'rescan-vault');
    await waitFor(() => notices.length > 0, 'the notice');
    expect(notices[0]).toMatch(/, 2 notes to check\.$/);
    plugin.preferences.maskClientNames = true;
    await runCommand(plugin, 'rescan-vault');
    await waitFor(() => notices.length > 1, 'the second notice');
    expect(notices[1]).toMatch(/, 1 note to check\.$/);
  });
});

describe('export-report', () => {
  it('writes the flags as a new note with links to the evidence, never over an earlier one', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'export-report');
    const first = `Parallel Process/Parallel process report ${today()}.md`;
    await waitFor(() => app.vault.getFileByPath(first) !== null, first);
    const text = read(app, first);
    expect(text).toContain('### Is the rescuing in your sessions with C-014 being mirrored in supervision?');
    expect(text).toContain('[[Sessions/C-014/2026-02-03 C-014|2026-02-03 C-014]]');
    // The notes it draws on hold no identifying details: no warning.
    expect(text).not.toContain('[!warning]');
    await runCommand(plugin, 'export-report');
    const second = `Parallel Process/Parallel process report ${today()} 2.md`;
    await waitFor(() => app.vault.getFileByPath(second) !== null, second);
    expect(read(app, first)).toBe(text);
  });
});

describe('new-client-note and new-reflection-note', () => {
  it('create a client note from a code, and today\'s private reflection', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-client-note');
    const modal = await nextModal();
    expect(modal.querySelector('.modal-title')?.textContent).toBe('New client');
    typeText(input(modal), 'C-050');
    pressKey(input(modal), 'Enter');
    await waitFor(() => app.vault.getFileByPath('Clients/C-050.md') !== null, 'the client note');
    expect(properties(read(app, 'Clients/C-050.md'))).toMatchObject({ type: 'client', code: 'C-050', practitioner: '[[Robin Hart]]', status: 'active' });

    await runCommand(plugin, 'new-reflection-note');
    const path = `Reflections/${today()} Reflection.md`;
    await waitFor(() => app.vault.getFileByPath(path) !== null, 'the reflection');
    expect(properties(read(app, path))).toMatchObject({ type: 'reflection', date: today(), private: true });
  });

  it('create a client note when the button is clicked, and nothing when the dialog is dismissed', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app);
    await runCommand(plugin, 'new-client-note');
    let modal = await nextModal();
    pressEscape();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(Object.keys(PRACTICE).sort());

    await runCommand(plugin, 'new-client-note');
    modal = await nextModal();
    typeText(input(modal), 'C-051');
    buttonNamed(modal, 'Create').click();
    await waitFor(() => app.vault.getFileByPath('Clients/C-051.md') !== null, 'the client note');
    expect(openModals()).toEqual([]);
    expect(openedFile(app)?.path).toBe('Clients/C-051.md');
  });

  it('say which placeholders of a file name pattern have no value', async () => {
    const app = await mockApp(PRACTICE);
    const plugin = await startPlugin(app, { reflectionPattern: 'Reflections/{{date}} {{mood}}' });
    const notices = captureNotices();
    try {
      await runCommand(plugin, 'new-reflection-note');
      await waitFor(() => app.vault.getFileByPath(`Reflections/${today()} {{mood}}.md`) !== null, 'the reflection');
      expect(notices).toEqual(['The reflection file name pattern has placeholders without a value: {{mood}}']);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('make the next free name when the user chose that', async () => {
    const path = `Reflections/${today()} Reflection.md`;
    const app = await mockApp({ ...PRACTICE, [path]: '---\ntype: reflection\n---\nEarlier today.\n' });
    const plugin = await startPlugin(app, { onExisting: 'next-free' });
    await runCommand(plugin, 'new-reflection-note');
    const next = `Reflections/${today()} Reflection 2.md`;
    await waitFor(() => app.vault.getFileByPath(next) !== null, next);
    expect(read(app, path)).toBe('---\ntype: reflection\n---\nEarlier today.\n');
  });
});
