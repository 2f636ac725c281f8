import { describe, expect, it } from 'vitest';
import { quotesIn, quotesOf, speakers, texts } from './helpers';

/**
 * Quotation marks around words nobody said (not-speech.ts): strings in code and examples offered
 * to the reader. Made-up paragraphs of the kinds found on blogs, guides and reviews.
 */

describe('code', () => {
  it('lists no string of a program as a quote', () => {
    const quotes = quotesOf([
      'To load the settings, run: config = json.loads(\'{"name": "Ada Lovelace", "role": "Countess of Lovelace"}\')',
      "IF score >= 90.0: PRINT 'Reading level of fifth grade pupils' ELIF score >= 80.0: PRINT 'Reading level of sixth grade pupils'",
      "print(self.name, 'says, \"I can\\'t walk, I am playing frisbee in the park!\"')",
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('keeps speech with an editor’s brackets and a speaker', () => {
    const quotes = quotesOf([
      '“We work [with the retailers] to handle these enormous sales that happen every November,” said Mia Torres, the head of logistics.',
    ]);
    expect(speakers(quotes)).toEqual(['Mia Torres']);
  });
});

describe('examples offered to the reader', () => {
  it('lists no phrase the writer suggests or imagines', () => {
    const quotes = quotesOf([
      'If you say something like, “You look wonderful today, I love that coat,” you can add, “you always know the right thing to wear.”',
      'You don’t have to say, “I could never wear a red coat without looking silly.” You can just say, “That red coat makes me want to dance.”',
      'It is no harder to say “I am really enjoying your company tonight” than “I cannot believe you came dressed like that.”',
      'Instead of writing queries, you can simply ask questions like, “What were our best-selling products in the last quarter?”',
      'It’s better to say “I bet I could have done more today!” instead.',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('lists no paraphrase, even with its speaker named', () => {
    expect(
      texts(
        quotesOf([
          'When I said no, he replied with something like, “You were never good enough for this team anyway.”',
        ]),
      ),
    ).toEqual([]);
  });

  it('keeps reported speech that opens with "you" or "like"', () => {
    const quotes = quotesOf([
      '“You can say what you like about the council, but it kept the library open,” said Joan Pike, who has lived on the street for forty years.',
    ]);
    expect(speakers(quotes)).toEqual(['Joan Pike']);
  });
});

describe('a quote naming a kind of thing', () => {
  it('lists no quote between a determiner and the noun it describes', () => {
    const quotes = quotesOf([
      'It will take you a long way in the “lifting other people up” and “building a fair and equal office” games.',
      'Many families find they can wash less by keeping a ‘one or two towels per week per person’ rule.',
    ]);
    expect(texts(quotes)).toEqual([]);
  });

  it('keeps a quoted phrase that a conjunction or a preposition follows', () => {
    const quotes = quotesOf([
      'Without naming him, the senator warned that the country would lose a “grownup in the White House who listens” when the term ends.',
    ]);
    expect(texts(quotes)).toEqual(['grownup in the White House who listens']);
  });
});

describe('letters after a name', () => {
  it('reads "PhD" or "M.D." after a name as no speaker and no role', () => {
    const quotes = quotesOf([
      'According to psychologist Patricia Moore, PhD in an interview with the paper, “The struggle most of us have with praise starts in childhood.”',
      '“Sleep is the first thing to go when the work piles up,” said Ann Lee, M.D., a sleep researcher at a university hospital.',
    ]);
    expect(speakers(quotes)).toEqual(['Patricia Moore', 'Ann Lee']);
  });
});

describe('Japanese naming', () => {
  it('reads 「…」と呼ばれる ("called") as a name, not speech', () => {
    expect(texts(quotesIn(['辞書を使って結果を記憶する方法は「メモ化」と呼ばれます。'], 'ja'))).toEqual([]);
  });
});
