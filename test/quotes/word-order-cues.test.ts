import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Cues that a word's place gives away rather than a list: the verb right after a German quote,
 * adverbs and particles around a subject, a sentence that points back to the quote, an aside set
 * off by dashes inside the marks. Made-up paragraphs in the shapes seen on unlabelled news pages.
 */

describe('German: the word after a quote and its comma is a verb', () => {
  it('an unlisted verb ("schimpft", "weiß … warnt aber") credits the role after it', () => {
    expect(
      speakersIn(
        [
          'Parteichef Karl Berger stand neben dem Kandidaten auf der Bühne und hörte lange zu.',
          '„Was? Das ist doch völlig absurd“, schimpft der Parteichef, woraufhin der Kandidat auf ein Video verweist.',
        ],
        'de',
      ),
    ).toEqual(['Karl Berger']);
    expect(
      speakersIn(
        [
          '„Sollte er wirklich bei uns bleiben, wäre das eine große Sache“, weiß der Vereinspräsident, warnt aber: „Man darf nie vergessen, wie alt er ist.“',
        ],
        'de',
      ),
    ).toEqual(['Vereinspräsident']);
  });

  it('guard: no one is named where a thing or a long clause follows the word', () => {
    expect(
      speakersIn(
        [
          '„Hilf mir, es selbst zu tun!“, lautet der Grundsatz der Schule für alle ihre Klassen.',
          'Erlebnisse wie „Das habe ich ganz allein geschafft“, stärken Kinder besser als jedes Lob und sorgen für Erfolge.',
        ],
        'de',
      ),
    ).toEqual([null, null]);
  });
});

describe('German: adverbs, particles and marks around the subject', () => {
  it('adverbs before the subject and particles after it are no part of it', () => {
    expect(
      speakersIn(
        [
          '„Aktuell ist nicht geplant, die Regelung für Begleitpersonen anzupassen“, sagte jetzt allerdings eine Sprecherin der Bahn.',
          '„Die Snacks werden weiterhin wie gewohnt am Platz serviert“, so die Sprecherin weiter.',
          'Der Prediger las aus dem Evangelium. „Nicht gebe ich euch, wie die Welt gibt.“, fährt Jesus fort.',
        ],
        'de',
      ),
    ).toEqual(['Sprecherin der Bahn', 'Sprecherin der Bahn', 'Jesus']);
  });

  it('“…“ typed with a left mark at both ends closes where the attribution begins', () => {
    const quotes = quotesIn(
      [
        '“Leider sind die Kapazitäten unserer Lounges beschränkt“, erklärte eine Bahn-Sprecherin dem Blog zur Begründung.',
      ],
      'de',
    );
    expect(quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['Leider sind die Kapazitäten unserer Lounges beschränkt', 'Bahn-Sprecherin'],
    ]);
  });

  it('a fronted adverb puts the subject after the first verb ("Zugleich verteidigte sie … und betonte")', () => {
    expect(
      speakersIn(
        [
          'Die Botschafterin Maria Keller sprach am Montag vor dem Rat.',
          'Zugleich verteidigte sie die Souveränität des Landes und betonte, „kein Staat sollte versuchen, Wahlen mit Gewalt zu beeinflussen“.',
        ],
        'de',
      ),
    ).toEqual(['Maria Keller']);
  });
});

describe('a spokesperson is not the principal named before', () => {
  it('"der Sprecher" after a mayor is the spokesman, or the spokesman named earlier', () => {
    expect(
      speakersIn(
        [
          'Der Bürgermeister Hans Müller lobte das Projekt.',
          '„Wir bauen weiter an der Brücke über den Fluss“, erklärte der Sprecher der Stadt.',
        ],
        'de',
      ),
    ).toEqual(['Sprecher']);
    expect(
      speakersIn([
        'Mayor John Smith praised the project. Spokesman Peter Klein announced the next stage.',
        '“We will keep building the bridge across the river,” the spokesman said.',
      ]),
    ).toEqual(['Peter Klein']);
  });
});

