import { describe, expect, it } from 'vitest';
import { quotesIn, speakersIn } from './helpers';

/**
 * Whom "he" and "she" stand for across sentences that name others, who is credited by a
 * document or a participle, and words that only look like names. Made-up paragraphs in the
 * shapes met on unlabelled English news pages.
 */

describe('a pronoun passes over people it cannot stand for', () => {
  it('"she" goes past a man she is the subject of a clause about, back to the woman named before', () => {
    expect(
      speakersIn([
        'Nora Ellison spoke at length about her former fiancé Daniel Reyes, whom she met on a film set in 2003.',
        'Although she refused to confirm that she left Reyes, she did talk about why it ended.',
        '“I was such a kid,” she said. “I was 22 when we met.”',
      ]),
    ).toEqual(['Nora Ellison']);
  });

  it('a pronoun inside a quotation does not count as the subject of a clause outside it', () => {
    expect(
      speakersIn([
        'The remarks drew comment from the journalist Aaron Pike, who called the recording “weird stuff”.',
        '“I knew it. He is rattled because she is formidable,” wrote the former prosecutor Lena Marsh.',
        'She added that he “is slightly scared of strong women.”',
      ]),
    ).toEqual(['Lena Marsh', 'Lena Marsh']);
  });

  it('names in a phrase opening with a participle are not the pronoun after it', () => {
    expect(
      speakersIn([
        'Thabo Molefe was raised by his grandmother in a village outside the capital.',
        'Inspired by figures like Nelson Mandela and Steve Biko, he developed a desire to confront injustice.',
        '“The judges in my dreams were meant to curb the evil I saw,” he explains.',
      ]),
    ).toEqual(['Thabo Molefe']);
  });
});

describe('what shows a person’s gender', () => {
  it('a possessive in the words a person reports is about someone else, not them', () => {
    // Ruth Adams is the one "she" means; Peter Kgosi, whom the article has called "he", is not.
    const quotes = quotesIn(
      [
        'Ruth Adams, the accused, faces charges over posts she wrote during the unrest.',
        'Peter Kgosi, the lead investigator, said the inquiry found that two of the accounts in her name were fake.',
        'Her lawyer, Sipho Dlamini, said none of the posts incited violence.',
        '“It was, like, encouraging it,” Kgosi said.',
        'He said timing mattered. On those two days, “the country was a crumbling disaster” for the police.',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Peter Kgosi', 'Peter Kgosi']);
  });

  it('"his mom" is his mother, not a sign that he is a woman', () => {
    expect(
      speakersIn([
        'The actress Mara Quinn began hearing music after surgery.',
        'Her son, the filmmaker Leo Quinn-Hart, still laughs at the memory of hearing his mom scat in the back of his car.',
        'Despite the lack of roles for women in their 50s, the actress was not looking for a new career. “I had been somebody who liked music,” she said.',
      ]),
    ).toEqual(['Mara Quinn']);
  });
});

describe('who a document or a participle credits', () => {
  it('"an email reply from a company representative" speaks the paragraph of quotation after it', () => {
    expect(
      speakersIn([
        'I asked whether users could switch the feature off. Later, I got an email reply from a Google representative.',
        '“The new search box gives you quick access to these tools. You will continue to get a range of results.”',
      ]),
    ).toEqual(['Google representative']);
  });

  it('a document "obtained by" or "seen by" a newspaper is not the newspaper speaking', () => {
    const quotes = quotesIn(
      [
        'According to a copy of the filing obtained by the Daily Courier:',
        '“At approximately 3:18 a.m. on June 1, the defendant entered the property to install a camera.”',
        'According to a lawsuit seen by Reuters, the company “failed to protect its workers.”',
      ],
      'en',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Daily Courier');
    expect(quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Reuters');
  });

  it('"sent a statement" credits the body that sent it', () => {
    expect(
      speakersIn([
        'Northwind Energy sent a statement to reporters on Friday.',
        '“We are reviewing the report and take these matters seriously.”',
      ]),
    ).toEqual(['Northwind Energy']);
  });

  it('"declaring that … “…”" after a role and a name credits the name, with the role', () => {
    const [quote] = quotesIn(
      [
        'The Tory historian Andrew Robbins, long an evangelist of the idea, has taken up the cause, declaring that the vote cleared the ground for a “new federation based upon free trade and free movement.”',
      ],
      'en',
    );
    expect(quote?.speaker).toEqual({ name: 'Andrew Robbins', role: 'Tory historian' });
  });

  it('a participle right after an unnamed person credits that person, not the word opening the sentence', () => {
    const [quote] = quotesIn(
      ['Interesting interview (and cool images) from an artist arguing “definitely yes”.'],
      'en',
    );
    expect(quote?.speaker?.name).toBe('artist');
    // (A document before the participle speaks for whoever issued it.)
    expect(
      speakersIn([
        'Northwind released a separate statement saying, “It allows us to grow our business together.”',
      ]),
    ).toEqual(['Northwind']);
  });

  it('"Jane Doe’s mom confirmed" is her mother speaking, also with a mistyped apostrophe', () => {
    for (const mark of ['’', '‘']) {
      const [quote] = quotesIn(
        [
          `Speaking at a summit in Las Vegas, Travis Kell${mark}s mom confirmed, “I listened to the whole album all morning.”`,
        ],
        'en',
      );
      expect(quote?.speaker?.name).toBe('Travis Kell’s mom');
      expect(quote?.text).toBe('I listened to the whole album all morning.');
    }
  });

  it('a preposition opening the sentence is not the first word of a name', () => {
    const quotes = quotesIn(
      [
        'Beyond Des Moines, the new leadership of the union came to power last year, and has repeatedly declared, “We are not afraid to strike.”',
      ],
      'en',
    );
    expect(quotes.every((q) => !q.speaker?.name.startsWith('Beyond'))).toBe(true);
  });
});
