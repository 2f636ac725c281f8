import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn, texts } from './helpers';

/**
 * Stop 50: a short quoted name inside the sentence before a quote, the clitics and auxiliaries a
 * Romance verb of saying leans on, "as" clauses, and a capitalised verb opening a sentence —
 * made-up text.
 */

const DE = 'Ich werde nicht der Boxsack dieser Regierung sein, egal was passiert.';
const ES = 'Los historiadores nos dicen que lo más importante de un presidente es el carácter.';
const IT = 'Gli storici ci dicono che la cosa più importante di un presidente è il carattere.';
const FR = 'Les historiens nous disent que le plus important chez un président est son caractère.';

describe('a quoted name inside the sentence before a quote', () => {
  it('is not the first half of the quote after it ("mit „Meet the Press“ sagte Bennett: „…“")', () => {
    const quotes = quotesIn([`In einem Interview mit „Meet the Press“ sagte Bennett: „${DE}“`], 'de');
    expect(texts(quotes)).toEqual([DE]);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Bennett']);
  });

  it('does not make the noun after it the subject ("dem „Meet the Press“-Programm sagte Bennett")', () => {
    expect(speakersIn([`Im „Meet the Press“-Programm sagte Bennett: „${DE}“`], 'de')).toEqual(['Bennett']);
    expect(speakersIn([`Im „Meet the Press“ Programm sagte Bennett: „${DE}“`], 'de')).toEqual(['Bennett']);
  });

  it('still joins a quote interrupted by its attribution after a comma', () => {
    const quotes = quotesIn(
      ['“We have seen this before,” Brown added, “and we will see it again next winter.”'],
      'en',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.name).toBe('Brown');
  });
});

describe('clitics and auxiliaries before a Romance verb of saying', () => {
  it('reads a sentence opening with an auxiliary as verb-first ("Ha detto Rossi: «…»")', () => {
    expect(speakersIn([`Ha detto Rossi: «${IT}»`], 'it')).toEqual(['Rossi']);
  });

  it('reads an "as" clause through its auxiliary ("Come ha detto Rossi alla Camera: «…»")', () => {
    expect(speakersIn([`Come ha detto Rossi alla Camera: «${IT}»`], 'it')).toEqual(['Rossi']);
  });

  it('reads an "as" clause through an elided pronoun and its auxiliary ("Comme l’a dit Dupont")', () => {
    expect(speakersIn([`Comme l’a dit Dupont à l’Assemblée : « ${FR} »`], 'fr')).toEqual(['Dupont']);
    expect(speakersIn([`Comme le rappelle Dupont : « ${FR} »`], 'fr')).toEqual(['Dupont']);
  });

  it('reads an "as" clause through an object pronoun ("Como lo dijo Pérez")', () => {
    expect(speakersIn([`Como lo dijo Pérez: "${ES}"`], 'es')).toEqual(['Pérez']);
  });

  it('keeps English words that look like auxiliaries as names ("Will said")', () => {
    expect(speakersIn([`Will said: “${'We are going to need a much bigger boat for this trip'}.”`])).toEqual([
      'Will',
    ]);
  });
});

describe('"as" clauses with the name before a verb at their end', () => {
  it('gives the name, not the words after it ("Wie Biden vor seiner Rede sagte:")', () => {
    expect(
      speakersIn([`Wie Biden vor seiner Rede sagte: "Präsidentschaftshistoriker sagen uns, ${DE}"`], 'de'),
    ).toEqual(['Biden']);
  });

  it('gives the name, not the "as" word with it ("Como Pérez dijo en el Congreso:")', () => {
    expect(speakersIn([`Como Pérez dijo en el Congreso: "${ES}"`], 'es')).toEqual(['Pérez']);
  });

  it('gives the noun after its article ("Como el ministro dijo en el Congreso:")', () => {
    expect(speakersIn([`Como el ministro dijo en el Congreso: "${ES}"`], 'es')).toEqual(['ministro']);
  });
});

