import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Stop 52: two titles joined by a hyphen, a generational suffix after a title, the agent of a
 * passive, and the one a possessive makes kin of — made-up text.
 */

describe('two titles joined by a hyphen', () => {
  it('are one role before the name ("UN Secretary-General António Gil")', () => {
    const [quote] = quotesIn(
      ['“This must stop now, before more people die,” UN Secretary-General António Gil said.'],
      'en',
    );
    expect(quote?.speaker).toEqual({ name: 'António Gil', role: 'UN Secretary-General' });
  });

  it('in the forces and the law too ("Lieutenant-Colonel", "Attorney-General")', () => {
    expect(
      speakersIn([
        '“This must stop now, before more people die,” said Lieutenant-Colonel Mark Bray.',
        '“The law is clear on this point and always has been,” said Attorney-General Pam Bird.',
      ]),
    ).toEqual(['Mark Bray', 'Pam Bird']);
  });

  it('a surname with a hyphen is still a name ("Martínez-Almeida")', () => {
    expect(
      speakersIn(['“The city needs this plan and it needs it now,” said José Luis Martínez-Almeida.']),
    ).toEqual(['José Luis Martínez-Almeida']);
  });
});

describe('a generational suffix', () => {
  it('makes the title before it a surname ("Martin Luther King Jr.")', () => {
    expect(
      speakersIn([
        '“We shall overcome because the arc of the moral universe is long,” said Martin Luther King Jr.',
      ]),
    ).toEqual(['Martin Luther King']);
  });

  it('after a title before the name too ("the Rev. Martin King Jr.")', () => {
    expect(
      speakersIn(['“This must stop now, before more people die,” said the Rev. Martin King Jr.']),
    ).toEqual(['Martin King']);
  });
});

describe('the agent of a passive', () => {
  it('is who "he" stands for after it ("The plan was drawn up by John Smith.")', () => {
    expect(
      speakersIn([
        'The plan was drawn up by John Smith.',
        'Critics say it is reckless and far too expensive.',
        '“It is the only way to keep the hospital open,” he said.',
      ]),
    ).toEqual(['John Smith']);
  });
});

describe('a role a possessive makes someone’s kin', () => {
  it('leaves the pronoun of the owner’s gender with the owner ("His father, Tom, founded it.")', () => {
    expect(
      speakersIn([
        'John Smith has run the bakery for 20 years. His father, Tom, founded it in 1960.',
        '“I grew up here, and I will never leave,” he said.',
      ]),
    ).toEqual(['John Smith']);
  });

  it('not the pronoun of the other gender ("Her father, Tom," then "he")', () => {
    expect(
      speakersIn([
        'Mary Smith has run the bakery for 20 years. Her father, Tom, founded it in 1960.',
        '“I built every shelf in this shop myself,” he said.',
      ]),
    ).toEqual(['Tom']);
  });

  it('a widow is a woman ("His widow, Anna, still lives in the house.")', () => {
    expect(
      speakersIn([
        'Tom Berg died in 2020. His widow, Anna, still lives in the house.',
        '“I miss him every single day,” she said.',
      ]),
    ).toEqual(['Anna']);
  });
});

describe('a party after a place', () => {
  it('stands for the one named before, as the party alone does ("the Ohio Republican said")', () => {
    expect(
      speakersIn([
        'Tom Reed, who chairs the committee, voted against the bill on Tuesday.',
        '“It is a bad bill for the country and a worse one for Ohio,” the Ohio Republican said.',
      ]),
    ).toEqual(['Tom Reed']);
  });
});
