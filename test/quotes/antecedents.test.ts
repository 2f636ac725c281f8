import { describe, expect, it } from 'vitest';
import { quotesIn } from './helpers';

/**
 * Whom "he", "she" or "the country star" stands for (antecedent.ts): never someone named only to be
 * compared with the subject ("Unlike X, Y …", "taller than X", "ähnlich wie X ist auch Y"); a name
 * the article has given in full, then a particle, is that person before a preposition ("Davis von
 * den …"); a name on a line of its own heads the paragraph below it. Made-up sentences.
 */

const speakerOf = (paragraphs: string[], lang: string) =>
  quotesIn(paragraphs, lang)[0]?.speaker?.name ?? null;

describe('a name set beside the subject', () => {
  it('is not the one a pronoun stands for, in English', () => {
    expect(
      speakerOf(
        [
          'The ferry operator has cut its winter timetable. Harbour master Olivia Grant said the cuts would hurt the islands.',
          'Unlike Olivia Grant, the council leader Marcus Hale is relaxed about the change. “We will cope with fewer sailings,” he said.',
        ],
        'en',
      ),
    ).toBe('Marcus Hale');
    expect(
      speakerOf(
        [
          'The library reopened on Monday. Its director, Ruth Adler, cut the ribbon.',
          'Councillor Sam Okafor, who campaigned harder than Ruth Adler for the reopening, was there. “This is a good day,” he said.',
        ],
        'en',
      ),
    ).toBe('Sam Okafor');
  });

  it('is not the one a pronoun stands for, in German and Spanish', () => {
    expect(
      speakerOf(
        [
          'Die Biologin Anna Berger erforscht die Pflanze seit Jahren.',
          'Ein Team um Thomas Keller, Professor an der Universität Basel, bestätigte die Ergebnisse. Ähnlich wie Berger ist auch Keller von der Pflanze fasziniert, »weil sie so rätselhaft ist«, sagt er.',
        ],
        'de',
      ),
    ).toBe('Thomas Keller');
    expect(
      speakerOf(
        [
          'La alcaldesa Marta Ruiz defendió el plan en el pleno.',
          'A diferencia de Marta Ruiz, el concejal Pedro Gómez votó en contra. “Es un error”, dijo él.',
        ],
        'es',
      ),
    ).toBe('Pedro Gómez');
  });

  it('is still the speaker when a verb of saying follows it ("as X said")', () => {
    expect(
      speakerOf(['As Olivia Grant said at the hearing, “the islands cannot wait another winter.”'], 'en'),
    ).toBe('Olivia Grant');
  });
});

describe('a known name before a particle', () => {
  it('is that person, and what follows is a preposition', () => {
    expect(
      speakerOf(
        [
          'Ein Team um Thomas Keller bestätigte 2021 die Ergebnisse.',
          'Seitdem ist Keller von den Blüten fasziniert, »weil sie so selten sind«, sagt er.',
        ],
        'de',
      ),
    ).toBe('Thomas Keller');
  });

  it('leaves a name with a particle whole when its first word is no one known', () => {
    expect(speakerOf(['„Wir müssen handeln“, sagte Ursula von der Leyen in Brüssel.'], 'de')).toBe(
      'Ursula von der Leyen',
    );
  });
});

describe('a name on a line of its own', () => {
  const lead =
    'The inauguration has struggled to book big names. Anthony Marsh, a transition adviser, said stars were lining up.';

  it('is who the paragraph below it is about, for a role phrase', () => {
    expect(
      speakerOf(
        [
          lead,
          'Garth Holm',
          'Asked if he would perform at the inauguration, the country star replied with the vaguely patriotic, “It’s always about serving.”',
        ],
        'en',
      ),
    ).toBe('Garth Holm');
  });

  it('gives way to a role the article has already given someone, and to a heading that is no name', () => {
    const minister = 'The environment minister, Sara Lind, set out the plan on Monday.';
    const reply = 'Asked about the timetable, the minister replied, “We will start in spring.”';
    expect(speakerOf([minister, 'Garth Holm', reply], 'en')).toBe('Sara Lind');
    expect(speakerOf([minister, 'Next Steps', reply], 'en')).toBe('Sara Lind');
  });
});
