import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * A sentence that is only a noun phrase and a colon ("Die Ministerin: „…“", "Die
 * 24-Jährige: „…“") introduces the words of the person it names by a role or an age. Made-up paragraphs.
 */

const RACE =
  'Lena Berger gewann am Sonntag das Rennen in Rekordzeit und schlug die Favoritin um eine Minute.';

describe('a noun phrase and a colon before a quote', () => {
  it('credits the person a role names', () => {
    expect(
      speakersIn(
        [
          'Die Schulministerin Anna Keller besuchte am Montag die Grundschule in Bonn.',
          'Viele Eltern waren gekommen. Die Ministerin: „Wir bauen hier im nächsten Jahr eine neue Mensa.“',
        ],
        'de',
      ),
    ).toEqual(['Anna Keller']);
  });

  it('credits the one an age stands for', () => {
    expect(
      speakersIn(
        [RACE, 'Der Trainer war zufrieden. Die 24-Jährige: „Das war mein bester Lauf in diesem Jahr.“'],
        'de',
      ),
    ).toEqual(['Lena Berger']);
  });

  it('credits no one for a phrase that names no person', () => {
    // (The quote may still go to whoever the article is about; the phrase itself is no speaker.)
    expect(speakersIn(['Das Problem: „Die Strecke war viel zu kurz für alle Läufer.“'], 'de')).toEqual([
      null,
    ]);
  });
});
