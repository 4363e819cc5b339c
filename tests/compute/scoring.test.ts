import { isLowerBetterName } from '../../src/core/rules/names';
import { achievement, Band, bandOf, gradeOf, percentIn, scoreTable, TableScore, WEIGHT_SPLITS, WeightSplit } from '../../src/core/compute/scoring';
import { readAmount } from '../../src/core/grid/numbers';
import { CellValue } from '../../src/core/grid/grid';
import { parseTarget, TargetValue } from '../../src/core/model/target-value';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { evalWith, everyVariant, Layout } from '../support/eval-cases';
import { CLEAN_EVAL, CLEAN_TOTAL, EvalIndicator, EvalOptions, evalCell, selfEvaluationTable } from '../support/self-evaluation';
import { SheetSpec, toGrid } from '../support/tables';

/*
 * Self-evaluation arithmetic (RULES.md, "Self-evaluation scoring"), on parsed values and on
 * builder tables. Expected numbers are worked out by hand in the comments.
 */

function score(table: SheetSpec, split: WeightSplit = '10/50/30/10'): TableScore {
  const tables = recognizeSheet(toGrid(table));
  expect(tables).toHaveLength(1);
  return scoreTable(tables[0], WEIGHT_SPLITS[split]);
}

const scored = (opts: EvalOptions, split?: WeightSplit) => score(selfEvaluationTable(opts), split);

/** A quantity as parsed, for values the parser cannot produce from text (negative actuals). */
const quantity = (value: number, unit: string | null = null): TargetValue => ({ kind: 'quantity', text: String(value), comparator: '=', value, unit, family: null });

describe('achievement()', () => {
  // [target, actual, share of the target reached]
  it.each([
    // ≥ / > / =: full marks from the target up, else actual ÷ target.
    ['≥100人次', '120人次', 1],
    ['≥100人次', '100人次', 1],
    ['≥100人次', '80人次', 0.8],
    ['不少于100人次', '25人次', 0.25],
    ['>100', '100', 1],
    ['>100', '101', 1],
    ['>100', '50', 0.5],
    ['大于100', '75', 0.75],
    ['=100', '100', 1],
    ['=100', '90', 0.9],
    ['100%', '97%', 0.97],
    ['达到100%', '98%', 0.98],
    ['≥2万份', '1.8万份', 0.9],
    // Over-achievement is full marks, never more.
    ['≥100人次', '150人次', 1],
    ['=100', '130', 1],
    ['100%', '105%', 1],
    // ≤ / <: full marks up to the target; beyond it 1 − (actual − target) ÷ target, 0 from twice the target.
    ['≤500元/人', '400元/人', 1],
    ['≤500元/人', '500元/人', 1],
    ['≤500元/人', '520元/人', 0.96],
    ['≤500元/人', '750元/人', 0.5],
    ['≤500元/人', '999元/人', 0.002],
    ['≤500元/人', '1000元/人', 0],
    ['≤500元/人', '1500元/人', 0],
    ['<500', '499', 1],
    ['<500', '520', 0.96],
    ['<500', '1000', 0],
    ['小于500', '600', 0.8],
    // Ranges: full marks inside; below, actual ÷ low bound; above, the ≤ formula against the high bound.
    ['90%-95%', '93%', 1],
    ['90%-95%', '90%', 1],
    ['90%-95%', '95%', 1],
    ['90%-95%', '45%', 0.5],
    ['100-200个', '50个', 0.5],
    ['100-200个', '300个', 0.5],
    ['100-200个', '400个', 0],
    ['100-200个', '500个', 0],
    // Zero actuals.
    ['≥100人次', '0人次', 0],
    ['≤500元/人', '0元/人', 1],
    ['=100', '0', 0],
    // Zero targets: any actual meets ≥ 0; only 0 meets ≤ 0.
    ['≥0', '0', 1],
    ['≥0', '5', 1],
    ['≤0', '0', 1],
    ['≤0', '5', 0],
    // Relative targets compare the change: 提高 25% is met by 30%, 20% reaches 0.8 of it.
    ['提高25%', '提高30%', 1],
    ['提高25%', '提高25%', 1],
    ['提高25%', '提高20%', 0.8],
    ['提高25%', '25%', 1],
    ['下降10%', '下降12%', 1],
    ['下降10%', '下降5%', 0.5],
    // Frequencies compare the count.
    ['每季度至少一次', '每季度1次', 1],
    ['每季度至少一次', '每季度0次', 0],
    ['每月2次', '每月1次', 0.5],
    ['每年至少2次', '3次', 1],
  ] as const)('target %s, actual %s → %s', (target, actual, expected) => {
    expect(achievement(parseTarget(target), parseTarget(actual))).toBeCloseTo(expected, 10);
  });

  // Negative actuals count as 0 (built directly: the parser reads `-5` as a magnitude).
  it.each([
    ['≥100', -5, 0],
    ['=100', -5, 0],
    ['>100', -50, 0],
    ['≤500', -5, 1],
    ['<500', -500, 1],
    ['90%-95%', -10, 0],
  ] as const)('target %s, actual %s (negative) → %s', (target, actual, expected) => {
    expect(achievement(parseTarget(target), quantity(actual))).toBe(expected);
  });

  it.each([
    ['达成年度指标', '达成年度指标'],
    ['2022年12月31日前', '2022年11月完成'],
    ['不适用', '不适用'],
    ['≥100人次', '不适用'],
    ['≥100人次', ''],
    ['≥100人次', '已完成'],
    ['每季度开展检查', '每季度1次'],
    ['提高', '提高20%'],
  ])('target %s, actual %s → null (not quantitative)', (target, actual) => {
    expect(achievement(parseTarget(target), parseTarget(actual))).toBeNull();
  });
});

