/**
 * The forms news copy gives a regular Romance verb of saying, from its infinitive, so that a
 * language file names a verb once and every form a report uses is known: the third person,
 * singular and plural, of the present, the simple past and the imperfect, and the past participle
 * after the perfect's auxiliary ("señalar" → señala, señalan, señaló, señalaron, ha señalado, han
 * señalado …, señalaba, señalaban: "«…», señalan fuentes del ministerio", "ha zanjado la
 * ministra"). Irregular verbs and forms are listed by each language as they are.
 */

type Conjugated = 'es' | 'pt' | 'it' | 'fr';

/**
 * The perfect's auxiliaries: a participle counts only after one ("ha anunciado el ministro"), for
 * alone it is an adjective as often ("un bloqueo anunciado a principios de mes"). Portuguese
 * reports in the simple past.
 */
const PERFECT: Readonly<Record<Conjugated, readonly string[]>> = {
  es: ['ha', 'han', 'había', 'habían'],
  pt: [],
  it: ['ha', 'hanno', 'aveva'],
  fr: ['a', 'ont', 'avait'],
};

/** Where each paradigm below has its participle. */
const PARTICIPLE = 4;
/** The infinitive's ending, and the endings that replace it. */
const ENDINGS: Readonly<Record<Conjugated, readonly (readonly [string, readonly string[]])[]>> = {
  es: [
    ['ar', ['a', 'an', 'ó', 'aron', 'ado', 'aba', 'aban']],
    ['er', ['e', 'en', 'ió', 'ieron', 'ido', 'ía', 'ían']],
    ['ir', ['e', 'en', 'ió', 'ieron', 'ido', 'ía', 'ían']],
  ],
  pt: [
    ['ar', ['a', 'am', 'ou', 'aram', 'ado', 'ava', 'avam']],
    ['er', ['e', 'em', 'eu', 'eram', 'ido', 'ia', 'iam']],
    ['ir', ['e', 'em', 'iu', 'iram', 'ido', 'ia', 'iam']],
  ],
  it: [['are', ['a', 'ano', 'ò', 'arono', 'ato', 'ava', 'avano']]],
  fr: [['er', ['e', 'ent', 'a', 'èrent', 'é', 'ait', 'aient']]],
};

/**
 * Every form of each infinitive in `infinitives` (space-separated), less those in `except` (forms
 * that are nouns too: Spanish "denuncia", "acusado"). "recordar/recuerda" gives the present's
 * changed stem, from which its plural is made too.
 */
export function regularForms(language: Conjugated, infinitives: string, except = ''): string[] {
  const dropped = new Set(except.split(/\s+/u));
  const forms: string[] = [];
  for (const entry of infinitives.split(/\s+/u).filter(Boolean)) {
    const [infinitive, present] = entry.split('/') as [string, string | undefined];
    const rule = ENDINGS[language].find(([ending]) => infinitive.endsWith(ending));
    if (!rule) throw new Error(`no paradigm for ${infinitive}`);
    const stem = infinitive.slice(0, -rule[0].length);
    for (const [i, ending] of rule[1].entries()) {
      const form = soften(language, stem, ending);
      // ("recordar/recuerda": the stem changes in the present, singular and plural, only.)
      if (present && i < 2) forms.push(i === 0 ? present : present + ending.slice(rule[1][0]!.length));
      else if (i === PARTICIPLE) forms.push(...PERFECT[language].map((auxiliary) => `${auxiliary} ${form}`));
      else forms.push(form);
    }
  }
  return [...new Set(forms)].filter((form) => !dropped.has(form));
}

/** French keeps a soft c or g before a and o: "annonça", "jugeait". */
function soften(language: Conjugated, stem: string, ending: string): string {
  if (language !== 'fr' || !/^[ao]/u.test(ending)) return stem + ending;
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç${ending}`;
  return stem.endsWith('g') ? `${stem}e${ending}` : stem + ending;
}
