import type { LanguageData } from './types';

/**
 * The traditional form of the simplified characters in these lists (說 for 说, 長 for 长): Taiwan,
 * Hong Kong and Macau write them so. Characters the two scripts share are not listed.
 */
const TRADITIONAL: Readonly<Record<string, string>> = Object.fromEntries(
  (
    '说說 称稱 认認 为為 诉訴 记記 强強 调調 绍紹 释釋 补補 应應 写寫 复復 叹嘆 问問 发發 报報 吁籲 长長 ' +
    '经經 总總 书書 专專 师師 负負 责責 员員 医醫 板闆 统統 议議 检檢 练練 导導 学學 创創 伙夥 执執 ' +
    '网網 该該 门門 团團 车車 银銀 协協 会會 电電 证證 险險 联聯 还還 则則 并並 随隨 后後 时時 当當 ' +
    '开開 周週 对對 体體 据據 这這 于於 们們 进進 忆憶 亿億 务務 产產 业業 华華 国國 东東'
  )
    .split(' ')
    .map((pair) => [pair[0]!, pair[1]!]),
);

/** Each word, and its traditional form where that differs. */
function bothScripts(words: string): string[] {
  const list = words.split(' ').filter(Boolean);
  const traditional = list.map((w) => [...w].map((c) => TRADITIONAL[c] ?? c).join(''));
  return [...new Set([...list, ...traditional])];
}

/**
 * Chinese: the speaker and verb come before the quote, often with a colon (王建国说：“…”),
 * or after it (“…”，他说。). Names are two to four characters after a role word. Every list of
 * cue words holds the traditional characters too (王建國說).
 */
export const zh: LanguageData = {
  code: 'zh',
  script: 'han',
  verbs: bothScripts(
    '表示 说 称 指出 认为 告诉记者 告诉 强调 透露 介绍 坦言 直言 回应 解释 补充 提到 说道 写道 宣布 ' +
      // Compounds ending in 称 or 道 ("replied, saying", "asked"): one verb, not a name and a verb.
      '回应称 分析称 发文称 笑称 直称 辩称 声称 宣称 通报称 透露称 回复称 表示称 ' +
      '问道 答道 笑道 叹道 感叹道 追问道 反问道 回答道 解释道 补充道 ' +
      '感叹 感慨 坦承 承认 回答 提醒 呼吁 追问 反问 ' +
      // "recalled, saying", "explained, saying": the first verb is no part of the name.
      '介绍说 解释说 补充说 回忆说 强调说 表示说 坦言说 透露说 指出说',
  ),
  sources: bothScripts('据'),
  pronouns: bothScripts('他 她 他们'),
  orgNouns: bothScripts('该公司 公司 该局 政府 部门'),
  firstPerson: bothScripts('我 我们'),
  roleSuffixes: bothScripts(
    '长 经理 主任 人士 教授 总裁 主席 部长 局长 书记 发言人 专家 分析师 董事长 总经理 负责人 代表 研究员 ' +
      '记者 律师 医生 院士 市民 居民 店主 老板 总统 总理 首相 大使 议员 法官 检察官 警官 教练 球员 导演 ' +
      '作家 学者 主持人 创始人 合伙人 首席执行官 董事 分析人士 官员 工作人员 村民 网友 学生 家长 立委 院长',
  ),
  orgSuffixes: bothScripts(
    '公司 集团 汽车 银行 协会 委员会 大学 医院 研究院 研究所 基金会 科技 电子 航空 能源 证券 保险 ' +
      '政府 交易所 工会 联合会 商会',
  ),
  clauseBreaks: bothScripts('在 接受 对 向 于 告诉 近日 日前 昨天 今天'),
  verbLeadIns: bothScripts(
    '也 还 则 又 曾 更 都 就 亦 并 再次 随后 同时 当天 当日 此前 昨日 今日 此外 公开 ' +
      '周一 周二 周三 周四 周五 周六 周日 星期一 星期二 星期三 星期四 星期五 星期六 星期日 ' +
      '对记者 向记者 跟记者 对媒体 向媒体 对本报 向本报 进一步 多次 一再 反复 明确 特别 直接 随即 最后 曾经',
  ),
  subjectOpeners: bothScripts('据 一位 一名 这位 那位 另一位 另一名 有'),
};
