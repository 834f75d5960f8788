import type { HoursDocument, MonthHours } from './hours';

/** Hours as a log shows them: `2.67`, `1.5`, `4`. */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** What a supervisor's report says about the two kinds of supervision hours. */
export const GIVEN_NOTE =
  'Supervision hours are the supervision you received, your own supervision of your supervision included; supervision you gave (the notes you wrote as supervisor, `author: supervisor`) has its own column and does not count towards your minimum. Case summaries you wrote as presented are not your client hours.';

/**
 * The hours as a Markdown note: one table row per month (a month below the supervision minimum
 * in bold and marked, so it stands out in reading view and in the source), then the years.
 */
export function hoursMarkdown(doc: HoursDocument, date: string): string {
  const min = hoursText(doc.minimumHours);
  const out: string[] = [
    '---',
    'type: parallel-process-hours',
    `generated: ${date}`,
    `minimum_supervision_hours: ${doc.minimumHours}`,
    `default_session_minutes: ${doc.defaultMinutes}`,
    '---',
    `# Client and supervision hours, ${date}`,
    '',
    `Sessions without a \`duration\` count as ${doc.defaultMinutes} minutes (supervisions as 60); the "defaulted" column says how many did. ` +
      `Supervision is compared with a minimum of ${min} hours a month: check what your professional body asks of you.`,
  ];
  if (doc.months.length === 0) {
    out.push('', 'No dated session or supervision notes to count.');
    return out.join('\n') + '\n';
  }
  // A supervisor's vault: the supervision they gave gets its own column, apart from the supervision they received.
  const gave = doc.totals.supervisionsGiven > 0;
  if (gave) out.push('', GIVEN_NOTE);
  const givenHead = gave ? ' Supervision given (hours) |' : '';
  const givenRule = gave ? '---:|' : '';
  const given = (c: { supervisionGivenHours: number }): string => (gave ? ` ${hoursText(c.supervisionGivenHours)} |` : '');
  out.push('', `| Month | Client hours | Sessions | Supervision hours | Supervisions |${givenHead} Defaulted | Minimum |`, `|---|---:|---:|---:|---:|${givenRule}---:|---|`);
  for (const m of doc.months) {
    const supervision = m.belowMinimum ? `**${hoursText(m.supervisionHours)}**` : hoursText(m.supervisionHours);
    out.push(`| ${m.month} | ${hoursText(m.clientHours)} | ${m.sessions} | ${supervision} | ${m.supervisions} |${given(m)} ${m.defaulted} | ${minimumCell(m, doc.minimumHours, min)} |`);
  }
  out.push('', '## Years', '', `| Year | Client hours | Sessions | Supervision hours | Supervisions |${givenHead} Defaulted | Months below the minimum |`, `|---|---:|---:|---:|---:|${givenRule}---:|---:|`);
  for (const y of doc.years) {
    out.push(`| ${y.year} | ${hoursText(y.clientHours)} | ${y.sessions} | ${hoursText(y.supervisionHours)} | ${y.supervisions} |${given(y)} ${y.defaulted} | ${y.monthsBelowMinimum} |`);
  }
  const t = doc.totals;
  out.push('', `In all: ${hoursText(t.clientHours)} client hours in ${t.sessions} sessions, ${hoursText(t.supervisionHours)} supervision hours in ${t.supervisions} supervisions.`);
  if (doc.unreadable.length > 0) {
    out.push('', '## Durations to check', '', 'These could not be read as a length, so they counted at the default:', '');
    // The path is the user's own note: a link, with the value as written shown as code.
    for (const u of doc.unreadable) out.push(`- [[${u.path.replace(/\.md$/i, '')}]], line ${u.line}: \`${u.value.replace(/`/g, "'")}\``);
  }
  if (doc.undated > 0) out.push('', `${doc.undated} session or supervision note${doc.undated === 1 ? ' has' : 's have'} no date and ${doc.undated === 1 ? 'is' : 'are'} not counted.`);
  if (doc.unreadNotes.length > 0) {
    out.push('', '## Notes to fix', '', 'Their properties say session or supervision but could not be read, so they are not counted:', '');
    for (const u of doc.unreadNotes) out.push(`- [[${u.path.replace(/\.md$/i, '')}]], line ${u.line}`);
  }
  return out.join('\n') + '\n';
}

/** Whether a month met the minimum; the month in progress only so far, its supervision may still come. */
function minimumCell(m: MonthHours, minimumHours: number, min: string): string {
  if (m.belowMinimum) return `**Below ${min} h**`;
  if (m.partial) return 'Only part of the month counted';
  if (m.inProgress && m.supervisionHours < minimumHours) return `In progress (below ${min} h so far)`;
  return 'Met';
}
