import { describe, expect, it } from 'vitest';
import { Organisations } from '../../src/core/quotes/orgs';
import { speakersIn } from './helpers';

/**
 * Stop 53: a body named again as it was first named, and two pronouns of different genders in one
 * sentence ("She said he then announced: “…”") — made-up text.
 */

describe('a body named again', () => {
  it('is the body "the bank" stands for, not a country named between ("the bank said")', () => {
    expect(
      speakersIn([
        'According to analysts at US investment banking giant Goldman Sachs, reserves could give the United States about 30% of global oil.',
        'Goldman Sachs estimates that production could rise.',
        '“We maintain our view that regime change would be risky,” the bank said in a note.',
      ]),
    ).toEqual(['Goldman Sachs']);
  });

  it('is so for "the company" too, past another body named in between', () => {
    expect(
      speakersIn([
        'Shares in carmaker Stellantis fell after the European Commission opened a review.',
        'Stellantis expects sales to recover next year.',
        '“We remain confident in our plan,” the company said.',
      ]),
    ).toEqual(['Stellantis']);
  });

  it('but a noun after "to" is a verb, and names no body ("used to police Chinese citizens")', () => {
    const orgs = new Organisations(
      ['The watchdog said the stations were used to police Chinese citizens abroad.'],
      () => false,
    );
    expect(orgs.isOrganisation('Chinese')).toBe(false);
  });
});

describe('two pronouns of different genders in one sentence', () => {
  it('"She said he then announced:" — the one "he" means is not whom "she" means', () => {
    expect(
      speakersIn([
        'Marina Lacerda says the predator treated his victims like dolls.',
        'Lacerda said Epstein told her: “We are going to have a special day.” She said he then announced: “My friend will be joining us today.”',
      ]),
    ).toEqual(['Epstein', 'Epstein']);
  });

  it('"He said she then replied:" — and the other way round, once "told her" has shown who she is', () => {
    expect(
      speakersIn([
        'Jane Roe says the manager treated his staff badly.',
        'Roe said Smith told her: “You will work late.” He said she then replied: “I will not.”',
      ]),
    ).toEqual(['Smith', 'Jane Roe']);
  });

  it('a name after a preposition takes no pronoun of its sentence ("raped by John Doe has revealed she")', () => {
    expect(
      speakersIn([
        'A woman who was attacked by John Doe has revealed she was never allowed into the house.',
        'Roe said Doe told her: “We are going to have a special day.” She said he then announced: “My friend will be joining us today.”',
      ]),
    ).toEqual(['John Doe', 'John Doe']);
  });
});

describe('capitals that name a thing (a guard: a man whose gender the article leaves open is not passed over for them)', () => {
  it('after an ordinal are no one ("21st Century Fox"), nor a desk ("Fox Business")', () => {
    expect(
      speakersIn([
        'Jane Roe joined 21st Century Fox in 1996 and later Fox Business as an event planner.',
        'She was also on the payroll at Fox for years, and her boss, Tom Harris, hired others.',
        '“I was scared every day,” she said.',
      ]),
    ).toEqual(['Jane Roe']);
  });
});
