import type { LanguageData } from './types';

/**
 * Korean: the subject comes first with a topic or subject particle (김민수 과장은 “…”),
 * the quote is closed by a quotative (고, 라고, 이라고, 며, 라며) and then the verb (말했다).
 */
export const ko: LanguageData = {
  code: 'ko',
  script: 'hangul',
  verbs: (
    '말했다 밝혔다 설명했다 강조했다 전했다 덧붙였다 했다 지적했다 주장했다 물었다 답했다 ' +
    '말하기도 밝히기도 털어놓았다 호소했다 토로했다 언급했다'
  ).split(' '),
  pronouns: ['그', '그녀', '그는', '그녀는'],
  orgNouns: ['시', '정부', '회사', '당국', '경찰', '측'],
  firstPerson: ['나', '저', '우리', '제'],
  subjectParticles: ['은', '는', '이', '가', '께서'],
  quotatives: ['이라고', '라고', '이라며', '라며', '고', '며'],
  nameSuffixes: ['씨', '님'],
  // "하지만 … 최고위원은": a connective opening the sentence, three syllables like a name.
  connectives: (
    '하지만 그러나 그런데 그리고 그러면서 그래서 따라서 또한 아울러 게다가 한편 이어 이어서 이에 ' +
    '특히 다만 반면 결국 물론 또 즉'
  ).split(' '),
  roleSuffixes: [
    '장',
    '관',
    '원',
    '사',
    '수',
    '인',
    '대표',
    '후보',
    '위원',
    '대변인',
    '총재',
    '총리',
    '대통령',
    '기자',
  ],
};