describe('bandOf()', () => {
  it.each<[string, Band | null]>([
    ['达成年度指标', 'achieved'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['未达成年度指标且效果较差', 'missed'],
    ['已完成', 'achieved'],
    ['全部完成', 'achieved'],
    ['未完成', 'missed'],
    ['没有完成', 'missed'],
    ['部分完成', 'partial'],
    ['基本达成', 'partial'],
    [' 达成 年度 指标 ', 'achieved'],
    ['按计划推进', null],
    ['', null],
  ])('%s → %s', (text, band) => {
    expect(bandOf(text)).toBe(band);
  });
});

describe('percentIn()', () => {
  const field = (value: CellValue) => ({ cell: 'G6', reading: readAmount({ value }) });
  it.each<[CellValue, number | null]>([
    [0.95, 0.95],
    [0.9504, 0.9504],
    [1, 1],
    [1.2, 1.2],
    [95, 0.95],
    [95.04, 0.9504],
    [100, 1],
    ['95%', 0.95],
    ['95.00%', 0.95],
    ['95.04%', 0.9504],
    ['95 %', 0.95],
    ['９５％', 0.95],
    ['110%', 1.1],
    ['0.95', 0.95],
    ['九十五', null],
    ['完成', null],
    ['', null],
    [null, null],
  ])('%p → %p', (value, expected) => {
    const got = percentIn(field(value));
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });

  it('reads nothing from a missing cell', () => {
    expect(percentIn(undefined)).toBeNull();
  });
});

describe('scoreTable()', () => {
  const computedOf = (s: TableScore) => s.indicators.map((i) => i.computed);

  describe.each(everyVariant().map((v) => [v.name, v] as const))('the clean %s table', (_name, v) => {
    const s = score(v.table);
    it('totals 97.1 and grades 优', () => {
      expect(s.total).toBe(CLEAN_TOTAL);
      expect(s.total).toBe(97.1);
      expect(s.typedTotal).toBe(97.1);
      expect(s.grade).toBe('优');
    });
    it('scores the budget line 95% of 10 = 9.5', () => {
      expect(s.budget).toMatchObject({ rate: 0.95, typedRate: 0.95, weight: 10, computed: 9.5, typed: 9.5 });
    });
    it('scores each indicator as worked out in CLEAN_EVAL', () => {
      expect(computedOf(s)).toEqual([15, 9, 10, 5, 9.6, 15, 14, 10]);
      expect(s.indicators.map((i) => i.typed)).toEqual(CLEAN_EVAL.map((i) => i.score));
      expect(s.indicators.map((i) => i.weight)).toEqual(CLEAN_EVAL.map((i) => i.weight));
      expect(s.indicators.map((i) => i.effectiveWeight)).toEqual(CLEAN_EVAL.map((i) => i.weight));
      expect(s.indicators.map((i) => i.ratio)).toEqual([1, 0.9, 1, 1, 0.96, 1, null, 1]);
      expect(s.indicators[6]).toMatchObject({ band: 'achieved', allowed: [12, 15] });
      expect(s.indicators.map((i) => i.indicator.evaluation?.score?.cell)).toEqual(CLEAN_EVAL.map((_i, k) => evalCell(k, 'score', v.layout)));
    });
  });

  describe('execution rate', () => {
    const line = (budget: number, executed: number) => [{ label: '年度资金总额', initial: budget, budget, executed }];
    it.each([
      // [全年预算数, 全年执行数, rate, score of 10]
      [100, 95, 0.95, 9.5],
      [100, 100, 1, 10],
      [100, 110, 1.1, 10],
      [100, 250, 2.5, 10],
      [100, 85, 0.85, 8.5],
      [80, 76.4, 0.955, 9.55],
      [100, 0, 0, 0],
    ])('budget %s, executed %s: rate %s, score %s (capped at 100%%)', (budget, executed, rate, computed) => {
      const s = scored({ lines: line(budget, executed) });
      expect(s.budget!.rate).toBeCloseTo(rate, 10);
      expect(s.budget!.computed).toBe(computed);
      // The indicators are unchanged: the total moves with the budget line only.
      expect(s.total).toBe(Math.round((87.6 + computed) * 100) / 100);
    });

    it('no rate when 全年预算数 is 0: the typed budget score stands in for the total', () => {
      const s = scored({ lines: line(0, 0), rate: '—', budgetScore: 0 });
      expect(s.budget).toMatchObject({ rate: null, computed: null, typed: 0 });
      const indicators = s.indicators.filter((i) => !i.notApplicable).reduce((sum, i) => sum + (i.computed ?? i.typed ?? 0), 0);
      expect(s.total).toBeCloseTo(indicators, 2);
    });

    it('the Sichuan 调整后预算数 is the budget', () => {
      const s = scored({ layout: 'sichuan', lines: line(120, 96) });
      expect(s.budget).toMatchObject({ rate: 0.8, computed: 8 });
    });

    it('the typed 分值 weighs the line; blank, the split’s weight does', () => {
      expect(scored({ budgetWeight: 20 }).budget).toMatchObject({ weight: 20, computed: 19 });
      expect(scored({ budgetWeight: null }).budget).toMatchObject({ weight: 10, computed: 9.5 });
      expect(scored({ budgetWeight: null }, '20/40/40').budget).toMatchObject({ weight: 20, computed: 19 });
    });

    it('an indicator named 预算执行率 leaves a fund block with 分值 and 得分 columns weighed as before', () => {
      const indicators = CLEAN_EVAL.map((i, k) => (k === 3 ? { ...i, name: '预算执行率' } : i));
      expect(scored({ budgetWeight: null, indicators }).budget).toMatchObject({ weight: 10, computed: 9.5 });
    });
  });

  describe.each<Layout>(['central', 'sichuan'])('不适用 indicators (%s layout)', (layout) => {
    const na = { target: '不适用', actual: '不适用', score: 0, sichuan: { comparator: '', value: '不适用', unit: '', actual: '不适用' } };

    it('政策知晓率 (15) dropped: the other 75 rescale by 90 ÷ 75 = 1.2 to the same 90', () => {
      const s = scored({ layout, indicators: evalWith(5, na) });
      expect(s.indicators.map((i) => i.notApplicable)).toEqual([false, false, false, false, false, true, false, false]);
      expect(s.indicators.map((i) => i.weight)).toEqual([15, 10, 10, 5, 10, 15, 15, 10]);
      expect(s.indicators.map((i) => i.effectiveWeight)).toEqual([18, 12, 12, 6, 12, null, 18, 12]);
      const rescaled = s.indicators.reduce((sum, i) => sum + (i.effectiveWeight ?? 0), 0);
      expect(rescaled).toBeCloseTo(90, 10);
      // 18; 12 × 0.9; 12; 6; 12 × 0.96; —; 14 typed under 达成 [14.4, 18] → 14.4; 12.
      expect(computedOf(s)).toEqual([18, 10.8, 12, 6, 11.52, null, 14.4, 12]);
      expect(s.indicators[6].allowed).toEqual([14.4, 18]);
      // 9.5 + 84.72
      expect(s.total).toBe(94.22);
      expect(s.grade).toBe('优');
    });

    it('a 不适用 actual alone drops the indicator too', () => {
      const s = scored({ layout, indicators: evalWith(5, { actual: '不适用', score: 0, sichuan: { actual: '不适用' } }) });
      expect(s.indicators[5]).toMatchObject({ notApplicable: true, effectiveWeight: null, computed: null });
      expect(s.total).toBe(94.22);
    });

    it('an indicator named 不适用 drops out', () => {
      const s = scored({ layout, indicators: evalWith(3, { name: '不适用', ...na }) });
      // 5 of 90 dropped: factor 90 ÷ 85.
      expect(s.indicators[3]).toMatchObject({ notApplicable: true, effectiveWeight: null });
      expect(s.indicators[0].effectiveWeight).toBeCloseTo((15 * 90) / 85, 10);
      expect(s.indicators.reduce((sum, i) => sum + (i.effectiveWeight ?? 0), 0)).toBeCloseTo(90, 10);
    });

    it('不适用 with its 度量单位 (%) left filled in still drops out', () => {
      const s = scored({ layout, indicators: evalWith(5, { ...na, sichuan: { ...na.sichuan, unit: '%' } }) });
      expect(s.indicators[5]).toMatchObject({ notApplicable: true, effectiveWeight: null, computed: null });
      expect(s.indicators[0].effectiveWeight).toBe(18);
      expect(s.total).toBe(94.22);
    });

    it.each([
      ['spaced and full-width', '不 适 用'],
      ['in its compatibility form (U+F967, as some IMEs type 不)', '\uf967涉及'],
    ])('an indicator named 不适用 %s drops out too', (_how, name) => {
      const s = scored({ layout, indicators: evalWith(3, { name, ...na, target: '≥1', actual: '1', sichuan: { comparator: '≥', value: '1', unit: '', actual: '1' } }) });
      expect(s.indicators[3]).toMatchObject({ notApplicable: true, effectiveWeight: null });
      expect(s.indicators[0].effectiveWeight).toBeCloseTo((15 * 90) / 85, 10);
    });

    it('without 不适用 nothing is rescaled', () => {
      const s = scored({ layout });
      expect(s.indicators.every((i) => i.effectiveWeight === i.weight && !i.notApplicable)).toBe(true);
    });
  });

  describe('qualitative bands: the typed score kept within the band', () => {
    // 长效机制建设 weighs 15: 达成 [12, 15], 部分达成 [9, 12), 未达成 [0, 9); scores kept to the cent.
    const qualitative = (actual: string, typed: number | null, layout: Layout = 'central') =>
      scored({ layout, indicators: evalWith(6, { actual, score: typed, sichuan: { actual } }) }).indicators[6];

    it.each<[string, number | null, Band, [number, number], number]>([
      ['达成年度指标', 14, 'achieved', [12, 15], 14],
      ['达成年度指标', 12, 'achieved', [12, 15], 12],
      ['达成年度指标', 15, 'achieved', [12, 15], 15],
      ['达成年度指标', 11, 'achieved', [12, 15], 12],
      ['达成年度指标', 16, 'achieved', [12, 15], 15],
      ['达成年度指标', null, 'achieved', [12, 15], 15],
      ['部分达成年度指标并具有一定效果', 10, 'partial', [9, 11.99], 10],
      ['部分达成年度指标并具有一定效果', 9, 'partial', [9, 11.99], 9],
      ['部分达成年度指标并具有一定效果', 11.99, 'partial', [9, 11.99], 11.99],
      ['部分达成年度指标并具有一定效果', 12, 'partial', [9, 11.99], 11.99],
      ['部分达成年度指标并具有一定效果', 14, 'partial', [9, 11.99], 11.99],
      ['部分达成年度指标并具有一定效果', 5, 'partial', [9, 11.99], 9],
      ['未达成年度指标且效果较差', 3, 'missed', [0, 8.99], 3],
      ['未达成年度指标且效果较差', 0, 'missed', [0, 8.99], 0],
      ['未达成年度指标且效果较差', 9, 'missed', [0, 8.99], 8.99],
      ['未达成年度指标且效果较差', 15, 'missed', [0, 8.99], 8.99],
      ['已完成', 15, 'achieved', [12, 15], 15],
      ['未完成', 6, 'missed', [0, 8.99], 6],
    ])('%s typed %p: %s %p → %p', (actual, typed, band, allowed, computed) => {
      for (const layout of ['central', 'sichuan'] as const) {
        expect(qualitative(actual, typed, layout)).toMatchObject({ band, allowed, computed, ratio: null, typed });
      }
    });

    it('an unreadable qualitative result is not scored; its typed score stands in for the total', () => {
      const s = scored({ indicators: evalWith(6, { actual: '按计划推进', sichuan: { actual: '按计划推进' } }) });
      expect(s.indicators[6]).toMatchObject({ band: null, computed: null, allowed: null });
      const sum = (s.budget?.computed ?? 0) + s.indicators.filter((i) => !i.notApplicable).reduce((t, i) => t + (i.computed ?? i.typed ?? 0), 0);
      expect(s.total).toBeCloseTo(sum, 2);
      expect(s.indicators[6].typed).not.toBeNull();
    });
  });

  describe('grades at the boundaries', () => {
    /** Budget fully spent (10) + one ≥ 9000 indicator of 90: actual a scores a ÷ 100, the total 10 + a ÷ 100. */
    const oneIndicator = (a: number): EvalIndicator[] => [
      { l1: '产出', l2: '数量', name: '培训人次', target: '≥9000人次', actual: `${a}人次`, weight: 90, score: a / 100, sichuan: { comparator: '≥', value: '9000', unit: '人次', actual: String(a) } },
    ];
    const lines = [{ label: '年度资金总额', initial: 100, budget: 100, executed: 100 }];

    it.each([
      [9000, 100, '优'],
      [8000, 90, '优'],
      [7999, 89.99, '良'],
      [7000, 80, '良'],
      [6999, 79.99, '中'],
      [5000, 60, '中'],
      [4999, 59.99, '差'],
      [0, 10, '差'],
    ])('actual %s: total %s → %s', (a, total, grade) => {
      for (const layout of ['central', 'sichuan'] as const) {
        const s = scored({ layout, lines, indicators: oneIndicator(a) });
        expect(s.total).toBe(total);
        expect(s.grade).toBe(grade);
      }
    });

    it.each([
      [100, '优'],
      [90, '优'],
      [89.99, '良'],
      [89.5, '良'],
      [80, '良'],
      [79.99, '中'],
      [60, '中'],
      [59.99, '差'],
      [0, '差'],
    ])('gradeOf(%s) → %s in both splits', (total, grade) => {
      expect(gradeOf(total, WEIGHT_SPLITS['10/50/30/10'])).toBe(grade);
      expect(gradeOf(total, WEIGHT_SPLITS['20/40/40'])).toBe(grade);
    });
  });

  it('is computed once per table and settings', () => {
    const [table] = recognizeSheet(toGrid(selfEvaluationTable()));
    const a = scoreTable(table, WEIGHT_SPLITS['10/50/30/10']);
    expect(scoreTable(table, WEIGHT_SPLITS['10/50/30/10'])).toBe(a);
    expect(scoreTable(table, WEIGHT_SPLITS['20/40/40'])).not.toBe(a);
  });
});

describe('targets read as a reviewer does (issue 10)', () => {
  it('a zero target is met only by zero; ≥ 0 by anything', () => {
    expect(achievement(parseTarget('0起'), parseTarget('1起'))).toBe(0);
    expect(achievement(parseTarget('0起'), parseTarget('0起'))).toBe(1);
    expect(achievement(parseTarget('≤0起'), parseTarget('2起'))).toBe(0);
    expect(achievement(parseTarget('≥0个'), parseTarget('3个'))).toBe(1);
  });
  it('控制率 and 结余率 without a comparator are ceilings', () => {
    expect(isLowerBetterName('结转结余率')).toBe(true);
    expect(isLowerBetterName('公用经费控制率')).toBe(true);
    expect(isLowerBetterName('政府采购执行率')).toBe(false);
    expect(achievement(parseTarget('2%'), parseTarget('0%'), true)).toBe(1);
    expect(achievement(parseTarget('100%'), parseTarget('97%'), true)).toBe(1);
    expect(achievement(parseTarget('2%'), parseTarget('0%'))).toBe(0);
  });
  it('so are rates of harm (梁平’s 森林火灾受害率 | 0.9% met by 0%, af-cq-liangping-2023-forestry-dept-eval)', () => {
    expect(['森林火灾受害率', '主要林业有害生物成灾率', '传染病发病率', '产品不合格率'].map(isLowerBetterName)).toEqual([true, true, true, true]);
    expect(['森林覆盖率', '合格率', '疫苗接种率'].map(isLowerBetterName)).toEqual([false, false, false]);
    expect(achievement(parseTarget('0.9%'), parseTarget('0%'), isLowerBetterName('森林火灾受害率'))).toBe(1);
  });
});

describe('results read as a reviewer does (issue 10)', () => {
  it('a result that went the other way earns nothing; the right way counts by size', () => {
    expect(achievement(parseTarget('提高10%'), parseTarget('下降5%'))).toBe(0);
    expect(achievement(parseTarget('下降10%'), parseTarget('提高12%'))).toBe(0);
    expect(achievement(parseTarget('下降10%'), parseTarget('下降5%'))).toBe(0.5);
    expect(achievement(parseTarget('提高10%'), parseTarget('提高12%'))).toBe(1);
  });
  it.each(['未能完成', '未达到预期', '没能达成年度指标', '没有达到目标'])('%s is not 达成', (text) => {
    expect(bandOf(text)).toBe('missed');
  });
  it('未全部完成 is partly done', () => {
    expect(bandOf('未全部完成')).toBe('partial');
  });
  const withActuals = (a2: string, a5: string): TableScore =>
    scoreTable(recognizeSheet(toGrid(selfEvaluationTable({ indicators: evalWith(5, { actual: a5 }, evalWith(2, { actual: a2 })) })))[0], WEIGHT_SPLITS['10/50/30/10']);
  it('fractions under percentage targets: read as percent when the column has several', () => {
    const s = withActuals('0.97', '0.85');
    expect(s.indicators[2]).toMatchObject({ computed: 10 });
    expect(s.indicators[2].fractionAsked).toBeUndefined();
    expect(s.indicators[5]).toMatchObject({ computed: 15 });
  });
  it('a lone fraction is asked about, never scored as 0.97%', () => {
    const s = withActuals('0.97', '85%');
    expect(s.indicators[2]).toMatchObject({ computed: null, fractionAsked: true });
  });
});
