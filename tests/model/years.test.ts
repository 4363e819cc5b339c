import { advanceYears, yearsIn } from '../../src/core/model/years';

describe('moving a table’s years on', () => {
  it.each([
    ['（2022 年度）', '（2023 年度）'],
    ['2022年福田区招商引资', '2023年福田区招商引资'],
    // The year closed in brackets before 年 (f-sn-chencang-2020).
    ['（2022）年度', '（2023）年度'],
    ['(2022)年度', '(2023)年度'],
  ])('%s → %s', (text, moved) => {
    expect(advanceYears(text, 2022, 2023)).toMatchObject({ text: moved, changed: true });
  });

  it('leaves document numbers and older years alone, and lists the older ones', () => {
    expect(advanceYears('财预〔2022〕101号', 2022, 2023)).toEqual({ text: '财预〔2022〕101号', changed: false, older: [] });
    expect(advanceYears('《2019年报告》', 2022, 2023)).toEqual({ text: '《2019年报告》', changed: false, older: [2019] });
  });

  it('moves nothing when the year asked for is the text’s own, older years still listed', () => {
    expect(advanceYears('（2023 年度）', 2023, 2023)).toEqual({ text: '（2023 年度）', changed: false, older: [] });
    expect(advanceYears('2023年12月31日前完成2019年遗留项目', 2023, 2023)).toEqual({ text: '2023年12月31日前完成2019年遗留项目', changed: false, older: [2019] });
  });

  it('reads only plain year mentions as years of the text', () => {
    expect(yearsIn('2019年报告，福府规[2017]2号')).toEqual([2019]);
  });
});
