import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Stop 45: speakers made of words that cannot name anyone, and an embedded post's signature, seen
 * on the unlabelled pools' pages and written here as made-up text (other names, other words).
 */

describe('words that name no one', () => {
  it('gives a run of quoted questions no speaker made of the next quote ("\'Who went on …?\'")', () => {
    expect(
      speakersIn([
        "I have never asked. 'So, did he buy the red car or the blue one?' 'Does she cook or order in?' 'Who went on first?'",
      ]),
    ).toEqual([null, null]);
  });

  it('reads no name in a clause-opening word after a role ("From: Aunt What she said:")', () => {
    expect(
      speakersIn([
        'From: Grandpa What he said: "Shouldn\'t you have a proper job by now?" What we said: "I have one, thanks."',
      ]),
    ).toEqual([null]);
  });

  it('still reads a name after a role word', () => {
    expect(speakersIn(['"We will not close the depot," Grandpa Walter told the meeting.'])).toEqual([
      'Walter',
    ]);
  });
});

describe('an embedded post signed after a dash', () => {
  it('takes the name before the links the post carries', () => {
    expect(
      speakersIn([
        '"Good luck to the whole team tonight!" – Maren Solberg http://t.co/Xy12Ab pic.twitter.com/Qw34Er',
      ]),
    ).toEqual(['Maren Solberg']);
  });

  it('takes no name when only links follow the dash', () => {
    expect(speakersIn(['"Good luck to the whole team tonight!" – http://t.co/Xy12Ab'])).toEqual([null]);
  });
});

describe('words around a name that are not its role', () => {
  it('reads "Premier" as a title, so "Le Premier ministre" names no one a later pronoun could find', () => {
    expect(
      speakersIn(
        [
          'Le porte-parole du syndicat, Jean Morel, a tenu à répondre hier. « Nous irons jusqu’au bout », a-t-il lancé.',
          '9h10 - Le Premier ministre veut donner « un nouvel élan » à la relation',
        ],
        'fr',
      )[0],
    ).toBe('Jean Morel');
    expect(speakersIn(['“We will build the line,” Premier Ruth Calder said.'])).toEqual(['Ruth Calder']);
    // (French "premier" is also "first": no role in "Au premier semestre".)
    expect(
      speakersIn(
        [
          'Au premier semestre, les cours ont repris.',
          'Paul Girard, étudiant, défend son point de vue. Il affirme « J’ai réorganisé mes révisions avec des amis ».',
        ],
        'fr',
      ),
    ).toEqual(['Paul Girard']);
  });

  it('takes a verb of saying after the quote as the verb, not as the noun it may also be (« … », juge Mme X)', () => {
    const quotes = quotesIn(
      ['Claire Vidal a rencontré le ministre. « La confiance est rompue », juge Mme Vidal.'],
      'fr',
    );
    expect(quotes[0]?.speaker).toEqual({ name: 'Claire Vidal' });
    expect(quotesIn(['« La confiance est rompue », a dit le juge Paul Martin.'], 'fr')[0]?.speaker).toEqual({
      name: 'Paul Martin',
      role: 'juge',
    });
  });

  it('leaves a discourse adverb between the subject and its verb out of the name (Pechino infatti ha …)', () => {
    expect(
      speakersIn(
        [
          'Torino infatti ha sottolineato di volere "una crescita rispettosa, condivisa e sostenibile", senza fretta.',
        ],
        'it',
      ),
    ).toEqual(['Torino']);
  });

  it('reads a place described by an adverb in -ly as no person a later "she" stands for', () => {
    expect(
      speakersIn([
        '“I was twelve and scared,” Nadia Osei said.',
        'The school drew from Eastgate, the largely Irish Little Dublin to the north and beyond. Asked about it later, she wrote: “Naw, I’m just playing along!”',
      ]),
    ).toEqual(['Nadia Osei', 'Nadia Osei']);
  });
});

describe('a first name alone', () => {
  it('stands for someone already named, not for someone the article names later', () => {
    expect(
      speakersIn([
        'Trade envoy Sam Ortiz arrived in Amman on Sunday. Jordan rejected the proposal outright, officials said.',
        '“We will not sign anything that harms our farmers,” he said.',
        'Later, Foreign Minister Jordan Hale met his counterpart in Geneva.',
      ]),
    ).toEqual(['Sam Ortiz']);
  });

  it('still stands for someone named before it', () => {
    expect(
      speakersIn([
        'Foreign Minister Jordan Hale met his counterpart in Geneva.',
        'Trade envoy Sam Ortiz arrived on Sunday. Jordan was not convinced.',
        '“We will not sign anything that harms our farmers,” he said.',
      ]),
    ).toEqual(['Jordan Hale']);
  });
});