describe('a capitalised verb opening a sentence', () => {
  it('is no part of the name after it ("Afirmó Pérez: …")', () => {
    expect(speakersIn([`Afirmó Pérez: "${ES}"`], 'es')).toEqual(['Pérez']);
    expect(speakersIn([`Aseguró el ministro Pérez: "${ES}"`], 'es')).toEqual(['Pérez']);
  });
});

describe('German nouns of who someone is to another', () => {
  it('are a role before the name ("sein Gegner Joe Biden")', () => {
    const quotes = quotesIn(
      [
        'Dagegen war sein ursprünglicher Gegner Joe Biden geschwächt.',
        `Wie Biden vor seiner Rede sagte: "Präsidentschaftshistoriker sagen uns, ${DE}"`,
      ],
      'de',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([['Joe Biden', 'Gegner']]);
  });
});

describe('German sources and conjunctions that put the verb last', () => {
  it('reads the genitive after "nach Einschätzung", "nach Angaben" as the source, in the nominative', () => {
    expect(
      speakersIn(
        [
          'Nach Einschätzung des US-Militärs habe der Pier die beabsichtigte Wirkung erzielt, «nämlich eine sehr grosse Menge an Hilfsgütern zu bringen».',
          'Nach Angaben der zuständigen Behörde seien die Kosten «in keiner Weise zu rechtfertigen, auch nicht später».',
        ],
        'de',
      ),
    ).toEqual(['US-Militär', 'Behörde']);
  });

  it('gives the subject of a "wenn" clause ("Auch wenn der Coach der Franzosen sagt: „…“")', () => {
    expect(
      speakersIn(
        ['Auch wenn der Coach der Franzosen sagt: „Sie haben mehr zu verlieren als wir in dieser Position.“'],
        'de',
      ),
    ).toEqual(['Coach']);
  });

  it('keeps the inverted subject after a fronted preposition ("Während der Sitzung sagte Müller:")', () => {
    expect(
      speakersIn(
        ['Während der Sitzung sagte Müller: „Sie haben mehr zu verlieren als wir in dieser Position.“'],
        'de',
      ),
    ).toEqual(['Müller']);
  });
});

describe('"in someone’s words" in Romance languages', () => {
  it('reads "En palabras de", "Nas palavras do", "Nelle parole del" as sources', () => {
    expect(
      speakersIn([`Carlos Pérez es ministro desde 2020.`, `En palabras de Pérez, «${ES}»`], 'es'),
    ).toEqual(['Carlos Pérez']);
    expect(
      speakersIn(
        [
          'Nas palavras do ministro Carlos Pérez, «os historiadores dizem-nos que o mais importante é o carácter».',
        ],
        'pt',
      ),
    ).toEqual(['Carlos Pérez']);
    expect(speakersIn([`Nelle parole del ministro Carlo Rossi, «${IT}»`], 'it')).toEqual(['Carlo Rossi']);
  });
});

describe('Italian plurals of people as speakers', () => {
  it('reads "fonti del ministero" as the unnamed sources, as "fuentes del ministerio"', () => {
    expect(speakersIn([`Secondo fonti del ministero, «${IT}»`], 'it')).toEqual(['fonti del ministero']);
  });
});

describe('German sources after the verb or before a postposition', () => {
  const WORDS = 'Die Historiker sagen uns, dass das Wichtigste an einem Präsidenten der Charakter ist.';

  it('reads "X zufolge" as X, the source before its postposition', () => {
    expect(speakersIn(['Klaus Weber ist seit 2020 Minister.', `Weber zufolge „${WORDS}“`], 'de')).toEqual([
      'Klaus Weber',
    ]);
  });

  it('reads „…“, heißt es aus dem Ministerium as the ministry, not the person named before', () => {
    expect(
      speakersIn(['Klaus Weber ist seit 2020 Minister.', `„${WORDS}“, heißt es aus dem Ministerium.`], 'de'),
    ).toEqual(['Ministerium']);
  });
});
