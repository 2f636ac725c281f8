/**
 * Words that open a sentence before its subject, in the languages Pith reads: "Moreover, one
 * tester noted", "In 2019, the agency said", "Earlier Saturday, Yoon apologized", "Depuis
 * Washington, Christine Lagarde a jugé", "Worse, as one executive said". A capitalised phrase
 * made of them is a time, a place or a link, not the name of whoever speaks.
 */
/** Prepositions of Pith's other languages that open a sentence before its subject ("Depuis Washington, …"). */
export const FOREIGN_OPENING_PREPOSITIONS: readonly string[] =
  'depuis dans pour chez sur selon lors desde durante tras según además para sin dopo secondo seit nach bei während laut'.split(
    ' ',
  );

const OPENERS = new Set([
  ...(
    'as in on at after before during since by from around across among within throughout under beyond outside near amid toward towards ' +
    'moreover furthermore additionally similarly likewise ' +
    'besides indeed overall meanwhile however also still then now later instead separately finally ' +
    'earlier yesterday today tonight tomorrow worse better afterwards afterward eventually subsequently ' +
    // ("Unfortunately, this only added to the confusion. “…”": sentence adverbs, never a name.)
    'unfortunately fortunately sadly luckily hopefully thankfully ironically interestingly importantly'
  ).split(' '),
  // ("Asimismo, indicó que …", "Inoltre, ha aggiunto …", "Ensuite, il a …": linking adverbs of the
  // other languages, set off by a comma before a verb whose subject is left out.)
  ...(
    'además asimismo también igualmente luego después entonces finalmente posteriormente ' +
    'inoltre poi anche intanto tuttavia infine ' +
    'ensuite puis aussi pourtant cependant enfin également ' +
    'ainda também depois entretanto contudo ' +
    'ponadto również następnie ' +
    // ("En tanto, fuentes de …", "Por su parte Gazprom", "Consultado por un periodista, Biden …":
    // Spanish and Portuguese openers of a sentence whose subject follows.)
    'en por sin ahora consultado consultada preguntado preguntada ' +
    // ("Ante estas circunstancias, añade el auto, «…»", "Perante isto, …", "Davanti ai giudici, …",
    // "Face à la crise, …": prepositions of the other languages opening a sentence.)
    'ante hacia contra mediante perante diante após davanti verso contro devant face malgré parmi'
  ).split(' '),
  ...FOREIGN_OPENING_PREPOSITIONS,
]);

// ("Cuatro años después, valora que …", "Due anni fa", "Drei Tage später": the other languages' too.)
const RELATIVE_TIME =
  /^(?:later|earlier|ago|afterwards?|después|antes|atrás|depois|dopo|prima|fa|après|avant|plus tard|später|danach|zuvor|eerder|później|wcześniej)$/u;
export const DAYS_AND_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** Whether these words (a short phrase's, in order) open a sentence rather than name someone. */
export function isSentenceOpener(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase() ?? '';
  if (OPENERS.has(first)) return true;
  // "Earlier Saturday", "Last Tuesday": a day or a month after a time word; "Months later", "Two
  // years earlier": a time word after a span.
  const last = words[words.length - 1]!.toLowerCase();
  return words.length >= 2 && (DAYS_AND_MONTHS.test(last) || (words.length <= 4 && RELATIVE_TIME.test(last)));
}
