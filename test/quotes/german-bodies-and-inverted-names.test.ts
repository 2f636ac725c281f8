import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 53: German courts and houses as bodies, and a name right after a verb of saying in a
 * verb-second sentence — made-up text.
 */

describe('German bodies', () => {
  it('a court speaks as a body ("erklärte das Gericht"), not as a name of capitalised nouns before it', () => {
    expect(
      speakersIn(
        [
          'Dem Urteil zufolge ist der Mann Vater von mehr als hundert Kindern.',
          'Der Mann habe die Paare getäuscht, urteilte das Gericht. „Diese Eltern sind nun mit der Tatsache konfrontiert, dass ihre Kinder Halbgeschwister haben“, erklärte das Gericht.',
        ],
        'de',
      ),
    ).toEqual(['Gericht']);
  });
});

describe('a name after a verb of saying in a verb-second sentence', () => {
  it('is a person a later "sie" stands for ("Auf Anfrage betont Katharina Wagner, dass …")', () => {
    expect(
      speakersIn(
        [
          'Auf Anfrage betont Katharina Wagner, dass die Streiks niemanden kalt lassen. Gleichzeitig unterstreicht sie aber die Notwendigkeit: „Was hier deutlich wird: wie wichtig der Nahverkehr ist!“',
        ],
        'de',
      ),
    ).toEqual(['Katharina Wagner']);
  });

  it('with the role set off before it ("betont die Branchenkoordinatorin für Busse und Bahnen, Katharina Wagner,")', () => {
    expect(
      speakersIn(
        [
          'Auf Anfrage betont die Branchenkoordinatorin für Busse und Bahnen, Katharina Wagner, dass die Streiks niemanden kalt lassen. Gleichzeitig unterstreicht sie aber die Notwendigkeit: „Was hier deutlich wird: wie wichtig der Nahverkehr ist!“',
        ],
        'de',
      ),
    ).toEqual(['Katharina Wagner']);
  });
});
