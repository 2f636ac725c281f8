import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers';

/**
 * English news constructions written for stop 29 from the language, not from any page: titles
 * written short, a title inside a body's run, an -ly noun before the verb, a document's issuer.
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
