import { advanceYears, dateAt, filingDate, yearsIn } from '../../src/core/model/years';

describe('moving a table’s years on', () => {
  it.each([
    ['（2022 年度）', '（2023 年度）'],
    ['2022年福田区招商引资', '2023年福田区招商引资'],
    // The year closed in brackets before 年 (f-sn-chencang-2020).
    ['（2022）年度', '（2023）年度'],
    ['(2022)年度', '(2023)年度'],
    // Its digits spaced (岳阳楼区's (20 17 年度), ag-hn-yueyanglou-2017-floating-population-targets).
    ['(20 22 年度)', '(2023 年度)'],
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

describe('a filing-date line', () => {
  it.each([
    ['填报日期：2022年12月18日', '填报日期：', { year: 2022, month: 12 }],
    ['填报日期:2021年1月28日', '填报日期:', { year: 2021, month: 1 }],
    ['填表日期 2023.9.30', '填表日期 ', { year: 2023, month: 9 }],
    ['申报时间：２０２３－０３－０１', '申报时间：', { year: 2023, month: 3 }],
    ['填报日期', '填报日期', undefined],
    // An unfilled form's blanks: the label runs up to them, and no date.
    ['填报日期：    年  月  日', '填报日期：    ', undefined],
  ])('%s: label %j, date %j', (text, label, date) => {
    expect(filingDate(text)).toEqual({ label, date });
  });

  it.each(['报告日期：2019年06月18日', '2022年12月18日', '填报单位：广水市教育局'])('%s is none', (text) => {
    expect(filingDate(text)).toBeNull();
  });

  it.each([
    ['2022年12月18日', { year: 2022, month: 12 }],
    ['2023-3-1', { year: 2023, month: 3 }],
    ['2023年13月', undefined],
    ['20231201', undefined],
  ])('date %s → %j', (text, date) => {
    expect(dateAt(text)).toEqual(date);
  });
});
