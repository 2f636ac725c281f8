import { describe, expect, it } from 'vitest';
import { quotesIn, quotesOf } from './helpers';

/**
 * English news idioms around a quote, read on unlabelled news pages: the person a paper quotes
 * "as saying", a contracted auxiliary after a pronoun, and words that "say a lot" about something.
 * Made-up sentences.
 */

const speakerOf = (paragraphs: string[]) => quotesOf(paragraphs)[0]?.speaker?.name ?? null;

describe('quoted as saying', () => {
  it('credits whom the paper quotes, not the paper', () => {
    expect(
      speakerOf([
        'Maria Salinas, 17, was arrested on Monday.',
        '“I don’t regret it, I don’t regret it,” local newspapers quote Salinas as saying.',
      ]),
    ).toBe('Maria Salinas');
    expect(
      speakerOf([
        'Colonel Ahmed Dar commands the brigade.',
        'The broadcaster quoted him as saying: “We will not give up the bridge.”',
      ]),
    ).toBe('Ahmed Dar');
  });
});

describe('a contracted auxiliary', () => {
  it('leaves the pronoun, never a name ("He’ll say")', () => {
    const quotes = quotesOf([
      'We can build a snowman and pretend that he is Dad. He’ll say, “Did your parents escape the floods?” and we’ll laugh.',
    ]);
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain('He’ll');
    expect(
      speakerOf([
        'Tom Reed runs the shelter.',
        'On bad nights he’d say, “Nobody here is a stranger for long.”',
      ]),
    ).toBe('Tom Reed');
  });
});

describe('words that say a lot', () => {
  it('name no speaker "a lot"', () => {
    const quotes = quotesOf([
      'The charter, “to make every archive open to anyone who asks for it”, says a lot about the founders.',
    ]);
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain('lot');
  });
});

describe('a pronoun right before the verb', () => {
  it('is its subject after a clause ("…, which he describes as “…”")', () => {
    expect(
      speakerOf([
        'Danny Vance released his sixth album on Friday.',
        'It is his most pop record – specifically hyperpop, which he describes as “the most creative music I ever heard”.',
      ]),
    ).toBe('Danny Vance');
  });
});

describe('wire-copy attributions', () => {
  it('credits a reporter a digest names after the quote ("reports Corrie Driebusch")', () => {
    expect(
      speakerOf(['"Regulators will push for a larger share of the budget," reports Corrie Driebusch.']),
    ).toBe('Corrie Driebusch');
    // (Not a leaflet that "read" the words.)
    expect(speakerOf(['“Vote no on the plan,” read a leaflet handed out at the station.'])).toBeNull();
  });

  it('leaves out the day between a subject and its verb ("the Defense Ministry on Sunday confirmed")', () => {
    expect(
      speakerOf([
        'Russia’s Defense Ministry on Sunday confirmed the weapon’s use to strike “military command and control facilities,” air bases and plants.',
      ]),
    ).toBe('Russia’s Defense Ministry');
  });

  it('does not credit whoever "was told" the words', () => {
    expect(
      speakerOf([
        'The Pakistani foreign ministry says in a statement that the Security Council was told that “Pakistan reserves the right to respond to this aggression.”',
      ]),
    ).not.toBe('Security Council');
  });

  it('credits a short clause that closes the sentence after a conjunction ("… and the jets turned back, Sharif said.")', () => {
    expect(
      speakerOf([
        'Prime Minister Shehbaz Sharif spoke to the nation on Wednesday.',
        '“The enemy couldn’t even understand what had happened to them” and the jets turned back, Sharif said.',
      ]),
    ).toBe('Shehbaz Sharif');
    // (A clause with its own verb of saying is no attribution: "but installers warned that …".)
    expect(
      speakerOf(['“We will finish the bridge,” but installers warned that the deadline would slip.']),
    ).toBeNull();
  });

  it('credits a name set off by commas after a verb inside the sentence (", writes Beyer, is “…”")', () => {
    expect(
      speakerOf([
        'Fred Beyer advises wealth managers.',
        'The biggest reason advisors get fired, writes Beyer, is "it is always about communication, every time."',
      ]),
    ).toBe('Fred Beyer');
  });

  it('but not a listener after "told" ("…, told BSS, “…”")', () => {
    expect(
      speakerOf([
        'Muhammad Shahabuddin, a resident of Palpur village under Godagari Upazila, told BSS, "I have set up a vegetable and fruit garden on two decimals of land."',
      ]),
    ).toBe('Muhammad Shahabuddin');
  });
});

