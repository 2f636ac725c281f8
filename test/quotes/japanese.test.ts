import { describe, expect, it } from 'vitest';
import { quotesIn, speakers, texts } from './helpers';

/**
 * Japanese brackets hold speech and terms alike (filters.ts isJapaneseTerm); who speaks is the
 * topic before or after the quote (particle-cues.ts). Made-up sentences in the shapes of news copy.
 */

const inJapanese = (paragraphs: string[]) => quotesIn(paragraphs, 'ja');

describe('Japanese brackets that hold no speech', () => {
  it('reads 「…」と「…」 as two terms joined by "and", and 「…」という with a noun as a name', () => {
    expect(texts(inJapanese(['政府は「子育て支援」と「雇用対策」を柱に据える方針を固めた。']))).toEqual([]);
    expect(texts(inJapanese(['北海道では「ゆめぴりか」という品種が十年続けて売り上げを伸ばした。']))).toEqual(
      [],
    );
  });

  it('still reads a quotative と after a quote as speech', () => {
    expect(texts(inJapanese(['鈴木氏は「選挙で信を問うべきだ」と主張した。']))).toEqual([
      '選挙で信を問うべきだ',
    ]);
  });
});

describe('Japanese speakers', () => {
  it('credits a quote ending its sentence to the topic of the next one that says こう or そう', () => {
    const quotes = inJapanese(['「来年も値上げはしない」。田中社長は記者会見でこう強調した。']);
    expect(speakers(quotes)).toEqual(['田中']);
  });

  it('reads そう as well, past a phrase between the topic and the verb', () => {
    expect(speakers(inJapanese(['「対策は急務だ」。市の担当者は取材にそう説明した。']))).toEqual(['担当者']);
  });
});
