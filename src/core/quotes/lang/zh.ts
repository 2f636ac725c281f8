import type { LanguageData } from './types';

/**
 * Chinese: the speaker and verb come before the quote, often with a colon (王建国说：“…”),
 * or after it (“…”，他说。). Names are two to four characters after a role word.
 */
export const zh: LanguageData = {
  code: 'zh',
  script: 'han',
  verbs: '表示 说 称 指出 认为 告诉记者 强调 透露 介绍 坦言 直言 回应 解释 补充 提到 说道 写道 宣布'.split(
    ' ',
  ),
  sources: ['据'],
  pronouns: ['他', '她', '他们'],
  orgNouns: ['该公司', '公司', '该局', '政府', '部门'],
  firstPerson: ['我', '我们'],
  roleSuffixes: (
    '长 经理 主任 人士 教授 总裁 主席 部长 局长 书记 发言人 专家 分析师 董事长 总经理 负责人 代表 研究员 ' +
    '记者 律师 医生 院士 市民 居民 店主 老板'
  ).split(' '),
  orgSuffixes: (
    '公司 集团 汽车 银行 协会 委员会 大学 医院 研究院 研究所 基金会 科技 电子 航空 能源 证券 保险 ' +
    '政府 交易所 工会 联合会 商会'
  ).split(' '),
  clauseBreaks: ['在', '接受', '对', '向', '于', '告诉', '近日', '日前', '昨天', '今天'],
};
