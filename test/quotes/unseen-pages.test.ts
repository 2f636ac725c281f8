import { describe, expect, it } from 'vitest';
import { isCreditLine } from '../../src/core/quotes/credit-lines';
import { quotesIn, quotesOf, speakers, texts } from './helpers';

/**
 * Constructions the rules missed on the external pages' tuning half (test/quotes/external-labels,
 * see test/quotes/README.md), written here as made-up text: the rule, not the page.
 */

describe('who a short name stands for', () => {
  it('keeps a shared first word with the person introduced first', () => {
    const quotes = quotesOf([
      'Cho Min-jun, leader of the opposition, called the address a disgrace.',
      '“The statement was completely out of touch with what people expect,” Cho said.',
      'Prosecutors are investigating the president and Interior Minister Cho Sung-ho over the decree.',
    ]);
    expect(speakers(quotes)).toEqual(['Cho Min-jun']);
  });

  it('reads a surname of several words as the person named in full before', () => {
    const quotes = quotesOf([
      'The actor James Van Der Beek left the competition on Monday, a week after the singer Ally Moss joined it.',
      '“We never take a heartbeat for granted,” Van Der Beek said.',
      '“He is the kindest person here,” Moss said.',
    ]);
    expect(speakers(quotes)).toEqual(['James Van Der Beek', 'Ally Moss']);
  });

  it('keeps a surname ending in -ly after a title ("Dr Kelly said")', () => {
    const quotes = quotesOf([
      'The chief medical officer, Professor Paul Kelly, defended the campaign.',
      '“It is meant to be graphic, and it is meant to push the message home,” Prof Kelly said.',
      '“We acted quickly, and we would do it again,” Smith angrily said.',
    ]);
    expect(speakers(quotes)).toEqual(['Paul Kelly', 'Smith']);
  });

  it('finds the holder of a title about to be held ("the president-elect")', () => {
    const quotes = quotesOf([
      "President-elect Dana Reyes's transition team said that the investor Carl Moss will advise her on regulation.",
      '“Carl was with me from the beginning, and his help will be invaluable,” the president-elect said in a statement.',
    ]);
    expect(speakers(quotes)).toEqual(['Dana Reyes']);
  });
});

describe('what opens a sentence is not who speaks', () => {
  it.each([
    [
      'a time',
      'Earlier Saturday, Marek Novak apologised in a short address, saying his order “caused anxiety and inconvenience to the public.”',
      'Marek Novak',
    ],
    [
      'an adverb',
      'Worse, as one executive said, “I distrust most of them, so I may miss the people who raise real issues.”',
      'executive',
    ],
  ])('%s before the subject', (_, paragraph, speaker) => {
    expect(speakers(quotesOf([paragraph]))).toEqual([speaker]);
  });

  it('a French place before the subject', () => {
    const quotes = quotesIn(
      [
        'Depuis Bruxelles, Marie Dupont, directrice du fonds, a elle aussi jugé « impératif » que les tensions s’apaisent : « Elles représentent une menace sur l’économie mondiale », a-t-elle estimé.',
      ],
      'fr',
    );
    expect(speakers(quotes)).toEqual(['Marie Dupont']);
  });

  it('a name inside an opening phrase is not what a later "she" points back to', () => {
    const quotes = quotesOf([
      '“People feel the difference now, and they will remember it,” Ruth Alvarez said in a television interview.',
      'Without mentioning Jordan Blake by name, the former minister tore into the businessman on Friday.',
      'She said the country was like “a toddler that bumps his head on the table and looks up at you.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ruth Alvarez', 'Ruth Alvarez']);
  });
});

describe('pictures between the sentences', () => {
  it.each([
    ['Tom Banks arrives at a rally in Hershey on Thursday. (JANE ROE/AGENCY)', true],
    ['Tom Banks/Getty Images', true],
    ['Police use a water cannon on protesters last week. Photograph: Jane Roe/Agency', true],
    ['A senior source told Reuters.', false],
    ['“We will hope for the best,” said Ana Lima of the Council/Group.', false],
    ['Sales rose by 5/10 percent, said Jane Doe.', false],
  ])('a credit line: %s', (paragraph, credit) => {
    expect(isCreditLine(paragraph)).toBe(credit);
  });

  it('a caption naming someone else does not take the "she" after it', () => {
    const quotes = quotesOf([
      'Ruth Alvarez sees despair in the country, and says the election of Jordan Blake drained it of hope.',
      '“Now we are feeling what not having hope feels like,” Alvarez said in a clip previewing the interview.',
      'Ruth Alvarez insisted she and her husband still believe hope is “a necessary concept.”',
      'U.S. President-elect Jordan Blake arrives to speak at a rally in Hershey on Thursday. (JANE ROE/AGENCY)',
      '“We did not talk about hope because it was a nice slogan to win votes,” she said. “We believe it.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ruth Alvarez', 'Ruth Alvarez']);
  });
});

