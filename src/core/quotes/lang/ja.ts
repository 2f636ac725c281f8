import type { LanguageData } from './types';

/** Japanese: 「…」と述べた; the speaker is the topic before the quote (植田総裁は「…」). */
export const ja: LanguageData = {
  code: 'ja',
  script: 'kana',
  verbs: [
    ...(
      '述べた 語った 話した 説明した 強調した 明らかにした 指摘した 訴えた 主張した 答えた 明かした ' +
      '振り返った 打ち明けた 呼びかけた 話している 語っている 指摘している としている とした コメントした ' +
      'と述べ と語り と話し と強調し と指摘し と説明し'
    ).split(' '),
    // "showed the view that …": 「…」との見方を示した.
    ...'見方 考え 認識 意向 懸念 期待 意欲'.split(' ').map((noun) => `${noun}を示した`),
  ],
  orgNouns: ['同社', '政府', '省', '同省', '同庁', '日銀', '同市', '同県', '同大', '同党', '警察'],
  firstPerson: ['私', '僕', '我々', '私たち'],
};
