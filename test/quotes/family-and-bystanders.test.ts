import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Stop 51: the people a story meets who are known by who they are to someone — family,
 * witnesses, victims, neighbours — in every language read, and a role no one in particular
 * ("every worker") — made-up text.
 */

describe('family and bystanders as speakers', () => {
  it('Spanish: "insistía el padre de la víctima"', () => {
    expect(
      speakersIn(
        ['«Lo que pedimos es justicia», insistía el padre de la víctima a las puertas del juzgado.'],
        'es',
      ),
    ).toEqual(['padre de la víctima']);
  });

  it('Spanish: "contó una testigo"', () => {
    expect(speakersIn(['«Nadie nos avisó de nada aquella noche», contó una testigo.'], 'es')).toEqual([
      'testigo',
    ]);
  });

  it('French: "a déclaré le père de la victime"', () => {
    expect(
      speakersIn(
        [
          '« Nous voulons simplement que la justice soit rendue pour notre fils », a déclaré le père de la victime.',
        ],
        'fr',
      ),
    ).toEqual(['père de la victime']);
  });

  it('Italian: "ha detto la madre del ragazzo"', () => {
    expect(
      speakersIn(
        ['«Nessuno ci ha mai spiegato cosa sia successo quella notte», ha detto la madre del ragazzo.'],
        'it',
      ),
    ).toEqual(['madre del ragazzo']);
  });

  it('Portuguese: "disse a irmã da vítima"', () => {
    expect(
      speakersIn(['«Ninguém nos explicou o que aconteceu naquela noite», disse a irmã da vítima.'], 'pt'),
    ).toEqual(['irmã da vítima']);
  });

  it('Polish: "powiedział ojciec ofiary"', () => {
    expect(
      speakersIn(['„Nikt nam nie wyjaśnił, co się stało tamtej nocy” – powiedział ojciec ofiary.'], 'pl'),
    ).toEqual(['ojciec ofiary']);
  });

  it('English keeps "the father of the victim" as it stands (not "victim father", as a body’s spokesman would be)', () => {
    expect(
      speakersIn(['“We want justice for our son,” said the father of the victim outside the court.']),
    ).toEqual(['father of the victim']);
  });

  it('a kin noun shows its gender: "Zijn dochter …, zegt hij" is not the daughter', () => {
    expect(
      speakersIn(
        [
          'Henk Brouwer, 67, stond veertig jaar lang in zijn bakkerij. Zaterdag verkoopt hij zijn laatste broden.',
          'Een opvolger vond hij niet. Zijn dochter werkt als verpleegkundige in Zwolle en heeft geen interesse in het vak, zegt hij. „Dat neem ik haar ook niet kwalijk. Het is een zwaar beroep.”',
        ],
        'nl',
      ),
    ).toEqual(['Henk Brouwer']);
  });
});

describe('a role no one in particular', () => {
  it('"Every worker here has a job, the boss explains": "he says" is the boss', () => {
    expect(
      speakersIn([
        'Chief executive Kevin Holland walks the line. Every worker here has a job, the boss explains. “In an hour we slaughter about 45 pigs here,” he says, “on Fridays we also do a few cattle.”',
      ]),
    ).toEqual(['Kevin Holland']);
  });

  it('German: "Jeder Mitarbeiter hier habe eine Aufgabe, erklärt der Chef"', () => {
    expect(
      speakersIn(
        [
          'Geschäftsführer Kevin Holland-Moritz führt die Produktionskette entlang. Jeder Mitarbeiter hier habe eine Aufgabe, erklärt der Chef. "In der Stunde schlachten wir hier so 45 Schweine", sagt er, "an Freitagen machen wir auch ein paar Rinder."',
        ],
        'de',
      ),
    ).toEqual(['Kevin Holland-Moritz']);
  });
});

describe('a line that a role opens and a colon closes', () => {
  it('gives the quote to the role, not to whoever spoke before ("The mayor was blunt: “…”")', () => {
    expect(
      speakersIn([
        '“We are very worried,” says Ana López, a resident of the neighbourhood for 30 years. “Nobody has explained anything to us.”',
        'The mayor was blunt: “It has been the worst day in our history.”',
      ]),
    ).toEqual(['Ana López', 'mayor']);
  });

  it('to the one introduced with that role, when someone was', () => {
    expect(
      speakersIn([
        'Mayor Ada Colau visited the site on Monday. “We are very worried,” says Ana López, a resident of the neighbourhood for 30 years.',
        'The mayor was blunt: “It has been the worst day in our history.”',
      ]),
    ).toEqual(['Ana López', 'Ada Colau']);
  });

  it('Spanish, with the body the role belongs to ("La miembro de la Plataforma coincide: «…»")', () => {
    expect(
      speakersIn(
        [
          'El portavoz de la Asociación destaca que no quieren perder la fiesta: «Estamos totalmente a favor de las fiestas y de que sigan siendo en el barrio». La miembro de la Plataforma coincide: «No queremos que desaparezca la fiesta en sí, el día 15 era muy bonito».',
        ],
        'es',
      ),
    ).toEqual(['portavoz de la Asociación', 'miembro de la Plataforma']);
  });

  it('reads "summed it up" as a verb of saying', () => {
    expect(
      speakersIn([
        'After a night of floods, the mayor summed it up: “It has been the worst day in our history.”',
      ]),
    ).toEqual(['mayor']);
  });

  it('keeps a name after a role’s one-word body in a Romance language ("il ministro della Salute Orazio Schillaci")', () => {
    expect(
      speakersIn(
        [
          '«Gli ospedali si reggono sul sacrificio di chi resta», ha detto il presidente del sindacato, Antonio De Palma.',
          'Il ministro della Salute Orazio Schillaci ha risposto che il governo sta lavorando a un piano. «Abbiamo stanziato le risorse, ora servono i tempi tecnici», ha spiegato a margine di un evento.',
        ],
        'it',
      ),
    ).toEqual(['Antonio De Palma', 'Orazio Schillaci']);
  });
});

describe('offices, the courts, and the people a story meets, in English', () => {
  it('are roles before a name and speakers on their own', () => {
    const quotes = quotesIn(
      [
        '“The cause of death is still unclear,” said county coroner Ann Roe.',
        '“Nobody fixed the heating all winter,” one tenant said.',
        '“It is a film of rare beauty and real anger,” wrote film critic Roger Ebert.',
        'Sheriff Joe Arpaio was defiant. “I will not back down on this,” he said.',
      ],
      'en',
    );
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Ann Roe', 'coroner'],
      ['tenant', undefined],
      ['Roger Ebert', 'critic'],
      ['Joe Arpaio', 'Sheriff'],
    ]);
  });
});
