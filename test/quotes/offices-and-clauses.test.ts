import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Words around a quote that look like a speaker and are not: an office someone takes, the object
 * of a progressive or a gerund, a clause opening the sentence, a name after a pronoun of the same
 * sentence. Made-up paragraphs in the shapes met on unlabelled news pages.
 */

describe('capitals that are no one who speaks', () => {
  it('a role and one word after a verb of taking office is the office, not a person "he" stands for', () => {
    expect(
      speakersIn([
        'Nora Ellison, who was transport secretary until the summer, is said to regret the scheme.',
        'Before stepping aside to become Chief Whip she set in train a review which she said would end “the slow decline of the branch lines”.',
      ]),
    ).toEqual(['Nora Ellison']);
  });

  it('a company’s name with "Bros." does not end the sentence before its next word', () => {
    const [quote] = quotesIn(
      [
        'Dana Reyes runs the studio. I remember calling [Morton Bros. Pictures president] Alan Pike and saying, “You’re going to see this actor, he is the one we need.”',
      ],
      'en',
    );
    expect(quote?.speaker?.name).not.toBe('Pictures');
  });

  it('a progressive’s subject is the word before "were", not the name it was developing', () => {
    const [quote] = quotesIn(
      [
        'When you were developing Starfall and you were saying, “We want the lead to be a woman of sixty who runs a shipyard,” was there anyone in the room who doubted it?',
      ],
      'en',
    );
    expect(quote?.speaker?.name).not.toBe('Starfall');
  });

  it('a passive’s subject is not who speaks: "she was warned that “…”"', () => {
    expect(
      speakersIn([
        'Nora Ellison was advised by the policy unit to postpone the new exam until it was workable.',
        'In one briefing note she was warned that “the new exam is one that nobody will ever fail”.',
      ]),
    ).not.toContain('Nora Ellison');
  });

  it('a clause that "while" opens is no role of the name after it', () => {
    const [quote] = quotesIn(
      [
        'While her spokesperson admitted she personally asked Marsh for a donation to her campaign, Marsh told reporters, “I never even spoke to her about it at all. Never, not once.”',
      ],
      'en',
    );
    expect(quote?.speaker?.name).toBe('Marsh');
    expect(quote?.speaker?.role ?? '').not.toContain('spokesperson');
  });

  it('"a friend of mine" is whose friend, not a body to put first', () => {
    expect(
      speakersIn([
        'Attacks are being automated, and as one knowledgeable friend of mine, who wishes to remain anonymous, put it, “It takes a machine to get inside the loop of another machine.”',
      ]),
    ).toEqual(['knowledgeable friend of mine']);
  });
});

describe('unnamed people', () => {
  it('"the officer" is the officer brought in unnamed just before, not the man the sentence was about', () => {
    const quotes = quotesIn(
      [
        'Neighbours had complained for months about Carl Brenner and the smell from his house.',
        'Even when a police officer first called, Brenner shrugged off the smell and “the officer left”. According to reports, the officer recalled: “I knocked on the door for ten or fifteen minutes, then went round to the back of the house.”',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['officer']);
  });

  it('a capital before a role noun is what the role is of, not a surname someone else has', () => {
    const quotes = quotesIn(
      [
        'Booking insider Tessa Bishop, Head of Sales and Customer Services at Ocean Florida , shared the best times to book.',
        'Book an odd number of nights',
        'The Florida fan explained: “Try and be flexible with your departure date, and do not restrict yourself to the usual seven nights.”',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('Ocean Florida');
  });
});

describe('participles', () => {
  it('after a verb of hearing or recording, the one heard speaks', () => {
    expect(
      speakersIn([
        'Martin Dowling ran the network for two decades.',
        'Carla Brent brought her phone to meetings and secretly recorded him saying, “I think you and I should have talked about this a long time ago.”',
      ]),
    ).toEqual(['Martin Dowling']);
  });

  it('a month or an owner before a participle is not its subject', () => {
    const [quote] = quotesIn(
      [
        'And those small investors ultimately bore the brunt of Vantor’s losses when its stock dropped 40% following Harlan’s resignation in September 2020, days after an activist short seller published a scathing report calling the company an “intricate fraud built on dozens of lies.”',
      ],
      'en',
    );
    expect(quote).toBeDefined();
    expect(['September', 'Harlan']).not.toContain(quote?.speaker?.name);
  });
});

describe('a name set off by commas after the verb', () => {
  it('speaks after a single word too, with a role before it', () => {
    expect(
      speakersIn([
        'Probably, says analyst Dana Reyes, the hype will fade. “It always does once the novelty wears off.”',
      ]),
    ).toEqual(['Dana Reyes']);
  });

  it('in German as well: "Wahrscheinlich, sagt Trendscout Landowski, …"', () => {
    expect(
      speakersIn(
        [
          'Und in Deutschland? Wahrscheinlich, sagt Trendscout Landowski, werde der Hype etwas abebben. „Es entsteht mit der Zeit ein gewisser Gewöhnungseffekt. Dadurch nimmt auch die Aufmerksamkeit ab.“',
        ],
        'de',
      ),
    ).toEqual(['Trendscout Landowski']);
  });
});

describe('verb second', () => {
  it('an adverb after a conjunction set off still puts the subject after the verb', () => {
    expect(
      speakersIn(
        [
          'Der Bot erklärt alles, sagt Schülerin Diba. Und, so ergänzt Mitschüler Nicolas: „Man kann auf andere Sprachen wechseln. Ich kann nicht so perfekt Englisch.“',
        ],
        'de',
      ),
    ).toEqual(['Mitschüler Nicolas']);
  });
});

describe('bodies', () => {
  it('an acronym listed with lower-case things is one of them, not a body "the department" stands for', () => {
    expect(
      speakersIn([
        'The province says weather alerts now reach residents through WhatsApp, SMS, email and local radio.',
        '“The plan has introduced a uniform response system across all municipalities,” the department said.',
      ]),
    ).toEqual(['department']);
  });
});

describe('pronouns', () => {
  it('a name after "he" in a clause about a noun is not whom a later "he" stands for', () => {
    expect(
      speakersIn([
        'Prime Minister Tom Morland has been in office for three months. His predecessor Edwin Hale is back on the lecture circuit. “I said to someone the other day, give the guy a chance,” Hale says.',
        'The look he gives me when I have the temerity to ask about Morland is the same one he gave me years ago. “How on earth do you think I’ve got the time to read his diaries?” he said.',
      ]),
    ).toEqual(['Edwin Hale', 'Edwin Hale']);
  });
});
