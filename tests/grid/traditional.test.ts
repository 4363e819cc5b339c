import { toSimplified, traditionalCount, withoutPinyin } from '../../src/core/grid/traditional';

describe('traditional script read as simplified (lexicon/traditional.json, from OpenCC)', () => {
  it.each([
    ['項目支出績效目標表', '项目支出绩效目标表'],
    ['一級指標', '一级指标'],
    ['年度資金總額（萬元）', '年度资金总额（万元）'],
    ['服務對象滿意度指標', '服务对象满意度指标'],
    ['實際完成值', '实际完成值'],
    ['≥95%', '≥95%'],
  ])('%s → %s', (from, to) => {
    expect(toSimplified(from)).toBe(to);
  });
  it('gives back the same string when it holds nothing to change, and counts the traditional characters', () => {
    const plain = '项目支出绩效目标表';
    expect(toSimplified(plain)).toBe(plain);
    expect([traditionalCount(plain), traditionalCount('績效指標'), traditionalCount('績效 100%')]).toEqual([0, 2, 1]);
  });
  it('keeps characters outside the basic plane whole', () => {
    expect(toSimplified('𠵾績')).toBe('𠵾绩');
  });
});

describe('pinyin a mirror site writes after the characters it converted', () => {
  it.each([
    ['項(xiàng)目績(jī)效目標(biāo)表', '項目績效目標表'],
    ['年度資(zī)金總(zǒng)額(é)', '年度資金總額'],
    ['預算數(A)', '預算數(A)'],
    ['資金(萬元)', '資金(萬元)'],
    ['滿意度(%)', '滿意度(%)'],
  ])('%s → %s', (from, to) => {
    expect(withoutPinyin(from)).toBe(to);
  });
});
