import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 53: German role phrases with an age and a second role, more verbs of saying, a subject
 * pronoun after a fronted clause, a body's noun opening no name, and role nouns' genders — made-up text.
 */

describe('German speakers', () => {
  it('an age and a second role beside the first ("der 35 Jahre alte Aufbauspieler und Kapitän von Real")', () => {
    expect(
      speakersIn(
        [
          'Der spanische Basketball-Star Sergio Llull bat um Entschuldigung. «Was letzte Nacht passiert ist, sollte niemals passieren», twitterte der 35 Jahre alte Aufbauspieler und Kapitän von Real.',
        ],
        'de',
      ),
    ).toEqual(['Sergio Llull']);
  });

  it('"notierte" is a verb of saying ("Ein anderer Nutzer notierte trocken: „…“")', () => {
    expect(
      speakersIn(
        [
          'Ein anderer Nutzer notierte trocken in Anlehnung an einen Minister: „Kommunikativer Totalschaden. Isch over.“',
        ],
        'de',
      ),
    ).toEqual(['Nutzer']);
  });

  it('a subject pronoun right after the verb, past a fronted clause ("Zyniker:innen, die …, entgegnet sie:")', () => {
    expect(
      speakersIn(
        [
          'Kate Moss sagte der BBC, sie trinke nicht mehr. Zyniker:innen, die ihren Wandel nur schwer akzeptieren können, entgegnet sie: „Ich glaube, wir alle lernen ständig dazu und entwickeln uns weiter.“',
        ],
        'de',
      ),
    ).toEqual(['Kate Moss']);
  });

  it('a body\'s noun opens no name ("dem israelischen Sender Channel 13" is no one "er" stands for)', () => {
    expect(
      speakersIn(
        [
          'In einem Interview mit dem israelischen Sender Channel 13 hat der 21 Jahre alte Mann nun berichtet.',
          '„Sie haben mir alle Kleider vom Leib gerissen“, sagt er.',
        ],
        'de',
      ),
    ).toEqual([null]);
  });

  it('"der Mann" is not a woman named before ("Die Interviewerin Roni Aviram")', () => {
    expect(
      speakersIn(
        [
          'Die Interviewerin Roni Aviram fragt: „Wie würden Sie das definieren?“',
          'Die Gewalt habe nur einem Zweck gedient, sagt der Mann: ihn zu demütigen. „Das Ziel war es, meine Würde zu zerstören.“',
        ],
        'de',
      ),
    ).toEqual(['Roni Aviram', 'Mann']);
  });
});
