import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers';

/**
 * English news constructions written from the language, not from any page: titles written short,
 * a title inside a body's run, an -ly noun before the verb, a document's issuer (stop 29); a
 * statement issued, and a long phrase opening the sentence before its subject (stop 30).
 */

const speakerOf = (paragraph: string) => quotesOf([paragraph])[0]?.speaker ?? null;

describe('titles', () => {
  it('reads every short title as a title, not a sentence end ("Rev.", "Lt. Col.")', () => {
    const quotes = quotesOf([
      '“People are scared,” says Rev. Michael Green, pastor of First Baptist Church. “They don’t know who to trust anymore.”',
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Michael Green']);
    expect(speakerOf('“We will hold the line,” said Lt. Col. Ray Dunn, a battalion commander.')?.name).toBe(
      'Ray Dunn',
    );
  });

  it('reads a title and a name ending a run of capitals as a person, not a body', () => {
    expect(speakerOf('“There is no ongoing threat to the public,” Police Chief Dana Reyes said.')).toEqual({
      name: 'Dana Reyes',
      role: 'Police Chief',
    });
    expect(speakerOf('“We will appeal the ruling,” said the National Union of Teachers.')?.name).toBe(
      'National Union of Teachers',
    );
  });
});

describe('subjects', () => {
  it('keeps a noun ending in -ly after a determiner ("close to the family"), and drops an adverb', () => {
    expect(speakerOf('“This is not over,” a source close to the family said.')?.name).toBe(
      'source close to the family',
    );
    expect(speakerOf('“This is not over,” Kim Dale angrily said.')?.name).toBe('Kim Dale');
  });

  it('credits a document to its issuer ("according to a statement from …")', () => {
    expect(
      speakerOf(
        '“We don’t comment on ongoing investigations,” according to a statement from the sheriff’s office.',
      )?.name,
    ).toMatch(/sheriff’s office/u);
    expect(
      speakerOf(
        'According to a report by the Urban Institute, “rents have risen faster than wages in every metro area.”',
      )?.name,
    ).toBe('Urban Institute');
  });
});

describe('statements and the phrases that open a sentence', () => {
  const trump = 'Ray Dunn, the mayor, has long used the platform to attack his critics.';
  const rules =
    '“The rules prohibit violent threats, harassment and hateful conduct, and we will take action on accounts violating those policies.”';

  it('gives a quote to whoever issued the statement the paragraph before introduces with a colon', () => {
    const quotes = quotesOf([
      trump,
      'After the election, Acme Corp issued a statement to reporters that it would act on any accounts that violated its policies:',
      rules,
    ]);
    expect(quotes[0]?.speaker?.name).toBe('Acme Corp');
    const released = quotesOf([
      trump,
      'On Monday, Acme Corp released a statement to reporters saying it would act on any accounts that broke its policies:',
      rules,
    ]);
    expect(released[0]?.speaker?.name).toBe('Acme Corp');
  });

  it('reads a long phrase that opens the sentence and names no one as no part of the subject', () => {
    const quotes = quotesOf([
      'Acme Corp pledged to take firm action against similar accounts.',
      'In a reflection of the confusion across the sector, the Electoral Commission, which regulates campaign finances, said that “voters are entitled to transparency from campaigners.”',
      'As the head of the agency in charge of the sector, Marta Ruiz said the rules were clear: “Nobody is above them.”',
    ]);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Electoral Commission', 'Marta Ruiz']);
  });

  it('credits a work described by what it covers to the work ("A systemic review of 27 trials concluded")', () => {
    expect(
      speakerOf(
        'A systemic review of 27 trials concluded that “intermittent fasting shows promise for the treatment of obesity.”',
      )?.name,
    ).toBe('systemic review');
  });
});
