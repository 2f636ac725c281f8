import { describe, expect, it } from 'vitest';
import { quotesOf, texts } from './helpers';

describe('quote marks', () => {
  it.each([
    ['curly', '“We will build the plant next year,” said Jane Doe.'],
    ['straight', '"We will build the plant next year," said Jane Doe.'],
    ['single curly', '‘We will build the plant next year,’ said Jane Doe.'],
    ['straight single', "'We will build the plant next year,' said Jane Doe."],
    ['French guillemets', '« We will build the plant next year », a déclaré Jane Doe.'],
    ['German guillemets', '»We will build the plant next year«, sagte Jane Doe.'],
    ['German low-high', '„We will build the plant next year“, sagte Jane Doe.'],
    ['low-high with English closer', '„We will build the plant next year”, sagte Jane Doe.'],
  ])('finds a %s quotation without its marks', (_, paragraph) => {
    expect(texts(quotesOf([paragraph]))).toEqual(['We will build the plant next year']);
  });

  it('finds Japanese corner brackets', () => {
    const quotes = quotesOf([
      '植田総裁は「賃金と物価の好循環が確認できるまで、時間をかけて見極めたい」と述べた。',
    ]);
    expect(texts(quotes)).toEqual(['賃金と物価の好循環が確認できるまで、時間をかけて見極めたい']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    const quotes = quotesOf([
      '“When we asked the IT team when they had last checked the logs, the answer was ‘never’,” wrote Charles Carmakal.',
    ]);
    expect(texts(quotes)).toEqual([
      'When we asked the IT team when they had last checked the logs, the answer was ‘never’',
    ]);
  });

  it('does not take apostrophes for quote marks', () => {
    const quotes = quotesOf([
      'The Rattlers helped define rock ’n’ roll in the ’90s, and it’s Nissan’s plan.',
      '‘The students’ union has been clear that it won’t back the ’24 plan,’ said Amira Khalil.',
    ]);
    expect(texts(quotes)).toEqual(['The students’ union has been clear that it won’t back the ’24 plan']);
  });

  it('does not take straight apostrophes for quote marks', () => {
    const quotes = quotesOf([
      "England's captain, who's been in form since the '22 season, said 'Zak's a match-winner, simple as that.'",
    ]);
    expect(texts(quotes)).toEqual(["Zak's a match-winner, simple as that."]);
  });
});
