import type { LanguageData } from './types';

/** Japanese: 「…」と述べた; the speaker is the topic before the quote (植田総裁は「…」). */
export const ja: LanguageData = {
  code: 'ja',
  script: 'kana',
  verbs: ['述べた', '語った', '話した', '説明した', '強調した', '明らかにした', 'と述べ', 'と語り'],
  orgNouns: ['同社', '政府', '省', '同省', '同庁', '日銀'],
  firstPerson: ['私', '僕', '我々', '私たち'],
};
