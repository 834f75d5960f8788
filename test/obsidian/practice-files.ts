/** A small practice, as notes in a mock vault. */
export const PRACTICE: Record<string, string> = {
  'People/Robin Hart.md': '---\ntype: person\nrole: practitioner\n---\n# Robin Hart\n',
  'People/Ann Lee.md': '---\ntype: person\nrole: supervisor\naliases: [Ann]\n---\n# Ann Lee\n',
  'Clients/C-014.md': '---\ntype: client\ncode: C-014\naliases: [Sam]\npractitioner: "[[Robin Hart]]"\n---\n# C-014\n',
  'Clients/C-021.md': '---\ntype: client\ncode: C-021\npractitioner: "[[Robin Hart]]"\n---\n# C-021\n',
  'Sessions/C-014/2026-02-03 C-014.md':
    '---\ntype: session\nclient: "[[C-014]]"\ndate: 2026-02-03\nsession: 11\npractitioner: "[[Robin Hart]]"\npractitioner_dynamics: [rescuing]\nfor_supervision: true\n---\n## Assessment\nI jumped in with solutions.\n\n## For supervision\nWhy do I keep fixing for Sam?\n',
  'Sessions/C-021/2026-02-12 C-021.md': '---\ntype: session\nclient: "[[C-021]]"\ndate: 2026-02-12\nsession: 2\n---\nTalked about the restructure.\n',
  'Supervision/2026-02-24 Supervision.md':
    '---\ntype: supervision\nsupervisor: "[[Ann Lee]]"\nsupervisee: "[[Robin Hart]]"\ndate: 2026-02-24\ncases: ["[[C-014]]"]\nsupervisor_dynamics: [rescuing]\n---\nAnn came up with solutions for me.\n',
};
