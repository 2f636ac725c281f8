import { describe, expect, it } from 'vitest';
import { quotesIn, speakers } from './helpers';

/** Korean subjects (particle-cues.ts): made-up sentences in the shapes of news copy. */

const inKorean = (paragraphs: string[]) => quotesIn(paragraphs, 'ko');

describe('Korean speakers', () => {
  it('gives 그는 / 그녀는 to the subject-marked name of an earlier sentence', () => {
    const quotes = inKorean([
      '김민수 교수는 이번 결과에 대해 설명했다. 그는 “데이터가 아직 충분하지 않다”며 “추가 연구가 필요하다”고 강조했다.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([
      { name: '김민수', role: '교수' },
      { name: '김민수', role: '교수' },
    ]);
    const next = inKorean([
      '이지은 씨는 “버스가 늘어서 출근이 편해졌다”고 전했다.',
      '그녀는 “이제 삼십 분 더 잘 수 있다”고 웃었다.',
    ]);
    expect(speakers(next)).toEqual(['이지은', '이지은']);
  });

  it('names a person the article keeps anonymous by a letter (A씨)', () => {
    expect(speakers(inKorean(['A씨는 “매일 밤 소음 때문에 잠을 잘 수 없었다”고 호소했다.']))).toEqual([
      'A씨',
    ]);
  });

  it('finds no one for 그는 when no name was marked before', () => {
    expect(speakers(inKorean(['그는 “데이터가 아직 충분하지 않다”고 강조했다.']))).toEqual([null]);
  });
});
