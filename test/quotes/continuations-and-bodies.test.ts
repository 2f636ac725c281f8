import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

/**
 * Stop 50: a quote whose words go on in a second quote of the same sentence, a quote handed over
 * by a lone connective ("Und:", "And:"), a reported clause between "reported that" and a quote,
 * and which body "the company" stands for — made-up text.
 */

describe('a quote that goes on in a second quote of its sentence', () => {
  it('takes the speaker credited after the second quote when the second goes on in lower case', () => {
    expect(
      speakersIn([
        '“We have a mixture of professors who are part of the movement” inside the country “that are doing supervision, and of course we are”, too, says Rhoads.',
      ]),
    ).toEqual(['Rhoads', 'Rhoads']);
  });

  it('does not when the second quote opens a sentence of its own', () => {
    expect(
      speakersIn([
        'The campaign’s slogan was “A better deal for every family in the state” all through the spring. “That is simply not what the budget says,” said Rhoads.',
      ]),
    ).toEqual([null, 'Rhoads']);
  });
});

describe('a lone connective and a colon after a quote', () => {
  it('hands over to more words of the same speaker ("…, says Bongartz. And: “…”")', () => {
    expect(
      speakersIn([
        '“People who feel excluded are the easiest to reach,” says Bongartz. And: “These martial, very male performances appeal above all to young men.”',
      ]),
    ).toEqual(['Bongartz', 'Bongartz']);
  });

  it('does the same in German ("sagt Bongartz. Und: „…“")', () => {
    expect(
      speakersIn(
        [
          'Damit erreiche man „Menschen, die diskriminiert werden oder sich diskriminiert fühlen“, sagt Bongartz. Und: „Diese martialischen Auftritte sprechen vor allem junge Männer an.“',
        ],
        'de',
      ),
    ).toEqual(['Bongartz', 'Bongartz']);
  });
});

describe('a reported clause between the verb and the quote', () => {
  it('credits the subject of "reported that …" when the quote ends the clause', () => {
    expect(
      speakersIn([
        'Acme Inc. would not say how many of its members are active. But the company previously reported that women are “less likely than men to record any activity before sunrise.”',
      ]),
    ).toEqual(['Acme']);
  });

  it('does not after "it was reported that"', () => {
    expect(
      speakersIn([
        'It was reported that women are “less likely than men to record any activity before sunrise.”',
      ]),
    ).toEqual([null]);
  });

  it('does not when a clause before the subject runs into the verb', () => {
    expect(
      speakersIn([
        'Otherwise, you are the opposite of an authority, as the definition states that an authority is “a person with extensive knowledge about a subject.”',
      ]),
    ).toEqual([null]);
  });
});

describe('which body "the company" stands for', () => {
  it('is not a body of another name paragraphs back', () => {
    expect(
      speakersIn([
        'Ole Hansen, an analyst at investment company Saxo Bank, expects a long wait.',
        'Frequent changes in policy and unresolved debt remain a sticking point.',
        'Disputes over nationalization have dragged on for more than a decade.',
        'Several producers have written off their assets in the country entirely.',
        '“We are monitoring developments and it would be premature to speculate on any investments,” a company spokesperson said.',
      ]),
    ).toEqual(['company spokesperson']);
  });

  it('is a company introduced as a "giant"', () => {
    expect(
      speakersIn([
        'In January, gaming giant Nintendo announced a new console for the holiday season.',
        '“The new console will be available in every market by the end of the year,” the company said.',
      ]),
    ).toEqual(['Nintendo']);
  });

  it('is not a news agency’s initials named just before ("the government said" after "AFP")', () => {
    expect(
      speakersIn([
        'Officials told AFP that the strikes had hit six sites overnight.',
        '“We reserve the right to respond at a time and place of our choosing,” the government said.',
      ]),
    ).toEqual(['government']);
  });

  it('is a body named with its legal form or a word that says what it is', () => {
    expect(
      speakersIn([
        'The contract went to Boeing Co. after a long review by the Air Force.',
        '“We look forward to working with the Air Force on this program,” the company said.',
      ]),
    ).toEqual(['Boeing']);
    expect(
      speakersIn([
        'Doctors represented by the British Medical Association walked out on Monday.',
        '“The government has had months to make a credible offer,” the union said.',
      ]),
    ).toEqual(['British Medical Association']);
  });

  it('is never a role’s initials ("CEO")', () => {
    expect(
      speakersIn([
        'The CEO spoke at the launch on Monday about the new features.',
        '“Women are less likely than men to record any activity before sunrise,” the company said.',
      ]),
    ).toEqual(['company']);
  });
});

describe('a possessive pronoun in place of a name in a frame that credits words', () => {
  const SPEECH = 'We are not going to stop until every family in this town has clean water.';

  it('reads "In her words:" and "Her response:" as the woman in play', () => {
    expect(speakersIn(['Jane Smith runs the clinic.', `In her words: “${SPEECH}”`])).toEqual(['Jane Smith']);
    expect(speakersIn(['Jane Smith runs the clinic.', `Her response: “${SPEECH}”`])).toEqual(['Jane Smith']);
  });

  it('reads "His answer was simple:" as the man in play', () => {
    expect(speakersIn(['Tom Jones runs the clinic.', `His answer was simple: “${SPEECH}”`])).toEqual([
      'Tom Jones',
    ]);
  });
});