describe('the sentence after a quote points back to it (Spanish)', () => {
  it('"Así ha resumido X", "Con esas palabras ha descrito X"', () => {
    expect(
      speakersIn(
        [
          '“Estamos ante una situación de tragedia. Hoy está siendo una jornada trágica”. Así ha resumido el consejero de la Presidencia, Antonio Sanz, la magnitud del incendio.',
          '“Es una tragedia mayúscula, una desgracia y un horror”. Con esas palabras ha descrito Moreno un incendio cuyo balance sigue siendo provisional.',
        ],
        'es',
      ),
    ).toEqual(['Antonio Sanz', 'Moreno']);
  });

  it('"Según informó X a la prensa, …" and a verb with a reported clause and no subject', () => {
    expect(
      speakersIn(
        [
          'Según informó la DGSA a la diaria, se constató “la aplicación donde el productor no respetó la distancia de los trescientos metros”.',
        ],
        'es',
      ),
    ).toEqual(['DGSA']);
    expect(
      speakersIn(
        [
          'Prezydent Jan Nowak zapewnił, że rząd przygotował plan. „Mam nadzieję, że parlament go przyjmie” – wskazał Nowak.',
          'Dodał, że jeśli parlament nie przyjmie planu, będzie musiał zrobić to, „co uczynić należy i co poprzednicy powinni byli zrobić”.',
        ],
        'pl',
      ),
    ).toEqual(['Jan Nowak', 'Jan Nowak']);
  });
});

describe('an attribution set off by dashes inside the marks', () => {
  it('in Italian, Spanish and English', () => {
    expect(
      speakersIn(
        ['«Non è possibile – ha detto il sindaco Mario Rossi – continuare così senza fondi per la città».'],
        'it',
      ),
    ).toEqual(['Mario Rossi']);
    expect(
      speakersIn(
        ['«No es posible –dijo el alcalde Juan Pérez– seguir así sin fondos para la ciudad».'],
        'es',
      ),
    ).toEqual(['Juan Pérez']);
    expect(
      speakersIn([
        '“It is not possible — said Mayor John Smith — to go on like this without money for the city.”',
      ]),
    ).toEqual(['John Smith']);
  });

  it('guard: an aside with no verb of saying credits no one', () => {
    expect(
      speakersIn(['“The plan — the one approved last year — was never funded by anyone in the city.”']),
    ).toEqual([null]);
  });
});

describe('words before a name that are no part of it', () => {
  it('an adverb opening the sentence ("Meanwhile Penny said"), German "Doch"', () => {
    expect(
      speakersIn(['Meanwhile Penny said: “This place is so big compared to the trailer I grew up in.”']),
    ).toEqual(['Penny']);
    expect(
      speakersIn(
        [
          'Doch Annika Poestges, die im Haus für die Öffentlichkeitsarbeit zuständig ist, ist überzeugt: Auch Schulen könnten profitieren. „Man kann mit kostenfreien Programmen starten“, regt sie an.',
        ],
        'de',
      ),
    ).toEqual(['Annika Poestges']);
  });

  it('"Kapitän von Real" is a role and its club, not a person called "von Real"', () => {
    expect(
      speakersIn(
        [
          '«Was letzte Nacht passiert ist, sollte niemals auf einem Platz passieren», sagte der Kapitän von Real.',
        ],
        'de',
      ),
    ).toEqual(['Kapitän von Real']);
  });

  it('"im Berliner Führerbunker" names no one "er" could stand for', () => {
    expect(
      speakersIn(
        [
          'Später erinnerte einen Fan der Tonfall an eine Szene im Berliner Führerbunker.',
          '„Die Parteiführung hat soeben die Losung ausgegeben“, sagt er.',
        ],
        'de',
      ),
    ).toEqual([null]);
  });
});

describe('the subject of a second clause of attribution', () => {
  it('a participle after an earlier quote of the sentence is that sentence’s subject’s', () => {
    expect(
      speakersIn([
        'On Sunday, Mr Lammy said the minister and his wife had accepted the gifts so they could “look their best” to represent the UK, adding that the US had a “huge budget from the taxpayer” to clothe its leaders.',
      ]),
    ).toEqual(['Lammy']);
  });

  it('"said Smith and added", "sagte Smotrich und betonte": a second verb is no part of the subject', () => {
    expect(
      speakersIn([
        '“The plan will go ahead whatever the council decides next week,” said Smith and added that work would start soon.',
      ]),
    ).toEqual(['Smith']);
    expect(
      speakersIn(
        [
          '„Ich sage nur eine rechte Regierung, ich habe keinen Namen genannt“, sagte Smotrich und betonte, dass er jede Regierung unterstützen wird.',
        ],
        'de',
      ),
    ).toEqual(['Smotrich']);
  });

  it('guard: roles joined by "y" stay one role ("la vicepresidenta segunda y ministra de Trabajo")', () => {
    expect(
      speakersIn(
        [
          '"Hoy es un día histórico para los trabajadores de este país", afirmó la vicepresidenta segunda y ministra de Trabajo, Yolanda Díaz, en la rueda de prensa.',
        ],
        'es',
      ),
    ).toEqual(['Yolanda Díaz']);
  });
});
