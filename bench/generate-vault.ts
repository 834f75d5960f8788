/**
 * A deterministic synthetic practice vault: same size and seed, same files. About 1.5 KB a note;
 * roughly 60% session notes, with supervision, reflection, client, person and ordinary notes.
 */
export interface GeneratedFile {
  path: string;
  text: string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENT_SENTENCES = [
  'The client changed the subject when we came close to the loss.',
  'She said nothing works and she feels stuck at work.',
  'He arrived late again and went quiet for the first ten minutes.',
  'They talked about their manager and the restructure at length.',
  'The client asked what I would do in their position.',
  'She described feeling overwhelmed by the house move.',
  'He was critical of his partner and of himself.',
  'The client wanted reassurance that she was doing it right.',
];
const PRACTITIONER_SENTENCES = [
  'I noticed I jumped in with solutions twice.',
  'I found myself working harder than the client.',
  'I held back and let the silence sit.',
  'I felt impatient with the repetition and named it gently.',
  'I was tempted to offer advice but handed the question back.',
  'I felt heavy and sleepy towards the end of the session.',
  'I did not challenge the story about the weekend.',
];
const SUPERVISION_SENTENCES = [
  'I launched into the story before we agreed a focus.',
  'My supervisor came up with solutions for the housing question.',
  'I avoided talking about my own reaction to the grief.',
  'We noticed the same pattern of rushing in the room.',
  'My supervisor invited me to slow down and stay with not knowing.',
  'I felt criticised when asked about the missed session.',
];
const FILLER = [
  'We reviewed the goals agreed at the start of the work.',
  'Plans for the next fortnight were discussed briefly.',
  'There were no new risk indicators this week.',
  'The room was noisy because of building work outside.',
  'We agreed to review progress at the next session.',
];
const CLIENT_DYNAMICS = ['avoidance', 'victim-helplessness', 'dependency', 'stuckness', 'harsh-punitive', 'shame-withholding', 'anxiety-urgency'];
const PRACTITIONER_DYNAMICS = ['rescuing', 'persecuting', 'passivity-hesitancy', 'collusion', 'boundary-issues'];
const THEMES = ['loss', 'rejection', 'divorce', 'redundancy'];

export function* generateVault(size: number, seed = 20260221): Generator<GeneratedFile> {
  const random = mulberry32(seed ^ size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list)))];
  const paragraph = (pools: readonly string[][], sentences: number): string =>
    Array.from({ length: sentences }, () => pick(pick(pools))).join(' ');
  const day = (offset: number): string => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

  const clients = Math.max(3, Math.round(size * 0.05));
  const practitioners = Math.max(1, Math.round(size * 0.005));
  const supervisions = Math.max(1, Math.round(size * 0.08));
  const reflections = Math.max(1, Math.round(size * 0.04));
  const sessions = Math.max(1, Math.round(size * 0.6));
  const others = Math.max(0, size - clients - practitioners - 1 - supervisions - reflections - sessions);
  const clientCode = (i: number): string => `C-${String(i + 1).padStart(5, '0')}`;
  const practitionerOf = (client: number): string => `Practitioner ${(client % practitioners) + 1}`;

  for (let p = 0; p < practitioners; p++) {
    yield { path: `People/Practitioner ${p + 1}.md`, text: `---\ntype: person\nrole: practitioner\n---\n# Practitioner ${p + 1}\n\n${paragraph([FILLER], 6)}\n` };
  }
  yield { path: 'People/Supervisor.md', text: `---\ntype: person\nrole: supervisor\n---\n# Supervisor\n\n${paragraph([FILLER], 6)}\n` };

  for (let c = 0; c < clients; c++) {
    const code = clientCode(c);
    yield {
      path: `Clients/${code}.md`,
      text: `---\ntype: client\ncode: ${code}\naliases: [Client ${c + 1}]\npractitioner: "[[${practitionerOf(c)}]]"\nstatus: active\nstart: ${day(c % 300)}\n---\n# ${code}\n\n## Referral\n${paragraph([FILLER, CLIENT_SENTENCES], 12)}\n\n## Agreement\n- Weekly sessions, 50 minutes.\n- Review every six sessions.\n\n${paragraph([FILLER], 6)}\n`,
    };
  }

  const sessionCount = new Array<number>(clients).fill(0);
  for (let s = 0; s < sessions; s++) {
    const c = Math.floor(random() * clients);
    const n = ++sessionCount[c];
    const code = clientCode(c);
    const date = day((c * 7 + n * 14) % 730);
    const clientDyn = some(CLIENT_DYNAMICS, 2);
    const practitionerDyn = some(PRACTITIONER_DYNAMICS, 1);
    const themes = some(THEMES, 1);
    yield {
      path: `Sessions/${code}/${date} ${code} ${n}.md`,
      text:
        `---\ntype: session\nclient: "[[${code}]]"\ndate: ${date}\nsession: ${n}\npractitioner: "[[${practitionerOf(c)}]]"\nmodality: counselling\nformat: soap\n` +
        `client_dynamics: [${clientDyn.join(', ')}]\npractitioner_dynamics: [${practitionerDyn.join(', ')}]\nthemes: [${themes.join(', ')}]\n---\n` +
        `## Subjective\n${paragraph([CLIENT_SENTENCES, FILLER], 8)}\n\n## Objective\n${paragraph([FILLER], 4)} See [[${code}]].\n\n` +
        `## Assessment\n${paragraph([PRACTITIONER_SENTENCES, FILLER], 7)}\n\n## For supervision\n${paragraph([PRACTITIONER_SENTENCES], 3)}\n\n## Plan\n- ${pick(FILLER)}\n- ${pick(PRACTITIONER_SENTENCES)} #for-supervision\n\n` +
        '```\nsession timer: 50 min\n```\n',
    };
  }

  for (let s = 0; s < supervisions; s++) {
    const date = day((s * 11) % 730);
    const cases = Array.from({ length: 2 + Math.floor(random() * 2) }, () => clientCode(Math.floor(random() * clients)));
    yield {
      path: `Supervision/${date} Supervision ${s + 1}.md`,
      text:
        `---\ntype: supervision\nsupervisor: "[[Supervisor]]"\nsupervisee: "[[${practitionerOf(s)}]]"\ndate: ${date}\nauthor: supervisee\nduration: 90\n` +
        `cases: [${cases.map((c) => `"[[${c}]]"`).join(', ')}]\nsupervisee_dynamics: [${some(CLIENT_DYNAMICS, 1).join(', ')}]\nsupervisor_dynamics: [${some(PRACTITIONER_DYNAMICS, 1).join(', ')}]\n---\n` +
        `## Cases discussed\n${cases.map((c) => `- [[${c}]]: ${pick(FILLER)}`).join('\n')}\n\n## Process in the room\n${paragraph([SUPERVISION_SENTENCES, FILLER], 12)}\n\n` +
        `## Actions\n- ${pick(FILLER)} (due ${day((s * 11 + 14) % 730)})\n`,
    };
  }

  for (let r = 0; r < reflections; r++) {
    const date = day((r * 13) % 730);
    yield {
      path: `Reflections/${date} Reflection ${r + 1}.md`,
      text: `---\ntype: reflection\ndate: ${date}\npractitioner: "[[${practitionerOf(r)}]]"\nthemes: [${some(THEMES, 1).join(', ')}]\nprivate: true\n---\n# Reflection\n\n${paragraph([PRACTITIONER_SENTENCES, FILLER], 12)}\n\n${paragraph([FILLER], 8)}\n`,
    };
  }

  for (let o = 0; o < others; o++) {
    yield {
      path: `Reading/Note ${o + 1}.md`,
      text: `---\ntags: [reading]\n---\n# Reading note ${o + 1}\n\n${paragraph([SUPERVISION_SENTENCES, PRACTITIONER_SENTENCES, FILLER], 14)}\n\nSee [[Note ${((o * 7) % Math.max(1, others)) + 1}]] and [[Missing ${o % 10}]].\n\n${paragraph([FILLER], 8)}\n`,
    };
  }
}
