import { describe, expect, it } from 'vitest';
import { quotesIn, speakers } from './helpers';

/**
 * Chinese attribution (han-cues.ts): no spaces mark where a subject ends, so the speaker is cut
 * out of the clause by the words around it. Made-up sentences in the shapes Chinese news copy
 * uses; each failed before the rule it tests.
 */

const inChinese = (paragraphs: string[]) => quotesIn(paragraphs, 'zh');
const speakerOf = (paragraph: string) => inChinese([paragraph])[0]?.speaker ?? null;

describe('Chinese subjects', () => {
  it('takes a verb ending in 称 or 道 whole, so its first half is not read as the name', () => {
    expect(speakerOf('中国社科院研究员张明分析称，“人民币汇率将保持稳定。”')?.name).toBe('张明');
    expect(speakerOf('“这条河我们守了三十年。”家住河边的村民刘阿姨感叹道。')?.name).toBe('刘阿姨');
    expect(speakerOf('该公司相关负责人回应称：“我们将全面配合调查。”')?.name).toBe('该公司相关负责人');
  });

  it('drops a clause that opens the sentence before a comma', () => {
    expect(speakerOf('在接受采访时，刘洋表示：“这条路我们等了二十年。”')?.name).toBe('刘洋');
    expect(speakerOf('对此，市交通委相关负责人表示，“地铁新线将于年底开通。”')?.name).toBe(
      '市交通委相关负责人',
    );
  });

  it('leaves out the words between the subject and its verb: time, manner, the person addressed', () => {
    const biden = speakerOf('美国总统拜登（Joe Biden）周二表示：“我们不会退缩。”');
    expect(biden).toEqual({ name: '拜登', role: '美国总统' });
    expect(speakerOf('小王笑着说：“这条路我们等了二十年。”')?.name).toBe('小王');
    expect(speakerOf('据市统计局发言人付凌晖介绍，“居民消费价格总体平稳。”')).toEqual({
      name: '付凌晖',
      role: '市统计局发言人',
    });
  });

  it('gives an unnamed source its role, after what describes it', () => {
    expect(speakerOf('“这条路我们等了二十年，”一位不愿透露姓名的业内人士说。')?.name).toBe('业内人士');
    expect(speakerOf('有专家表示：“房价短期内难以大幅下跌。”')?.name).toBe('专家');
  });

  it('gives 他 or 她 to the person quoted last, and no one when no one was', () => {
    const quotes = inChinese([
      '王海说：“我每天都走这条路。”',
      '记者问起修路的事。他对记者说：“这条路我们等了二十年。”',
    ]);
    expect(speakers(quotes)).toEqual(['王海', '王海']);
    expect(speakerOf('记者来到了村口。他对记者说：“这条路我们等了二十年。”')).toBeNull();
  });

  it('reads two verbs in a row as one ("介绍说", "回忆说") and adverbs such as 进一步 as no part of the name', () => {
    expect(speakerOf('王建国介绍说：“今年的销量比去年增长了两成。”')?.name).toBe('王建国');
    expect(speakerOf('王建国回忆说：“那时候条件很艰苦。”')?.name).toBe('王建国');
    expect(speakerOf('北京大学教授李明进一步表示：“利率下调的空间依然存在。”')?.name).toBe('李明');
  });

  it('reads traditional characters as well (Taiwan, Hong Kong)', () => {
    expect(speakerOf('「今年的銷量比去年增長了兩成，」王建國說。')?.name).toBe('王建國');
    expect(speakerOf('台北市長蔣萬安表示：「捷運新線將於年底通車。」')).toEqual({
      name: '蔣萬安',
      role: '台北市長',
    });
    expect(speakerOf('一位不願透露姓名的業內人士說：「新規將於下月實施。」')?.name).toBe('業內人士');
  });
});