describe('where one quotation ends and the next begins', () => {
  it('keeps two fragments apart when narrative words, not an attribution, stand between them', () => {
    const quotes = quotesOf([
      'Dan Kerr said he felt he had to act because “no one else was brave enough,” and told the agents he believed his neighbours “already are treated as second-class citizens.”',
    ]);
    expect(texts(quotes)).toEqual([
      'no one else was brave enough',
      'already are treated as second-class citizens.',
    ]);
  });

  it('still joins “…,” he said, “and …” across its attribution', () => {
    const quotes = quotesOf([
      '“We remain open,” he said, “and we will stay open for as long as people come.”',
    ]);
    expect(quotes).toHaveLength(1);
  });

  it('joins across an attribution with a long role', () => {
    const quotes = quotesOf([
      '“They were the first to sell the certified fish,” said Bob Alder, head of the Fishing Vessel Owners Association, representing boats that catch halibut and black cod and a driver of the certification effort. “It turned into quite a marketing advantage.”',
    ]);
    expect(quotes).toHaveLength(1);
    expect(speakers(quotes)).toEqual(['Bob Alder']);
  });

  it('joins across "the report states" and credits the report, or its authors when named', () => {
    const quotes = quotesOf([
      'Early on, “the goal was to find the sender before the school day began,” the report states. “While the threat appeared unlikely, parts of it were concerning.”',
      'The results were sobering, according to a June report by the Urban Schools Lab and MDRC, a research group. “Students got far fewer minutes than the plan called for,” the report said.',
    ]);
    expect(quotes).toHaveLength(2);
    expect(speakers(quotes)).toEqual(['report', 'Urban Schools Lab and MDRC']);
  });
});

describe('roles and names in German, French and Portuguese', () => {
  const inLanguage = (lang: string, paragraphs: string[]) => speakers(quotesIn(paragraphs, lang));

  it('a German role with its article points back to the woman just named, not to a relative clause or a genitive', () => {
    expect(
      inLanguage('de', [
        'Gabi Lorenz, die bei einem Importeur den Einkauf von Früchten organisiert, nennt die Hürden: „Die Luftfrachtkosten sind um das Dreifache gestiegen“, berichtet die Kauffrau, die Händler in der ganzen Stadt beliefert.',
        'Die Chefin des Marktes, Eliane Brandt, sieht es gelassen. „Ich freue mich darauf, bald wieder ins Restaurant zu gehen“, sagt die Liebhaberin der griechischen Küche.',
      ]),
    ).toEqual(['Gabi Lorenz', 'Eliane Brandt']);
  });

  it('a German common noun before "von" is not a first name', () => {
    expect(
      inLanguage('de', [
        'Vor zehn Jahren erregten die Pflanzen die Aufmerksamkeit von Jeanmaire Fischer, einer Botanikerin aus New York.',
        '„Als wir die Zellen untersuchten, fanden wir nichts“, berichtet Fischer.',
      ]),
    ).toEqual(['Jeanmaire Fischer']);
  });

  it('a French role set off before the name, or running on to it, and the role alone later', () => {
    expect(
      inLanguage('fr', [
        'Lundi, Sebastian Roth, le chancelier autrichien, a critiqué la situation.',
        '« Dans les trois cas, il y aura un examen du Conseil », a mentionné le directeur général du Conseil, Norman Savard.',
        '« L’économie tient bon face à une conjoncture moins favorable », a prévenu le commissaire à l’économie Pierre Morin.',
        '« Des sanctions empêcheront l’Italie de finir comme une deuxième Grèce », a fait valoir le chancelier au quotidien italien.',
      ]),
    ).toEqual(['Norman Savard', 'Pierre Morin', 'Sebastian Roth']);
  });

  it('a Portuguese "falou" credits who follows it', () => {
    expect(
      inLanguage('pt', [
        '“Em 2012 eu errei. Não tenho partido político”, falou Tite ao programa de televisão.',
      ]),
    ).toEqual(['Tite']);
  });
});

describe('more voices from the tuning half', () => {
  it('gives "Another added" the kind of voice that spoke before', () => {
    const quotes = quotesOf([
      'People also criticised the campaign online.',
      'One user wrote: “Scaring young people who cannot get vaccines is not helpful.”',
      'Another added: “My son will ask me when he can get vaccinated, and I still cannot answer.”',
    ]);
    expect(speakers(quotes)).toEqual(['user', 'user']);
  });

  it('credits the one heard, not the one who heard ("X heard an officer yell:")', () => {
    const quotes = quotesOf([
      'Ana Ruiz, who lives across the street, heard an officer yell: “Get down on the ground, now!”',
    ]);
    expect(speakers(quotes)).toEqual(['officer']);
  });

  it('reads a publicist who retorted as the one speaking for the singer', () => {
    const quotes = quotesOf([
      '“Incorrect. He will not be performing at the ball,” Tom Hale’s publicist retorted.',
    ]);
    expect(speakers(quotes)).toEqual(['Tom Hale’s publicist']);
  });

  it('ends a German subject at the article of an object ("beschreibt Cai den Ansatz")', () => {
    const quotes = quotesIn(
      [
        'Der Erfolg kam erst, als seine Doktorandin Liming Chen die Gene verglich.',
        '»Die übertragenen Gene dienen uns als Fossilien«, beschreibt Chen den Forschungsansatz.',
      ],
      'de',
    );
    expect(speakers(quotes)).toEqual(['Liming Chen']);
  });
});
