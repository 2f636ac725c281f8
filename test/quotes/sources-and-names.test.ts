import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Who "according to" credits, whose turn a quote after narrative goes on, and runs of capitals
 * that are not a person's name. Made-up paragraphs in the shapes met on unlabelled news pages.
 */

describe('"according to" credits its source, not the clause after its comma', () => {
  it('a person named in the clause after "According to reports," is not the source', () => {
    expect(
      speakersIn([
        'Martin Kessler was arrested at his home in the spring of 1987.',
        'According to reports, Kessler kept the women he “held barely alive on bread and water” and “made them guard each other”.',
      ]),
    ).toEqual(['reports', 'reports']);
  });

  it('a name set off by commas after the role is still the source', () => {
    const quotes = quotesIn(
      [
        'According to the agency’s director, Anne Whitlock, the outbreak “is spreading faster than any we have tracked”.',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Anne Whitlock']);
  });

  it('"according to his analysis" credits him, and a possessive in another language credits no one', () => {
    expect(
      speakersIn([
        '“The decision was a stunt,” said Mark Lewin, a former diplomat. According to his analysis, the government acted “to turn around the external pressure it faces”.',
      ]),
    ).toEqual(['Mark Lewin', 'Mark Lewin']);
    expect(
      speakersIn(
        [
          '“La decisión fue un acto exhibicionista”, dijo Marta Ruiz. Según su análisis, el Gobierno actuó así “para darle la vuelta a la presión externa que afronta”.',
        ],
        'es',
      )[1],
    ).not.toBe('su análisis');
  });
});

describe('a role phrase keeps its words', () => {
  it('"the mother of four" is shown as it is written, not turned round like "the owner of the bakery"', () => {
    const quotes = quotesIn(
      ['“The stall is safe now,” says the mother of four.', '“We are happy,” said the owner of the bakery.'],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['mother of four', 'bakery owner']);
  });
});

describe('whose turn a quote after narrative goes on', () => {
  it('someone named only after a preposition does not take the quote from the speaker before', () => {
    expect(
      speakersIn([
        '“We have always funded ideas with rough prototypes,” admits Ralf Jansen, the firm’s head of design. The first prototype, a sheet of acrylic and a piece of string, went to Paula Brandt, head of devices, to approve. “In those rough prototypes, the idea is pure.”',
      ]),
    ).toEqual(['Ralf Jansen', 'Ralf Jansen']);
  });

  it('someone who is the subject of the sentence before does take it', () => {
    expect(
      speakersIn([
        '“We have always funded ideas with rough prototypes,” admits Ralf Jansen, the firm’s head of design. Paula Brandt, head of devices, approved the first one within a week. “In those rough prototypes, the idea is pure.”',
      ]),
    ).toEqual(['Ralf Jansen', 'Paula Brandt']);
  });
});

describe('runs of capitals that are not a person', () => {
  it('a company whose name ends in its trade is not "he"', () => {
    expect(
      speakersIn([
        'Delta spokesman Mark Lee said delays were small. The impact was more pronounced at US Airways Express, which tallied 56 cancellations because of the weather, he said.',
        '"The real story is people are getting to their destinations, albeit a little delayed," he said.',
      ]),
    ).toEqual(['Mark Lee']);
  });

  it('the body a role is held at is not part of the name after it', () => {
    expect(
      speakersIn([
        'Marketing Manager at Ocean Breeze Travel Abby Dunn, who has travelled to Florida over 40 times, shared her tips.',
        'Dunn explained: "Try and be flexible with your departure date, and do not restrict yourself to the usual seven nights."',
      ]),
    ).toEqual(['Abby Dunn']);
  });

  it('a sentence adverb opening the sentence is not a first name', () => {
    const quotes = quotesIn(
      [
        'Apparently Lindsey Hart’s posts were so well written that people called the town to check.',
        'Adding to the panic, Lindsey wrote: “To the person calling businesses here: that is not us answering.”',
      ],
      'en',
    );
    expect(quotes[0]?.speaker?.name).toBe('Lindsey Hart');
  });

  it('a tabloid adjective before the name is not part of it', () => {
    const quotes = quotesIn(
      [
        'Brave Marina Costa, now 37, told the court: “I know they lied to us, but I can’t remember the detail.”',
      ],
      'en',
    );
    expect(quotes[0]?.speaker?.name).toBe('Marina Costa');
  });

  it('a name given to a product is not a quote', () => {
    const quotes = quotesIn(
      [
        'The company on Thursday announced the private beta of a feature it’s calling “athlete insight,” which summarises a runner’s week.',
      ],
      'en',
    );
    expect(quotes).toEqual([]);
  });
});

describe('"they" after a sentence about a group', () => {
  it('is the group, not a person named before it', () => {
    expect(
      speakersIn([
        'A grand jury chose not to indict in the case of Eric Garner, a man choked to death by a police officer.',
        'Protesters have taken to the streets to express their outrage. They often chant: "No justice, no peace."',
        'Residents of the town say the plant has poisoned their wells. They told reporters: "We cannot drink the water any more."',
      ]),
    ).toEqual(['protesters', 'residents']);
  });

  it('is not someone they spoke to, nor a plural after a preposition', () => {
    expect(
      speakersIn([
        'Maria Lopez, a nurse, said the ward was short of staff. She spoke to the anger of patients, and said the shifts were long.',
        'She said colleagues were tired. “They told me: we cannot go on like this,” she said.',
      ]),
    ).not.toContain('patients');
  });
});

describe('a profession in the plural names a body', () => {
  it('"Chartered Professional Accountants of Canada" is no one "he" can stand for', () => {
    expect(
      speakersIn([
        'The jobs numbers end the recession debate, said Chartered Professional Accountants of Canada’s chief economist, David-Alexandre Brassard.',
        '“This is a blockbuster report that wipes away recession fears,” said Brassard, noting that the gains were broad.',
        'He said the report also shows easing wage pressure.',
        '“That resilience comes as the country looks ahead to the renewal of the trade pact,” he says.',
      ]),
    ).not.toContain('Chartered Professional Accountants');
  });
});

describe('a role set off after the name', () => {
  it('runs on through its field in lower case to the body it is held at', () => {
    const quotes = quotesIn(
      [
        '"The report does conclude that the fire came from the same location," said Jessica Dorn, an expert in international humanitarian law at Utrecht University.',
      ],
      'en',
    );
    expect(quotes[0]?.speaker?.role).toBe(
      'an expert in international humanitarian law at Utrecht University',
    );
  });

  it('still ends before where or how the words were said', () => {
    const quotes = quotesIn(['"It was bad," said Ann Lee, a doctor, in an interview with The Times.'], 'en');
    expect(quotes[0]?.speaker?.role).toBe('a doctor');
  });
});
