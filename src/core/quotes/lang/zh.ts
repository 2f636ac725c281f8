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
};
