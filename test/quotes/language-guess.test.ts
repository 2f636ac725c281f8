import { describe, expect, it } from 'vitest';
import { languagesFor } from '../../src/core/quotes/lang';
import { quotesOf, speakers } from './helpers';

/**
 * A page that does not say its language, or says the wrong one (a template's lang="en"), is read by
 * its most frequent short words (lang/guess.ts; each language's commonWords). Made-up paragraphs.
 */
const GERMAN = [
  'Die Stadt will den Ausbau der Radwege auch im nächsten Jahr fortsetzen. Das ist nicht billig, und die Kosten steigen.',
  'Der Gemeinderat hat sich mit dem Plan am Dienstag auf eine erste Fassung geeinigt, die nun geprüft wird.',
];
const DUTCH = [
  'Het college wil de fietspaden ook volgend jaar uitbreiden. Dat is niet goedkoop en de kosten stijgen.',
  'De gemeenteraad heeft op dinsdag een eerste versie van het plan besproken, die nu naar de provincie gaat voor een oordeel.',
];
const POLISH = [
  'Miasto chce rozbudować ścieżki rowerowe także w przyszłym roku. Nie jest to tanie, ale koszty już rosną.',
  'Rada miasta przez wiele godzin dyskutowała nad planem, który może się zmienić, oraz nad jego kosztami.',
];
const CZECH = [
  'Město chce rozšířit cyklostezky také v příštím roce. Není to levné, jak uvedl úředník, který plán připravil.',
  'Podle radnice jsou náklady vyšší, než se čekalo, a plán, která je teď v připomínkách, už byl jednou změněn.',
];
const ENGLISH = [
  'The city wants to extend its cycle lanes next year. That is not cheap, and the costs of the work have been rising.',
  'The council, which met on Tuesday, agreed on a first draft of the plan that was sent to the county for review.',
];

const codes = (lang: string | null, paragraphs: string[]) =>
  languagesFor(lang, paragraphs).map((l) => l.code);

describe('the language of a page that does not say it', () => {
  it('reads an undeclared page in the language its common words show, with English beside it', () => {
    expect(codes(null, GERMAN)).toEqual(['de', 'en']);
    expect(codes(null, DUTCH)).toEqual(['nl', 'en']);
    expect(codes(null, POLISH)).toEqual(['pl', 'en']);
    expect(codes(null, CZECH)).toEqual(['cs', 'en']);
  });

  it('reads an undeclared page its words show to be English as English alone', () => {
    expect(codes(null, ENGLISH)).toEqual(['en']);
  });

  it('keeps every language of the script for a sample too short to tell', () => {
    expect(codes(null, ['Die Stadt plant.']).length).toBeGreaterThan(2);
  });

  it('overrules a declared lang only when the words clearly say another language', () => {
    expect(codes('en', GERMAN)).toEqual(['de', 'en']);
    expect(codes('de', GERMAN)).toEqual(['de', 'en']);
    // An English page quoting a German sentence stays English.
    expect(
      codes('en', [...ENGLISH, 'He read out the letter: „Die Stadt plant den Ausbau der Radwege.“']),
    ).toEqual(['en']);
  });

  it('splits a German role from a name on a page that does not declare German', () => {
    const paragraphs = [
      ...GERMAN,
      '„Wir investieren weiter in die Stadt“, sagte Readly-CEO Max Berger am Montag in Berlin.',
    ];
    expect(speakers(quotesOf(paragraphs))).toEqual(['Max Berger']);
  });
});
