import { describe, expect, it } from 'vitest';
import { quotesIn, quotesOf, speakers } from './helpers';

/**
 * Stop 28: more constructions the rules missed on the external pages' tuning half, written as
 * made-up text (other names, other words): the rule, not the page. See unseen-pages.test.ts.
 */

const inEnglish = (paragraphs: string[]) => quotesIn(paragraphs, 'en');

describe('the name beside its role', () => {
  it('keeps the name when a role runs into it and an apposition follows ("says co-author X, a Y")', () => {
    const quotes = inEnglish([
      '“The old rule simply ignores half the workforce,” says study co-author Hanna Verhoef, a physiologist at a university hospital in Utrecht.',
    ]);
    expect(speakers(quotes)).toEqual(['Hanna Verhoef']);
    expect(quotes[0]!.speaker?.role).toMatch(/physiologist|author/u);
  });

  it('keeps the name when its role has no article and no role word opens it', () => {
    const quotes = quotesOf([
      '“We saw the potential of the hill right away,” Ingrid Solheim, PhD candidate in Classical Studies at the University of Bergen and head of the dig, said in a statement.',
    ]);
    expect(speakers(quotes)).toEqual(['Ingrid Solheim']);
  });

  it("reads a plural's possessive mark as part of the affiliation, not as a closing quote", () => {
    const quotes = quotesOf([
      '“These results could matter” for building codes, Pieter van Dam of the Netherlands’ Delft Institute of Technology writes in a commentary.',
    ]);
    expect(speakers(quotes)).toEqual(['Pieter van Dam']);
  });

  it('takes a role without an article as the role of the name before it ("X, chairman of Y,")', () => {
    const quotes = quotesOf([
      'Costs will catch up with the budget eventually.',
      'Walter Brandt, chairman of the Fiscal Council under the previous government, once summed up the risk with an image. “It is not the storm you should fear, but the damp in the walls.”',
    ]);
    expect(speakers(quotes)).toEqual(['Walter Brandt']);
    expect(quotes[0]!.speaker?.role).toMatch(/^chairman of the Fiscal Council/u);
  });

  it('does not take "one of the …" or an unroled phrase as a role', () => {
    const quotes = quotesOf([
      'Dana Ortiz, one of the founders, stayed on.',
      '“We were never in it for the money,” Ortiz said.',
    ]);
    expect(speakers(quotes)).toEqual(['Dana Ortiz']);
    expect(quotes[0]!.speaker?.role).toBeUndefined();
  });
});

describe('short names and editors’ marks', () => {
  it('finds a surname with a particle capitalised at the start of a sentence ("De Souza" for "Ana de Souza")', () => {
    const quotes = quotesOf([
      'In her new book, the historian Ana de Souza traces the story of the tram.',
      'De Souza sets out the idea plainly in her first chapter: “A city remembers itself through the way it moves. Every line is a memory.”',
    ]);
    expect(speakers(quotes)).toEqual(['Ana de Souza']);
  });

  it('reads a name in an editor’s brackets as the name ("[Okafor] said")', () => {
    const quotes = quotesOf([
      'In closing, defence lawyer Chidi Okafor asked the jurors to look at the record.',
      '“There is anger here, certainly, but it goes further than that,” [Okafor] said.',
    ]);
    expect(speakers(quotes)).toEqual(['Chidi Okafor']);
  });
});

describe('a clause before the subject', () => {
  it('skips a participle clause that names no one ("Asked about the delay, a spokesman said")', () => {
    const quotes = quotesOf([
      'Asked about the delay, a spokesman for the port authority said: “We are working through the backlog.”',
    ]);
    expect(speakers(quotes)[0]).toMatch(/spokesman/u);
  });

  it('keeps a noun phrase with a relative clause as the subject ("The statement, which …, claimed")', () => {
    const quotes = quotesOf([
      'On Monday, Harbor Lane Records issued a statement about the dispute.',
      'The statement, which was obtained by a trade paper, claimed that both sides had “come to terms on a licensing agreement for every artist on the label.”',
    ]);
    expect(speakers(quotes)[0]).not.toBe('trade paper');
  });

  it('drops Spanish object pronouns before the verb ("una fuente … nos lo explicó")', () => {
    const quotes = quotesIn(
      [
        'Consultada sobre el caso, una fuente del ministerio nos lo explicó así: "La idea es ganar tiempo y mucha prensa". Nadie lo desmintió.',
      ],
      'es',
    );
    expect(speakers(quotes)).toEqual(['fuente del ministerio']);
  });

  it('keeps a surname that looks like an object pronoun ("Jennifer Lo said")', () => {
    const quotes = quotesOf(['“The numbers are final,” Karen Lo said.']);
    expect(speakers(quotes)).toEqual(['Karen Lo']);
  });
});

describe('German', () => {
  it('reads "freut sich" after a quote as a verb of saying, with its role pointing back', () => {
    const quotes = quotesIn(
      [
        'Bremen. Petra Hollmann prüft die Lieferungen im Lager. Petra Hollmann zeigt auf die Kisten mit Mangos, „eine ausgezeichnete Ernte aus Peru“, freut sich die Einkäuferin des Bremer Händlers über die Ware.',
      ],
      'de',
    );
    expect(speakers(quotes)).toEqual(['Petra Hollmann']);
  });
});

describe('roles pointing back, in other languages', () => {
  it('does not take a clause with a verb of saying after a name for its role', () => {
    const quotes = quotesIn(
      [
        'Após rechaçar um encontro da equipe com o presidente eleito Paulo Mendes, o técnico Rui Costa declarou que errou ao levar a taça da Copa de 2015, conquistada pelo clube, ao ex-presidente Carlos Lima.',
        '"Não vou", disse Mendes.',
      ],
      'pt',
    );
    expect(quotes[0]?.speaker?.name).toBe('Paulo Mendes');
    expect(quotes[0]?.speaker?.role ?? '').not.toMatch(/declarou/u);
  });

  it('reads past a French pluperfect auxiliary ("le juge en chef avait déclaré")', () => {
    const quotes = quotesIn(
      [
        'C’est le juge en chef de la Cour d’appel, Marc Dufresne, qui nommera un remplaçant au juge Tremblay.',
        'Or, le juge Dufresne avait lui-même défendu ces soirées. Il a dit qu’il allait continuer à y assister.',
        '« Nous irons, et nous resterons tard », a-t-il affirmé.',
        'Avant le reportage, le juge en chef avait déclaré que « le juge Tremblay ne s’est pas placé en situation de conflit ».',
      ],
      'fr',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Marc Dufresne', 'Marc Dufresne']);
  });
});

describe('titles after "the"', () => {
  it('does not take "the First Lady" for a person of that name; the pronoun goes to the person named', () => {
    const quotes = inEnglish([
      'Laura Benton sees despair in the country.',
      'Without naming the senator, the First Lady quietly tore into him on Friday.',
      'She said her husband had been a steady leader and compared him to the father of “a toddler that bumps his head on the table.”',
    ]);
    expect(speakers(quotes)).toEqual(['Laura Benton']);
  });
});

describe('a question opening the sentence', () => {
  it('does not make a question’s auxiliary part of the role before a name ("Do Governor-elect X’s …")', () => {
    const quotes = inEnglish([
      'Do Governor-elect Dana Whitlock’s posts break the rules? In a nutshell, yes.',
      '“We will look at every case,” Whitlock said.',
    ]);
    expect(speakers(quotes)).toEqual(['Dana Whitlock']);
    expect(quotes[0]!.speaker?.role ?? '').not.toMatch(/^Do\b/u);
  });
});
