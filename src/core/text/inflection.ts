/** -ing words whose base would be a different, common word (`ending` is not `end`). */
const ING_NOUNS = new Set(['ending', 'feeling', 'feelings', 'meaning', 'being', 'thing', 'nothing', 'something', 'morning', 'evening', 'wedding', 'building', 'heading', 'ceiling', 'bring', 'during', 'storytelling', 'story-telling']);

/** Likely base forms of a cue word written inflected: `jumped` gives `jump`, `rescuing` gives `rescue`. */
function bases(word: string): string[] {
  if (word.length < 4 || ING_NOUNS.has(word)) return [word];
  const out = [word];
  const stem = (suffix: string): string | undefined => (word.endsWith(suffix) && word.length - suffix.length >= 3 ? word.slice(0, -suffix.length) : undefined);
  const ing = stem('ing');
  if (ing) out.push(ing, `${ing}e`, undouble(ing));
  const ed = stem('ed');
  if (ed) out.push(ed, `${ed}e`, undouble(ed));
  const ied = stem('ied');
  if (ied) out.push(`${ied}y`);
  const ies = stem('ies');
  if (ies) out.push(`${ies}y`);
  else if (word.endsWith('es') && !word.endsWith('ses')) out.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) out.push(word.slice(0, -1));
  return out;
}

function undouble(stem: string): string {
  const n = stem.length;
  return n >= 2 && stem[n - 1] === stem[n - 2] && !'lsfz'.includes(stem[n - 1]) ? stem.slice(0, -1) : stem;
}

/** Regular inflections of a base word, British and American `-ise`/`-ize` alike. */
function inflect(base: string): string[] {
  const out = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}ing`];
  if (base.endsWith('e')) out.push(`${base}d`, `${base.slice(0, -1)}ing`);
  if (base.endsWith('y') && !/[aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base) && base.length <= 6) out.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  return out;
}

/** Every form of a cue word that should match it: its inflections and those of its likely bases. */
export function wordForms(word: string): Set<string> {
  const forms = new Set<string>([word]);
  if (word.length < 4 || /\d/.test(word) || word.includes("'")) return forms;
  for (const base of bases(word)) {
    for (const form of inflect(base)) {
      forms.add(form);
      if (/is(e|es|ed|ing)$/.test(form)) forms.add(form.replace(/is(e|es|ed|ing)$/, 'iz$1'));
      if (/iz(e|es|ed|ing)$/.test(form)) forms.add(form.replace(/iz(e|es|ed|ing)$/, 'is$1'));
    }
  }
  return forms;
}
