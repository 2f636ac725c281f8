import { describe, expect, it } from 'vitest';
import { findOrThrow } from '../../src/core/quotes';
import { KEY_QUOTES } from '../../src/core/quotes/rank';
import { quotesOf } from './helpers';

const TITLE = 'Rail workers to strike on five days in February over pay';
const EXCERPT = 'The union says 20,000 members will walk out after rejecting a 3% pay offer.';

function keyTexts(paragraphs: string[]): string[] {
  return quotesOf(paragraphs, TITLE, EXCERPT)
    .filter((q) => q.key)
    .map((q) => q.text);
}

describe('key quotes', () => {
  it('returns every quote in document order, with at most five key', () => {
    const paragraphs = Array.from(
      { length: 9 },
      (_, i) =>
        `“Strike number ${i + 1} over pay will go ahead unless the offer improves,” said Speaker${i} Person${i}.`,
    );
    const quotes = quotesOf(paragraphs, TITLE, EXCERPT);
    expect(quotes.map((q) => q.paragraph)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(quotes.filter((q) => q.key)).toHaveLength(KEY_QUOTES);
  });

  it('puts attributed quotes before unattributed ones', () => {
    const quotes = quotesOf(
      [
        'Thousands marched on Saturday. “The pay offer is an insult to every rail worker in the country.”',
        '“The pay offer is fair and we urge the union to return to talks,” said Jane Doe, a spokesperson.',
      ],
      TITLE,
      EXCERPT,
    );
    const [unattributed, attributed] = quotes;
    expect(unattributed!.speaker).toBeNull();
    expect(attributed!.score).toBeGreaterThan(unattributed!.score);
  });

  it('prefers whole sentences carrying the news over fragments and pleasantries', () => {
    const quotes = quotesOf(
      [
        'Mick Lynch, the union’s general secretary, said members were “absolutely furious about the latest offer”.',
        '“I want to thank our members for their patience and wish everyone a happy new year,” said Mick Lynch.',
        '“Our members will strike on five days in February because this pay offer is a real-terms cut,” said Mick Lynch.',
      ],
      TITLE,
      EXCERPT,
    );
    const [fragment, pleasantry, news] = quotes;
    expect(news!.score).toBeGreaterThan(pleasantry!.score);
    expect(news!.score).toBeGreaterThan(fragment!.score);
  });

  it('gives no speaker more than two of the key places', () => {
    const lynch = [1, 2, 3, 4].map(
      (i) => `“Strike day ${i} over pay in February will hit every line in the country,” said Mick Lynch.`,
    );
    const quotes = quotesOf(
      [...lynch, '“We urge the union to return to talks about the pay offer,” said Jane Doe.'],
      TITLE,
      EXCERPT,
    );
    const keyByLynch = quotes.filter((q) => q.key && q.speaker?.name === 'Mick Lynch');
    expect(keyByLynch).toHaveLength(2);
    expect(quotes.find((q) => q.speaker?.name === 'Jane Doe')!.key).toBe(true);
  });

  it('does not make a fragment of a longer quote key beside it', () => {
    const keys = keyTexts([
      'Mick Lynch said the offer was “a real-terms pay cut for every rail worker”.',
      '“This offer is a real-terms pay cut for every rail worker, and our members will strike in February,” said Mick Lynch.',
    ]);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toContain('our members will strike');
  });

  it('picks the most quotable sentence of a long quote as its highlight', () => {
    const quotes = quotesOf(
      [
        '“It is a difficult market everywhere,” said Ivan Espinosa. “One of the premises we put into our plan was not to rely too much on volume, but to have a decent business at our size.',
        '“It is not that we do not want to grow. And second, if we can grow, of course I will take the growth but not at any cost. The goal for me is not to sell more cars, it is to make more money. The priority is to have a healthy business.”',
      ],
      'Nissan says the goal is profit, not selling more cars',
      null,
    );
    expect(quotes[0]!.highlight).toBe('The goal for me is not to sell more cars, it is to make more money.');
  });

  it('gives short quotes no highlight', () => {
    const quotes = quotesOf(['“Strikes are in nobody’s interest,” said Louise Haigh.'], TITLE, EXCERPT);
    expect(quotes[0]!.highlight).toBeUndefined();
  });
});

describe('key quotes and highlights (issue 10)', () => {
  const topics = 'buses trams schools parks libraries housing bridges rents taxes water'.split(' ');
  const verbs = 'fund repair expand protect rebuild review'.split(' ');
  // Forty different quotes by forty different people: none a near-duplicate of another.
  const many = Array.from({ length: 40 }, (_, i) => {
    const topic = topics[i % topics.length]!;
    const verb = verbs[Math.floor(i / topics.length) % verbs.length]!;
    return `“We will ${verb} the ${topic} before winter number ${i + 1}, whatever the council decides,” said Jane Roe${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}.`;
  });

  it('marks at most the configured number of quotes as key, whatever the length', () => {
    for (const keyQuotes of [1, 3, 5, 8]) {
      const quotes = findOrThrow(many, { title: 'City plan', excerpt: null, keyQuotes });
      expect(quotes.filter((q) => q.key)).toHaveLength(keyQuotes);
    }
    expect(quotesOf(many, 'City plan').filter((q) => q.key).length).toBeLessThanOrEqual(5);
  });

  it('takes the highlight word for word from the quote, punctuation untouched', () => {
    const text =
      'We spent two years on it, and we learned a great deal about the river, the town and ourselves along the way … The flood defences will be finished by spring, and the town will be safer for it. We owe that to the families who lost their homes last winter and to everyone who helped.';
    const quotes = quotesOf(
      [`“${text.split(' … ')[0]},” said Ana Ruiz, “${text.split(' … ')[1]}”`],
      'Flood defences finished by spring',
      null,
    );
    const highlight = quotes[0]!.highlight!;
    expect(highlight).toBeDefined();
    expect(quotes[0]!.text.includes(highlight)).toBe(true);
  });
});
