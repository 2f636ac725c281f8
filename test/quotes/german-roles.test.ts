import { describe, expect, it } from 'vitest';
import { restoreLanguage, useLanguagesOf } from '../../src/core/quotes/language';
import { findNames } from '../../src/core/quotes/names';
import { quotesIn } from './helpers';

/**
 * A role written before a German name, as unlabelled news pages showed them glued to it
 * ("Sportdirektor Bruno Hübner", "Philosoph Richard David Precht", "Aussagen von Enrique
 * Tarragona"): the name is the person's, the role goes to its own field. Made-up sentences.
 */

const speakerOf = (paragraphs: string[], lang = 'de') => quotesIn(paragraphs, lang)[0]?.speaker ?? null;

function namesIn(text: string, lang = 'de') {
  const previous = useLanguagesOf(lang, [text]);
  try {
    return findNames(text).map((n) => ({ name: n.name, role: n.role }));
  } finally {
    restoreLanguage(previous);
  }
}

describe('a compound ending in a role noun', () => {
  it('is a role, written as one word or with a hyphen', () => {
    expect(speakerOf(['Sportdirektor Klaus Brenner: „Wir freuen uns sehr auf die neue Saison.“'])).toEqual({
      name: 'Klaus Brenner',
      role: 'Sportdirektor',
    });
    expect(
      speakerOf([
        '„Die Verlage brauchen faire Bedingungen im Netz“, sagte Verbands-Hauptgeschäftsführer Jan Roth.',
      ]),
    ).toEqual({ name: 'Jan Roth', role: 'Verbands-Hauptgeschäftsführer' });
    expect(speakerOf(['„Wir wachsen in allen Märkten weiter“, sagt Plattform-CEO Maria Lind.'])).toEqual({
      name: 'Maria Lind',
      role: 'Plattform-CEO',
    });
  });

  it('needs letters before the role noun: a surname like the noun stays a name', () => {
    expect(namesIn('Das sagte Peter Meister am Montag.')).toEqual([
      { name: 'Peter Meister', role: undefined },
    ]);
    expect(namesIn('Das sagte Europameister Armin Duhr am Montag.')).toEqual([
      { name: 'Armin Duhr', role: 'Europameister' },
    ]);
  });

  it('is not read into English names', () => {
    expect(namesIn('“We are ready,” said Anna Becker-Ceo.', 'en')).toEqual([
      { name: 'Anna Becker-Ceo', role: undefined },
    ]);
  });
});

describe('a noun after a definite article, before a first name and a surname', () => {
  it('is the role', () => {
    expect(
      speakerOf([
        'Es ist nur eine Frage der Zeit, sagt der Publizist und Philosoph Rainer David Brecht, und fügt hinzu: „Arbeiten werden die Menschen auch in Zukunft.“',
      ]),
    ).toEqual({ name: 'Rainer David Brecht', role: 'Philosoph' });
    expect(namesIn('nach Ansicht des Staatsrechtlers Karl Stein')).toEqual([
      { name: 'Karl Stein', role: 'Staatsrechtlers' },
    ]);
  });

  it('is not an adjective declined after the article, nor the first word of a body', () => {
    const roles = (text: string) => namesIn(text).map((n) => n.role);
    expect(roles('Das sagte die Deutsche Bahn am Montag.')).toEqual([undefined]);
    expect(roles('Sie arbeitet bei der Ingmar Heuer GmbH in Hamburg.')).toEqual([undefined]);
    // ("aus dem Lager von Dadaab": a noun, then a place after "von", is no one's role.)
    expect(roles('Zwei Angreifer sollen aus dem Lager von Dadaab stammen.').filter(Boolean)).toEqual([]);
  });
});

describe('a role with its body in the genitive', () => {
  it('keeps the body in the role and the last two capitals as the name', () => {
    expect(namesIn('sagte der Präsident des Deutschen Bauernverbands Joachim Ruhland')).toEqual([
      { name: 'Joachim Ruhland', role: 'Präsident des Deutschen Bauernverbands' },
    ]);
    expect(namesIn('sagte die Präsidentin des BfN Sabine Riedel')).toEqual([
      { name: 'Sabine Riedel', role: 'Präsidentin des BfN' },
    ]);
    expect(namesIn('sagte die Sprecherin der Grünen-Fraktion Katharina Schuster')).toEqual([
      { name: 'Katharina Schuster', role: 'Sprecherin der Grünen-Fraktion' },
    ]);
    expect(
      namesIn('kommentiert die Leiterin des Hauptstadtbüro Bioenergie Sandra Roth die Beschlüsse'),
    ).toEqual([{ name: 'Sandra Roth', role: 'Leiterin des Hauptstadtbüro Bioenergie' }]);
  });
});

describe('"von" before a first name and a surname', () => {
  it('is a preposition, not a noble particle', () => {
    expect(
      speakerOf([
        'Nach Aussagen von Enrique Torres ist die Lage stabil. „Wir kommunizieren die Bilanz nicht in Zahlen“, sagte er.',
      ])?.name,
    ).toBe('Enrique Torres');
    expect(namesIn('„Das ist eine gute Nachricht für alle“, sagte Ursula von der Lahn.')).toEqual([
      { name: 'Ursula von der Lahn', role: undefined },
    ]);
    expect(namesIn('„Das ist eine gute Nachricht für alle“, sagte Alexander von Preen.')).toEqual([
      { name: 'Alexander von Preen', role: undefined },
    ]);
  });
});

describe('roles met before names on news pages', () => {
  it('a candidate, a correspondent, a winner, a bishop, a writer (alone or in a compound)', () => {
    expect(
      [
        '„Das ist ein schwerer Tag für uns alle“, sagte AfD-Spitzenkandidat Björn Höcke.',
        '„Das ist ein schwerer Tag für uns alle“, sagte SWR-Landeskorrespondent Matthias Zahn.',
        '„Das ist ein schwerer Tag für uns alle“, sagte Tournee-Sieger Sven Hannawald.',
        '„Das ist ein schwerer Tag für uns alle“, sagte Bischof Christian Stäblein.',
        '„Das ist ein schwerer Tag für uns alle“, sagte Schriftsteller Alfredo Bryce Echenique.',
      ].map((p) => speakerOf([p])),
    ).toEqual([
      { name: 'Björn Höcke', role: 'AfD-Spitzenkandidat' },
      { name: 'Matthias Zahn', role: 'SWR-Landeskorrespondent' },
      { name: 'Sven Hannawald', role: 'Tournee-Sieger' },
      { name: 'Christian Stäblein', role: 'Bischof' },
      { name: 'Alfredo Bryce Echenique', role: 'Schriftsteller' },
    ]);
  });
});