describe('headings and clauses that are not people', () => {
  it('reads no one in a heading that opens with a preposition ("From Aunt: What she said: …")', () => {
    expect(
      speakersIn([
        'From Uncle: What he said: "Shouldn\'t you have a proper job by now?" What we said: "I have one, thanks."',
      ]),
    ).toEqual([null]);
  });

  it('gives a name no role made of a participle clause set off after it', () => {
    expect(
      quotesIn(
        [
          'Dana Holm arrived late.',
          'Holm, welcoming the minister, then called her “a great ally and a very strong leader”.',
        ],
        'en',
      )[0]?.speaker,
    ).toEqual({ name: 'Dana Holm' });
    expect(
      quotesIn(
        [
          'Il ministro Paolo Verdi era presente.',
          "Verdi, dando il benvenuto alla premier, l'ha poi definita: «Un'ottima alleata, un leader forte».",
        ],
        'it',
      )[0]?.speaker?.role,
    ).not.toMatch(/dando/u);
  });
});

describe('short words that stand for no one', () => {
  it('registers no first name "Le" for a run such as "Le Village", so "-t-il" does not find it', () => {
    expect(
      speakersIn(
        [
          'Le Village olympique ouvrira ses portes lundi.',
          'Marc Olivier a visité les lieux hier. Le public était nombreux. « Tout sera prêt à temps », a-t-il assuré.',
        ],
        'fr',
      ),
    ).toEqual(['Marc Olivier']);
  });

  it('gives a bare "One" opening a sentence no name of its own', () => {
    expect(
      speakersIn([
        'A couple of local farmers offered their views. One called the plan “a slow death for the valley,” and left.',
      ]),
    ).toEqual([null]);
  });

  it('reads VP as a role, so the body after it does not speak', () => {
    const quotes = quotesIn(
      [
        '“We keep building custom models for specific tasks,” Lena Park, VP of product at Northwind Labs, told reporters.',
      ],
      'en',
    );
    expect(quotes[0]?.speaker).toEqual({ name: 'Lena Park', role: 'VP of product at Northwind Labs' });
  });

  it('gives the name set off before an unknown title and its "and", not the body at its end', () => {
    expect(
      speakersIn([
        '“We keep building custom models for specific tasks,” Lena Park, SVP of product and design at Northwind Labs, told reporters.',
      ]),
    ).toEqual(['Lena Park']);
  });
});

describe('verbs of saying seen on unseen pages', () => {
  it('reads "detailed" after a quote as its verb', () => {
    expect(
      speakersIn(['“The plan brings one response system to every town in the region,” the agency detailed.']),
    ).toEqual(['agency']);
  });

  it('finds the subject of a verb of trying before "to assure" ("X sought to assure investors that …")', () => {
    expect(
      speakersIn([
        'On the same call, chief executive Mara Quill sought to assure investors that the two sides are “not far apart on the issues.”',
      ]),
    ).toEqual(['Mara Quill']);
  });
});

describe('German names and roles', () => {
  it('reads a given name that ends like a feminine role as a name ("Konstantin", "Valentin")', () => {
    expect(
      quotesIn(
        [
          'Konstantin Roth vom Vermögensverwalter Nordfonds betont: „Es gibt derzeit keinen Anlass für eine Anpassung.“',
        ],
        'de',
      )[0]?.speaker?.name,
    ).toBe('Konstantin Roth');
  });

  it('reads a role in -loge or -login before the name as its role', () => {
    expect(
      quotesIn(
        ['Soziologin Berta Lang liefert eine Erklärung: „Die Spaltung nimmt zu, das lässt sich beobachten.“'],
        'de',
      )[0]?.speaker,
    ).toEqual({ name: 'Berta Lang', role: 'Soziologin' });
  });

  it('registers no one in a run ending in a pronoun ("Lesen Sie auch") for a later "er"', () => {
    expect(
      speakersIn(
        [
          'Lesen Sie auch: Die große Debatte um Handys an Schulen.',
          'Dann meldet sich der Familienvater noch einmal zu Wort. Er spricht nachdenklich: „Und trotzdem kann ich vieles verstehen.“',
        ],
        'de',
      ),
    ).not.toContain('Lesen Sie');
  });
});

describe('documents that speak', () => {
  it('credits documents obtained under a law, not the law named after them', () => {
    expect(
      speakersIn([
        'According to the documents obtained under the Freedom of Information Act, the move required the “increased need for flexibility for staff working onsite.”',
      ]),
    ).toEqual(['documents']);
  });
});
