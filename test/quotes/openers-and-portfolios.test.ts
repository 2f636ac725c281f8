import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * What opens a sentence before its subject, and capitals that describe a body or a portfolio
 * rather than name a person. Made-up paragraphs in the shapes met on unlabelled news pages.
 */

describe('capitals that are no one’s name', () => {
  it('a minister’s portfolio after "for" is not a person a later "he" stands for', () => {
    expect(
      speakersIn([
        'MEC for Rural Governance and Traditional Affairs, Jacob Molefe, said the disaster centre briefed the weekly meeting on Thursday evening.',
        '“The session reviewed early impacts and confirmed the activation of emergency protocols,” he stated.',
      ]),
    ).toEqual(['Jacob Molefe']);
  });

  it('a portfolio run into the name after it is the role, not part of the name', () => {
    const [quote] = quotesIn(
      [
        'Secretary of State for Foreign Affairs Daniel Marsh said the talks were “the last real chance for a settlement”.',
      ],
      'en',
    );
    expect(quote?.speaker?.name).toBe('Daniel Marsh');
  });

  it('a nationality before a body’s noun describes the body', () => {
    expect(
      speakersIn([
        'The South African delegation said that “the occupying power does not care to fulfil its obligations”.',
      ]),
    ).toEqual(['South African delegation']);
  });

  it('a title written out in full ends its sentence: "… Peter Kane. Suh …" holds no "Suh" with a role "Peter"', () => {
    const quotes = quotesIn(
      [
        'Star defensive tackle Ndamukong Suh drew the ire of the home side on Sunday.',
        'The league is expected to review the play, according to the magazine’s Peter King. Suh probably will not be suspended.',
        'What did Suh say after the play?',
        '“He was running off the field. I was talking to the referee, actually.”',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ndamukong Suh']);
    expect(quotes[0]?.speaker?.role ?? '').not.toBe('Peter');
  });

  it('"Weder … noch" opens no German name', () => {
    expect(
      speakersIn(
        [
          'Brehm sagt auch, dass das Syndrom „in seiner Dimension total überschätzt wird“.',
          'Weder Brehm noch andere Forscher bestreiten, dass es schwere Impfschäden gibt.',
          '„Es kommt nur selten vor, aber es war klar, dass der Impfstoff ein sehr spezifisches Muster hat“, sagt Brehm.',
        ],
        'de',
      ),
    ).toEqual(['Brehm', 'Brehm']);
  });
});

describe('what opens a sentence before its subject', () => {
  it('a participle and a preposition ("Appearing before the court,") open no name', () => {
    expect(
      speakersIn([
        'Appearing before the court, the South African delegation said the state acted with impunity, arguing that “it does not care to fulfil its obligations as an occupying power”.',
      ]),
    ).toEqual(['South African delegation']);
  });

  it('"Taking" and "Other" open no name ("Taking Archie on rides", "Other Canadian firms")', () => {
    expect(
      speakersIn([
        'Prince Harry spoke about fatherhood on the podcast. Taking Archie on long rides has become a ritual, “The highlight for me is sticking him on the back of the bicycle,” he said.',
      ]),
    ).toEqual(['Prince Harry']);
    expect(
      speakersIn([
        'Natalia Moroz founded the sensor firm in 2019. Other Canadian start-ups have followed, and “we started work on a new detector that can measure the air in real time,” she said.',
      ]),
    ).toEqual(['Natalia Moroz']);
  });

  it('after a participle, a possessive’s capitalised word is the owner’s description, not the subject', () => {
    expect(
      speakersIn([
        'At the emergency meeting, Ukrainian Ambassador Andrii Kovalenko denied his Russian counterpart’s accusations, asserting that the operations “exclusively targeted the war machine.”',
      ]),
    ).toEqual(['Andrii Kovalenko']);
  });

  it('a question naming who spoke gives the answer below it to that person', () => {
    expect(
      speakersIn([
        'Rodgers left the game once with a calf injury and shoved Ndamukong Suh after the play.',
        'What did Suh say after the play?',
        '“I was talking to the referee, actually. My calf and my ankle were getting stepped on.”',
      ]),
    ).toEqual(['Ndamukong Suh']);
  });
});

describe('names given to things are not quotes', () => {
  it('"also known as “the road of 1,000 bends.”" is a name, with its full stop inside the marks', () => {
    expect(
      quotesIn(
        [
          'The main route along the coast is the state highway, also known as “the road of 1,000 bends.” The old drive is full of hairpin turns.',
        ],
        'en',
      ),
    ).toEqual([]);
  });
});