describe('a pronoun after a paragraph that names only places and events', () => {
  it('is not "the Games" nor a place with its day', () => {
    const paragraphs = [
      'There are now brown streaks in her hair and three goals on her mind.',
      'And as she prepared herself for the final at the 31st SEA Games in Hanoi, sprinter Shanti Perera would repeat a mantra.',
      'Competitors run the 200m final at the 31st Southeast Asian Games (SEA Games 31) in Hanoi, Vietnam Saturday, May 14, 2022.',
      '“I was just excited to be there, competing in front of a home crowd,” recalled Perera, who also won a bronze.',
      'Then came two injuries in 2018, before she would finish with two bronzes again at the 2019 Games.',
      '“Physically for the longest time, I was there, but mentally I wasn’t there,” she said.',
      '“Everybody asks me that!” she replied when asked about her sisters, who ran in Hanoi, Vietnam Saturday.',
    ];
    expect(quotesOf(paragraphs).map((q) => q.speaker?.name)).toEqual([
      'Shanti Perera',
      'Shanti Perera',
      'Shanti Perera',
    ]);
  });

  it('is not a name after a preposition in the paragraph before', () => {
    expect(
      quotesIn(
        [
          'Mary Ng, the minister, met founders on Tuesday.',
          'The founders said the money would help them sell across North America.',
          '“We will have a product that is reliable enough to sell anywhere,” she said.',
        ],
        'en',
      )[0]?.speaker?.name,
    ).toBe('Mary Ng');
  });
});

describe('bodies and portfolios beside a person', () => {
  it('are no one a pronoun stands for', () => {
    expect(
      quotesIn(
        [
          'Mary Ng, Canada’s Minister of Small Business, Export Promotion and International Trade, said her government is committed to the sector.',
          '“I see this as an opportunity for Canada and the U.S. to build together,” she said.',
        ],
        'en',
      )[0]?.speaker,
    ).toEqual({ name: 'Mary Ng', role: 'Canada’s Minister of Small Business' });
    expect(
      quotesIn(
        [
          'Natalia Mykhaylova, founder of Toronto-based WeavAir, spoke first.',
          'Her company, WeavAir, is preparing to take a big step forward this fall.',
          '“We will have a product that is reliable enough,” she said.',
        ],
        'en',
      )[0]?.speaker?.name,
    ).toBe('Natalia Mykhaylova');
  });

  it('leave a person set off after a body a role is of', () => {
    expect(
      quotesIn(
        ['“We are ready for the season,” said the president of the association, John Carver.'],
        'en',
      )[0]?.speaker?.name,
    ).toBe('John Carver');
  });
});

describe('turns of a conversation', () => {
  it('credit the one who interrupts or answers', () => {
    expect(
      speakerOf([
        'Dave Lin and Davina Roe were arguing.',
        '“But wait, that breaks the design!” interrupts Dave.',
      ]),
    ).toBe('Dave Lin');
    expect(
      speakerOf([
        'Dave Lin and Davina Roe were arguing.',
        '“That is true, but it breaks the encapsulation,” answers Davina.',
      ]),
    ).toBe('Davina Roe');
  });
});

describe('a clause a conjunction opens before the verb', () => {
  it('has its own subject ("…, as X herself said, “…”")', () => {
    expect(
      speakerOf([
        'Raquel Montoya-Lewis was sworn in on Friday. While it is newsworthy she’s the first Native American to be sworn in, as Montoya-Lewis herself said, “The most important thing is that I not be the last.”',
      ]),
    ).toBe('Raquel Montoya-Lewis');
  });
});
