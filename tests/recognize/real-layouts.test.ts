/**
 * The layout classes that real published tables showed (tests/corpus/): each as a small grid,
 * with the table it must read and the findings it must (not) give.
 */
import path from 'path';
import { Grid } from '../../src/core/grid/grid';
import { bareLabel } from '../../src/core/lexicon/normalize';
import { labelKey } from '../../src/core/grid/text';
import { BLOCK_END_WORDS, classifyLabel } from '../../src/core/recognize/labels';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { proseHeaderAt, withoutBracketedTargets } from '../../src/core/recognize/indicator-block';
import { LabelMap } from '../../src/core/recognize/label-map';
import { reportSheet } from '../../src/core/report/report';
import { scoringFor, validateGrid } from '../../src/core/validate';
import { scoreTable } from '../../src/core/compute/scoring';
import { allAmounts } from '../../src/core/model/amounts';
import { CORPUS_DIR, loadEntry, sheetToGrid } from '../support/corpus';
import { blankColumn, columnsInTwo, convertedSheet, rowsInTwo, toTraditional } from '../support/corpus-variants';
import { selfEvaluationTable } from '../support/self-evaluation';
import { toGrid } from '../support/tables';

const at = (grid: Grid) => validateGrid(grid).flatMap((r) => r.findings.map((f) => `${f.code}@${f.cell}`));

describe('labels are read without what people add around them', () => {
  it.each([
    ['全年预算数(A)', 'budget-full', undefined],
    ['全年执行数（B）', 'executed', undefined],
    ['执行率(B/A)', 'rate', undefined],
    ['年度预算数（万元）', 'budget', '万元'],
    ['一、项目资金（万元）', 'fund-block', '万元'],
    ['*指标值', 'target', undefined],
    ['① 年度 指标值', 'target', undefined],
    ['（一）年度总体目标', 'goal', undefined],
    ['1.三级指标', 'level3', undefined],
    ['指标值及单位', 'target', undefined],
    ['其中：本年财政拨款', 'amount-part', undefined],
    ['参考分值', 'weight', undefined],
    ['未完成原因分析及改进措施', 'reason', undefined],
    // 大英's 2019 title (at-sc-daying-2019-police-car-upkeep-eval): how the targets were met, a self-evaluation.
    ['项目绩效目标完成情况表 (2019 年度)', 'project-eval-title', undefined],
    ['评价得分', 'score', undefined],
    ['实际完成目标', 'goal-actual', undefined],
    // A level of government joined to a kind of money (临河's, ba-nm-linhe-2022-employment-subsidy-eval).
    ['自治区财政资金', 'amount-part', undefined],
    ['盟市财政资金', 'amount-part', undefined],
    ['其中:旗县财政资金', 'amount-part', undefined],
    ['省级补助', 'amount-part', undefined],
    // 湖南's splits of the year's money, their amount typed in (dd-hn-hengshan-guantang-2023-dept-eval).
    ['按支出性质分:1925.67', 'fund-split', undefined],
  ])('%s → %s', (text, kind, unit) => {
    const label = classifyLabel(text);
    expect(label?.kinds).toContain(kind);
    expect(label?.unit).toBe(unit);
  });

  it.each([
    ['产出指标(50分)', '产出指标', 50],
    ['成本指标(0-20)分', '成本指标', 20],
    // Its opening bracket lost (t-hn-lingling-2021-forestry-dept-eval).
    ['效益指标 30分)', '效益指标', 30],
    ['数量指标 (必填硬性指标)', '数量指标', undefined],
    ['一、产出指标', '产出指标', undefined],
    ['(2)经济效益指标', '经济效益指标', undefined],
  ])('category %s is %s', (text, key, points) => {
    expect(bareLabel(labelKey(text))).toEqual(points === undefined ? { key } : { key, points });
  });

  // 苏州's 自评表 (bc-js-suzhou-2017-green-space-eval): the year in the cell right of its label, in the name's row.
  it('a year given as 项目年份 | 2017 beside the project name', () => {
    const grid = Grid.fromValues('表', [['项目支出绩效目标表'], ['项目名称', '绿地养护', '项目年份', '2017'], ...INDICATORS]);
    expect(recognizeSheet(grid)[0]).toMatchObject({ fiscalYear: 2017, kind: 'project-targets' });
  });

  // 吕梁's table of indicators alone (ba-sx-lvliang-2021-caregiver-training-eval): the year its 时效 target spans.
  it('a year from a 时效 target of one calendar year, nothing else naming it', () => {
    const grid = Grid.fromValues('表', [
      ['一级指标', '二级指标', '指标名称', '目标值', '完成值'],
      ['产出指标', '产出数量', '培训人数', '12500名', '12166名'],
      [null, '产出时效', '培训任务完成及时', '2021.1.1-12.31', '2021.1.1-12.31'],
      ['效益指标', '社会效益', '参训学员就业率', '60%及以上', '53.53%'],
    ]);
    expect(recognizeSheet(grid)[0]).toMatchObject({ fiscalYear: 2021 });
  });

  it('a year given as 预算年度：2023', () => {
    const grid = Grid.fromValues('表', [['项目支出绩效目标表'], ['预算年度：2023', null, '单位：万元'], ['项目名称', '培训'], ...INDICATORS]);
    expect(recognizeSheet(grid)[0]).toMatchObject({ fiscalYear: 2023, unit: '万元', kind: 'project-targets' });
  });

  it.each([
    ['1.三级指标', ['level3']],
    ['2、年度总体目标', ['goal']],
    ['3 、 年度总体目标', ['goal']],
    ['12年度总体目标', ['goal']],
    ['1）年度总体目标', ['goal']],
    ['１．年度总体目标', ['goal']],
    ['2023', null],
    ['2023年度', ['year-line']],
    ['2023 年', ['year-line']],
    ['2023)年度', ['year-line']],
    ['2023年度项目支出绩效目标表', ['project-title']],
    ['100%', null],
    ['95.5%', null],
    ['1.5年度总体目标', null],
    ['1,000年度总体目标', null],
    ['123年度总体目标', null],
    ['2023年12月', null],
    ['12', null],
  ])('text starting with digits: %s is %p', (text, kinds) => {
    expect(classifyLabel(text)?.kinds ?? null).toEqual(kinds);
  });

  it('titles with a bracket or 评价…报告 name their family and year', () => {
    expect(classifyLabel('部门预算项目支出绩效自评表(2023年度)')).toEqual({ kinds: ['project-eval-title'], year: 2023 });
    expect(classifyLabel('岳阳县2021年度部门整体支出绩效评价自评报告')).toEqual({ kinds: ['department-eval-title'], year: 2021 });
    expect(classifyLabel('岳阳楼区价格认证鉴定中心2023年度整体绩效目标表')).toEqual({ kinds: ['department-title'], year: 2023 });
    expect(classifyLabel('（2020）年度')).toEqual({ kinds: ['year-line'], year: 2020 });
    // A 样表's title with next year's written after it (k-hn-yueyang-shenji-2018-score's template).
    expect(classifyLabel('部门整体支出绩效评价评分表(参考样表)（2024年度）')).toEqual({ kinds: ['department-eval-title'], year: 2024 });
    // As a site publishes it (湘西's, ak-hn-xiangxi-2023-special-school-meals-targets); 公开 after no 表 is no title.
    expect(classifyLabel('2023年项目支出绩效目标表公开')).toEqual({ kinds: ['project-title'], year: 2023 });
    expect(classifyLabel('绩效目标公开')).toBeNull();
  });
});

/** A project table with a 项目资金 block: amounts in C, no 单位 line unless given. */
function project(rows: (string | number | null | { value: number; format: string })[][], merges: string[] = []): Grid {
  return Grid.fromValues('表', rows, merges);
}

/** The region form's goal block (安居's, gg-sc-anju-2021-food-supervision-region-eval): 年度目标完成情况 over 预期目标 | 目标实际完成情况. */
function regionGoals(goal: string, account: string, accountHeading = '目标实际完成情况'): Grid {
  return project(
    [
      ['食品监管补助资金区域绩效目标自评表'],
      ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, null, 20],
      ['年度目标完成情况', '预期目标', null, null, accountHeading, null, 20],
      [null, goal, null, null, account, null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
      ['产出指标', '数量指标', '抽检批次', '≥100批次', '120批次', 45, 45],
      ['效益指标', '社会效益指标', '群众投诉处理率', '100%', '100%', 45, 45],
    ],
    ['A3:A4', 'B3:D3', 'E3:F3', 'B4:D4', 'E4:F4'],
  );
}

const INDICATORS = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训场次', '≥8场'],
  ['效益指标', '社会效益指标', '政策知晓率', '≥80%'],
];

describe('the money unit, wherever the table states it', () => {
  const table = (top: (string | number | null | { value: number; format: string })[][]) => recognizeSheet(project([...top, ...INDICATORS]))[0];
  const fund = (amount: string | number | { value: number; format: string }) => [['项目名称', '培训'], ['年度资金总额', amount], ['其中：财政拨款', amount]];

  it('in a longer line: 填报单位：（盖章） 单位：万元', () => {
    expect(table([['项目支出绩效目标表'], ['填报单位：（盖章）  单位：万元'], ...fund(10)]).unit).toBe('万元');
  });
  it('in a number format', () => {
    expect(table([['项目支出绩效目标表'], ...fund({ value: 10, format: '0.00"万元"' })]).unit).toBe('万元');
  });
  it('typed after the amounts', () => {
    expect(table([['项目支出绩效目标表'], ...fund('10000万元')]).unit).toBe('万元');
  });
  it('typed after amounts in full-width digits, as a Chinese input method types them', () => {
    expect(table([['项目支出绩效目标表'], ...fund('１００００万元')]).unit).toBe('万元');
  });
  // 澧县's 预算项目绩效目标申报表 (bd-hn-lixian-2021-eco-assessment-targets): no fund block, its money in a cover line.
  it('an amount after its label and a colon in a cover line: 金额:100 万元', () => {
    expect(table([['预算项目绩效目标申报表'], ['填报单位(公章):澧县分局', null, '金额:100 万元'], ['项目名称', '考核工作经费']]).unit).toBe('万元');
  });
  it('behind any label above the indicators: 投入目标（万元）', () => {
    expect(table([['项目支出绩效目标表'], ['投入目标（万元）'], ...fund(3)]).unit).toBe('万元');
  });
});

describe('header and table variants', () => {
  it('a two-row header: 实际 over 完成值 reads as 实际完成值', () => {
    const grid = project(
      [
        ['项目支出绩效自评表（2022年度）'],
        ['项目名称', '培训'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际', '分值', '得分'],
        [null, null, null, null, '完成值'],
        ['产出指标', '数量指标', '培训场次', '≥8场', '8场', 50, 50],
        ['效益指标', '社会效益指标', '政策知晓率', '≥80%', '90%', 40, 40],
      ],
      ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'F3:F4', 'G3:G4'],
    );
    const [t] = recognizeSheet(grid);
    expect(t.kind).toBe('project-self-evaluation');
    expect(t.indicators!.indicators.map((i) => i.evaluation?.actual.text)).toEqual(['8场', '90%']);
  });

  it('long-term and annual sets side by side: the annual one is read', () => {
    const grid = project([
      ['项目支出绩效目标表'],
      ['2020年度'],
      ['项目名称', '教育'],
      ['一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'],
      ['产出指标', '数量指标', null, null, '数量指标', '工程数量', '2项'],
      ['效益指标', '社会效益指标', null, null, '社会效益指标', '满意度', '≥90%'],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => i.target.cell)).toEqual(['G5', 'G6']);
    expect(at(grid)).toEqual([]);
  });

  describe('two sets side by side, unmarked (the central form’s 中期 | 年度, b-bozhou-2023-rain)', () => {
    const sets = (annualTarget: string | null, secondName = '飞机增雨作业航时') =>
      project([
        ['项目支出绩效目标表'],
        ['(2023年度)'],
        ['项目名称', '人工增雨飞机作业'],
        ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '飞机增雨作业航时', '≥30小时', '数量指标', secondName, annualTarget],
        [null, '质量指标', '作业安全事故数', '0起', '质量指标', '作业安全事故数', '0起'],
      ], ['A5:A6']);

    it('both sets’ targets are checked; the first is the table’s own (counts, repeats)', () => {
      const grid = sets('暂定量按15次作业且总航时不少于30小时测算');
      const [t] = recognizeSheet(grid);
      expect(t.indicators!.indicators.map((i) => i.target.cell)).toEqual(['D5', 'D6']);
      expect(t.otherIndicators!.map((b) => b.indicators.map((i) => [i.level1.text, i.level2.text, i.name.cell, i.target.cell]))).toEqual([
        [
          ['产出指标', '数量指标', 'F5', 'G5'],
          ['产出指标', '质量指标', 'F6', 'G6'],
        ],
      ]);
      // The same names in both sets are the layout, not repeated indicators.
      expect(at(grid)).toEqual(['missing-level1@A4', 'compound-target@G5']);
      expect(at(sets(null))).toEqual(['missing-level1@A4', 'missing-target@G5']);
      expect(at(sets('≥30小时'))).toEqual(['missing-level1@A4']);
    });

    it('a set left wholly unfilled is no set; a self-evaluation’s columns are never split so', () => {
      const empty = project([
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训场次', '≥8场', '数量指标', null, null],
      ]);
      expect(recognizeSheet(empty)[0].otherIndicators).toBeUndefined();
      const evaluation = project([
        ['项目支出绩效自评表'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训场次', '≥8场', '8场', '数量指标', '培训场次', '≥8场'],
      ]);
      expect(recognizeSheet(evaluation)[0].otherIndicators).toBeUndefined();
    });

    it('a set is its own columns: one without a 三级 column borrows none from the set after it', () => {
      const grid = project([
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '指标值', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训场次', '≥8场', '数量指标', '≥8场', '数量指标', '培训人次', '≥400人次'],
      ]);
      expect(recognizeSheet(grid)[0].otherIndicators!.map((b) => b.header)).toEqual([{ level1: 'A2', level2: 'G2', name: 'H2', target: 'I2' }]);
    });
  });

  describe('blank rows inside a block whose merged areas are gone (a CSV’s round trip; c-hubei-ezhou-2021)', () => {
    const block = (after: (string | null)[][], gap = 2) =>
      project([
        ['项目支出绩效目标表'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训场次', '≥8场'],
        [null, '时效指标', null, null],
        ...Array.from({ length: gap }, () => [null, null, null, null]),
        ...after,
      ]);
    const names = (grid: Grid) => recognizeSheet(grid)[0].indicators!.indicators.map((i) => i.name.cell);

    it.each([
      ['a 二级 after them', [[null, '成本指标', '培训成本', '≤5万元']], 2, ['C3', 'C7']],
      ['a 一级 with its points after them, no 二级 yet', [['效益指标(30分)', null, '政策知晓率', '≥80%']], 3, ['C3', 'C8']],
    ])('the block goes on past them: %s', (_what, after, gap, cells) => {
      expect(names(block(after, gap))).toEqual(cells);
    });

    it.each([
      ['a note', [['注：指标值须可量化', null, null, null]], 2],
      ['a next table’s header', [['一级指标', '二级指标', '三级指标', '指标值']], 2],
      ['a category too far below', [[null, '成本指标', '培训成本', '≤5万元']], 4],
      ['a row that names no category', [[null, '培训成本', '≤5万元', null]], 2],
      ['a row that names none, a category after it', [[null, '培训成本', '≤5万元', null], [null, '成本指标', '培训成本', '≤5万元']], 2],
      ['header words alone', [[null, '二级指标', '三级指标', null]], 2],
    ])('the block ends at them: %s', (_what, after, gap) => {
      expect(names(block(after, gap))).toEqual(['C3']);
    });

    it('a list without categories ends at two blank rows whatever its names', () => {
      const grid = project([
        ['部门整体绩效自评表'],
        ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '全年完成值'],
        [null, '政府采购执行率', '%', '定量指标', '100%', '72.74%'],
        [null, null, null, null, null, null],
        [null, null, null, null, null, null],
        [null, '结转结余控制指标', '%', '定量指标', '2%', '0%'],
      ]);
      expect(names(grid)).toEqual(['B3']);
    });
  });

  it('indicators without 一级/二级 columns (Chongqing): read, and no category finding', () => {
    const grid = project([
      ['部门整体绩效自评表'],
      ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '全年完成值', '指标权重(分)', '指标得分'],
      [null, '政府采购执行率', '%', '定量指标', '100%', '72.74%', 2, 2],
      [null, '结转结余率', '%', '定量指标', '2%', '0%', 2, 2],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.kind).toBe('department-self-evaluation');
    expect(t.indicators!.categorised).toBe(false);
    const found = at(grid);
    // 72.74 of 100: 2 × 0.7274; 结转结余率 is a ceiling, 0% under 2% is full marks.
    expect(found).toContain('score-mismatch@H3');
    expect(found.filter((f) => /category|level1/.test(f))).toEqual([]);
    expect(found).not.toContain('score-mismatch@H4');
  });

  it('empty slots and template filler rows of a filled table are no indicators', () => {
    const grid = project([
      ['项目支出绩效目标表'],
      ['项目名称', '培训'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '指标1：培训场次', '≥8场'],
      [null, null, '指标2：', null],
      [null, null, '……', null],
      ['效益指标', '经济效益指标', null, null],
      [null, '社会效益指标', '政策知晓率', '≥80%'],
    ]);
    expect(recognizeSheet(grid)[0].indicators!.indicators.map((i) => i.target.cell)).toEqual(['D4', 'D8']);
    expect(at(grid)).toEqual([]);
  });

  it('a 合计 row and the signature lines end a Sichuan indicator block', () => {
    const grid = project([
      ['项目支出绩效自评表'],
      ['项目名称', '工资'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
      ['产出指标', '数量指标', '发放覆盖率', '=', 100, '%', '100%', 60, 60],
      ['效益指标', '社会效益指标', '足额保障率', '=', 100, '%', '100%', 30, 30],
      ['合计', null, null, null, null, null, null, 100, null],
      ['评价结论', '结合自评情况，说明项目自评总分。(200字以内)'],
      ['项目负责人：', null, null, null, '财务负责人：'],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators).toHaveLength(2);
    expect(t.totalScore?.label.text).toBe('合计');
    expect(at(grid)).toContain('missing-total-score@I6');
  });
});

describe('a flat export’s 计量单位 column, its digits ASCII or full-width (b-wuhai-2021-recycling)', () => {
  const exported = (target: string, unit: string) =>
    project([
      ['项目支出绩效目标表'],
      ['项目名称', '回收'],
      ['一级指标', '二级指标', '三级指标', '指标方向', '指标值', '计量单位'],
      ['产出指标', '时效指标', '项目财政资金到位时间', '=', target, unit],
      ['产出指标', '质量指标', '工作任务完成率', '=', '１００', '%'],
    ]);
  it.each([
    ['44,561', '44,561'],
    ['４４，５６１', '４４，５６１'],
  ])('a date serial in it (%s | %s) is no unit: the target cannot be read', (target, unit) => {
    const grid = exported(target, unit);
    expect(at(grid).filter((f) => f.startsWith('unit-mismatch'))).toEqual(['unit-mismatch@E4']);
    // The serial is read alone, never with the column glued on; a full-width number takes the
    // column's unit as an ASCII one does.
    const [date, rate] = recognizeSheet(grid)[0].indicators!.indicators;
    expect(date.target.value).toMatchObject({ kind: 'quantity', value: 44561, unit: null });
    expect(rate.target.value).toMatchObject({ kind: 'quantity', value: 100, unit: '%' });
  });
});

describe('Yunnan’s self-evaluation (公开14表): results, weights and scores headed in the row above (j-yn-*)', () => {
  const yunnan = (merged: boolean, score = 7) =>
    project(
      [
        ['2022年度项目支出绩效自评表'],
        ['项目名称', null, '义务教育营养改善计划专项资金'],
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', null, null, null, null],
        ['产出指标', '时效指标', '资金到位及时率', '≧', '100', '%', '100%', '50', String(score), null],
        ['效益指标', '社会效益指标', '政策知晓率', '=', '100', '%', '100%', '30', '30', null],
        ['满意度指标', '服务对象满意度指标等', '学生满意度', '≧', '95', '%', '100%', '20', '20', null],
        ['其他需要说明事项', null, '无'],
        ['总分', null, null, null, null, null, null, '100', String(50 + score), '优'],
      ],
      merged ? ['A3:C3', 'D3:F3', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:J4', 'A8:B8', 'C8:J8', 'A9:G9'] : [],
    );

  it.each([
    ['merged over both rows', true],
    ['its merges gone (a CSV’s round trip)', false],
  ])('%s: the results are read and scored; 其他需要说明事项 ends the indicators', (_what, merged) => {
    const [t] = recognizeSheet(yunnan(merged as boolean));
    expect(t.indicators!.indicators.map((i) => [i.evaluation?.actual.cell, i.evaluation?.weight?.cell, i.evaluation?.score?.cell])).toEqual([
      ['G5', 'H5', 'I5'],
      ['G6', 'H6', 'I6'],
      ['G7', 'H7', 'I7'],
    ]);
    expect(at(yunnan(merged as boolean))).toEqual(['score-mismatch@I5', 'missing-deviation-reason@J5']);
    expect(at(yunnan(merged as boolean, 50))).toEqual([]);
  });

  it('a goal and its completion that only repeat the fund’s name are no goal and no account (j-yn-lijiang-2020-satellite)', () => {
    const grid = (actual: string) =>
      project([
        ['2020年度项目支出绩效自评表'],
        ['项目名称', null, '2020年省级自然资源卫片执法补助经费'],
        ['年度总体目标', null, '预期目标', null, null, null, '实际完成情况'],
        [null, null, '自然资源卫片执法补助经费', null, null, null, actual],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '质量指标', '项目验收合格率', '100%', '100%', 50, 50],
        ['效益指标', '社会效益指标', '违法行为责停率', '≥95%', '95%', 50, 50],
      ]);
    expect(at(grid('自然资源卫片执法补助经费'))).toEqual(['missing-goal@C4', 'missing-goal@G4']);
    expect(at(grid('完成卫片执法图斑核查，责停率95%。'))).toEqual(['missing-goal@C4']);
  });

  it('a row above that heads no results lends its labels to no blank header cell', () => {
    const grid = project([
      ['项目支出绩效自评表'],
      [null, null, null, null, null, null, '得分'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', null],
      ['产出指标', '数量指标', '培训场次', '≥8场', '8场', 60, null],
      ['效益指标', '社会效益指标', '政策知晓率', '≥80%', '85%', 40, null],
    ]);
    expect(recognizeSheet(grid)[0].indicators!.indicators.map((i) => i.evaluation?.score)).toEqual([undefined, undefined]);
  });
});

describe('a form marking required headers with a trailing star (Hainan’s 一级指标* … 绩效指标值*; i-hainan-provincial-2022-expo)', () => {
  it('reads the header, its comparator and unit columns', () => {
    const grid = project([
      ['项目绩效目标表'],
      ['一级指标*', '二级指标*', '三级指标*', '绩效指标性质*', '绩效指标值*', '绩效度量单位', '权重*', '指标方向性*'],
      ['产出指标', '数量指标', '全年实现会展业综合收入', '≥', '280', '亿元', '30%', '正向指标'],
      ['效益指标', '经济效益指标', '带动消费', '≥', '50', '亿元', '30%', '正向指标'],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => i.target.value)).toMatchObject([
      { kind: 'quantity', comparator: '>=', value: 280, unit: '亿元' },
      { kind: 'quantity', comparator: '>=', value: 50, unit: '亿元' },
    ]);
  });
});

describe('county and city forms of stop 34’s corpus (l-shandong-linyi-2025-school, l-shanxi-yangquan-2021-roads)', () => {
  it('临邑: 一级 | 二级 | 三级 | 年度数值, categories ending in 值 (产出值, 数量值)', () => {
    const grid = project([
      ['项目支出目标申报表'],
      ['(2025年度)'],
      ['项目名称', '小学教育公用经费'],
      ['一级', '二级', '三级', '年度数值', '备注'],
      ['产出值', '数量值', '小学就读人数', '<=6962人', null],
      [null, '时效值', '教育均衡化发展', '有效', null],
      ['效益值', '社会效益值', '教学质量提高', '=100%', null],
    ], ['A5:A6']);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => i.target.cell)).toEqual(['D5', 'D6', 'D7']);
    expect(at(grid)).toEqual(['vague-target@D6']);
  });

  it('阳泉: 年度预算资金总额 under 项目预算资金(万元), and a 年度目标 heading a column beside 中期目标 has its goal under it', () => {
    /** 阳泉's head and goals, the 总体目标 label given or not, and what follows them. */
    const yangquan = (goalLabel: string | null, after: (string | null)[][]) =>
      project([
        ['项目支出绩效目标表'],
        ['2021年'],
        ['项目名称', '农村公路工作经费'],
        ['项目预算资金(万元)', '中期预算资金总额', null, null, '年度预算资金总额', 25],
        [null, '中期目标', null, null, '年度目标', null],
        [goalLabel, '完成农村公路建设三年计划。', null, null, null, null],
        ...after,
      ], ['B5:D5', 'E5:F5', 'B6:D6', 'E6:F6']);
    const grid = yangquan('总体目标', INDICATORS);
    const [t] = recognizeSheet(grid);
    expect(t).toMatchObject({ kind: 'project-targets', fiscalYear: 2021, unit: '万元' });
    expect(t.funds!.total.amount.cell).toBe('F4');
    expect(at(grid)).toEqual(['missing-goal@E6']);
    // Cut after the goals (the page's end): the table still reaches the goal's place, where next
    // year's template writes it.
    const cut = yangquan(null, []);
    expect(recognizeSheet(cut)[0]).toMatchObject({ range: 'A1:F6', goal: { cell: 'E6', text: '' } });
  });
});

describe('funds in label | amount pairs (Gansu’s 项目总投资 | 20万元 | 中央补助安排 | 0; l-gansu-jiayuguan-2023-museum)', () => {
  const gansu = (other: string) =>
    project([
      ['省级部门预算项目支出绩效目标表(2023年度)'],
      ['项目名称', '博物馆免费开放补助资金', null, null],
      ['项目总投资', '20万元', '中央补助安排', 0],
      ['省级财政安排', 0, '其他资金', other],
      ['预算申报数', '20万元', '资金性质', '一般公共预算'],
      ...INDICATORS,
    ]);
  it('reads each part’s amount beside its label, over the rows that hold parts; the unit from the amounts', () => {
    const [t] = recognizeSheet(gansu('20万元'));
    expect(t.unit).toBe('万元');
    expect([t.funds!.total.amount.cell, ...t.funds!.parts.map((p) => p.amount.cell)]).toEqual(['B3', 'D3', 'B4', 'D4']);
    expect(at(gansu('20万元'))).toEqual([]);
    expect(at(gansu('15万元'))).toEqual(['total-mismatch@B3']);
  });
});

describe('tasks against the fund block when no 合计 row adds them (Fujian)', () => {
  const fujian = (basic: number, name = '基本支出') =>
    project([
      ['部门整体支出绩效目标表'],
      ['（2019年度）'],
      ['年度预算安排（万元）', '资金总额', 171.41],
      [null, '项目支出', 60.8],
      [null, '基本支出', 110.61],
      ['年度总体目标', '保障运转，完成年鉴。'],
      ['年度履职目标', '部门职能', '年度目标任务', '支出项目名称', '预算金额（万元）'],
      [null, '编纂', '完成年鉴', '年鉴出版经费', 60.8],
      [null, '保障', '按时发放工资', name, basic],
      ...INDICATORS,
    ], ['A3:A5', 'A7:A9']);
  it('a task line named like a fund line carries that line’s amount', () => {
    expect(at(fujian(110.61))).toEqual([]);
    expect(at(fujian(171.41))).toEqual(['total-mismatch@E9']);
  });
  it('otherwise the tasks add up to the 资金总额', () => {
    expect(at(fujian(110.61, '人员经费'))).toEqual([]);
    expect(at(fujian(171.41, '人员经费'))).toEqual(['total-mismatch@C3']);
  });
});

describe('the central form’s 中期资金总额 beside the 年度资金总额 (b-bozhou-2023-rain)', () => {
  const central = (midTotal: number | string, midFiscal: number | string) =>
    project([
      ['项目支出绩效目标表'],
      ['（2023年度）'],
      ['项目名称', '人工增雨飞机作业项目'],
      ['项目资金（万元）', '中期资金总额：', null, midTotal, '年度资金总额：', null, 189.8],
      [null, '其中：财政拨款', null, midFiscal, '其中：财政拨款', null, 189.8],
      [null, '其他资金', null, null, '其他资金', null, null],
      ['年度目标', '增雨作业覆盖全市。'],
      ...INDICATORS,
    ], ['A4:A6']);
  it('both blocks are read: the year’s as the funds, the whole period’s beside it', () => {
    const [table] = recognizeSheet(central(449.8, 449.8));
    expect(table.funds?.total.amount.cell).toBe('G4');
    expect(table.midTermFunds?.total.amount.cell).toBe('D4');
    expect(table.midTermFunds?.parts.map((p) => p.amount.cell)).toEqual(['D5', 'D6']);
    expect(at(central(449.8, 449.8))).toEqual([]);
  });
  it('the whole period’s block is checked like the year’s: its sum, its units', () => {
    expect(at(central(449.8, 440))).toEqual(['total-mismatch@D4']);
    expect(at(central('449.8万', '449.8万'))).toEqual(['unit-mismatch@D4', 'unit-mismatch@D5']);
  });
});

describe('a 合计 row right under the task header (issue 10)', () => {
  const grid = (total: number) =>
    project([
      ['部门（单位）整体支出绩效目标表'],
      ['单位：万元'],
      ['任务名称', '主要内容', '预算金额', null, null],
      [null, null, '总额', '财政拨款', '其他资金'],
      ['合计', null, total, total, 0],
      ['培训', '组织培训', 30, 30, 0],
      ['调研', '课题调研', 20, 20, 0],
      ['年度总体目标', '完成培训与调研。'],
      ...INDICATORS,
    ], ['C3:E3']);
  it('heads the tasks below it and is checked against them', () => {
    expect(recognizeSheet(grid(50))[0].tasks!.tasks.map((t) => t.name.text)).toEqual(['培训', '调研']);
    expect(at(grid(50))).toEqual([]);
    expect(at(grid(60))).toEqual(['total-mismatch@C5', 'total-mismatch@D5']);
  });
});

/** The 收入构成 and 支出构成 groups of corpus f-hb-guangshui-2023's 部门总体资金情况, its 2022 基本支出 given. */
const hubeiFunds = (expense2022: number): (string | number | null)[][] => [
  [null, '收入构成', '财政拨款', 108292.73, '88.3%', 90147, 98577.39],
  [null, null, '其他资金', 14348.77, '11.7%', 5819, 10597.65],
  [null, null, '合计', 122641.5, '100%', 95966, 109175.04],
  [null, '支出构成', '基本支出', 93199.91, '75.99%', 81781, expense2022],
  [null, null, '项目支出', 29441.59, '24.01%', 14185, 9564.46],
  [null, null, '合计', 122641.5, '100%', 95966, 109175.04],
];

describe('合计 rows of a funds block with groups (Hubei 部门总体资金情况)', () => {
  const hubei = (expense2022: number) =>
    project([
      ['部门整体支出绩效目标申报表'],
      ['2023年度'],
      ['部门总体资金情况', '总体资金情况', null, '当年金额', '占比', '2021年', '2022年'],
      ...hubeiFunds(expense2022),
      ['年度总体目标', '保障教育事业发展。'],
      ...INDICATORS,
    ], ['A3:A9', 'B4:B6', 'B7:B9']);
  it('each 合计 adds up its own group; the share column is no sum', () => {
    expect(at(hubei(99610.58))).toEqual([]);
    // Corpus f-hb-guangshui-2023: 99,611.05 + 9,564.46 is 109,175.51, not 109,175.04.
    expect(at(hubei(99611.05))).toEqual(['total-mismatch@G9']);
  });
});

describe('the Hubei department form with its funds only (the rest past a page cut, or not filled in yet)', () => {
  // Corpus f-hb-guangshui-2023 and a-hubei-2021-dept-guangshui-zfb: 部门总体资金情况 and nothing else readable.
  const rows = (expense2022: number, top: (string | null)[][] = [['部门整体支出绩效目标申报表'], ['填报日期：2022年12月18日']]) => [
    ...top,
    ['部门（单位）名称', '广水市教育局', null, '填报人', '何永华', '联系电话', '07226233407'],
    ['部门总体资金情况', '总体资金情况', null, '当年金额', '占比', '近两年收支金额', null],
    [null, '单位：万元', null, null, null, '2021年', '2022年'],
    ...hubeiFunds(expense2022),
    ['部门职能概述', '（一）贯彻执行党和国家关于教育改革与发展的各项方针。'],
  ];
  const MERGES = ['A4:A10', 'B6:B8', 'B9:B11'];

  it('is a department targets table: its sums checked, its year the one after 近两年\'s columns', () => {
    const grid = project(rows(99611.05), MERGES);
    const [t] = recognizeSheet(grid);
    expect(t).toMatchObject({ kind: 'department-targets', fiscalYear: 2023, unit: '万元', firstRow: 0 });
    expect(t.name?.text).toBe('广水市教育局');
    expect(t.sums!.map((s) => s.label.cell)).toEqual(['C8', 'C11']);
    expect(at(grid).filter((f) => f.startsWith('total-mismatch'))).toEqual(['total-mismatch@G11']);
    expect(at(project(rows(99610.58), MERGES)).filter((f) => f.startsWith('total-mismatch'))).toEqual([]);
  });

  it('收入构成 and 支出构成 are one block of one table', () => {
    expect(recognizeSheet(project(rows(99610.58), MERGES))).toHaveLength(1);
  });

  it('with its merged labels gone, a 合计 adds the lines up to the 合计 above, not that group again', () => {
    const grid = project(rows(99611.05));
    expect(recognizeSheet(grid)[0].sums!.map((s) => s.columns[0].parts.map((p) => p.cell))).toEqual([
      ['D6', 'D7'],
      ['D9', 'D10'],
    ]);
    expect(at(grid).filter((f) => f.startsWith('total-mismatch'))).toEqual(['total-mismatch@G11']);
  });

  it('two years side by side head columns; one year written across a row is the year line filled over its merge', () => {
    const noPriorHeading = rows(99610.58).map((r) => r.map((v) => (v === '近两年收支金额' ? '收支金额' : v)));
    // Column years without 近两年 over them say nothing of the table's year; the filing date does.
    expect(recognizeSheet(project(noPriorHeading, MERGES))[0].fiscalYear).toBe(2023);
    const filled = project([['项目支出绩效目标表'], ['2024年度', '2024年度', '2024年度'], ...INDICATORS]);
    expect(recognizeSheet(filled)[0].fiscalYear).toBe(2024);
  });

  it.each([
    ['填报日期：2022年12月18日', 2023],
    ['填报日期:2021年1月28日', 2021],
    ['填表日期：2023.9.30', 2024],
    ['申报日期：2023-03-01', 2023],
  ])('a targets table naming no year is for the year its filing date points to: %s → %d', (line, year) => {
    const grid = project([['部门整体支出绩效目标申报表'], [line], ...rows(99610.58, []).slice(1)]);
    const noColumns = project([['项目支出绩效目标表'], [line], ...INDICATORS]);
    expect(recognizeSheet(noColumns)[0].fiscalYear).toBe(year);
    expect(recognizeSheet(grid)[0].fiscalYear).toBe(2023);
  });

  it('the filing date in the cell beside its label; a self-evaluation is filed after its year and gets no year from it', () => {
    const beside = recognizeSheet(project([['项目支出绩效目标表'], ['填报日期', '2022年10月8日'], ...INDICATORS]))[0];
    // No cell names the year: next year's template writes it into its title.
    expect([beside.fiscalYear, beside.fiscalYearCell]).toEqual([2023, undefined]);
    const evaluation = project([
      ['项目支出绩效自评表'],
      ['填报日期：2022年3月1日'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '培训场次', '≥8场', '8场'],
    ]);
    expect(recognizeSheet(evaluation)[0]).toMatchObject({ kind: 'project-self-evaluation', fiscalYear: null });
  });
});

describe('a sheet that looks like a table but is not read says why', () => {
  it('no 三级 column', () => {
    const grid = project([['项目支出绩效目标表'], ['一级指标', '二级指标', '考核内容', '指标值'], ['产出指标', '数量指标', '场次', '8场']]);
    const [sheet] = reportSheet(grid);
    expect(sheet.table).toBeNull();
    expect(sheet.unrecognised).toMatchObject({ code: 'no-level3', cell: 'A2' });
    expect(sheet.unrecognised!.message).toContain('三级指标 / 指标内容 / 指标名称');
  });
  it('a title with nothing readable under it', () => {
    const [sheet] = reportSheet(project([['项目支出绩效目标表'], ['说明', '见附件']]), { lang: 'en-US' });
    expect(sheet.unrecognised).toMatchObject({ code: 'no-blocks', cell: 'A1' });
    expect(sheet.unrecognised!.message).toMatch(/^A1 holds a table title/);
  });
  it('a cover sheet is simply no table', () => {
    expect(reportSheet(project([['封面'], ['2023年']]))[0].unrecognised).toBeUndefined();
  });
});

describe('merged areas undone and filled (取消合并 then 填充; exports that fill merged cells)', () => {
  it('a name label filled across its merged area: the name is read past the copies (j-yn-lijiang-2020-satellite)', () => {
    const grid = project([['项目支出绩效目标表'], ['项目名称', '项目名称', '道路养护', '道路养护'], ...INDICATORS]);
    expect(recognizeSheet(grid)[0].name).toEqual({ text: '道路养护', cell: 'C2' });
    // A label after the copies is no name.
    expect(recognizeSheet(project([['项目支出绩效目标表'], ['项目名称', '项目名称', '主管部门'], ...INDICATORS]))[0].name).toBeUndefined();
  });

  it('a two-row task header filled down is one header: no second table, no task named 任务名称 (i-guangdong-dongguan-2022-exhibition)', () => {
    const grid = project([
      ['部门(单位)整体支出绩效目标批复表'],
      ['( 2022 年度)'],
      ['年度 主要 任务', '任务名称', '主要内容', '年度预算金额(万元)', '年度预算金额(万元)', '年度预算金额(万元)'],
      ['年度 主要 任务', '任务名称', '主要内容', '小计', '市财政拨款', '其他资金'],
      ['年度 主要 任务', '场馆日常维护', '水电费、物业管理费', 549.34, 549.34, 0],
      ['年度 主要 任务', '基本陈列调整', '更新展面', 306.54, 306.54, 0],
      ['年度 主要 任务', '金额合计', '*', 0, 855.88, 0],
      ['年度总体目标', '办好展览。'],
      ...INDICATORS,
    ]);
    const tables = recognizeSheet(grid);
    expect(tables).toHaveLength(1);
    expect(tables[0].tasks!.tasks.map((t) => t.name.text)).toEqual(['场馆日常维护', '基本陈列调整']);
    expect(at(grid)).toEqual(['total-mismatch@D7']);
  });

  it('a fund label filled over two columns: its amounts read past the copy, nothing taken for an amount that is a label', () => {
    const grid = project([
      ['项目支出绩效目标表'],
      ['项目名称', '道路养护', '道路养护', '道路养护', '道路养护'],
      ['项目资金(万元)', '年度资金总额:', '年度资金总额:', 150, 150],
      ['项目资金(万元)', '其中:财政拨款', '其中:财政拨款', 120, 120],
      ['项目资金(万元)', '其他资金', '其他资金', 30, 30],
      ...INDICATORS,
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.funds!.total.amount).toMatchObject({ cell: 'D3', reading: { kind: 'number', value: 150 } });
    expect(t.funds!.parts.map((p) => [p.label.cell, p.amount.cell])).toEqual([
      ['B4', 'D4'],
      ['B5', 'D5'],
    ]);
    expect(at(grid)).toEqual([]);
  });

  it('a part label filled across the row of a horizontal fund block: one part, summed once', () => {
    const grid = project([
      ['项目支出绩效目标表'],
      ['项目名称', '道路养护'],
      ['年度资金总额', '其中：财政拨款', '其中：财政拨款', '其他资金'],
      [150, 120, 120, 30],
      ...INDICATORS,
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.funds!.parts.map((p) => [p.label.text, p.amount.cell])).toEqual([
      ['其中：财政拨款', 'B4'],
      ['其他资金', 'D4'],
    ]);
    expect(at(grid)).toEqual([]);
  });

  it('a 二级 name written in both the 一级 and 二级 columns stands for its 一级, as the area merged over both does', () => {
    const rows = (second: string | null) => [
      ['项目支出绩效目标表'],
      ['项目名称', '道路养护'],
      ['年度资金总额', 10],
      ...INDICATORS,
      ['社会公众或服务对象满意度指标', second, '市民满意度', '≥90%'],
    ];
    expect(at(project(rows(null), ['A7:B7']))).toEqual([]);
    expect(at(project(rows('社会公众或服务对象满意度指标')))).toEqual([]);
    // The merge undone and not filled (a CSV's round trip): the 二级 column blank, the name still both.
    expect(at(project(rows(null)))).toEqual([]);
    // A 一级 over a blank 二级 is still a 二级 missing.
    const real = [['项目支出绩效目标表'], ['项目名称', '道路养护'], ['年度资金总额', 10], ...INDICATORS, ['满意度指标', null, '市民满意度', '≥90%']];
    expect(at(project(real))).toEqual(['missing-category@B7']);
  });
});

describe('a 合计 over lines with subtotals among them: the subtotals are added, not their lines again', () => {
  const table = (lines: (string | number | null)[][], total: [number, number]) =>
    project([['项目支出绩效目标表'], ['项目名称', '培训'], ['年度资金总额', 100], [], ['资金结构', '年初预算', '执行数'], ...lines, ['合计', ...total], [], ...INDICATORS]);
  // Lines from row 6; the 合计 right under them.
  it.each<[string, (string | number | null)[][], [number, number], string[]]>([
    ['subtotals heading their lines (Fujian’s 资金结构)', [['财政资金小计', 100, 90], ['①中央及省级', null, null], ['②市级', 100, 90], ['其他资金小计', null, null], ['①……', null, null]], [100, 90], []],
    ['subtotals heading their lines, the total wrong', [['财政资金小计', 100, 90], ['①中央及省级', null, null], ['②市级', 100, 90], ['其他资金小计', 5, 5], ['①其他', 5, 5]], [100, 95], ['total-mismatch@B11']],
    ['subtotals closing their lines, and a line of the total’s own after them', [['人员经费', 60, 50], ['公用经费', 20, 20], ['基本支出小计', 80, 70], ['项目甲', 10, 10], ['项目支出小计', 10, 10], ['其他', 10, 10]], [100, 90], []],
    ['subtotals closing their lines, the line after them left out of the total', [['人员经费', 60, 50], ['公用经费', 20, 20], ['基本支出小计', 80, 70], ['项目甲', 10, 10], ['项目支出小计', 10, 10], ['其他', 10, 10]], [90, 80], ['total-mismatch@B12', 'total-mismatch@C12']],
    ['no subtotal: every line', [['财政拨款', 60, 50], ['其他资金', 40, 40]], [100, 95], ['total-mismatch@C8']],
  ])('%s', (_what, lines, total, expected) => {
    expect(at(table(lines, total)).filter((f) => f.startsWith('total-mismatch'))).toEqual(expected);
  });
});

describe('a project self-evaluation laid out by 财预〔2020〕10号’s evaluation framework (宁夏’s form; _m-nx-yinchuan-2021-school6)', () => {
  const form = (score: number, rateName = '预算执行率', rateScore = 10) =>
    project(
      [
        ['项目支出绩效自评表(2021年)'],
        ['项目名称', '初中公用经费'],
        ['项目资金(万元)', null, '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
        [null, '年度资金总额', 64.8, 64.8, 64.8, { value: 1, format: '0%' }],
        ['一级指标', '二级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'],
        ['项目决策(10分)', '项目目标', '完整性', 5, '—', '目标明确、内容细化', 5, null],
        [null, '项目立项', '可行性', 5, null, '有资金测算标准', 5, null],
        ['项目管理(10分)', '投入管理', rateName, 10, '—', '100%', rateScore, null],
        ['项目产出(40分)', '数量指标(40分)', '保障人数', 40, '2370人', '2370人', 40, null],
        ['项目效益(40分)', '社会效益指标', '学校运转', 30, '正常运转', '正常运转', score, null],
        [null, '服务对象满意度指标(10分)', '学生满意度', 10, '≥90%', '95%', 10, null],
      ],
      ['A6:A7', 'A10:A11'],
    );

  it('reads 参考分值 as the weights and 未完成原因分析及改进措施 as the reasons', () => {
    const [t] = recognizeSheet(form(30));
    expect(t.indicators!.indicators.map((i) => [i.name.text, i.evaluation?.weight?.cell, i.evaluation?.reason?.cell])).toEqual([
      ['完整性', 'D6', 'H6'],
      ['可行性', 'D7', 'H7'],
      ['预算执行率', 'D8', 'H8'],
      ['保障人数', 'D9', 'H9'],
      ['学校运转', 'D10', 'H10'],
      ['学生满意度', 'D11', 'H11'],
    ]);
  });

  it('the criteria need no target and name their own 二级; 满意度 sits under 效益; a deduction still needs its reason', () => {
    expect(at(form(30))).toEqual([]);
    expect(at(form(27))).toEqual(['missing-deviation-reason@H10']);
  });

  it('年初设定目标 and 年度总体目标完成情况综述 stacked in the goal label’s rows: the goal and its account are beside them', () => {
    const grid = (account: string | null) =>
      project(
        [
          ['项目支出绩效自评表(2021年)'],
          ['项目名称', '初中公用经费'],
          ['年度总体目标', '年初设定目标', '保障学校正常工作运行'],
          [null, '年度总体目标完成情况综述', account],
          ['一级指标', '二级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'],
          ['项目产出(100分)', '数量指标', '保障人数', 100, '2370人', '2370人', 100, null],
        ],
        ['A3:A4'],
      );
    const [t] = recognizeSheet(grid(null));
    expect(t.goal).toMatchObject({ text: '保障学校正常工作运行', cell: 'C3' });
    expect(t.goalActual).toMatchObject({ text: '', cell: 'C4' });
    const goals = (g: Grid) => at(g).filter((f) => f.startsWith('missing-goal'));
    expect(goals(grid(null))).toEqual(['missing-goal@C4']);
    expect(goals(grid('学校运转正常'))).toEqual([]);
  });

  it('自评得分 beside a number in the header lines is the table’s typed total, checked as a 总分 row is', () => {
    const grid = (total: string | number | null) =>
      project([
        ['项目支出绩效自评表(2021年)'],
        ['项目名称', '初中公用经费'],
        // A part's score given beside its label is no total.
        ['执行率得分', 10],
        ['自评得分', total, null, null, '财政审核评分', null],
        ['项目资金(万元)', null, '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
        [null, '年度资金总额', 64.8, 64.8, 64.8, { value: 1, format: '0%' }],
        ['一级指标', '二级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'],
        ['项目产出(50分)', '数量指标', '保障人数', 50, '2370人', '2370人', 50, null],
        ['项目效益(40分)', '社会效益指标', '在校生巩固率', 40, '≥99%', '99.5%', 40, '—'],
      ]);
    const [t] = recognizeSheet(grid(98));
    expect(t.totalScore?.score).toMatchObject({ cell: 'B4', reading: { kind: 'number', value: 98 } });
    expect(recognizeSheet(grid(null))[0].totalScore).toBeUndefined();
    // The budget's 10 (the split's, its rate 100%) and the indicators' 90.
    expect(at(grid(98))).toEqual(['score-mismatch@B4']);
    expect(at(grid(100))).toEqual([]);
    // Nothing, or words, beside it: no total read (the 财政 fills its own score in later).
    expect(recognizeSheet(grid(null))[0].totalScore).toBeUndefined();
    expect(at(grid('待审核'))).toEqual([]);
  });

  it('预算执行率 weighed among the indicators is the budget’s score: the fund block without 分值 or 得分 weighs nothing besides', () => {
    const [t] = recognizeSheet(form(30));
    expect(scoreTable(t, scoringFor({})).budget).toMatchObject({ rate: 1, weight: 0 });
    // Without it the split's 10 for the budget comes on top of the indicators' 100.
    expect(at(form(30, '资金到位率'))).toEqual(['weights-sum@D5']);
  });

  it('the 预算执行率 criterion, with no target, is scored against 100%: 100% of 10 is 10, not 9', () => {
    const [result] = validateGrid(form(30, '预算执行率', 9));
    expect(result.findings.map((f) => [`${f.code}@${f.cell}`, f.message])).toEqual([
      ['score-mismatch@G8', '“预算执行率”得分填为 9，按目标值 100%、实际完成值 100%、分值 10 应为 10'],
      ['missing-deviation-reason@H8', '“预算执行率”得分 9 低于分值 10，请填写偏差原因分析及改进措施'],
    ]);
    // Another criterion without a target is not scored: its typed score stands.
    expect(at(form(30, '资金到位率', 9))).toEqual(['weights-sum@D5', 'missing-deviation-reason@H8']);
  });
});

describe('score sheets (评分表): criteria with 分值 and 得分 and no target column (k-hn-yueyang-shenji-2018-score, k-ah-shouxian-2023-dept-score)', () => {
  const hunan = (score: number, reason: string | null = null) =>
    project(
      [
        ['部门整体支出绩效评价评分表(参考样表)'],
        ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明'],
        ['投  入(50分)', '预算配置(50分)', '财政供养人员控制率', '以100%为标准。在职人员控制率100%,计25分;每超过一个百分点扣0.5分,扣完为止。', 25, 25, null],
        [null, null, '“三公经费”变动率', '“三公经费”变动率0,计25分;“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。', 25, 25, null],
        ['过  程(50分)', '预算执行(50分)', '资金结余', '无结余,25分;有结余,但不超过上年结转,20分;结余超过上年结转,不得分。', 25, score, reason],
        [null, null, '支付进度', '6月底前所有专项资金指标全部下达完。', 25, 25, null],
      ],
      ['A3:A4', 'B3:B4', 'A5:A6', 'B5:B6'],
    );

  it('reads every criterion with its 分值, 得分 and 扣分原因; the table is a self-evaluation', () => {
    const [t] = recognizeSheet(hunan(25));
    expect(t.kind).toBe('department-self-evaluation');
    expect(t.indicators!.criteria).toBe(true);
    expect(t.indicators!.indicators.map((i) => [i.name.text, i.target.value.kind, i.evaluation?.weight?.cell, i.evaluation?.score?.cell, i.evaluation?.reason?.cell])).toEqual([
      ['财政供养人员控制率', 'empty', 'E3', 'F3', 'G3'],
      ['“三公经费”变动率', 'empty', 'E4', 'F4', 'G4'],
      ['资金结余', 'empty', 'E5', 'F5', 'G5'],
      ['支付进度', 'empty', 'E6', 'F6', 'G6'],
    ]);
  });

  it('no target, result or profile category is asked of a criterion; a deduction still needs its reason, and a score its weight', () => {
    expect(at(hunan(25))).toEqual([]);
    expect(at(hunan(20))).toEqual(['missing-deviation-reason@G5']);
    expect(at(hunan(20, '有结余未超过上年结转'))).toEqual([]);
    expect(at(hunan(26))).toEqual(['score-over-weight@F5']);
  });

  it('Anhui’s: a 序号 column first, 指标分值 and 自评得分, no reason column', () => {
    const anhui = project(
      [
        ['2023年度部门整体支出绩效评价自评表'],
        ['序号', '一级 指标', '二级 指标', '三级 指标', '指标分值', '指标解释', '指标说明及评分标准', '自评得分'],
        [1, '规划 (100分)', '工作计划 (100分)', '年度工作 计划完整性', 50, '年度工作计划制定是否完整可行。', '年度工作计划是否完整可行(50分)', 50],
        [2, null, null, '年度工作 计划明确性', 50, '年度工作计划制定是否明确可操作。', '年度工作计划是否明确可操作(50分)', 50],
      ],
      ['B3:B4', 'C3:C4'],
    );
    const [t] = recognizeSheet(anhui);
    expect([t.kind, t.fiscalYear, t.indicators!.indicators.length]).toEqual(['department-self-evaluation', 2023, 2]);
    expect(at(anhui)).toEqual([]);
  });

  it('a framework’s 一级 and 二级 are not held to the profile’s places (服务对象满意度 under 产出 is no mismatch there)', () => {
    const sheet = project(
      [
        ['部门整体支出绩效评价评分表'],
        ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明'],
        ['产出(50分)', '职责履行(50分)', '重点工作实际完成率', '完成率100%,计50分;每低一个百分点扣1分。', 50, 50, null],
        ['效果(50分)', '服务对象满意度(50分)', '社会公众或服务对象满意度', '满意度≥90%,计50分;每低一个百分点扣1分。', 50, 50, null],
      ],
    );
    expect(at(sheet)).toEqual([]);
  });

  it('without a title the sheet is read as a self-evaluation, a department’s when its 一级 name the department (Sichuan’s, its title past the page’s top; k-sc-daying-zonggonghui-2020-score)', () => {
    const sheet = (level1: string, merged = true, remark: string | null = null) =>
      project(
        [
          ['绩效指标', null, null, '指标分值', '指标解释', '计分标准', '自评得分', '备注'],
          ['一级指标', '二级指标', '三级指标', null, null, null, null, null],
          [level1, '预算编制(100分)', '目标制定', 50, '评价绩效目标是否要素完整、细化量化。', '绩效目标编制要素完整的,得50分,否则酌情扣分。', 49, remark],
          [null, null, '编制准确', 50, '评价年初预算编制是否科学准确。', '指标得分=1-10×全年预算调剂金额/年初预算数。', 50, null],
        ],
        merged ? ['A1:C1', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'A3:A4', 'B3:B4'] : [],
      );
    const [t] = recognizeSheet(sheet('部门预算管理(100分)'));
    // Its merges gone (a CSV's round trip): 指标分值 and 自评得分 still head the blank cells under them.
    expect(recognizeSheet(sheet('部门预算管理(100分)', false))[0].indicators!.indicators.map((i) => [i.evaluation?.weight?.cell, i.evaluation?.score?.cell])).toEqual([
      ['D3', 'G3'],
      ['D4', 'G4'],
    ]);
    expect([t.kind, t.indicators!.indicators.map((i) => i.evaluation?.score?.cell)]).toEqual(['department-self-evaluation', ['G3', 'G4']]);
    // The 备注 after 自评得分, the sheet's only place for a reason, explains the deducted point (three of
    // the page's four readings ask for it there), with the merges as printed or dropped.
    expect(at(sheet('部门预算管理(100分)'))).toEqual(['missing-deviation-reason@H3']);
    expect(at(sheet('部门预算管理(100分)', false))).toEqual(['missing-deviation-reason@H3']);
    expect(at(sheet('部门预算管理(100分)', true, '目标表未细化到三级指标'))).toEqual([]);
    expect(recognizeSheet(sheet('项目决策(100分)'))[0].kind).toBe('project-self-evaluation');
  });

  it('Sichuan’s 得分表 with each weight in its name and a 得分 column only (m-sc-wanglu-2017-dept-score)', () => {
    const sheet = project(
      [
        ['2017年部门整体支出绩效评价得分表'],
        ['一级指标', '二级指标', '三级指标', '得分'],
        ['部门决策(10分)', '目标任务(10分)', '相关性(5分)', 5],
        [null, null, '明确性(5分)', 4],
      ],
      ['A3:A4', 'B3:B4'],
    );
    const [t] = recognizeSheet(sheet);
    expect([t.kind, t.fiscalYear, t.indicators!.indicators.map((i) => [i.name.text, i.evaluation?.score?.cell])]).toEqual([
      'department-self-evaluation',
      2017,
      [
        ['相关性(5分)', 'D3'],
        ['明确性(5分)', 'D4'],
      ],
    ]);
    expect(at(sheet)).toEqual([]);
  });

  it('a header with neither a target nor a 得分 is still no indicator header', () => {
    const noScore = project([
      ['一级指标', '二级指标', '三级指标', '评分标准', '分值'],
      ['投入', '预算配置', '财政供养人员控制率', '以100%为标准。', 5],
    ]);
    expect(recognizeSheet(noScore)).toEqual([]);
  });
});

describe('forms a fourth round of published tables showed (n-*)', () => {
  /** 襄阳's project self-evaluation: 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率), no 分值 column. */
  const xiangyang = (fundLabel: string, scoreHeader: string, executed: number, score: number) =>
    project(
      [
        ['2021年度财政项目绩效自评表'],
        ['项目名称', '东津院区建设补助'],
        [fundLabel, null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', scoreHeader],
        [null, '年度财政资金总额', null, 1000, executed, executed / 1000, score],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值 (A)', '实际完成值 (B)', '得分'],
        [null, '产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 40],
        [null, '效益指标', '可持续性', '服务覆盖人数', '≥500人', '600人', 40],
      ],
      ['A3:A4', 'B3:C3', 'B4:C4', 'A5:A7'],
    );

  it('襄阳: the fund line under a plain 预算数 with 执行率, its unit in the block label, 年初目标值 as the target (n-hb-xiangyang-2021-hospital-eval)', () => {
    const [t] = recognizeSheet(xiangyang('预算执行情况 (万元) (20 分)', '得分(20分*执行率)', 1000, 20));
    expect([t.kind, t.unit, t.evalFunds?.total.label.text, t.evalFunds?.total.budget?.cell, t.evalFunds?.total.executed?.cell, t.evalFunds?.declaredWeight]).toEqual([
      'project-self-evaluation',
      '万元',
      '年度财政资金总额',
      'D4',
      'E4',
      20,
    ]);
    expect(t.indicators!.indicators.map((i) => [i.target.cell, i.target.text, i.level2.text])).toEqual([
      ['E6', '≥100人次', '数量指标'],
      ['E7', '≥500人', '可持续性'],
    ]);
  });

  it('a foot line for the reasons, 偏差大或目标未完成原因分析 merged over the first columns, ends the indicators (黄石三中’s third reading, an-hb-huangshi-sanzhong-2023-campus-repair-eval-r3)', () => {
    const grid = project(
      [
        ['2023年度校园维修改造及设备购置项目自评表'],
        ['项目名称', '校园维修改造及设备购置'],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)'],
        [null, '产出指标', '质量指标', '验收合格率', '100%', '100%'],
        [null, '满意度指标', '服务对象满意度指标', '教师满意度', '≥95%', '≥95%'],
        ['偏差大或目标未完成原因分析', null, null, null, null, null],
        ['改进措施及结果应用方案', null, null, null, null, null],
      ],
      ['A3:A5', 'A6:B6', 'C6:F6', 'A7:B7', 'C7:F7'],
    );
    expect(recognizeSheet(grid)[0].indicators!.indicators.map((i) => i.name.text)).toEqual(['验收合格率', '教师满意度']);
    expect(at(grid).filter((f) => /category/.test(f))).toEqual([]);
  });

  it('a blank 得分 under the block’s points, no 分值 on its rows, is a score to give (施甸’s, ar-yn-shidian-2021-pig-breed-farm-eval, both readings)', () => {
    const blank = project(
      [
        ['2021年度项目支出绩效自评表'],
        ['项目名称', '保山猪保种场建设项目'],
        ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分'],
        [null, '年度财政资金总额', null, 1500, 1500, 1, 20],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [null, '产出指标', '数量指标', '保种数量(头)', 300, 300, null],
        [null, '效益指标', '经济效益指标', '年新增畜牧产值(万元)', 500, 500, 40],
      ],
      ['A3:A4', 'B3:C3', 'B4:C4', 'A5:A7'],
    );
    expect(at(blank).filter((f) => f.startsWith('missing-score'))).toEqual(['missing-score@G6']);
  });

  it('the 一级’s own points held to their block’s: 产出指标(60 分) + 效益指标(40 分) under 年度绩效目标(80 分) (ai-xx-district-2020-service-trade-eval, three readings)', () => {
    const rows = (output: string, effect: string) => [
      ['2020 年市级服务贸易发展资金项目自评表'],
      ['项目名称', '2020 年市级服务贸易发展资金'],
      ['预算执行情况(万元)(20 分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20 分*执行率)'],
      [null, '年度财政资金总额', null, 285.84, 285.84, 1, 20],
      ['年度绩效目标(80 分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      [null, output, '数量指标', '支持服务贸易企业数量', '3家', '3家', 50],
      [null, effect, '社会效益指标', '服务贸易额增长率', '≥10%', '12%', 30],
    ];
    const merges = ['A3:A4', 'B3:C3', 'B4:C4', 'A5:A7'];
    expect(at(project(rows('产出指标(60 分)', '效益指标(40 分)'), merges)).filter((f) => f.startsWith('weights-sum'))).toEqual(['weights-sum@A5']);
    expect(at(project(rows('产出指标(50 分)', '效益指标(30 分)'), merges)).filter((f) => f.startsWith('weights-sum'))).toEqual([]);
    // Less than the block holds: perhaps a page cut before its last 一级 (昌宁's, p-yn-changning-2022-pig-farm-eval).
    expect(at(project(rows('产出指标(40 分)', '产出指标(40 分)'), merges)).filter((f) => f.startsWith('weights-sum'))).toEqual([]);
    // An 一级 without points of its own: nothing to add up.
    expect(at(project(rows('产出指标(60 分)', '效益指标'), merges)).filter((f) => f.startsWith('weights-sum'))).toEqual([]);
  });

  it.each([
    ['the block label', '预算执行情况 (万元) (20 分)', '得分'],
    ['the score’s formula', '预算执行情况 (万元)', '得分(20分*执行率)'],
  ])('襄阳: the budget line weighs the 20 points %s gives', (_, fundLabel, scoreHeader) => {
    // 20 × 100% = 20: nothing to report (可持续性 is 可持续影响); 20 × 90% = 18 against 20 typed: the score is wrong.
    expect(at(xiangyang(fundLabel, scoreHeader, 1000, 20))).toEqual([]);
    expect(at(xiangyang(fundLabel, scoreHeader, 900, 20))).toEqual(['score-mismatch@G4']);
  });

  it('襄阳: without points anywhere, the budget line weighs the profile’s share', () => {
    expect(at(xiangyang('预算执行情况 (万元)', '得分', 1000, 20))).toContain('score-mismatch@G4');
  });

  /** 宁晋's 绩效评价指标表: targets and their points set before the year, no result. */
  const ningjin = (extra: string[] = []) =>
    project([
      ['2019年度宁晋县高中助学金项目绩效评价指标表'],
      ['一级指标', '二级指标', '三级指标', '目标值', '分值', ...extra],
      ['产出指标', '数量指标', '享受资助人数', '2100人', 50, ...extra.map(() => null)],
      ['效益指标', '社会效益指标', '政策知晓率', '≥95%', 50, ...extra.map(() => null)],
    ]);

  it('宁晋: an evaluation’s indicator sheet with 目标值 and 分值 but no result holds targets (n-heb-ningjin-2019-stipend)', () => {
    expect(recognizeSheet(ningjin())[0].kind).toBe('project-targets');
    expect(recognizeSheet(ningjin(['实际完成值']))[0].kind).toBe('project-self-evaluation');
    expect(recognizeSheet(ningjin(['得分']))[0].kind).toBe('project-self-evaluation');
  });

  /** 浮梁's department form: a title and a section line both read 绩效目标 above the goal's own label. */
  const fuliang = (goal: string) =>
    project(
      [
        ['部门整体绩效目标'],
        ['基本信息'],
        ['部门名称:', '浮梁县林业局'],
        ['*部门职能职责概述', '保证林业局职能实现,保障人员经费。'],
        ['年度绩效目标'],
        ['*年度绩效总目标', goal],
        ['一级指标', '二级指标', '三级指标', '目标值'],
        ['产出指标', '数量指标', '湿地保有量', '4900公顷'],
        ['效益指标', '生态效益指标', '森林覆盖率', '≥75%'],
      ],
      ['A1:D1', 'A2:D2', 'B4:D4', 'A5:D5', 'B6:D6'],
    );

  it('浮梁: the goal is the one beside *年度绩效总目标, not the title’s or the section line’s (n-jx-fuliang-2026-forestry)', () => {
    const [t] = recognizeSheet(fuliang('完成湿地保护4900公顷。'));
    expect([t.goal?.cell, t.goal?.text, t.duties?.cell]).toEqual(['B6', '完成湿地保护4900公顷。', 'B4']);
    expect(at(fuliang('完成湿地保护4900公顷。'))).toEqual([]);
  });

  it('浮梁: a goal that copies the duties word for word is reported', () => {
    expect(at(fuliang('保证林业局职能实现，保障人员经费'))).toEqual(['missing-goal@B6']);
  });
});

describe('鄂州’s project form (n-hb-ezhou-2022-office-building)', () => {
  /** Its cost breakdown under a header row, then 一级指标 | 二级指标 holding 二级 | 三级, no 三级 column. */
  const ezhou = (total2020: number, level3?: string) =>
    project(
      [
        ['鄂州市2022年市直部门预算项目支出绩效目标表'],
        ['项目名称', '办公大楼运行保障'],
        ['项目预算成本构成', '金额', '测算(公式)依据', '2020年实际执行数'],
        ['保安服务费', 191, '依据招标文件', 191],
        ['保洁服务费', 99, '依据招标文件', 99],
        ['合计', 290, null, total2020],
        ['一级指标', '二级指标', level3 ?? '绩效标准', '当年预期实现值'],
        ['数量指标', '大楼安检巡察次数', '反映大楼保卫巡检情况', '200次'],
        ['质量指标', '设备更新验收合格率', '反映设备更新验收情况', '≥92%'],
        ['社会效益指标', '服务对象满意度', '反映满意情况', '≥90%'],
      ],
    );

  it('the 一级 column holds the 二级 and the 二级 column the names; 当年预期实现值 is the target', () => {
    const [t] = recognizeSheet(ezhou(290));
    expect([t.kind, t.fiscalYear]).toEqual(['project-targets', 2022]);
    expect(t.indicators!.indicators.map((i) => [i.level2.text, i.name.text, i.target.cell])).toEqual([
      ['数量指标', '大楼安检巡察次数', 'D8'],
      ['质量指标', '设备更新验收合格率', 'D9'],
      ['社会效益指标', '服务对象满意度', 'D10'],
    ]);
  });

  it('the cost breakdown’s 合计 adds its lines, not the header’s rows above them', () => {
    expect(at(ezhou(290))).toEqual([]);
    expect(at(ezhou(290.1))).toEqual(['total-mismatch@D6']);
  });

  it('a header with a 三级 column is read as the three levels it names', () => {
    const [t] = recognizeSheet(ezhou(290, '三级指标'));
    expect(t.indicators!.indicators[0]).toMatchObject({ level2: { text: '大楼安检巡察次数' }, name: { text: '反映大楼保卫巡检情况' } });
  });
});

describe('forms a fifth round of published tables showed (o-*)', () => {
  /** 昭化's 项目支出绩效目标申报表: 总体目标 | 年度目标 | goal; 年度资金总额's row heads the amounts' column. */
  const zhaohua = (goalRows: (string | number | null)[][], merges: string[]) =>
    project(
      [
        ['项目支出绩效目标申报表'],
        ['(2021年度)'],
        ['项目名称', '麻风病防治'],
        ['项目资金(万元)', '年度资金总额', '金额(万元)'],
        [null, '(一)财政拨款小计', 4],
        [null, '1、一般公共预算', 4],
        ...goalRows,
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['项目完成指标', '数量指标', '慰问现症病人', '32人'],
        ['项目效益指标', '社会效益指标', '防治知识知晓率', '≥90%'],
      ],
      ['A4:A6', ...merges],
    );

  it('昭化: the goal beside 年度目标 under 总体目标; a total whose row heads the amounts is no fund block; 项目完成指标 is 产出 (o-sc-zhaohua-2021-leprosy)', () => {
    const grid = zhaohua([['总体目标', '年度目标', '开展宣传活动两次，实现慰问全覆盖。']], []);
    const [t] = recognizeSheet(grid);
    expect([t.goal?.cell, t.funds, t.unit]).toEqual(['C7', undefined, '万元']);
    expect(at(grid)).toEqual([]);
  });

  it('百色: 项目资金 (万元) | 合计 | 250 is the fund block, its 合计 the year’s total (o-gx-baise-2024-school-fund)', () => {
    const baise = (label: string) =>
      project(
        [
          ['2024年度预算项目绩效目标公开表'],
          ['项目名称', '生均教育事业费'],
          [label, '合计', null, 250],
          [null, '一般公共预算拨款', '小计', 250],
          ['年度绩效目标', '根据协议支付合作办学经费。'],
          ...INDICATORS,
        ],
        ['A3:A4', 'B3:C3'],
      );
    const [t] = recognizeSheet(baise('项目资金 (万元)'));
    expect([t.kind, t.fiscalYear, t.unit, t.funds?.total.amount.cell]).toEqual(['project-targets', 2024, '万元', 'D3']);
    // A 合计 beside no fund block's label is no 年度资金总额.
    expect(recognizeSheet(baise('其他说明'))[0].funds).toBeUndefined();
    // Its merges undone and filled: the 小计 beside the label's copy is a line, no second table's total.
    const filled = project([
      ['2024年度预算项目绩效目标公开表'],
      ['项目名称', '生均教育事业费'],
      ['项目资金 (万元)', '合计', '合计', 250],
      ['项目资金 (万元)', '一般公共预算拨款', '小计', 250],
      ['年度绩效目标', '根据协议支付合作办学经费。'],
      ...INDICATORS,
    ]);
    expect(recognizeSheet(filled).map((t) => t.funds?.total.amount.cell)).toEqual(['D3']);
  });

  it('岳阳县: the goal under 年度目标 beside 总体目标 (o-hn-yueyangxian-2022-farmland)', () => {
    const grid = zhaohua(
      [
        ['总体目标', '年度目标', null],
        [null, '完成项目主体工程70%', null],
      ],
      ['A7:A8', 'B7:C7', 'B8:C8'],
    );
    expect(recognizeSheet(grid)[0].goal).toEqual({ text: '完成项目主体工程70%', cell: 'B8' });
    expect(at(grid)).toEqual([]);
  });
});

describe('南岳’s 绩效目标申报表 (q-hn-nanyue-2018-poverty-tourism)', () => {
  const nanyue = (name: string, trailer: string) =>
    project(
      [
        ['绩效目标申报表'],
        ['项目名称', name],
        ['资金情况(万元)', '年度资金总额:', null, 10],
        [null, '其中:财政拨款', null, 10],
        ['总体目标', '年度目标', null, '年度总体目标完成情况'],
        [null, '带来观光游客不少于6万人。', null, null],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '产出指标', '数量指标', '流转土地', '>=60亩'],
        [null, '效益指标', '社会效益指标', '接待游客数量', '>=60000人'],
        [trailer, null, null, '(盖章)', null],
      ],
      ['A3:A4', 'A5:A6', 'B5:C5', 'B6:C6', 'A7:A9', 'A10:C10', 'D10:E10'],
    );

  it('the goal under 年度目标, whose account’s label stands beside it; a reviewer’s sign-off line ends the indicators; the year from the name', () => {
    const grid = nanyue('2018年市级专项扶贫资金基础设施', '财政部门支出股室初审意见');
    const [t] = recognizeSheet(grid);
    expect([t.fiscalYear, t.goal?.cell, t.indicators!.indicators.length, t.lastRow]).toEqual([2018, 'B6', 2, 8]);
    expect(at(grid)).toEqual([]);
    expect(recognizeSheet(nanyue('2018年市级专项扶贫资金基础设施', '区扶贫办审核意见：'))[0].indicators!.indicators.length).toBe(2);
  });

  it('a name that does not start with a year gives none', () => {
    expect(recognizeSheet(nanyue('市级专项扶贫资金（2018年）', '区扶贫办审核意见'))[0].fiscalYear).toBeNull();
  });
});

describe('forms a seventh round of published tables showed (r-*, s-*)', () => {
  it('安溪: a target column per place under their names, no 指标值 label: the first is read (r-fj-anxi-2022-small-water-works)', () => {
    const anxi = (explain: string) =>
      project([
        ['2022年省级第七批水利专项资金绩效目标表'],
        ['项目名称', '省级第七批水利专项资金'],
        ['一级指标', '二级指标', '三级指标', explain, '西坪镇尧山村', '桃舟乡吾培村'],
        ['产出指标', '数量指标', '开展小型水利工程建设(个)', '反映开展情况', 1, 1],
        ['效益指标', '社会效益指标', '受益人口(人)', '反映受益情况', 300, 200],
      ]);
    const [t] = recognizeSheet(anxi('指 标 解 释'));
    expect(t.indicators!.indicators.map((i) => [i.name.text, i.target.cell])).toEqual([
      ['开展小型水利工程建设(个)', 'E4'],
      ['受益人口(人)', 'E5'],
    ]);
    expect(at(anxi('指 标 解 释'))).toEqual([]);
    expect(recognizeSheet(anxi('评分标准'))[0].indicators!.header.target).toBe('E3');
    // A labelled column after the names (分值) makes it another sheet: not read so.
    expect(recognizeSheet(anxi('分值'))[0]?.indicators).toBeUndefined();
  });

  it('霍邱: a 二级 left empty but for a score of 0 is no indicator (r-ah-huoqiu-2022-sci-envoy-eval)', () => {
    const huoqiu = (score: number) =>
      project(
        [
          ['项目支出绩效自评表(2022年度)'],
          ['项目名称', '科技特派员创业'],
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          ['产出指标', '数量指标', '开展结对交流活动', '≥3次', '3次', 50, 50],
          ['效益指标', '社会效益指标', '带动农户', '≥10户', '12户', 50, 50],
          [null, '生态效益指标', null, null, null, null, score],
        ],
        ['A5:A6'],
      );
    expect(recognizeSheet(huoqiu(0))[0].indicators!.indicators).toHaveLength(2);
    expect(at(huoqiu(0)).filter((f) => f.startsWith('missing'))).toEqual([]);
    expect(recognizeSheet(huoqiu(5))[0].indicators!.indicators).toHaveLength(3);
  });

  it('中江: a row of …… merged across the list, its merge undone and filled, is no indicator (d-sc-zhongjiang-water-2022-r7)', () => {
    const zhongjiang = (dots: string | null) =>
      project([
        ['绩效目标自评表(2022年度)'],
        ['项目名称', '小型水库水标尺制作安装'],
        ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
        ['产出指标', '数量指标', '安装坡面水标尺', 50, '≥266米', '270米', 50],
        ['效益指标', '社会效益指标', '受益人口数', 50, '≥1000人', '1200人', 50],
        ['……', '……', '……', '……', '……', '……', dots],
      ]);
    expect(recognizeSheet(zhongjiang('……'))[0].indicators!.indicators).toHaveLength(2);
    expect(at(zhongjiang('……')).filter((f) => f.startsWith('missing'))).toEqual([]);
    // A score beside the dots is a row someone scored: read, and its blanks reported.
    expect(recognizeSheet(zhongjiang('5'))[0].indicators!.indicators).toHaveLength(3);
  });
});

describe('a header repeated inside one list of indicators (p-hb-huanggang-2020-soil-monitoring-eval; a Word table’s header row on every printed page)', () => {
  const HEADER = ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'];
  /** 黄冈's form: 年度绩效目标1 (40分) and 年度绩效目标2 (40分), each under the same header. */
  const huanggang = (benefit: string | null, between: (string | number | null)[][] = []) =>
    project(
      [
        ['2020年度水土保持监测项目绩效自评表'],
        ['项目名称', '水土保持监测'],
        ['年度绩效目标1(40分)', ...HEADER],
        [null, '产出指标', '质量指标', '监测数据必须合格', '100%', '100%', 20],
        [null, '效益指标', null, null, null, null, null],
        [null, '满意度指标', '服务对象满意度指标', '整编资料审核', '98%', '98%', 20],
        ...between,
        ['年度绩效目标2(40分)', ...HEADER],
        [null, '产出指标', '进度指标', '完成年度资料上报', '100%', '100%', 20],
        [null, '效益指标', '社会效益指标', benefit, benefit && '≥90%', benefit && '95%', benefit && 20],
        ['总分', null, null, null, null, null, 100],
      ],
      ['A1:G1', 'B2:G2'],
    );

  it('reads the rows under both headers as one table’s indicators, the second block’s categories afresh', () => {
    const tables = recognizeSheet(huanggang('监测成果应用率'));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect([t.kind, t.fiscalYear, t.range]).toEqual(['project-self-evaluation', 2020, 'A1:G10']);
    expect(t.indicators!.indicators.map((i) => [i.row + 1, i.level1.text, i.name.text])).toEqual([
      [4, '产出指标', '监测数据必须合格'],
      [6, '满意度指标', '整编资料审核'],
      [8, '产出指标', '完成年度资料上报'],
      [9, '效益指标', '监测成果应用率'],
    ]);
    // Two runs of 产出指标, one per block: the second does not continue the first's 二级.
    expect(t.indicators!.runs.filter((r) => r.level1.text === '产出指标').map((r) => r.level2.text)).toEqual(['质量指标', '进度指标']);
    expect(t.totalScore?.label.cell).toBe('A10');
    expect(at(huanggang('监测成果应用率'))).toEqual([]);
  });

  it('a category left as an empty slot in every block has no indicator: missing-level1', () => {
    expect(at(huanggang(null))).toEqual(['missing-level1@B3']);
  });

  it('a list that ends (two blank rows) before the same header leaves that header its own table', () => {
    const tables = recognizeSheet(huanggang('监测成果应用率', [[null], [null]]));
    expect(tables.map((t) => [t.range, t.indicators!.indicators.length])).toEqual([
      ['A1:G6', 2],
      ['A9:G12', 2],
    ]);
  });

  it('长期绩效指标 over 年度绩效指标 under the same header are two sets, not one list (_q-hn-ningxiang-batang-2021-infrastructure)', () => {
    const ningxiang = (first: string) =>
      project([
        ['项目绩效目标表'],
        ['项目名称', '镇域内基础设施建设'],
        [first, '一级指标', '二级指标', '指标内容', '指标值'],
        [null, '产出指标', '数量指标', '改造集镇立面', '≥3处'],
        ['年度绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
        [null, '产出指标', '数量指标', '改造集镇立面', '≥1处'],
      ]);
    expect(recognizeSheet(ningxiang('长期绩效指标')).map((t) => t.indicators!.indicators.length)).toEqual([1, 1]);
    expect(recognizeSheet(ningxiang('中期绩效指标')).map((t) => t.indicators!.indicators.length)).toEqual([1, 1]);
    expect(recognizeSheet(ningxiang('年度绩效指标1')).map((t) => t.indicators!.indicators.length)).toEqual([2]);
  });

  it('a header with other columns (分值 added) is another table’s', () => {
    const grid = project([
      ['项目名称', '监测'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '监测点', '≥8个'],
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '监测点', '≥8个', '8个', 50, 50],
    ]);
    expect(recognizeSheet(grid).map((t) => t.kind)).toEqual(['project-targets', 'project-self-evaluation']);
  });
});

describe('黄石’s 项目支出绩效目标批复表 (v-hb-huangshi-2022-party-school-training)', () => {
  /** 指标值 over 2021年实际实现值 | 预期2022年实现值; 产出指标 written in the third row of its block; a stamp line under it. */
  const huangshi = (opts: { level1Row?: number; seal?: string; merges?: 'kept' | 'dropped' } = {}) => {
    const l1 = opts.level1Row ?? 9;
    const rows: (string | number | null)[][] = [
      ['项目支出绩效目标批复表'],
      ['(2022年度)'],
      ['项目名称', '主体班', null, null, '项目负责人'],
      ['项目金额', '164万元', null, null, '其中:当年市级财政资金', '132万元'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', null, '指标标准或依据'],
      [null, null, null, null, '2021年实际实现值', '预期2022年实现值'],
      [null, null, '数量指标', '主体班培训人次', null, '280人次'],
      [null, null, null, '情景教学或外训批次', null, '6次'],
      [null, null, null, '开设课程门数', null, '220门'],
      [null, null, '质量指标', '培训完成率', null, '100%'],
      [null, '效益指标', '社会效益指标', '学员结业考试合格率', null, '≥90%'],
      [null, '满意度指标', '服务对象满意度指标', '学员满意度', null, '≥95%'],
      [opts.seal ?? '财政资金管理科室(盖章) 年 月 日', null, null, null, '财政绩效管理科室(盖章) 年 月 日'],
    ];
    rows[l1 - 1][1] = '产出指标';
    const merges = opts.merges === 'dropped' ? [] : ['A5:A12', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:F5', 'G5:G6', 'C7:C9', 'A13:D13', 'E13:G13'];
    return project(rows, merges);
  };

  it('the target is the column headed 预期2022年实现值, not last year’s result beside it; the indicators start under the headings', () => {
    for (const merges of ['kept', 'dropped'] as const) {
      const [t] = recognizeSheet(huangshi({ merges }));
      expect(t.indicators!.indicators.map((i) => [i.row + 1, i.target.cell, i.target.value.text])).toEqual([
        [7, 'F7', '280人次'],
        [8, 'F8', '6次'],
        [9, 'F9', '220门'],
        [10, 'F10', '100%'],
        [11, 'F11', '≥90%'],
        [12, 'F12', '≥95%'],
      ]);
    }
  });

  it('a 一级 written lower in its first 二级 run holds the rows above it; the stamp line ends the list; 项目金额 | 164万元 gives the unit', () => {
    const [t] = recognizeSheet(huangshi());
    expect(t.indicators!.indicators.map((i) => i.level1.text)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(t.indicators!.runs.map((r) => `${r.level1.text}/${r.level2.text}`)).toEqual(['产出指标/数量指标', '产出指标/质量指标', '效益指标/社会效益指标', '满意度指标/服务对象满意度指标']);
    // The amount's own 万元 gives the unit; 项目金额 is no fund block (a name under 成本指标 often reads so).
    expect([t.unit, t.funds]).toEqual(['万元', undefined]);
    expect(at(huangshi())).toEqual([]);
    expect(at(huangshi({ merges: 'dropped' }))).toEqual([]);
  });

  it('a 一级 below its 二级 run (a 二级 of its own above it) leaves the rows above without one', () => {
    expect(at(huangshi({ level1Row: 10 }))).toEqual(['missing-category@B7']);
  });

  it('a line to stamp ends the list: (盖章) with or without the blank date; a line with a date filled in is no stamp line', () => {
    expect(at(huangshi({ seal: '主管部门(盖章)' }))).toEqual([]);
    expect(at(huangshi({ seal: '审核人签字:' }))).toEqual([]);
    expect(at(huangshi({ seal: '2022年3月1日' })).length).toBeGreaterThan(0);
  });
});

describe('forms a ninth round of published tables showed (w-*)', () => {
  /** The central transfer payments' 自评表: 全年预算数 | 全年执行数 | 预算执行率, no 分值 or 得分 (朝天's, w-sc-chaotian-2023-fitness-center-eval). */
  const chaotian = (opts: { executed?: number; partExecuted?: number; partRate?: string; actual?: string; reason?: string } = {}) =>
    project(
      [
        ['中央转移支付广元市朝天区全民健身中心项目绩效自评表'],
        ['(2023年度)'],
        ['转移支付(项目)名称', '广元市朝天区全民健身中心项目'],
        ['资金投入情况(万元)', null, '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
        [null, '年度资金总额:', 2000, opts.executed ?? 1600, '80%'],
        [null, '其中:中央财政资金', 2000, opts.partExecuted ?? 1600, opts.partRate ?? '80%'],
        [null, '地方财政资金'],
        [null, '其他资金'],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施'],
        [null, '产出指标', '数量指标', '新建全民健身中心', '1个', opts.actual ?? '1个', opts.reason ?? null],
        [null, '效益指标', '社会效益指标', '健身人次', '≥5000人次', '6000人次'],
        [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%'],
      ],
      ['A1:G1', 'A2:G2', 'A4:B4', 'A5:A8'],
    );

  it('中央财政资金 / 地方财政资金 are the total’s lines: 执行数 1600.07 against a line of 1600 is a total-mismatch', () => {
    expect(at(chaotian())).toEqual([]);
    expect(at(chaotian({ executed: 1600.07, partExecuted: 1600 }))).toEqual(['total-mismatch@D5']);
  });

  it('a 其中 line’s typed rate is checked though nothing scores it', () => {
    expect(at(chaotian({ partRate: '79%' }))).toEqual(['rate-mismatch@E6']);
  });

  it('without weights, a result short of its target needs its reason: a smaller number, or work still under way (建设中)', () => {
    expect(at(chaotian({ actual: '0个' }))).toEqual(['missing-deviation-reason@G10']);
    // A word where a count was set is asked about as well (actual-unit-mismatch), as 朝天's reviewer did.
    expect(at(chaotian({ actual: '建设中' }))).toEqual(['actual-unit-mismatch@F10', 'missing-deviation-reason@G10']);
    expect(at(chaotian({ actual: '建设中', reason: '项目跨年度实施' }))).toEqual(['actual-unit-mismatch@F10']);
    expect(at(chaotian({ actual: '2个' }))).toEqual([]);
  });

  it('总体目标 | 全年实际完成情况 over their texts: the goal and its account (朝天’s, 阆中’s); 总体目标 | 中期目标 | 年度目标: the year’s (b-qingshan-2020-education)', () => {
    const goals = (heads: (string | null)[], texts: (string | null)[]) =>
      recognizeSheet(
        project([
          ['项目支出绩效目标表'],
          ['(2020年度)'],
          ['项目名称', '教育系统基础设施建设'],
          ['项目资金', '资金总额', 100],
          heads,
          texts,
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '新建校舍', '2所'],
          ['效益指标', '社会效益指标', '新增学位', '≥900个'],
          ['满意度指标', '服务对象满意度指标', '家长满意度', '≥90%'],
        ]),
      )[0];
    const account = goals(['总体目标完成情况', '总体目标', null, '全年实际完成情况'], [null, '完成省道建设', null, '建成32.1公里']);
    expect([account.goal?.cell, account.goalActual?.cell]).toEqual(['B6', 'D6']);
    const year = goals(['总体目标', '中期目标', null, '年度目标'], [null, '优化教育布局', null, '按计划完成重点项目建设']);
    expect([year.goal?.cell, year.goal?.text]).toEqual(['D6', '按计划完成重点项目建设']);
  });

  it('a row whose name says the category does not apply (本项目不适用此指标 | 无) needs no target (金安’s, w-ah-jinan-2025-tennis-open)', () => {
    const jinan = (name: string) =>
      project([
        ['项目支出绩效目标表'],
        ['(2025年度)'],
        ['项目名称', '网球公开赛'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '打造品牌赛事种类', '1种'],
        ['效益指标', '生态效益指标', name, '无'],
        ['效益指标', '社会效益指标', '观赛人次', '≥5000人次'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥95%'],
      ]);
    expect(at(jinan('本项目不适用此指标'))).toEqual([]);
    expect(at(jinan('该项目无此指标'))).toEqual([]);
    expect(at(jinan('减少碳排放'))).toEqual(['missing-target@D6']);
  });

  it('a target stated per head inside a sentence is per head, not an amount in the table’s 万元 (昭化’s, w-sc-zhaohua-2021-special-family-aid)', () => {
    const grid = project([
      ['项目支出绩效目标申报表'],
      ['(2021年度)'],
      ['项目名称', '特困家庭再扶助'],
      ['项目资金(万元)', '年度资金总额', 6.3],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '成本指标', '成本控制', '严格按照预算标准1000元/人给补助对象兑付补助'],
      ['产出指标', '数量指标', '扶助对象', '≥63人'],
      ['效益指标', '社会效益指标', '扶助覆盖行政村', '≥70村'],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%'],
    ]);
    expect(at(grid)).toEqual([]);
  });
});

describe('宁晋’s 绩效评价指标表: 评价内容 holds the 二级 before 指标名称 (n-heb-ningjin-2019-stipend)', () => {
  const ningjin = (opts: { blank?: boolean; heading?: string | null } = {}) => {
    const rows: (string | number | null)[][] = [
      ['2019年度宁晋县高中助学金项目绩效评价指标表'],
      ['评价指标', opts.heading === undefined ? '评价内容' : opts.heading, '指标名称', '指标说明', '目标值', '分值'],
      ['项目年度绩效目标(定量指标)', '制度指标', '规章制度建立与否', null, '已建立', 20],
      [null, '产出数量指标', '享受资助人数', '达到预计值', '2100人', 30],
      [null, '质量指标', '资助对象满意度', '达到目标值', '95%以上', 10],
      [null, '时效指标', '及时发放率', '达到目标值', '100%', 20],
      [null, '社会效益指标', '家庭经济困难学生顺利完成学业', null, '≥95%', 20],
      ['总分', null, null, null, null, 100],
    ];
    // A blank column inserted after 评价内容.
    const grid = opts.blank ? rows.map((r) => [...r.slice(0, 2), null, ...r.slice(2)]) : rows;
    return project(grid, ['A3:A7']);
  };

  it('reads 评价内容 as the 二级 column, standing for both levels; a heading the profile does not know there (制度指标) is the form’s own', () => {
    for (const blank of [false, true]) {
      const [t] = recognizeSheet(ningjin({ blank }));
      expect(t.indicators!.categorised).toBe(true);
      expect(t.indicators!.indicators.map((i) => i.level2.text)).toEqual(['制度指标', '产出数量指标', '质量指标', '时效指标', '社会效益指标']);
      const name = blank ? 'D5' : 'C5';
      expect(at(ningjin({ blank }))).toEqual([`category-mismatch@${name}`]);
    }
  });

  it('a column with no heading, or without two known 二级, is not the categories’ column', () => {
    expect(recognizeSheet(ningjin({ heading: null }))[0].indicators!.categorised).toBe(false);
    const grid = project([
      ['绩效评价指标表'],
      ['评价指标', '评价内容', '指标名称', '目标值'],
      [null, '制度建设', '规章制度建立与否', '已建立'],
      [null, '资金管理', '资金支出率', '95%'],
    ]);
    expect(recognizeSheet(grid)[0].indicators!.categorised).toBe(false);
  });
});

describe('forms a tenth round of published tables showed (x-*, y-*)', () => {
  it('a row an export filled with zeros (0 | 0.00% | 0) is an unused slot, not an indicator (奉节’s 审批表, x-cq-fengjie-2023-safety-reporting-reward)', () => {
    const fengjie = (name: string | number, target: string) =>
      project([
        ['财政项目支出绩效目标审批表'],
        ['( 2023年度)'],
        ['项目名称', '安全生产举报奖'],
        ['年度绩效目标(90分)', '一级指标', '二级指标', '三级指标', '指标值', '分值'],
        [null, '成本指标', '经济成本指标', '举报奖励成本', '≤100万元', 20],
        [null, '成本指标', '社会成本指标', name, target, 0],
        [null, '产出指标', '数量指标', '举报奖励次数', '≥5次', 40],
        [null, '效益指标', '社会效益指标', '隐患整改率', '≥95%', 20],
        [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 10],
      ]);
    expect(recognizeSheet(fengjie('0', '0.00%'))[0].indicators!.indicators).toHaveLength(4);
    expect(recognizeSheet(fengjie(0, '0'))[0].indicators!.indicators).toHaveLength(4);
    // Its percent sign full-width, as a Chinese input method types it.
    expect(recognizeSheet(fengjie('0', '0.00％'))[0].indicators!.indicators).toHaveLength(4);
    expect(at(fengjie('0', '0.00%'))).toEqual([]);
    // A zero target under a real name is the indicator's own (零事故).
    expect(recognizeSheet(fengjie('安全事故数', '0'))[0].indicators!.indicators).toHaveLength(5);
  });

  it('25TB is a quantity with its unit; 全天候可用 is assessable; 以当年为主 is not; 群众满意度指标 is 服务对象满意度 (y-hb-huangshi-2022-library-sharing-eval, y-hb-tongcheng-tanghu-2020-dept-eval)', () => {
    const library = (storage: string, hours: string, period: string) =>
      project([
        ['2022年度共享工程项目自评表'],
        ['项目名称', '共享工程'],
        ['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值'],
        ['产出指标', '数量指标', '存储备份器容量', storage, storage],
        ['产出指标', '时效指标', '读者使用时长', hours, hours],
        ['产出指标', '质量指标', '资源采购期', period, period],
        ['效益指标', '社会效益指标', '数字资源访问人次', '≥5000人次', '6000人次'],
        ['满意度指标', '群众满意度指标', '读者满意度', '≥90%', '95%'],
      ]);
    expect(at(library('25TB', '全天候可用', '当年采购'))).toEqual([]);
    expect(at(library('25', '全天候可用', '当年采购'))).toEqual(['missing-unit@D4']);
    expect(at(library('25TB', '全天候可用', '资源采购期以当年为主'))).toEqual(['vague-target@D6']);
  });

  it('an old year in a goal merged over three cells, the merge undone and filled: one finding, at its first cell', () => {
    const goal = '按照2020年实施方案开展疾病防控工作';
    const grid = (filled: boolean) =>
      project(
        [
          ['部门整体支出绩效目标表'],
          ['(2024年度)'],
          ['部门名称', '疾控中心'],
          ['整体绩效目标', goal, filled ? goal : null, filled ? goal : null],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '开展检测', '≥20次'],
          ['效益指标', '社会效益指标', '传染病报告率', '100%'],
        ],
        filled ? [] : ['B4:D4'],
      );
    expect(at(grid(false)).filter((f) => f.startsWith('stale-year'))).toEqual(['stale-year@B4']);
    expect(at(grid(true)).filter((f) => f.startsWith('stale-year'))).toEqual(['stale-year@B4']);
  });
});

describe('forms an eleventh round of published tables showed (z-*, aa-*)', () => {
  it('一级指标 | (no heading) | 三级指标: the column between holds the 二级 (忠县’s, aa-cq-zhongxian-tujing-2021-resettlement-road-eval)', () => {
    const zhongxian = (second: string) =>
      project([
        ['中央、市级专项转移支付绩效目标自评表'],
        ['(2021年度)'],
        ['专项(项目)名称', '移民安置区精准帮扶项目'],
        ['一级指标', null, '三级指标', '年度指标值', '全年完成值'],
        ['产出指标', '数量指标', '新建道路', '524m', '524m'],
        ['产出指标', second, '工程验收合格率', '100%', '100%'],
        ['效益指标', '社会效益指标', '受益群众', '≥800人', '900人'],
      ]);
    const [t] = recognizeSheet(zhongxian('质量指标'));
    expect(t.indicators!.indicators.map((i) => [i.level2.text, i.name.text, i.target.cell])).toEqual([
      ['数量指标', '新建道路', 'D5'],
      ['质量指标', '工程验收合格率', 'D6'],
      ['社会效益指标', '受益群众', 'D7'],
    ]);
    // Unless its cells name 二级: no header there.
    expect(recognizeSheet(project([['项目名称', '道路'], ['一级指标', null, '三级指标', '指标值'], ['产出指标', '道路', '新建道路', '524m'], ['效益指标', '群众', '受益群众', '≥800人']]))).toEqual([]);
    // A blank column beside it (one inserted in the table) is passed; a second column of text is not.
    const widened = (extra: string | null) =>
      project([
        ['项目名称', '移民安置区精准帮扶项目'],
        ['一级指标', null, null, '三级指标', '年度指标值'],
        ['产出指标', extra, '数量指标', '新建道路', '524m'],
        ['效益指标', null, '社会效益指标', '受益群众', '≥800人'],
      ]);
    expect(recognizeSheet(widened(null))[0].indicators!.indicators.map((i) => [i.level2.text, i.target.cell])).toEqual([['数量指标', 'E3'], ['社会效益指标', 'E4']]);
    expect(recognizeSheet(widened('道路'))).toEqual([]);
  });

  it('指标性质 | 指标方向: the comparators are read from the column that holds them (巴彦淖尔’s, z-nm-bayannur-2024-port-land-eval)', () => {
    const grid = project([
      ['项目支出绩效自评表 (2024年度)'],
      ['项目名称', '自然资源业务支出'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '年度指标值', '实际完成值', '计量单位'],
      ['产出指标', '数量指标', '租车次数', '正向', '大于等于', 1, 1, '次'],
      ['产出指标', '数量指标', '宣传美工制作个数', '正向', '小于等于', 1, 1, '个'],
      ['效益指标', '社会效益指标', '群众知晓率', '正向', '大于等于', 90, 95, '%'],
    ]);
    expect(recognizeSheet(grid)[0].indicators!.indicators.map((i) => i.target.value.kind === 'quantity' && i.target.value.comparator)).toEqual(['>=', '<=', '>=']);
  });

  it('指标方向 (≤ ≥ 是/否) before a target column per place (秀屿’s, aa-fj-xiuyu-2025-flood-damage-repair)', () => {
    const grid = project([
      ['秀屿区2025年省级第七批水利专项资金绩效目标表'],
      ['项目名称', '省级第七批水利专项资金'],
      ['一级指标', '二级指标', '三级指标', '指标解释', '指标方向', '笏石街道办', '埭头镇'],
      ['产出指标', '数量指标', '开展修复工程(个)', '反映修复项目开展情况', '≥', 1, 1],
      ['产出指标', '时效指标', '项目开展率(%)', '反映修复开展情况', '≥', '100%', '100%'],
      ['效益指标', '社会效益指标', '受益人口(人)', '反映受益情况', '≥', 300, 200],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => [i.target.cell, i.target.value.kind === 'quantity' && i.target.value.comparator])).toEqual([
      ['F4', '>='],
      ['F5', '>='],
      ['F6', '>='],
    ]);
    expect(at(grid)).toEqual([]);
  });

  it('半年(程)指标值 | 全年(程)指标值: the whole year’s is the target; a criterion named for a quality answered with it (规范性 | 规范) is assessable (镇江’s, z-js-zhenjiang-2024-pearl-buck-park)', () => {
    const grid = project([
      ['2024年度赛珍珠文化公园运转经费项目绩效公开'],
      ['项目名称', '赛珍珠文化公园运转经费'],
      ['一级指标', '二级指标', '三级指标', '半年(程) 指标值', '全年(程) 指标值'],
      ['产出指标', '数量指标', '开放天数', '≥150天', '≥300天'],
      ['产出指标', '质量指标', '立项程序规范性', '规范', '规范'],
      ['效益指标', '社会效益指标', '游客人次', '≥2万人次', '≥5万人次'],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => i.target.cell)).toEqual(['E4', 'E5', 'E6']);
    expect(at(grid)).toEqual([]);
  });

  it('专项资金预算绩效目标申报表 is a project’s targets table; 三级指标内容 heads the names (南岳’s, aa-hn-nanyue-2020-youth-center-fund)', () => {
    const [t] = recognizeSheet(
      project([
        ['专项资金预算绩效目标申报表'],
        ['(2020年度)'],
        ['填报单位', '南岳区青少年校外活动中心'],
        ['一级指标', '二级指标', '三级指标内容', '指标值'],
        ['产出', '数量指标', '开放功能室', '≥80次'],
        ['效益', '社会效益指标', '参加学生数', '≥930人'],
      ]),
    );
    expect([t.kind, t.title?.cell, t.fiscalYear, t.indicators!.indicators.length]).toEqual(['project-targets', 'A1', 2020, 2]);
  });

  it('社会公众或服务对象满意度指标 under 效益指标 is the 2015 transfer-payment form’s place (青山’s, aa-hb-qingshan-2020-rural-school-renovation)', () => {
    const qingshan = (level2: string) =>
      project([
        ['绩效目标表'],
        ['(2020年度)'],
        ['项目名称', '农村义务教育薄弱学校改造补助资金'],
        ['一级指标', '二级指标', '指标内容', '指标值'],
        ['产出指标', '数量指标', '改造学校', '3所'],
        ['效益指标', '可持续影响指标', '办学条件改善年限', '≥10年'],
        ['效益指标', level2, '学生家长满意度', '≥90%'],
      ]);
    expect(at(qingshan('社会公众或服务对象满意度指标'))).toEqual([]);
    expect(at(qingshan('服务对象满意度指标'))).toEqual(['category-mismatch@B7']);
  });

  it('a day cited as the ground of the work (根据2020年9月29日…签署的合同) is no stale year; 产出质量指标 is 质量 (百色’s, z-gx-baise-2023-tianli-school-subsidy)', () => {
    const baise = (content: string) =>
      project([
        ['2023年度预算项目绩效目标公开表'],
        ['项目名称', '百色天立学校办学补贴'],
        ['项目实施内容', content],
        ['一级指标', '二级指标', '指标内容', '指标值'],
        ['产出指标', '产出数量指标', '新增学位', '≥600个'],
        ['产出指标', '产出质量指标', '办学达标率', '100%'],
        ['效益指标', '社会效益指标', '优质学位增加', '≥600个'],
      ]);
    expect(at(baise('根据2020年9月29日市人民政府与投资公司签署的《投资合同》支付办学补贴'))).toEqual([]);
    expect(at(baise('根据2020年实施方案支付办学补贴'))).toEqual(['stale-year@B3']);
  });

  it('a fund part label filled down its undone merge is still that part (镇江’s 财政拨款 over its 小计 and lines)', () => {
    const zhenjiang = (filled: boolean) =>
      project(
        [
          ['项目绩效公开'],
          ['项目名称', '赛珍珠文化公园运转经费'],
          ['项目资金 (万元)', '资金总额', null, 80],
          [null, '财政拨款', '小计', 80],
          [null, filled ? '财政拨款' : null, '一般公共预算资金', 80],
          [null, filled ? '财政拨款' : null, '政府性基金', null],
          [null, '上年结转资金', null, 0],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '开放天数', '≥300天'],
          ['效益指标', '社会效益指标', '游客人次', '≥5万人次'],
        ],
        filled ? [] : ['B4:B6'],
      );
    expect(at(zhenjiang(false))).toEqual([]);
    expect(at(zhenjiang(true))).toEqual([]);
  });
});

describe('forms a twelfth round of published tables showed (bb-*, cc-*)', () => {
  /** 历城's 自评表: 预期指标值(A) | 实际完成指标值(B) | 分值 | 得分, `-` in the rows left unused. */
  const licheng = (cost: string) =>
    project([
      ['区级部门预算项目支出绩效自评表'],
      ['( 2019 年度)'],
      ['项目名称', '商品和服务支出', null, null, '单位:万元'],
      ['一级指标', '二级指标', '三级指标', '预期指标值(A)', '实际完成指标值(B)', '分值', '得分', '未完成原因'],
      ['产出指标(50分)', '数量指标', '全年免费开放天数', '≥300天', '310天', 25, 25],
      [null, '-', '-'],
      [null, '成本指标', '实际成本', cost, cost, 25, 25],
      ['效益指标(50分)', '社会效益指标', '服务群众人次', '≥5万人次', '6万人次', 50, 50],
      ['总分', null, null, null, null, 100, 100],
    ]);

  it('预期指标值(A) and 实际完成指标值(B) head the target and the result; a `-` where an unused row’s 二级 would be is no category (bb-sd-licheng-2019-culture-center-free-opening-eval)', () => {
    const [t] = recognizeSheet(licheng('≤45万元'));
    expect(t.indicators!.indicators.map((i) => [i.target.cell, i.evaluation?.actual.cell])).toEqual([
      ['D5', 'E5'],
      ['D7', 'E7'],
      ['D8', 'E8'],
    ]);
    expect(at(licheng('≤45万元'))).toEqual([]);
    expect(at(licheng('45万'))).toEqual(['unit-mismatch@D7', 'unit-mismatch@E7']);
  });

  it('a 总分 typed beside its label in a form without 分值 is the typed total (保山’s, bb-yn-baoshan-2022-spring-festival-visits-eval)', () => {
    const baoshan = (total: number, merged: boolean) =>
      project(
        [
          ['2022年度项目支出绩效自评表'],
          ['项目名称', '春节走访慰问经费'],
          ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
          [null, '年度财政资金总额', null, 34.64, 34.64, '100%', 20],
          ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          [null, '产出指标', '数量指标', '慰问对象', '≥500人', '585人', 40],
          [null, '效益指标', '社会效益指标', '对象总体稳定率', '100%', '100%', 30],
          [null, '满意度指标', '服务对象满意度指标', '慰问对象满意率', '100%', '100%', 10],
          ['总分(100分)', total, null, '自评等级', '优', null, null],
        ],
        merged ? ['A3:A4', 'B9:C9', 'E9:G9'] : ['A3:A4'],
      );
    expect(recognizeSheet(baoshan(100, true))[0].totalScore?.score?.cell).toBe('B9');
    expect(at(baoshan(100, true))).toEqual([]);
    expect(at(baoshan(100, false))).toEqual([]);
    expect(at(baoshan(99, false))).toEqual(['score-mismatch@B9']);
  });
});

describe('forms a thirteenth round of published tables showed (dd-*, ee-*)', () => {
  it('a period as the name (时效 | 全年) is no name; a fund’s own title (…奖励资金区域绩效目标表) is a project’s; a unit label’s closing bracket may be lost', () => {
    const grid = (name: string, title: string, unitLabel: string) =>
      project([
        [title],
        ['资金名称', '生猪调出大县奖励资金'],
        [unitLabel, '年度资金总额', 397],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '时效指标', name, '1-12月'],
        ['效益指标', '社会效益指标', '生猪出栏量稳定率', '≥95%'],
      ]);
    expect(at(grid('全年', '生猪调出大县奖励资金区域绩效目标表', '资金情况(万元)'))).toEqual(['missing-indicator-name@C5']);
    expect(at(grid('资金拨付时间', '生猪调出大县奖励资金区域绩效目标表', '资金情况(万元)'))).toEqual([]);
    const [t] = recognizeSheet(grid('资金拨付时间', '生猪调出大县奖励资金区域绩效目标表', '年度预算申请(万元'));
    expect([t.kind, t.title?.cell, t.unit]).toEqual(['project-targets', 'A1', '万元']);
  });
});

describe('Hunan’s 2017 部门整体支出绩效目标申报表: the indicators as prose beside their 一级 (u-hn-nanyue-2017-school-dept-targets, dd-hn-yanling-2017-transport-dept-targets)', () => {
  const declaration = (rows: (string | null)[][], merges: string[]) =>
    project(
      [
        ['部门整体支出绩效目标申报表'],
        ['2017 年度)'],
        ['部门名称', '南岳区实验中学'],
        ['整体绩效目标', '目标1:保障在职人员89人的正常办公。'],
        ...rows,
        ['财政部门审核意见', '(盖章) 年 月 日'],
      ],
      merges,
    );

  it('one 二级 a row (质量指标:…): its 二级 named before the colon, the rest its target; satisfaction under 效益 is the form’s place', () => {
    const grid = declaration(
      [
        ['部门整体支出\n年度绩效指标', '产出指标', '时效指标:按时完成教学任务,顺利完成中考。'],
        [null, null, '成本指标:全年预算全额用于保障教育教学。'],
        [null, '效益指标', '社会效益指标:中考成绩进一步稳定。'],
        [null, null, '服务对象满意度指标:家长满意度95%以上。'],
      ],
      ['A5:A8', 'B5:B6', 'B7:B8'],
    );
    const [t] = recognizeSheet(grid);
    expect([t.kind, t.fiscalYear]).toEqual(['department-targets', 2017]);
    expect(t.indicators!.indicators.map((i) => [i.level1.text, i.level2.text, i.target.cell, i.target.text])).toEqual([
      ['产出指标', '时效指标', 'C5', '按时完成教学任务,顺利完成中考。'],
      ['产出指标', '成本指标', 'C6', '全年预算全额用于保障教育教学。'],
      ['效益指标', '社会效益指标', 'C7', '中考成绩进一步稳定。'],
      ['效益指标', '服务对象满意度指标', 'C8', '家长满意度95%以上。'],
    ]);
    expect(at(grid)).toEqual(['vague-target@C6', 'vague-target@C7']);
  });

  it('a list 指标1… 指标2… in one cell per 一级 is compound; no 二级 or name asked of prose', () => {
    const grid = declaration(
      [
        ['部门整体支出 年度绩效指标', '产出指标', '指标1部门重点支出占部门整体支出的比例是15%: 指标2部门整体支出支付进度为100%'],
        [null, '效益指标', '指标1(社会效益):工程建设有新亮点 指标2(满意度):满意'],
      ],
      ['A5:A6'],
    );
    expect(at(grid)).toEqual(['compound-target@C5', 'compound-target@C6']);
  });

  it('next year’s template, its prose cells blank under the form’s own label, is still the form: a slot per row', () => {
    const grid = declaration(
      [
        ['部门整体支出\n年度绩效指标', '产出指标', null],
        [null, null, null],
        [null, '效益指标', null],
      ],
      ['A5:A7', 'B5:B6'],
    );
    const [t] = recognizeSheet(grid);
    expect([t.kind, t.fiscalYear, t.indicators?.indicators.map((i) => [i.level1.text, i.target.cell])]).toEqual([
      'department-targets',
      2017,
      [
        ['产出指标', 'C5'],
        ['产出指标', 'C6'],
        ['效益指标', 'C7'],
      ],
    ]);
  });

  it('a 绩效指标 label beside a header of 一级指标, or beside a category with no text, is no prose', () => {
    expect(proseHeaderOf(project([['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']]))).toBeNull();
    expect(proseHeaderOf(project([['年度绩效指标', '产出指标', '短']]))).toBeNull();
    // The label typed again after a Word page break, beside a row of the list (衡山's second reading,
    // r-hn-hengshan-2020-grain-reserve-eval-rr), its 二级 spaced out or long: a category, no prose.
    expect(proseHeaderOf(project([['绩效指标', '效益指标', '生 态 效 益 指 标', '低温、低氧、低剂量科学保粮率', '100%']]))).toBeNull();
    expect(proseHeaderOf(project([['绩效指标', '满意度指标', '社会公众或服务对象满意度指标', '市民满意度', '90%']]))).toBeNull();
    expect(proseHeaderOf(project([['部门整体支出年度绩效指标', '产出指标', '质量指标:学校的教育教学秩序良好,力争毕业生合格率达100%']]))).not.toBeNull();
  });
});

function proseHeaderOf(grid: Grid) {
  const labels = new LabelMap(grid);
  const hit = labels.hits.find((h) => h.label.kinds.includes('indicator-block'))!;
  return proseHeaderAt(labels, hit);
}

describe('forms a fourteenth round of published tables showed (ff-*, gg-*)', () => {
  const selfEval = (rows: (string | number | null)[][], merges: string[] = []) =>
    project(
      [
        ['2022年度项目支出绩效自评表'],
        ['项目名称', '海绵城市申报'],
        ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        [null, '年度财政资金总额', null, 200, 195.5, '97.75%', 19.55],
        ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        ...rows,
      ],
      ['A3:A4', ...merges],
    );

  it('a name ending in a counted thing and 数 (报告数, 企业数) needs no unit after its number; one ending in the unit itself (抽验批次) does, as 培训场次 (遂宁’s, gg-sc-suining-jkq-2021-drug-cosmetic-device-region-eval)', () => {
    const grid = selfEval([
      [null, '产出指标', '数量指标', '化妆品抽验批次', '≥3', '7', 20],
      [null, '效益指标', '社会效益指标', '不良反应每百万人口报告数', '≥150', '150', 40],
      [null, '满意度指标', '服务对象满意度指标', '药品监管企业数', '≥124', '253', 20],
      ['总分', null, null, null, null, null, 99.55],
    ]);
    expect(at(grid)).toEqual(['missing-unit@E6']);
  });

  it('200万 against 195.5万元 is one money (the 万 is the target’s slip alone); 通过 is a pass; 群众满意度 | 满意 sets no level; a total typed 99.55分 beside its label (黄石’s, gg-hb-huangshi-2022-sponge-city-application-eval)', () => {
    const grid = selfEval(
      [
        [null, '产出指标', '质量指标', '通过专家评审', '通过', '通过', 20],
        [null, '产出指标', '成本指标', '宣传片制作费', '200万', '195.5万元', 20],
        [null, '效益指标', '社会效益指标', '指导城市建设项目数', '≥3个', '3个', 20],
        [null, '满意度指标', '服务对象满意度指标', '群众满意度', '满意', '完成', 20],
        ['总分', '99.55分', null, null, null, null, null],
      ],
      ['B10:G10'],
    );
    expect(recognizeSheet(grid)[0].totalScore?.score?.reading).toMatchObject({ kind: 'number', value: 99.55 });
    expect(at(grid)).toEqual(['unit-mismatch@E7', 'vague-target@E9']);
  });

  it('a blank column between a fund total’s label and its amount (资金总额 | | 100 | 其中:财政拨款 | 100): the amount past it (r-fj-anxi-2022-small-water-works with a column inserted)', () => {
    const grid = project([
      ['2022年省级第七批水利专项资金绩效目标表'],
      ['项目名称', '省级第七批水利专项资金'],
      ['资金情况(万元)', '资金总额', null, 100, '其中:财政拨款', 100, '其他资金', null],
      ['总体目标', '开展7个小型水利工程建设'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '开展小型水利工程建设', '7个'],
      ['效益指标', '社会效益指标', '受益人口', '≥300人'],
    ]);
    expect(recognizeSheet(grid)[0].funds?.total.amount?.cell).toBe('D3');
    expect(at(grid)).toEqual([]);
  });

  it('a group label filled down its undone merge beside a 合计’s lines is their group, as the merge was (宁德’s 资金结构, ff-fj-ningde-2020-earthquake-dept-eval; its filled variant in the corpus holds the guard)', () => {
    const ningde = (filled: boolean) => {
      const side = (r: number) => (filled || r === 0 ? '财政资金安排和使用情况' : null);
      return project(
        [
          ['部门整体支出绩效自评表'],
          ['( 2020 年度)'],
          ['部门(单位)名称', null, '宁德市地震局'],
          [side(0), '资金结构(万元)', '预算安排', '拨付金额'],
          [side(0), filled ? '资金结构(万元)' : null, '年初部门预算安排金额', '年度拨付金额'],
          [side(1), '财政资金小计', 130.54, 130.4],
          [side(2), '① 项目支出', 30, 30],
          [side(3), '② 基本支出', 100.54, 100.4],
          [side(4), '2.单位其它收入', 0, 0],
          [side(5), '合 计', 130.54, 130.4],
          ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '绩效目标值', '实际完成值', '指标分值', '自评得分'],
          [null, '产出指标', '数量指标', '抽查台站个数', '9个', '9个', 50, 50],
          [null, '效益指标', '社会效益指标', '科普受众人次', '≥1万人次', '1.2万人次', 50, 50],
        ],
        filled ? [] : ['A4:A10', 'B4:B5'],
      );
    };
    expect(at(ningde(false)).filter((f) => f.startsWith('total'))).toEqual([]);
    expect(at(ningde(true)).filter((f) => f.startsWith('total'))).toEqual([]);
  });
});

describe('forms a fifteenth round of published tables showed (stop 38)', () => {
  /** 塘湖镇's department self-evaluation (y-hb-tongcheng-tanghu-2020-dept-eval): no title, its fund line 部门整体支出总额. */
  const tanghu = (executed: number | null, rate: string) =>
    project(
      [
        ['单位名称', '塘湖镇人民政府'],
        ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        [null, '部门整体支出总额', null, 864.2, executed, rate, 20],
        ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [null, '产出指标', '数量指标', '办结信访案件', '168起', '168起', 40],
        [null, '效益指标', '社会效益指标', '群众满意度', '≥90%', '95%', 40],
      ],
      ['A2:A3', 'B3:C3', 'A4:A6'],
    );

  it('部门整体支出总额 is the fund block’s total line; under a self-evaluation’s fund header it makes no project of a department’s table', () => {
    const [table] = recognizeSheet(tanghu(864.2, '100%'));
    expect(table.kind).toBe('department-self-evaluation');
    expect(table.name?.text).toBe('塘湖镇人民政府');
    expect(table.evalFunds?.total.budget?.cell).toBe('D3');
    expect(table.evalFunds?.total.rate?.cell).toBe('F3');
    expect(at(tanghu(864.2, '100%'))).toEqual([]);
  });

  it('an amount typed with a bare 万 beside a money label in the header lines is a unit slip, wherever no block reads it (塘湖镇’s 基本支出总额 | 864.2万)', () => {
    const withLine = (amount: string | number, label = '基本支出总额') =>
      project(
        [
          ['单位名称', '塘湖镇人民政府'],
          [label, amount, null, '项目支出总额', 0],
          ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
          [null, '部门整体支出总额', null, 864.2, 864.2, '100%', 20],
          ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          [null, '产出指标', '数量指标', '办结信访案件', '168起', '168起', 40],
          [null, '效益指标', '社会效益指标', '群众满意度', '≥90%', '95%', 40],
        ],
        ['A3:A4', 'B4:C4', 'A5:A7'],
      );
    expect(at(withLine('864.2万'))).toEqual(['unit-mismatch@B2']);
    // In 万元, as a number, or beside no money label: nothing to say.
    expect(at(withLine('864.2万元'))).toEqual([]);
    expect(at(withLine(864.2))).toEqual([]);
    expect(at(withLine('3万', '服务人口'))).toEqual([]);
    // An amount a block reads is reported once, by the block (湘潭's 年度本级预算金额 | 250万).
    const block = project(
      [
        ['项目支出名称', '雾炮车降尘抑尘服务', null, '预算部门', '湘潭市环境卫生管理处'],
        ['年度本级 预算金额', '250万', null, '该项目支出上级资金', 0],
        ['本年度绩效目标', '全市空气质量达到优良'],
        ['本年度 绩效指标', '一级指标', '二级指标', '三级指标', '指标值及单位'],
        [null, '产出指标', '数量指标', '配备车辆数', '10辆'],
        [null, '效益指标', '社会效益指标', '市民满意度', '≥90%'],
      ],
      ['B1:C1', 'B2:C2', 'B3:E3', 'A4:A6'],
    );
    expect(at(block).filter((f) => f.startsWith('unit-mismatch'))).toEqual(['unit-mismatch@B2']);
  });

  it('a rate typed over a blank 执行数 rests on no stated spending', () => {
    expect(at(tanghu(null, '100%'))).toEqual(['rate-mismatch@F3']);
    expect(at(tanghu(null, '0%'))).toEqual([]);
  });
  /** 鄂州's 2019 project self-evaluations (ii-hb-ezhou-2019-*): the central form, its goal and account the year's money only. */
  const ezhou = (goal: string | number, account: string | number, deadline: [string, string, number]) =>
    project(
      [
        ['项目支出绩效自评表'],
        ['（2019年度）'],
        ['项目名称', '财政政务管理'],
        ['项目资金 (万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', 202, 202, 100, 10, '50%', 5],
        ['年度总体目标', '预期目标', null, null, '实际完成情况'],
        [null, goal, null, null, account],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '时效指标', '完成时限', deadline[0], deadline[1], 45, deadline[2], deadline[2] < 45 ? '部分项目延续至下年' : null],
        ['效益指标', '社会效益指标', '财政工作运行效率', '≥80%', '≥80%', 45, 45],
        ['总分', null, null, null, null, 100, 50 + deadline[2]],
      ],
      ['A4:A5', 'A6:A7', 'B6:D6', 'E6:H6', 'B7:D7', 'E7:H7', 'A11:E11'],
    );

  it('a goal and its account that are only amounts (202, 100) state no goal and no account', () => {
    expect(at(ezhou(202, 100, ['2019年', '2019年', 45]))).toEqual(['missing-goal@B7', 'missing-goal@E7']);
    expect(at(ezhou('本项目年度预算资金202万元', '完成年度财政政务管理，部分项目延续至下年', ['2019年', '2019年', 45]))).toEqual(['missing-goal@B7']);
    expect(at(ezhou('完成全年财政政务管理工作', '完成年度财政政务管理，部分项目延续至下年', ['2019年', '2019年', 45]))).toEqual([]);
  });

  it.each([
    ['基本完成年度目标。', ['missing-goal@E7']],
    ['已完成年度绩效目标', ['missing-goal@E7']],
    ['达到预期目标', ['missing-goal@E7']],
    // A bare 完成 is a terse yes its reviewer accepted (d-sc-daying-anke-2023); an account naming what was done is one.
    ['完成', []],
    ['完成年度目标：办结财政政务事项120件', []],
    // Only the money (the second reading of c-hubei-ezhou-2021); the money and what it did is an account.
    ['本年度财政拨款为202万元:执行数为100万元,完成预算的49.50%。', ['missing-goal@E7']],
    // Each clause on a line of its own (Alt+Enter in the cell): the same money, and no more.
    ['本年度财政拨款为202万元:\r\n执行数为100万元,\r\n完成预算的49.50%。', ['missing-goal@E7']],
    ['本年度执行100万元,办结财政政务事项120件', []],
  ])('an account that only claims the goal was met, or only states the money (%s), names nothing done', (account, findings) => {
    expect(at(ezhou('完成全年财政政务管理工作', account, ['2019年', '2019年', 45]))).toEqual(findings);
  });

  it('a deadline by the year alone (2019年) missed by a year (2020年) is no count of years: its partial score stands; 10 × 50% = 5 for 49.50% is the form’s own sum', () => {
    const findings = at(ezhou('完成全年财政政务管理工作', '完成年度财政政务管理，部分项目延续至下年', ['2019年', '2020年', 20]));
    expect(findings.filter((f) => f.startsWith('score-mismatch'))).toEqual([]);
  });
  /** 重庆's department self-evaluation (d-cq-kexuecheng-dept-2021): 当年绩效目标 over 年初 | 全年(调整) | 全年目标实际完成情况. */
  const chongqing = (account: string | null) =>
    project(
      [
        ['部门整体绩效自评表'],
        ['部门预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
        [null, 100, 100, 100, '100%', 10, 10],
        ['当年绩效目标', '年初绩效目标', null, null, '全年(调整)绩效目标', null, null, '全年目标实际完成情况'],
        [null, '完成全年新闻宣传任务，播发稿件2200篇', null, null, '无', null, null, account],
        ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)'],
        [null, '播发稿件数量', '篇', '定量指标', '2200', null, '2300', '100%', 90, 90],
      ],
      ['A2:A3', 'A4:A5', 'B4:D4', 'E4:G4', 'H4:J4', 'B5:D5', 'E5:G5', 'H5:J5'],
    );

  it('重庆’s goal labels: 当年绩效目标 heads 年初绩效目标 (the goal) and 全年目标实际完成情况 (its account)', () => {
    const [table] = recognizeSheet(chongqing('全年播发稿件2300篇'));
    expect(table.goal?.cell).toBe('B5');
    expect(table.goalActual?.cell).toBe('H5');
    expect(at(chongqing(null))).toEqual(['missing-goal@H5']);
  });

  it('the goal and targets as adjusted during the year are the ones in force where written (年初 无 or blank beside them, d-cq-kexuecheng-dept-2021-r3)', () => {
    const adjusted = (goal: string | null, initial: string | null, target: string | null, result: string, score: number) =>
      project(
        [
          ['部门整体绩效自评表'],
          ['部门预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
          [null, 100, 100, 100, '100%', 10, 10],
          ['当年绩效目标', '年初绩效目标', null, null, '全年(调整)绩效目标', null, null, '全年目标实际完成情况'],
          [null, '无', null, null, goal, null, null, '全年播发稿件2300篇'],
          ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)'],
          [null, '播发稿件数量', '篇', '定量指标', initial, target, result, '100%', 90, score],
        ],
        ['A2:A3', 'A4:A5', 'B4:D4', 'E4:G4', 'H4:J4', 'B5:D5', 'E5:G5', 'H5:J5'],
      );
    const [t] = recognizeSheet(adjusted('完成全年新闻宣传任务，播发稿件2200篇', null, '≥2200篇', '2300篇', 90));
    expect([t.goal?.cell, t.indicators!.indicators[0].target.cell, t.indicators!.indicators[0].target.text]).toEqual(['E5', 'F7', '≥2200篇']);
    expect(at(adjusted('完成全年新闻宣传任务，播发稿件2200篇', null, '≥2200篇', '2300篇', 90))).toEqual([]);
    // Held to the adjusted target: 1500 of 2200 earns 90 × 1500 ÷ 2200 = 61.36.
    expect(at(adjusted('完成全年新闻宣传任务，播发稿件2200篇', '≥1000篇', '≥2200篇', '1500篇', 90))).toContain('score-mismatch@J7');
    // Nothing adjusted: the year's first target and goal, as before.
    const [u] = recognizeSheet(adjusted('无', '≥2200篇', null, '2300篇', 90));
    expect([u.goal?.cell, u.indicators!.indicators[0].target.cell]).toEqual(['B5', 'E7']);
    // Neither written: the target is missing, at the year's first column.
    expect(at(adjusted('完成全年新闻宣传任务', null, null, '2300篇', 90))).toContain('missing-target@E7');
  });

  it('重庆’s fund line names nothing: the amounts under the header, beside 部门预算执行情况 merged down, are the total; a rate over no amount at all is flagged', () => {
    const [table] = recognizeSheet(chongqing('全年播发稿件2300篇'));
    expect(table.evalFunds?.total).toMatchObject({ row: 2, budget: { cell: 'C3' }, executed: { cell: 'D3' }, rate: { cell: 'E3' }, weight: { cell: 'F3' } });
    const blank = Grid.fromValues('表', [
      ['部门整体绩效自评表'],
      ['部门预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
      [null, null, null, null, '76%', 10, 7.6],
      ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)'],
      [null, '播发稿件数量', '篇', '定量指标', '2200', null, '2300', '100%', 90, 90],
    ], ['A2:A3']);
    expect(at(blank)).toEqual(['rate-mismatch@E3']);
    // A line of its own under the header (a label beside the amounts) is read as before, not as this.
    expect(recognizeSheet(tanghu(864.2, '100%'))[0].evalFunds?.total.label.text).toBe('部门整体支出总额');
  });
  /** The region self-evaluation's money as label | amount pairs (遂宁's and 安居's, gg-sc-*-region-eval). */
  const region = (layout: 'stacked' | 'row', budget: string | number, executed: string | number, rate: string) =>
    project([
      ['2021年中央对地方专项转移支付区域绩效目标自评表'],
      ['单位名称', '遂宁市市场监督管理局经开区分局'],
      ...(layout === 'stacked'
        ? [
            ['预算执行情况(万元)', '转移支付预算数(A)', budget, '预算执行率(B/A)', rate],
            [null, '转移支付执行数(B)', executed, null, null],
          ]
        : [['预算执行情况', '预算数:', budget, '执行数:', executed, null, 20]]),
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值'],
      ['产出指标', '数量指标', '化妆品抽验批次', '≥3批次', '7批次'],
      ['效益指标', '社会效益指标', '群众投诉处理率', '100%', '100%'],
    ]);

  it.each(['stacked', 'row'] as const)('the region form’s money as label | amount pairs (%s) is the fund line: its rate and its bare 万 are checked', (layout) => {
    const [table] = recognizeSheet(region(layout, 5.8, 5.8, '100%'));
    expect(table.kind).toBe('project-self-evaluation');
    expect(table.evalFunds?.total.budget?.cell).toBe('C3');
    expect(table.evalFunds?.total.executed?.cell).toBe(layout === 'stacked' ? 'C4' : 'E3');
    expect(at(region(layout, 5.8, 5.8, '100%'))).toEqual([]);
    // 安居's row names no rate: only 遂宁's typed 100% is checked against 5.2 ÷ 5.8.
    expect(at(region(layout, 5.8, 5.2, '100%'))).toEqual(layout === 'stacked' ? ['rate-mismatch@E3'] : []);
    expect(at(region(layout, '5.8万', '5.8万', '100%')).filter((f) => f.startsWith('unit'))).toEqual(layout === 'stacked' ? ['unit-mismatch@C3', 'unit-mismatch@C4'] : ['unit-mismatch@C3', 'unit-mismatch@E3']);
  });

  it('a label filled across its merged area undone (转移支付预算数(A) | 转移支付预算数(A) | 5.8万) still reads its amount past the copy', () => {
    const filled = project([
      ['2021年中央对地方专项转移支付区域绩效目标自评表'],
      ['单位名称', '遂宁市市场监督管理局经开区分局'],
      ['预算执行情况(万元)', '转移支付预算数(A)', '转移支付预算数(A)', '5.8万', '预算执行率(B/A)', '100%'],
      [null, '转移支付执行数(B)', '转移支付执行数(B)', '5.8万', null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值'],
      ['产出指标', '数量指标', '化妆品抽验批次', '≥3批次', '7批次'],
    ]);
    const [table] = recognizeSheet(filled);
    expect([table.evalFunds?.total.budget?.cell, table.evalFunds?.total.executed?.cell]).toEqual(['D3', 'D4']);
    expect(at(filled).filter((f) => f.startsWith('unit'))).toEqual(['unit-mismatch@D3', 'unit-mismatch@D4']);
  });

  it('words beside 预算数 (no amount) are no fund line', () => {
    expect(recognizeSheet(region('row', '见附件', '见附件', '100%'))[0].evalFunds).toBeUndefined();
  });

  it('the region form’s goal block is read; an account that repeats a goal of no figure word for word reports nothing done', () => {
    const [table] = recognizeSheet(regionGoals('目标1:深入开展食品风险隐患排查整治。', '目标1:深入开展食品风险隐患排查整治。'));
    expect(table.goal?.cell).toBe('B4');
    expect(table.goalActual?.cell).toBe('E4');
    expect(at(regionGoals('目标1:深入开展食品风险隐患排查整治。', '目标1:深入开展食品风险隐患排查整治。'))).toEqual(['missing-goal@E4']);
    // A goal of figures copied as met is an account of them (零陵's 造林1.2万亩, t-hn-lingling-2021-forestry-dept-eval).
    expect(at(regionGoals('目标1:抽检120批次。', '目标1:抽检120批次。'))).toEqual([]);
    expect(at(regionGoals('目标1:深入开展食品风险隐患排查整治。', '目标1:完成食品风险隐患排查120次。'))).toEqual([]);
    // A clause of the goal (中江's second reading, d-sc-zhongjiang-water-2022-rr); a short one proves nothing.
    expect(at(regionGoals('对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础', '对项目区农业用水计量，为项目区农业生产夯实基础'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals('对农村地区供水计量设施设备进行改进，对项目区农业用水计量', '已改进'))).toEqual([]);
    // A claim that the goal was met and a clause of it copied (石狮's, at-fj-shishi-2022-detention-center-eval); a claim beside a result is an account.
    const goal = '用于监区水电、维修、办公等经费支出,保障食堂运行和人员稳定,确保监区安全稳定';
    expect(at(regionGoals(goal, '项目实施情况已达到了规划预期效果,保障食堂运行和人员稳定。'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals(goal, '项目实施情况已达到了规划预期效果,食堂全年保障就餐12万人次。'))).toEqual([]);
    expect(at(regionGoals(goal, '已完成年度目标,确保监区安全稳定'))).toEqual(['missing-goal@E4']);
    // A short clause in common proves nothing.
    expect(at(regionGoals(goal, '已完成年度目标,安全稳定'))).toEqual([]);
    // How the money was handled and a bare completion rate (霍山's, all three readings of ak-ah-huoshan-2024-special-education-eval).
    expect(at(regionGoals(goal, '严格按照年初预算执行,采购手续合规合法,完成率100%。'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals(goal, '严格按照年初预算执行,采购教学软件2套、笔记本电脑4台,完成率100%。'))).toEqual([]);
    // 大英's 2019 form heads the account 实际完成目标 (at-sc-daying-2019-traffic-enforcement-tail-eval: the goal less its 保障).
    expect(at(regionGoals('保障道路交通执法工作顺利开展', '道路交通执法工作顺利开展', '实际完成目标'))).toEqual(['missing-goal@E4']);
  });
  it('an account that lists standing duties (负责…;承担…) says nothing done (巴彦淖尔’s, z-nm-bayannur-2024-port-land-eval)', () => {
    const goal = '目标1:通过开展自然调查,全面查清全市资源利用状况。';
    const duties = '负责编制辖区内国土空间规划并监督实施;承担辖区内国土空间生态修复工作;负责矿产资源管理工作;负责辖区内测绘地理信息管理工作。';
    expect(at(regionGoals(goal, duties))).toEqual(['missing-goal@E4']);
    // A figure of the year, or duties as one clause of an account, is an account.
    expect(at(regionGoals(goal, '负责编制国土空间规划1项;承担生态修复工作3处;负责矿产资源管理工作。'))).toEqual([]);
    expect(at(regionGoals(goal, '完成自然资源调查;负责矿产资源管理工作;开展测绘地理信息管理。'))).toEqual([]);
  });
  /** 安居's whole block: four numbered goals a row each, each account beside its goal. */
  const goalList = (lines: [string, string | null][], merged = true) =>
    project(
      [
        ['食品监管补助资金区域绩效目标自评表'],
        ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, null, 20],
        ['年度目标完成情况', '预期目标', null, null, '目标实际完成情况', null, 20],
        ...lines.map(([goal, account]) => [null, goal, null, null, account, null, null]),
        ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
        ['产出指标', '数量指标', '抽检批次', '≥100批次', '120批次', 45, 45],
        ['效益指标', '社会效益指标', '群众投诉处理率', '100%', '100%', 45, 45],
      ],
      merged ? [`A3:A${3 + lines.length}`, 'B3:D3', 'E3:F3', ...lines.flatMap((_, i) => [`B${4 + i}:D${4 + i}`, `E${4 + i}:F${4 + i}`])] : [],
    );
  const FOUR: [string, string | null][] = [
    ['目标1:深入开展食品风险隐患排查整治。', '目标1:深入开展食品风险隐患排查整治。'],
    ['目标2:加大违法行为打击力度。', '目标2:加大违法行为打击力度。'],
    ['目标3:加强基层监管人员监管业务培训。', '目标3:培训基层监管人员120人次。'],
    ['目标4:加大食品安全宣传力度。', null],
  ];

  it.each([true, false])('a goal block listing its goals a row each: every account is checked against its own goal (merged %s)', (merged) => {
    const [table] = recognizeSheet(goalList(FOUR, merged));
    expect(table.goalLines?.map((l) => [l.goal.cell, l.actual?.cell])).toEqual([['B5', 'E5'], ['B6', 'E6'], ['B7', 'E7']]);
    // 目标2 copied, 目标3 reported with a figure, 目标4 left blank.
    expect(at(goalList(FOUR, merged)).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@E4', 'missing-goal@E5', 'missing-goal@E7']);
  });

  it('text under a goal that is not numbered as it is, or spans the account’s column, is no goal of its own (青神’s next section)', () => {
    expect(recognizeSheet(goalList([['严格执行相关政策,保障工资及时足额发放。', '已按时足额发放。'], ['2.项目实施内容及过程概述', null]]))[0].goalLines).toBeUndefined();
    expect(recognizeSheet(goalList([['1.保障工资及时足额发放。', '已按时足额发放。'], ['目标2:减少结余资金。', '结余0元。']]))[0].goalLines).toBeUndefined();
    expect(recognizeSheet(goalList([['保障工资及时足额发放。', '已按时足额发放。'], ['减少结余资金。', '结余0元。']]))[0].goalLines).toBeUndefined();
    // Numbered as the first, but a heading across the account's column (青神's 2.项目实施内容及过程概述, B8:K8).
    const across = project(
      [
        ['年度目标完成情况', '预期目标', null, null, '目标实际完成情况', null],
        [null, '1.保障工资及时足额发放。', null, null, '已按时足额发放。', null],
        [null, '2.项目实施内容及过程概述', null, null, null, null],
        ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '得分'],
        ['产出指标', '数量指标', '发放人数', '20人', '20人', 50],
      ],
      ['A1:A3', 'B1:D1', 'E1:F1', 'B2:D2', 'E2:F2', 'B3:F3'],
    );
    expect(recognizeSheet(across)[0].goal?.cell).toBe('B2');
    expect(recognizeSheet(across)[0].goalLines).toBeUndefined();
  });

  it('发改委’s investment plan (实施效果指标 over 产出指标 / 效益指标, f-tj-baodi-2022): the form’s own levels, no unknown or missing category', () => {
    const grid = project(
      [
        ['2022年中央预算内投资计划绩效目标表'],
        ['专项名称', '农业绿色发展专项'],
        ['下达中央预算内投资（万元）', 2350],
        ['总 体 目 标', '提高畜禽粪污综合利用率和规模养殖场设施装备配套率。'],
        ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '实施效果指标', '产出指标', '建设项目个数（含续建）', '1个'],
        [null, null, null, '竣工验收合格率', '100%'],
        [null, null, '效益指标', '完工项目县畜禽粪污综合利用率', '≥90%'],
      ],
      ['A5:A8', 'B6:B8', 'C6:C7'],
    );
    expect(at(grid)).toEqual([]);
  });
});

describe('a block held to its headings’ formulas (Fujian’s 资金结构, stop 39)', () => {
  /** 宁德's 2020 form (ff-fj-ningde-2020-earthquake-dept-eval): ③=①+②, ⑤=④/③, ⑥=③-④, ⑦=⑥/③; ④ unnumbered. */
  const fujian = (line: (number | string | null)[], name = '宁德市地震局') =>
    project(
      [
        ['部门整体支出绩效自评表'],
        ['( 2020 年度)'],
        ['部门(单位)名称', null, name, null, null, null, '部门预算编码', null, 409001007],
        ['财政资金安排和使用情况', '资金结构\n(万元)', '预算安排', null, null, '拨付情况', null, '结余情况', null],
        [null, null, '年初部门预算安排金额(含历年结余结转)①', '年中调整金额②', '小计\n③=①+②', '年度拨付金额', '支出实现率(%)⑤=④/③', '本年度结余金额⑥=③-④', '资金结余率(%)⑦=⑥/③'],
        [null, '财政资金小计', ...line],
        [null, '① 项目支出', null, null, null, null, null, null, null],
        [null, '合 计', ...line],
        ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '绩效\n目标值', '实际\n完成值', '评分标准', '指标分值', '自评得分'],
        [null, '产出目标', '数量目标', '抽查地震监测台站运维情况个数', '9个', '9个', '达9个得满分', 50, 50],
        [null, '效益目标', '社会效益目标', '防震减灾知识知晓率', '≥80%', '85%', '达标得满分', 50, 50],
      ],
      ['A1:I1', 'A2:I2', 'A4:A8', 'B4:B5', 'C4:E4', 'F4:G4', 'H4:I4', 'A9:A11'],
    );
  const RIGHT = [130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08];

  it('reads the formulas, an unnumbered heading by its place (年度拨付金额 is ④), and the rows under them', () => {
    const [t] = recognizeSheet(fujian(RIGHT));
    expect(t.formulaBlock?.formulas.map((f) => [f.text, f.kind, f.heading.cell])).toEqual([
      ['③=①+②', 'sum', 'E5'],
      ['⑤=④/③', 'ratio', 'G5'],
      ['⑥=③-④', 'difference', 'H5'],
      ['⑦=⑥/③', 'ratio', 'I5'],
    ]);
    expect(t.formulaBlock?.rows.map((r) => r.name.text)).toEqual(['财政资金小计', '合 计']);
    expect(at(fujian(RIGHT))).toEqual([]);
  });

  it('holds each row to them: a 小计 that is no sum, a 结余 that is no difference, a rate that is no ratio', () => {
    expect(at(fujian([130.54, 58.07, 188.71, 188.45, 99.92, 0.26, 0.14]))).toEqual(
      // 小计 off by 0.1 in both rows; 结余 and its rate follow the typed 小计, the 实现率 does not.
      ['total-mismatch@E6', 'rate-mismatch@G6', 'total-mismatch@E8', 'rate-mismatch@G8'],
    );
    expect(at(fujian([130.54, 58.07, 188.61, 188.45, 99.92, 1.16, 0.08]))).toEqual(['total-mismatch@H6', 'rate-mismatch@I6', 'total-mismatch@H8', 'rate-mismatch@I8']);
    expect(at(fujian([130.54, 58.07, 188.61, 188.45, 98.5, 0.16, 0.08]))).toEqual(['rate-mismatch@G6', 'rate-mismatch@G8']);
    // A rate as a fraction shown to the percent (0.9992 → 99.92%; 宁德's 2018 form types 0.93 for 92.56%).
    expect(at(fujian([130.54, 58.07, 188.61, 188.45, 0.9992, 0.16, 0.0008]))).toEqual([]);
  });

  it('a heading without a formula, or numbers out of order, make no block', () => {
    const plain = fujian(RIGHT);
    const rows = [...Array(plain.rowCount).keys()].map((r) => [...Array(plain.colCount).keys()].map((c) => plain.cell(r, c).value as string | number | null));
    rows[4] = rows[4].map((v) => (typeof v === 'string' ? v.replace(/[①②③④⑤⑥⑦]|=.*$/gs, '') : v));
    expect(recognizeSheet(project(rows, ['A4:A8', 'B4:B5']))[0].formulaBlock).toBeUndefined();
    const shuffled = [...Array(plain.rowCount).keys()].map((r) => [...Array(plain.colCount).keys()].map((c) => plain.cell(r, c).value as string | number | null));
    shuffled[4][3] = '年中调整金额⑤';
    expect(recognizeSheet(project(shuffled, ['A4:A8', 'B4:B5']))[0].formulaBlock).toBeUndefined();
  });

  it('whole amounts too large for 万元 are reported where the unit is declared (资金结构(万元)); with cents they may be a big bureau’s', () => {
    const whole = [2537695, 213723, 2751418, 2546674, 92.56, 204744, 7.44];
    expect(at(fujian(whole, '中共宁德市委党史和地方志研究室'))).toEqual(['unit-mismatch@B4']);
    // 宁德's 2018 figures have cents (g-fj-ningde-dangshi-2018): nothing tells them from a big city's 万元.
    expect(at(fujian([2751417.82, 0, 2751417.82, 2546673.98, 92.56, 204743.84, 7.44], '中共宁德市委党史和地方志研究室'))).toEqual([]);
  });
});

describe('forms a round of new published tables showed (stop 39: jj-*, kk-*, ll-*)', () => {
  /** 彭水's 中央转移支付 self-evaluation (ll-cq-pengshui-2024-family-planning-transfer-eval), its fund lines in one criterion. */
  const pengshui = (special: number, merges = true) =>
    project(
      [
        ['彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表'],
        ['指标名称', null, null, '指标解释', '记录', null, null],
        ['一级指标', '二级指标', '三级指标', null, '自评内容', '完成情况', null],
        ['名称', '名称', '名称', null, null, null, null],
        ['项目预算管理', '资金投入', '预算编制科学性', '项目预算编制符合国家政策要求', '项目资金测算标准(文字描述)', '已按要求完成预算', null],
        [null, null, '预算资金安排', '预算安排情况。', '计划生育家庭特别扶助制度补助资金(万元)', null, null],
        [null, null, null, null, null, '年度预算资金总额:', 321.25],
        [null, null, null, null, null, '其中:中央补助', 166],
        [null, null, null, null, null, '市级资金', special],
        [null, null, null, null, null, '本级资金(包括结转结余)', 20.25],
      ],
      merges ? ['A1:G1', 'A2:C2', 'D2:D4', 'E2:G2', 'E3:E4', 'F3:G4', 'A5:A10', 'B5:B10', 'C6:C10', 'D6:D10'] : [],
    );

  it('彭水’s criteria sheet: 名称 under the level headings is the header’s, 项目预算管理 the framework’s 决策 (what to record, no target), and the fund lines in a criterion’s merged name are summed', () => {
    const [t, ...rest] = recognizeSheet(pengshui(135));
    expect(rest).toEqual([]);
    expect(t.indicators?.indicators[0].name.text).toBe('预算编制科学性');
    expect(t.innerFunds?.map((f) => [f.total.amount.cell, f.parts.map((p) => p.amount.cell)])).toEqual([['G7', ['G8', 'G9', 'G10']]]);
    expect(t.unit).toBe('万元');
    // A sheet of criteria alone has no 产出 or 效益 (彭水's page stops before them: its reviewer excuses them there).
    const cut = ['missing-level1@A3', 'missing-level1@A3'];
    expect(at(pengshui(135))).toEqual(cut);
    // 166 + 136 + 20.25 = 322.25 against 321.25.
    expect(at(pengshui(136))).toEqual([...cut, 'total-mismatch@G7']);
  });

  it('the fund lines written in the criterion’s target and result columns (彭水’s third reading) are the block’s lines, no indicators of their own', () => {
    const r3 = project(
      [
        ['彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表'],
        ['指标名称', null, null, '指标解释', '记录', null],
        ['一级指标', '二级指标', '三级指标', null, '自评内容', '完成情况'],
        ['名称', '名称', '名称', null, null, null],
        ['项目预算管理', '资金投入', '预算编制科学性', '项目预算编制符合国家政策要求', '项目资金测算标准(文字描述)', '已按要求完成预算'],
        [null, null, '预算资金安排', '预算安排情况。', '计划生育家庭特别扶助制度补助资金(万元)', null],
        [null, null, null, null, '年度预算资金总额:', 321.25],
        [null, null, null, null, '其中:中央补助', 166],
        [null, null, null, null, '市级资金', 136],
        [null, null, null, null, '本级资金(包括结转结余)', 20.25],
        [null, null, null, null, '其中:', null],
      ],
      ['A1:F1', 'A2:C2', 'D2:D4', 'E2:F2', 'E3:E4', 'F3:F4', 'A5:A11', 'B5:B11', 'C6:C11', 'D6:D11'],
    );
    const [t] = recognizeSheet(r3);
    expect(t.indicators?.indicators.map((i) => i.name.text)).toEqual(['预算编制科学性', '预算资金安排']);
    expect(t.innerFunds?.map((f) => [f.total.amount.cell, f.parts.map((p) => p.amount.cell)])).toEqual([['F7', ['F8', 'F9', 'F10']]]);
    expect(at(r3)).toContain('total-mismatch@F7');
  });

  it('a money label with its amount typed after the colon is the label, its bare 万 a slip; beside it, a fund name run into the amount is no number (武川’s, jj-nm-wuchuan-2021-minority-village-farm)', () => {
    const wuchuan = (label: string, merges: string[] = ['A3:A5', 'B3:C3', 'D3:E3', 'B4:C4', 'D4:E4']) =>
      project(
        [
          ['绩效目标申报表'],
          ['项目名称', '沙湾子少数民族聚居村养殖场基础设施建设项目'],
          ['资金情况 (万元)', label, merges.length === 0 ? label : null, '中央衔接推进乡村振兴补助资金(少数民族发展任务)50', null],
          [null, '其中:财政拨款', null, '中央衔接推进乡村振兴补助资金(少数民族发展任务)50', null],
          [null, '其他资金', null, null, null],
          ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
          [null, '产出指标', '数量指标', '新建养殖场个数', '≥1个'],
          [null, '效益指标', '社会效益指标', '受益户数', '≥26户'],
        ],
        merges,
      );
    expect(at(wuchuan('年度资金总额:50万'))).toEqual(['unit-mismatch@B3', 'amount-not-number@D3', 'amount-not-number@D4']);
    expect(at(wuchuan('年度资金总额:50万元'))).toEqual(['amount-not-number@D3', 'amount-not-number@D4']);
    // The merges undone and the label filled across: one label, one finding.
    const filled = wuchuan('年度资金总额:50万', []);
    expect(at(filled).filter((f) => f.startsWith('unit'))).toEqual(['unit-mismatch@B3']);
  });

  it('a goal that only says the project’s name again, joined by words of doing, states no goal (原州’s, jj-nx-yuanzhou-2022-border-tea-eval)', () => {
    const name = '2022年原州区健康饮茶“送茶入户”边销茶推广项目(2022年少数民族发展资金项目)';
    const grid = (goal: string) =>
      project([
        ['项目支出绩效目标表'],
        ['项目名称', name],
        ['年度总体目标', goal],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '发放边销茶人数', '3875人'],
        ['效益指标', '社会效益指标', '群众满意度', '≥90%'],
      ]);
    expect(at(grid('2022年原州区健康饮茶“送茶入户”边销茶推广项目,通过实施2022年原州区健康饮茶“送茶入户”边销茶推广项目,'))).toEqual(['missing-goal@B3']);
    // The name and what the year is to do: a goal.
    expect(at(grid('通过实施2022年原州区健康饮茶“送茶入户”边销茶推广项目,为3875名群众发放边销茶。'))).toEqual([]);
  });

  it('福建’s 2017 财政支出项目绩效目标表: 评价指标 over 一级 | 二级 | 目标n, then 绩效内容 | 绩效标准 | 全年绩效目标 (kk-fj-taiwan-2017-subsidy-targets)', () => {
    const rows = (filled: boolean) => [
      ['2017年财政支出项目绩效目标表'],
      ['专项名称', '台胞扶贫济困生活补贴'],
      ['绩效目标', '评价指标', filled ? '评价指标' : null, filled ? '评价指标' : null, '绩效内容', '绩效标准', '全年绩效目标'],
      [null, '投入', '成本目标', '目标1', '发放困难台胞生活补贴', '100%', '按实际情况发放'],
      [null, '产出', '数量目标', '目标1', '困难台胞补助受益人数', '200元/人·月', '困难台胞432人、高龄台胞1792人'],
      [null, null, null, '目标2', '开展联谊活动次数', '1次', '≥2次'],
    ];
    const want = ['vague-target@G4', 'compound-target@G5'];
    for (const [filled, merges] of [
      [false, ['A3:A6', 'B3:D3', 'B5:B6', 'C5:C6']],
      [true, []],
      [false, []],
    ] as const) {
      const [t] = recognizeSheet(project(rows(filled), [...merges]));
      expect(t.indicators?.indicators.map((i) => [i.level1.text, i.level2.text, i.name.text, i.target.cell])).toEqual([
        ['投入', '成本目标', '发放困难台胞生活补贴', 'G4'],
        ['产出', '数量目标', '困难台胞补助受益人数', 'G5'],
        ['产出', '数量目标', '开展联谊活动次数', 'G6'],
      ]);
      expect(at(project(rows(filled), [...merges])).filter((f) => !f.startsWith('missing-level1'))).toEqual(want);
    }
  });

  it('an account that repeats numbered goals of no figure, its numbering only changed, reports nothing done; goals of ranks repeated are an account of them', () => {
    // 普惠金融's (nn-sc-nd-inclusive-finance-fund-eval) and 宣城's (ff-ah-xuancheng-2021-earthquake-eval) 目标n: / n. lists.
    expect(at(regionGoals('目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面', '1.支持农村金融组织体系建设,扩大农村金融服务覆盖面'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals('目标1:省政府对市政府防震减灾目标管理绩效考核第一名。', '1.省政府对市政府防震减灾目标管理绩效考核第一名。'))).toEqual([]);
    // A year is no result's figure, a dropped clause and a past tense's 了 leave the copy a copy (南充's,
    // tt-sc-nanchong-2023-grain-for-green-eval; 宣城's 禁毒, tt-ah-xuancheng-2021-drug-control-eval).
    expect(at(regionGoals('兑现退耕还林补助资金,协助完成对我市2018年度退耕还林工程的检查验收,巩固退耕还林成果。', '兑现退耕还林补助资金,巩固退耕还林成果。'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals('有效打击毒品犯罪,遏制毒品蔓延势头。', '有效的打击了毒品犯罪,遏制了毒品蔓延势头。'))).toEqual(['missing-goal@E4']);
    // An account adding what was done is no copy.
    expect(at(regionGoals('有效打击毒品犯罪,遏制毒品蔓延势头。', '有效打击毒品犯罪,破获毒品案件12起。'))).toEqual([]);
    // One clause added that names no result, after three copied, leaves it a copy (宣城's, both readings); a figure in it does not.
    const goal = '支持禁毒业务工作,有效打击毒品犯罪,遏制毒品蔓延,进一步增强全民禁毒意识';
    expect(at(regionGoals(goal, '有效的打击了毒品犯罪,遏制了毒品蔓延,进一步增强了全民禁毒意识,提升了群众安全感和满意度。'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals(goal, '有效的打击了毒品犯罪,遏制了毒品蔓延,进一步增强了全民禁毒意识,破获毒品案件12起。'))).toEqual([]);
    expect(at(regionGoals(goal, '有效的打击了毒品犯罪,遏制了毒品蔓延,提升了群众安全感和满意度。'))).toEqual([]);
    // An age group is no figure either (炉霍's, vv-sc-luhuo-2021-infectious-disease-transfer-eval); a count beside it is.
    expect(at(regionGoals('目标1:继续为0-6岁适龄儿童常规接种。目标2:基本控制包虫病流行。', '目标1:继续为0-6岁适龄儿童常规接种。目标2:基本控制包虫病流行。'))).toEqual(['missing-goal@E4']);
    expect(at(regionGoals('目标1:为3000名0-6岁适龄儿童常规接种。', '目标1:为3000名0-6岁适龄儿童常规接种。'))).toEqual([]);
    // 每一个 is no count (永德's, j-yn-yongde-2022-nutrition).
    expect(at(regionGoals('确保每一个学生都能享受到国家政策福利,改善学生体质', '确保每一个学生都能享受到国家政策福利,改善学生体质'))).toEqual(['missing-goal@E4']);
  });

  it('a rate typed as a fraction to one decimal is right at that precision (施甸’s 0.1 for 94 ÷ 650, nn-yn-shidian-2019-new-agri-entities-eval); a whole 1 is 100%', () => {
    const grid = (rate: number) =>
      project([
        ['项目支出绩效自评表'],
        ['项目名称', '新型农业经营主体培育'],
        ['项目资金(万元)', null, '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', 650, 94, 20, rate, 2.9],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '培育主体数', '10个', '10个', 40, 40],
        ['效益指标', '社会效益指标', '农户满意度', '≥90%', '95%', 40, 40],
      ]);
    expect(at(grid(0.1)).filter((f) => f.startsWith('rate'))).toEqual([]);
    expect(at(grid(0.2)).filter((f) => f.startsWith('rate'))).toEqual(['rate-mismatch@F4']);
  });

  it('得分合计 is the total’s row, and a line naming who handled the table and when ends the indicators (巴南’s 经办人及联系电话:…, 上报时间:…)', () => {
    const grid = project([
      ['项目支出绩效目标表'],
      ['项目名称', '村党组织书记报酬'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '补贴人数', '48人'],
      ['效益指标', '社会效益指标', '群众满意度', '≥90%'],
      ['经办人及联系电话:王舜17782316998'],
      ['上报时间:  2021 年10  月 26日'],
    ]);
    expect(recognizeSheet(grid)[0].indicators?.indicators.map((i) => i.name.text)).toEqual(['补贴人数', '群众满意度']);
    expect(at(grid)).toEqual([]);
  });

  it('龙岩’s 区域目标值 over one target column per county: the counties are the heading’s, merged or not (kk-fj-longyan-2025-ethnic-fund-targets)', () => {
    const rows = [
      ['专项转移支付绩效目标表'],
      ['项目名称', '民族发展专项资金'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标解释', '区域目标值', null, null],
      [null, null, null, null, null, '新罗区', '上杭县', '漳平市'],
      [null, '产出指标', '数量目标', '扶持村级项目数', '扶持项目个数', '≥3个', '≥2个', '≥2个'],
      [null, '效益指标', '社会效益目标', '受益群众满意度', '问卷调查', '≥90%', '≥90%', '≥90%'],
    ];
    for (const merges of [['A3:A6', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:H3'], []]) {
      const [t] = recognizeSheet(project(rows, merges));
      expect(t.indicators?.indicators.map((i) => [i.name.text, i.target.cell])).toEqual([
        ['扶持村级项目数', 'F5'],
        ['受益群众满意度', 'F6'],
      ]);
      expect(at(project(rows, merges))).toEqual([]);
    }
  });

  it('one name merged down over several rows is one indicator’s lines, not repeats (彭水’s 预算资金安排)', () => {
    const rows = [
      ['项目名称', '培训项目'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训场次', '线下5场'],
      [null, null, null, '线上3场'],
      ['效益指标', '社会效益指标', '政策知晓率', '≥80%'],
    ];
    expect(at(project(rows, ['C3:C4'])).filter((f) => f.startsWith('duplicate'))).toEqual([]);
    // Typed again on the next row, it is a second indicator of the same name.
    const typed = rows.map((r, i) => (i === 3 ? [null, null, '培训场次', '线上3场'] : r));
    expect(at(project(typed)).filter((f) => f.startsWith('duplicate'))).toEqual(['duplicate-indicator@C4']);
  });
  it('a table titled as the year’s targets on a form with year-end columns, all blank, is the targets table (乐昌’s, vv-gd-lechang-2018-vocational-aid-targets); a result typed there makes it an evaluation', () => {
    const rows = [
      ['中等职业学校国家助学金和免学费补助资金绩效目标表'],
      ['专项名称', '学生资助补助经费'],
      ['总体目标', '目标1:国家资助政策按规定得到落实', null, null, '已实施情况:'],
      ['绩效指标', '一级目标', '二级指标', '三级指标', '指标值', '实际完成值', '未达到指标值原因'],
      [null, '产出指标', '数量指标', '应受助学生数', '473人', null, null],
      [null, '效益指标', '社会效益指标', '政策知晓率', '≥80%', null, null],
    ];
    const [t] = recognizeSheet(project(rows, ['A4:A6']));
    expect([t.kind, t.indicators?.indicators.map((i) => i.name.text)]).toEqual(['project-targets', ['应受助学生数', '政策知晓率']]);
    expect(at(project(rows, ['A4:A6']))).toEqual([]);
    const filled = rows.map((r, i) => (i === 4 ? [null, '产出指标', '数量指标', '应受助学生数', '473人', '470人', null] : r));
    expect(recognizeSheet(project(filled, ['A4:A6']))[0].kind).toBe('project-self-evaluation');
    const evalTitle = rows.map((r, i) => (i === 0 ? ['中等职业学校国家助学金和免学费补助资金绩效自评表'] : r));
    expect(recognizeSheet(project(evalTitle, ['A4:A6']))[0].kind).toBe('project-self-evaluation');
    // A line merged across the sheet under it (附件2 over the next table) is no result typed.
    const stackedRows = [...rows, [], ['附件2'], ...rows];
    expect(recognizeSheet(project(stackedRows, ['A4:A6', 'A8:G8', 'A12:A14'])).map((t) => t.kind)).toEqual(['project-targets', 'project-targets']);
  });
  it('a fund line split by level (地方资金 | 市: | … | 县: | …) holds what is typed after the prompts (乐昌’s form)', () => {
    const rows = (city: string | number | null, county: string | number | null) => [
      ['专项资金绩效目标表'],
      ['资金情况(万元)', '年度金额', 30],
      [null, '其中:中央资金', 10],
      [null, '地方资金', '市:', city, '县:', county],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '50人'],
      ['效益指标', '社会效益指标', '政策知晓率', '≥80%'],
    ];
    const parts = (g: Grid) => recognizeSheet(g)[0].funds?.parts.map((p) => [p.amount.cell, p.amount.reading.kind === 'number' ? p.amount.reading.value : p.amount.reading.kind]);
    expect(parts(project(rows(12, 8)))).toEqual([['C3', 10], ['D4', 20]]);
    expect(at(project(rows(12, 8)))).toEqual([]);
    expect(at(project(rows(12, 9)))).toEqual(['total-mismatch@C2']);
    expect(parts(project(rows(null, 20)))).toEqual([['C3', 10], ['F4', 20]]);
    // Blank after both prompts, each merged over its value's room: a line not used, no amount read from 县:.
    expect(parts(project(rows(null, null), ['C4:D4', 'E4:F4']))).toEqual([['C3', 10], ['C4', 'empty']]);
  });

  it('the money left out: a blank total over blank or text lines is reported, merged or not (巫溪’s 下达资金总额 over 参见附件1具体金额)', () => {
    const rows = [
      ['2025年农村危房改造补助资金绩效目标表'],
      ['资金情况(万元)', '下达资金总额', null, null, null],
      [null, '其中:中央财政补助', null, '参见附件1具体金额', null],
      [null, '地方资金', null, null, null],
      [null, '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '改造户数', '120户'],
      [null, '效益指标', '社会效益指标', '住房安全保障率', '100%'],
    ];
    const merged = ['B2:C2', 'D2:E2', 'B3:C3', 'D3:E3', 'B4:C4', 'D4:E4'];
    for (const merges of [merged, []]) expect(at(project(rows, merges))).toEqual(['amount-not-number@D2', 'amount-not-number@D3']);
    // 乐昌's 年度金额 over a blank line, a blank column inserted before its merged amount cell: reported there.
    const lechang = [
      ['绩效目标表'],
      ['资金情况(万元)', '年度金额', null, null, null],
      [null, '其中:中央资金', null, null, null],
      [null, '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '受助学生人数', '473人'],
      [null, '效益指标', '社会效益指标', '政策知晓率', '≥80%'],
    ].map((r) => [r[0], r[1], null, ...r.slice(2)]);
    expect(at(project(lechang, ['D2:F2', 'D3:F3'])).filter((f) => f.startsWith('amount'))).toEqual(['amount-not-number@D2']);
    // A heading left blank over its column’s amounts is no total (资金来源 | 资金总额 over 财政拨款 | 500), merged or not.
    const heading = [
      ['项目绩效目标表'],
      ['资金情况(万元)', '资金来源', null, '资金总额', null],
      [null, '其中:财政拨款', null, 500, null],
      [null, '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '改造户数', '120户'],
    ];
    for (const merges of [['B2:C2', 'D2:E2', 'B3:C3', 'D3:E3'], []]) expect(recognizeSheet(project(heading, merges))[0].funds).toBeUndefined();
    // Nor is a total heading a column 金额(万元) past blank cells (昭化’s, its merge undone).
    const column = [
      ['项目绩效目标表'],
      ['项目资金(万元)', '年度资金总额', null, null, '金额(万元)'],
      [null, '(一)财政拨款小计', null, null, 4],
      [null, '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '改造户数', '120户'],
    ];
    for (const merges of [['B2:D2', 'B3:D3'], []]) expect(at(project(column, merges)).filter((f) => f.startsWith('amount'))).toEqual([]);
  });

  it('a goal set to its year’s end gives a title without a year its year (忠县’s 到2022年底); a year the goal names does not', () => {
    const rows = (goal: string) => [
      ['生猪调出大县奖励资金区域绩效目标表'],
      ['资金情况', '年度金额(万元):', 397],
      ['年度目标', goal],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '生猪调出量', '≥10万头'],
    ];
    expect(recognizeSheet(project(rows('到2022年底,生猪生产稳定有序发展。')))[0].fiscalYear).toBe(2022);
    expect(recognizeSheet(project(rows('2021年完成保鲜库钢构主体安装。')))[0].fiscalYear).toBeNull();
    // A deadline in the year's last month, the goal numbered or not (罗湖's 瓶改管, an-gd-luohu-2022-gas-pipe-bond-eval).
    expect(recognizeSheet(project(rows('目标1:2022年12月30日前实现工程完工,消除瓶装液化气安全风险。')))[0].fiscalYear).toBe(2022);
    expect(recognizeSheet(project(rows('2022年12月底前完成全部改造。')))[0].fiscalYear).toBe(2022);
    expect(recognizeSheet(project(rows('2022年6月30日前实现工程完工。')))[0].fiscalYear).toBeNull();
  });
  it('成安’s Hebei county form: 预期指标值 over 符号 | value | 单位(文字描述), a section’s unnumbered goal lines, merged, filled or dropped (xx-he-chengan-2020-centenarian-allowance-eval)', () => {
    const rows = [
      ['成安县民政局2020年度预算项目绩效自评表'],
      ['二、预算执行情况', '预算数', 6.84, '执行数', 6.84, null, null, null, null],
      ['三、目标完成情况', '年度预期目标', null, null, '具体完成情况', null, null, null, null],
      [null, '为百岁老人发放补贴,使老年人得到更好的照顾。', null, null, '为百岁老人发放补贴,使老年人得到更好的照顾。', null, null, null, null],
      [null, '促进社会稳定文明和谐', null, null, '促进社会稳定文明和谐', null, null, null, null],
      ['四、年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '预期指标值', null, null, '单项指标实际完成值', '自评得分'],
      [null, null, null, null, '符号', null, '单位(文字描述)', null, null],
      [null, '产出指标', '质量指标', '符合条件申报对象覆盖率', '>=', 98, '%(百分比)', '100%', 25],
      [null, '效果指标', '社会效益指标', '补贴发放率', '>=', 75, '%(百分比)', '100%', 30],
    ];
    const merged = ['A3:A5', 'B3:D3', 'E3:G3', 'B4:D4', 'E4:G4', 'B5:D5', 'E5:G5', 'A6:A9', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:G6', 'H6:H7', 'I6:I7'];
    const filled = rows.map((r, i) => r.map((v, c) => (v === null && i >= 2 && c === 0 ? rows[i === 3 || i === 4 ? 2 : 5][0] : v)));
    for (const grid of [project(rows, merged), project(rows), project(filled)]) {
      const [t] = recognizeSheet(grid);
      expect(t.indicators?.indicators.map((i) => [i.name.text, i.target.cell, i.target.value.kind === 'quantity' ? [i.target.value.comparator, i.target.value.value, i.target.value.unit] : null, i.evaluation?.actual.text])).toEqual([
        ['符合条件申报对象覆盖率', 'F8', ['>=', 98, '%'], '100%'],
        ['补贴发放率', 'F9', ['>=', 75, '%'], '100%'],
      ]);
      // Both goal lines' accounts repeat them: each is reported.
      expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@E4', 'missing-goal@E5']);
    }
  });

  it('金额单位: | 万元 in two cells declares the unit, spaced out or not (成安’s second reading, xx-he-chengan-2020-centenarian-allowance-eval-rr)', () => {
    for (const unit of ['万元', '万 元']) {
      const rows = [
        ['成安县民政局2020年度预算项目绩效自评表'],
        ['项目名称:', '19名百岁老人高龄津贴', null, '金额单位:', unit],
        ['预算数', 6.84, '执行数', 6.84, null],
        ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'],
        ['产出指标', '数量指标', '发放人数', '19人', '19人'],
      ];
      expect(recognizeSheet(project(rows))[0].unit).toBe('万元');
    }
  });

  it('成安’s 自评得分 over 单项指标得分 | 权重占比(%) | 单项指标折算得分: the share is the weight, the folded score the score, merged, filled or dropped (both readings of xx-he-chengan-2020-centenarian-allowance-eval)', () => {
    // A met indicator folds to its whole share, not the share applied twice (25 × 25% = 6.25).
    const rows = [
      ['成安县民政局2020年度预算项目绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '预期指标值', null, null, '单项指标实际完成值', '自评得分', null, null],
      [null, null, null, '符号', null, '单位(文字描述)', null, '单项指标得分', '权重占比(%)', '单项指标折算得分'],
      ['产出指标', '质量指标', '符合条件申报对象覆盖率', '>=', 98, '%(百分比)', '100%', 25, 25, 6.25],
      ['效益指标', '社会效益指标', '补贴发放率', '>=', 75, '%(百分比)', '100%', 30, 30, 30],
    ];
    const merged = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3', 'H2:J2'];
    const filled = rows.map((r, i) => (i === 1 ? r.map((v, c) => v ?? (c <= 5 ? '预期指标值' : '自评得分')) : i === 2 ? r.map((v, c) => v ?? rows[1][c]) : r));
    for (const grid of [project(rows, merged), project(rows), project(filled)]) {
      expect(at(grid).filter((f) => f.startsWith('score'))).toEqual(['score-mismatch@J4']);
    }
  });

  it('a row with a heading of its own left of the goal is the section’s next part, no goal line (大英’s 2.项目实施内容及过程概述, its merges dropped)', () => {
    const rows = [
      ['部门预算项目支出绩效自评表(2023年度)'],
      ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', null, '年度目标完成情况'],
      [null, null, '根据要求购买安可设备,并完成项目资金支付。', null, '完成'],
      [null, '2.项目实施内容及过程概述', '2023年购买13台安可电脑,并于12月前完成资金支付。', null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值'],
      ['产出指标', '数量指标', '购买电脑数', '13台', '13台'],
    ];
    for (const merges of [['A2:A4', 'C2:D2', 'C3:D3', 'C4:E4'], []]) expect(at(project(rows, merges)).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
  });

  it('a total whose next cell heads the spending (中央 | … | 合计(万元) | 执行数(万元), 广水’s) reads no block: no amount-not-number on the heading', () => {
    const rows = [
      ['广水市财政预算支出项目绩效目标自评表'],
      ['项目资金来源', '中央(万元)', '本级(万元)', '其他(万元)', '合计(万元)', '执行数(万元)', '执行率'],
      [null, null, 309, null, 309, 309, '100%'],
      ['一级指标', '二级指标', '三级指标', '年初指标值', '年终完成值', '自评分'],
      ['产出指标', '数量指标', '乡村道路建设养护里程', '300公里', '300公里', 15],
    ];
    expect(at(project(rows, ['A2:A3'])).filter((f) => f.startsWith('amount'))).toEqual([]);
    // Nor does one whose next cell is a heading by its money unit in brackets (普惠金融's second reading).
    const inline = [
      ['资金情况(万元)', '年度金额(提前下达):208万元', null, null, '资金使用情况(万元)', '合计:109.8万元'],
      [null, '中央财政165万元', null, null, null, '中央财政84.5万元'],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '得分'],
      ['产出指标', '数量指标', '创业担保贷款发放额增长率', '≥10%', '115.25%', 20],
    ];
    expect(at(project(inline, ['B1:D1', 'E1:E2'])).filter((f) => f.startsWith('amount'))).toEqual([]);
  });
  it('a bare 完成情况 beside the goal heads its account, to its right (普惠金融’s, both readings: nn-sc-nd-inclusive-finance-fund-eval), merged, filled or dropped', () => {
    const goal = '目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面';
    const rows = (account: string) => [
      ['专项名称', '普惠金融发展专项资金', null, null, null, null],
      ['年度总体目标', goal, null, null, '完成情况', account],
      ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '得分'],
      ['产出指标', '数量指标', '创业担保贷款发放额增长率', '≥10%', '115.25%', 20],
    ];
    const copy = rows('1:支持农村金融组织体系建设,扩大农村金融服务覆盖面');
    const filled = copy.map((r, i) => (i === 1 ? ['年度总体目标', goal, goal, goal, '完成情况', r[5]] : r));
    for (const grid of [project(copy, ['B2:D2']), project(copy), project(filled)]) expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@F2']);
    // An account of what was done is none of it.
    expect(at(project(rows('发放创业担保贷款1.2亿元,覆盖12个乡镇'), ['B2:D2'])).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
  });
});

describe('a sheet that starts inside an indicator list, its header on the page before (大英’s 决算 pages, each in both readings)', () => {
  // y-sc-daying-2022-library-tail-eval: 指标性质 | 指标值 | 度量单位 | 完成值 | 分值 | 得分, then 合计 and the report's lines.
  const library = [
    [null, null, null, '公益性讲座知晓率', '=', 100, '%', 100, 5, 5],
    [null, null, '可持续影响指标', '图书馆管理机制健全性', '定性', '好坏', null, '好坏', 5, 5],
    [null, '满意度指标', '服务对象满意度指标', '活动参与人员满意度', '≥', 95, '%', 95, 5, 5],
    [null, null, null, '聘用人员满意度', '≥', 95, '%', 95, 5, 5],
    ['合计', null, null, null, null, null, null, null, 100, 100],
    ['评价结论', '通过免费开放,吸引了更多公众走进图书馆,得到了读者的一致好评。'],
  ];
  const merges = ['B3:B4', 'C3:C4', 'A5:H5', 'B6:K6'];
  it('reads the columns by what they hold: comparator, value, unit, result, weight, score', () => {
    const [t] = recognizeSheet(Grid.fromValues('表', library, merges));
    expect(t.kind).toBe('project-self-evaluation');
    expect(t.fragment).toBe(true);
    expect(t.fiscalYear).toBeNull();
    expect(t.indicators!.indicators.map((i) => [i.name.text, i.target.value.kind === 'compound' ? '' : i.target.text, i.evaluation?.actual.text, i.evaluation?.weight?.cell, i.evaluation?.score?.cell])).toEqual([
      ['公益性讲座知晓率', '100', '100', 'I1', 'J1'],
      ['图书馆管理机制健全性', '好坏', '好坏', 'I2', 'J2'],
      ['活动参与人员满意度', '95', '95', 'I3', 'J3'],
      ['聘用人员满意度', '95', '95', 'I4', 'J4'],
    ]);
    // 指标性质 in words (不低于, 等于; full-width ＝ too): the same columns.
    const words = library.map((r) => r.map((v) => (v === '≥' ? '不低于' : v === '=' ? '＝' : v)));
    expect(recognizeSheet(Grid.fromValues('表', words, merges))[0].indicators!.indicators.map((i) => i.target.text)).toEqual(['100', '好坏', '95', '95']);
    // A note typed far off to the right is no column of the list: the reason's is the form's last, blank, column.
    const stray = library.map((r, i) => (i === 0 ? [...r, ...Array(190).fill(null), '备注:见附件'] : r));
    expect(recognizeSheet(Grid.fromValues('表', stray, merges))[0].indicators!.indicators[0].evaluation?.reason?.cell).toBe('K1');
  });
  it('finds what its rows show and judges nothing that stood above the cut (goal, totals, the first rows’ categories)', () => {
    const found = at(Grid.fromValues('表', library, merges));
    expect(found).toContain('vague-target@F2');
    expect(found.filter((f) => /^(missing-goal|weights-sum|missing-total-score|missing-category|missing-level1|missing-target)@/.test(f))).toEqual([]);
    // Its merges undone and filled: the 合计 line across the columns still ends the list.
    const filled = library.map((r, i) => (i === 4 ? ['合计', '合计', '合计', '合计', '合计', '合计', '合计', '合计', 100, 100] : i === 3 ? [null, '满意度指标', '服务对象满意度指标', ...r.slice(3)] : r));
    expect(at(Grid.fromValues('表', filled))).toEqual(found);
  });
  it('places the result and score it leaves blank by the 合计 line: the slots beside its weights’ total are what is missing (ab-sc-daying-2021-social-insurance-eval)', () => {
    const unfilled = [
      [null, '产出指标', '数量指标', '足额保障率', '=', 100, '%', null, 22.5, null, null],
      [null, null, null, '科目调整次数', '≤', 10, '次', null, 22.5, null, null],
      [null, null, '时效指标', '按时发放率', '=', 100, '%', null, 22.5, null, null],
      [null, '效益指标', '经济效益指标', '结余率', '≤', 5, '%', null, 22.5, null, null],
      ['合计', null, null, null, null, null, null, null, 100, null, null],
      ['评价结论', '及时、足额缴纳。'],
      ['存在问题', '暂无'],
    ];
    const wide = ['B1:B3', 'C1:C2', 'A5:H5', 'B6:K6', 'B7:K7'];
    const slots = (grid: Grid): string[] => at(grid).filter((f) => /^missing-(actual|score)@/.test(f));
    const expected = ['H', 'J'].flatMap((c) => [1, 2, 3, 4].map((r) => `${c === 'H' ? 'missing-actual' : 'missing-score'}@${c}${r}`));
    const [t] = recognizeSheet(Grid.fromValues('表', unfilled, wide));
    expect([t.kind, t.fragment, t.range]).toEqual(['project-self-evaluation', true, 'A1:K4']);
    expect(slots(Grid.fromValues('表', unfilled, wide)).sort()).toEqual(expected.sort());
    // Pasted from Word, each column in two, the cells with text merged across and the blank ones not: the same slots.
    const pasted = convertedSheet({ name: '表', rows: unfilled, merges: wide }, columnsInTwo, false);
    const spread = slots(Grid.fromValues('表', pasted.rows, pasted.merges));
    expect(spread.sort()).toEqual(['missing-actual@O1', 'missing-actual@O2', 'missing-actual@O3', 'missing-actual@O4', 'missing-score@S1', 'missing-score@S2', 'missing-score@S3', 'missing-score@S4']);
    // Its merged areas dropped (a CSV's round trip), nothing right of the weights: the same slots, the score beside its weight.
    const bare = unfilled.map((r) => r.slice(0, 9));
    expect(slots(Grid.fromValues('表', bare)).sort()).toEqual(expected.sort());
    // A targets table's tail, its 分值 right after the unit: no slot for a result, none reported.
    const targets = unfilled.map((r) => [...r.slice(0, 7), r[8]]);
    expect(slots(Grid.fromValues('表', targets, ['B1:B3', 'C1:C2', 'A5:G5']))).toEqual([]);
  });
  it('reads a tail of two value columns as target and result (d-sc-dyrmt-tail-2020): a 二级 repeating its 一级 is unknown', () => {
    const rows = [
      [null, '可持续影响指标', '重点(大)项目管理制度健全性', '良', '良'],
      ['满意度指标', '满意度指标', '项目业主满意度', '≥90%', '≥90%'],
    ];
    const [t] = recognizeSheet(Grid.fromValues('表', rows));
    expect([t.kind, t.indicators!.indicators.length, t.indicators!.header.target, t.indicators!.indicators[1].evaluation?.actual.cell]).toEqual(['project-self-evaluation', 2, 'D1', 'E2']);
    expect(at(Grid.fromValues('表', rows))).toContain('unknown-category@B2');
    // With a blank column inserted between the categories and the names: the same, a column over.
    const spaced = rows.map((r) => [r[0], r[1], null, ...r.slice(2)]);
    const [u] = recognizeSheet(Grid.fromValues('表', spaced));
    expect([u.kind, u.indicators!.indicators.length, u.indicators!.header.target, u.indicators!.indicators[1].evaluation?.actual.cell]).toEqual(['project-self-evaluation', 2, 'E1', 'F2']);
    expect(at(Grid.fromValues('表', spaced))).toContain('unknown-category@B2');
    // Under a line alone (a page's running head, a cover line): the same, two rows down.
    const headed = [['附件2'], [], ...rows];
    const [v] = recognizeSheet(Grid.fromValues('表', headed));
    expect([v.kind, v.indicators!.indicators.length, v.indicators!.header.target]).toEqual(['project-self-evaluation', 2, 'D3']);
  });
  it('reads a tail above the next table on the same page as a table of its own (a 决算 page: the last project’s rows, then the next project’s table)', () => {
    const rows = [
      [null, '可持续影响指标', '重点(大)项目管理制度健全性', '良', '良'],
      ['满意度指标', '满意度指标', '项目业主满意度', '≥90%', '≥90%'],
      [],
      ['项目支出绩效目标表'],
      ['项目名称', '工资性支出'],
      ['年度总体目标', '保障在职人员工资按时足额发放'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '保障人数', '≥35人'],
      ['效益指标', '社会效益指标', '单位正常运转', '有所提升'],
    ];
    const tables = recognizeSheet(Grid.fromValues('表', rows));
    expect(tables.map((t) => [t.fragment ?? false, t.firstRow, t.indicators!.indicators.length])).toEqual([
      [true, 0, 2],
      [false, 3, 2],
    ]);
    expect(at(Grid.fromValues('表', rows))).toEqual(expect.arrayContaining(['unknown-category@B2', 'vague-target@D9']));
  });
  it('is no fragment where a header word stands (a header not read is diagnosed as such), nor a list of categories alone', () => {
    expect(recognizeSheet(Grid.fromValues('表', [['一级指标', '二级指标', '说明'], ...library]))).toEqual([]);
    expect(recognizeSheet(Grid.fromValues('表', [[null, '数量指标'], [null, '质量指标'], [null, '时效指标']]))).toEqual([]);
  });
});

describe('a fund line’s 行次 (the 2024 transfer-payment self-evaluation’s export, yy-sc-mingshan-2024-forestry-reform-transfer-eval)', () => {
  it('is its line number, never its amount: the amounts stand in the columns after it', () => {
    const rows = [
      ['资金投入情况(万元)', '行次', '全年预算数(A)', '统筹整合资金数(B)', '扣除统筹整合资金后预算金额(C)'],
      ['列次', 0, 1, 2, 3],
      ['年度资金总额(万元):', 1, 52.8, null, 52.8],
      ['其中:中央财政资金(万元)', 2, 52.8, null, 52.8],
      ['地方财政资金(万元)', 3, null, null, null],
      ['其他资金(万元,自有资金、社会资本、以前年度结转结余资金等)', 4, null, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '营造林面积', '≥100亩', '120亩'],
    ];
    const [t] = recognizeSheet(project(rows));
    expect([t.funds?.total.amount.cell, t.funds?.parts.map((p) => p.amount.cell)]).toEqual(['C3', ['C4', 'C5']]);
    expect(at(project(rows)).filter((f) => f.startsWith('total-mismatch'))).toEqual([]);
  });
});

describe('targets graded in four bands, 优 | 良 | 中 | 差 (河北’s 2019 form, 海南’s 2018 form)', () => {
  // ss-he-handan-2019-subsistence-relief-targets: no 目标 column, the 优 band the target.
  const handan = (vague = '90%') => [
    ['2019年预算项目绩效目标'],
    ['1、邯财社2018126号提前下达2019年中央财政困难群众救助补助预算指标绩效目标表'],
    ['绩效目标', '保障农村低保金的发放,保障农村低保户的基本生活'],
    ['绩效指标分类', '绩效指标', '绩效指标描述', '绩效指标评价标准', null, null, null, '评价标准确定依据'],
    [null, null, null, '优', '良', '中', '差', null],
    ['产出指标', '救助覆盖率', '困难群众基本生活救助是否应救尽救', '100%', '90%', '85%', '85%', '按临时救助标准评价'],
    [null, '农村低保救助资金按标准发放的比率', '救助资金按标准发放的比率', vague, '80%', '70%', '70%', '按临时救助标准评价'],
    ['效果指标', '救助对象对救助工作满意度(%)', '满意和较满意的救助对象数量占调研对象总数的比率', '85%', '80%', '70%', '70%', '按服务对象满意度评价'],
  ];
  const handanMerges = ['A1:H1', 'A2:H2', 'B3:H3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:G4', 'H4:H5', 'A6:A7'];
  it('reads 河北’s form: the 一级 under …分类, the names under 绩效指标, the 优 band as the target; no 二级 to check', () => {
    const [t] = recognizeSheet(Grid.fromValues('表', handan(), handanMerges));
    expect([t.kind, t.fiscalYear, t.indicators!.indicators.map((i) => [i.level1.text, i.name.text, i.target.cell])]).toEqual([
      'project-targets',
      2019,
      [
        ['产出指标', '救助覆盖率', 'D6'],
        ['产出指标', '农村低保救助资金按标准发放的比率', 'D7'],
        ['效果指标', '救助对象对救助工作满意度(%)', 'D8'],
      ],
    ]);
    expect(at(Grid.fromValues('表', handan(), handanMerges))).toEqual([]);
    // Its targets are checked as any: a hedge is vague.
    expect(at(Grid.fromValues('表', handan('有所提高'), handanMerges))).toEqual(['vague-target@D7']);
    // A 一级 left blank is missing once: there is no 二级 column to miss as well.
    const blank = handan().map((r, i) => (i === 5 ? [null, ...r.slice(1)] : r));
    expect(at(Grid.fromValues('表', blank, handanMerges)).filter((f) => f.startsWith('missing-category'))).toEqual(['missing-category@A6']);
  });
  it('reads 海南’s form: the 绩效目标 column is the target; 成效指标 is its 效益, 60万度 electricity (zz-hi-planning-hall-2018-graded-targets)', () => {
    const rows = [
      ['项目绩效目标表'],
      ['项目名称:海南省规划展览馆运行维护项目'],
      ['指标类型', '绩效指标', '绩效目标', '绩效标准', null, null, null],
      [null, null, null, '优', '良', '中', '差'],
      ['产出指标', '指标1:物业管理面积', '6500平方米', '6500平方米以上', '5500平方米-6500平方米', '4500平方米-5500平方米', '4500平方米以下'],
      [null, '指标2:用电量', '60万度', '60万度以上', '50万度-60万度', '40万度-50万度', '40万度以下'],
      ['成效指标', '指标1:日常参观展示设备的使用率', '80%以上', '80%以上', '70%-80%', '60%-70%', '60%以下'],
      [null, '指标2:项目成本控制', '不超预算', '不超预算', '超过预算的5%', '超过预算的10%', '超过预算的15%'],
    ];
    const grid = Grid.fromValues('表', rows, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'A5:A6', 'A7:A8']);
    expect(recognizeSheet(grid)[0].indicators!.indicators.map((i) => i.target.cell)).toEqual(['C5', 'C6', 'C7', 'C8']);
    expect(at(grid)).toEqual(['vague-target@C8']);
  });
  it('reads two such tables one under another, and no band row without its headings', () => {
    const two = [...handan(), [], [], ...handan('有所提高')];
    const merges = [...handanMerges, ...handanMerges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 10)))];
    const tables = recognizeSheet(Grid.fromValues('表', two, merges));
    expect(tables.map((t) => t.indicators!.indicators.length)).toEqual([3, 3]);
    expect(at(Grid.fromValues('表', two, merges))).toEqual(['vague-target@D17']);
    // A grade legend is no table.
    expect(recognizeSheet(Grid.fromValues('表', [['评价等级', '优', '良', '中', '差'], ['分数', '≥90', '80-89', '60-79', '<60']]))).toEqual([]);
  });
});

describe('a label typed with a space after it reads as the cell shows it', () => {
  it('a title alone in its row is no goal label beside the goal (浮梁’s 部门整体绩效目标 , n-jx-fuliang-2026-forestry): the goal repeating the duties is still found', () => {
    const rows = (pad: string) => [
      [`部门整体绩效目标${pad}`, null, null, null, null],
      [`基本信息${pad}`, null, null, null, null],
      ['部门名称:', '浮梁县林业局', null, null, null],
      [`*部门职能职责概述${pad}`, '保证林业局职能实现,保障人员经费。', null, null, null],
      [`年度绩效目标${pad}`, null, null, null, null],
      [`*年度绩效总目标${pad}`, '保证林业局职能实现,保障人员经费。', null, null, null],
      ['一级指标', '二级指标', '三级指标', '目标值', '度量单位'],
      ['产出指标', '数量指标', '森林管护面积', 120, '万亩'],
      ['效益指标', '生态效益指标', '森林覆盖率', '≥80', '%'],
    ];
    for (const pad of ['', ' ', '\u3000']) {
      const [t] = recognizeSheet(project(rows(pad), ['A1:E1', 'A2:E2', 'A5:E5']));
      expect([pad, t.goalLabelCell, t.goal?.text]).toEqual([pad, 'A6', '保证林业局职能实现,保障人员经费。']);
      expect(at(project(rows(pad), ['A1:E1', 'A2:E2', 'A5:E5'])).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@B6']);
    }
  });
});

/** A project table's head down to its indicator header (人工增雨作业: 100 of which 90, to add up wrong). */
const RAIN_HEAD = [
    ['项目支出绩效目标表'],
    ['（2023年度）', null, '单位：万元'],
    ['项目名称', '人工增雨作业'],
    ['年度资金总额', 100],
    ['其中：财政拨款', 90],
    ['年度总体目标', '完成人工增雨作业20次,增加降水量'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
];

describe('a sheet in traditional script (copied from a mirror site’s 繁体 page: 宣城’s, 宣州’s, 蔡甸’s)', () => {
  const simplified = [
    ...RAIN_HEAD,
    ['产出指标', '数量指标', '作业次数', '≥20次'],
    [null, '质量指标', '作业安全事故', '有所减少'],
    ['效益指标', '社会效益指标', '服务对象满意度', '≥90%'],
  ];
  const traditional = simplified.map((r) => r.map((v) => (typeof v === 'string' ? toTraditional(v) : v)));
  it('is read as the same table in simplified script, its findings at the same cells', () => {
    expect(traditional[6]).toEqual(['一級指標', '二級指標', '三級指標', '指標值']);
    const found = at(project(simplified, ['A8:A9']));
    expect(found).toEqual(expect.arrayContaining(['total-mismatch@B4', 'vague-target@D9']));
    expect(at(project(traditional, ['A8:A9']))).toEqual(found);
    const [t] = recognizeSheet(project(traditional, ['A8:A9']));
    expect([t.kind, t.fiscalYear, t.unit, t.indicators!.indicators.length]).toEqual(['project-targets', 2023, '万元', 3]);
    // With pinyin after each converted character, as the mirror site writes it (項(xiàng)目).
    const pinyin = traditional.map((r, i) => r.map((v) => (typeof v === 'string' ? [...v].map((ch, k) => (ch !== [...String(simplified[i][r.indexOf(v)])][k] ? `${ch}(pīn)` : ch)).join('') : v)));
    expect(pinyin[0][0]).toBe('項(pīn)目支出績(pīn)效目標(pīn)表');
    expect(at(project(pinyin, ['A8:A9']))).toEqual(found);
    // Converted back to simplified with the pinyin kept (项(pīn)目): the same.
    const simplifiedPinyin = simplified.map((r, i) => r.map((v, c) => (typeof v === 'string' ? [...v].map((ch, k) => (ch !== [...String(traditional[i][c])][k] ? `${ch}(pīn)` : ch)).join('') : v)));
    expect(simplifiedPinyin[0][0]).toBe('项(pīn)目支出绩(pīn)效目标(pīn)表');
    expect(at(project(simplifiedPinyin, ['A8:A9']))).toEqual(found);
  });
});

describe('a sheet typed in full-width mode (全角: ２０２３年度, ≥２０次, ９０％)', () => {
  const narrow = [
    ...RAIN_HEAD,
    ['产出指标', '数量指标', '增雨作业', '≥20'],
    [null, '质量指标', '作业合格率', '≥95%'],
    [null, '时效指标', '完成时间', '2019年12月底前'],
    ['效益指标', '社会效益指标', '服务对象满意度', '≥90%'],
  ];
  const wide = narrow.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/[0-9%]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : v)));
  it('is read as typed half-width: the year, the targets and their units, the stale date, at the same cells', () => {
    expect(wide[7][3]).toBe('≥２０');
    const found = at(project(narrow, ['A8:A10']));
    expect(found).toEqual(expect.arrayContaining(['total-mismatch@B4', 'missing-unit@D8', 'stale-year@D10']));
    expect(at(project(wide, ['A8:A10']))).toEqual(found);
    const [t] = recognizeSheet(project(wide, ['A8:A10']));
    expect([t.kind, t.fiscalYear, t.unit, t.indicators!.indicators.map((i) => i.target.value.kind)]).toEqual(['project-targets', 2023, '万元', ['quantity', 'quantity', 'date', 'quantity']]);
    // The findings' cells hold what was typed; the rules read it narrowed.
    expect(t.indicators!.indicators.map((i) => i.target.text)).toEqual(['≥20', '≥95%', '2019年12月底前', '≥90%']);
  });
});

describe('weights typed as shares into Excel (20% kept as 0.2 shown 20%), as 普惠金融’s 权重 column would be (nn-sc-nd-inclusive-finance-fund-eval)', () => {
  const share = (v: number) => ({ value: v, format: '0%' });
  const rows = (weight: (v: number) => string | number | { value: number; format: string }, result: string | { value: number; format: string }) => [
    ['项目支出绩效自评表'],
    ['（2023年度）', null, null, null, '单位：万元'],
    ['项目名称', '普惠金融发展专项资金'],
    ['年度总体目标', '支持农村金融组织体系建设，扩大农村金融服务覆盖面'],
    ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'],
    ['产出指标', '数量指标', '创业担保贷款发放笔数', '≥100笔', '120笔', weight(60), 60],
    [null, '质量指标', '资金足额拨付率', '100%', result, weight(30), 30],
    ['满意度指标', '服务对象满意度指标', '金融机构满意度', '≥80%', '90%', weight(10), 10],
    ['得分合计', null, null, null, null, null, 100],
  ];
  it('reads each share as that many points of the hundred, as the same shares typed as text', () => {
    const asText = project(rows((v) => `${v}%`, '100%'), ['A6:A7']);
    const typed = project(rows((v) => share(v / 100), share(1)), ['A6:A7']);
    expect(at(typed)).toEqual(at(asText));
    expect(at(typed).filter((f) => /score|weight/.test(f))).toEqual([]);
    const [t] = recognizeSheet(typed);
    expect(t.indicators!.indicators.map((i) => i.evaluation?.weight?.reading)).toEqual([60, 30, 10].map((value) => expect.objectContaining({ kind: 'number', value, cents: value * 100 })));
  });
  it('the fund line’s weight typed as a share (10%) weighs its execution score as 10 points', () => {
    const typed = toGrid(selfEvaluationTable({ budgetWeight: share(0.1) }));
    expect(at(typed)).toEqual(at(toGrid(selfEvaluationTable())));
    expect(recognizeSheet(typed)[0].evalFunds!.total.weight!.reading).toEqual(expect.objectContaining({ kind: 'number', value: 10 }));
  });
  it('a share typed wrong is still wrong: 得分 60 over a weight of 50%', () => {
    const typed = project(rows((v) => share(v === 60 ? 0.5 : v / 100), share(1)), ['A6:A7']);
    expect(at(typed)).toEqual(expect.arrayContaining(['score-over-weight@G6']));
  });
});

describe('two attachments on one sheet: an allocation in 元 above the targets table (乐昌’s 附件1 and 附件2, vv-gd-lechang-2018-vocational-aid-targets-r3)', () => {
  const targets = [
    ['附件2'],
    ['中等职业学校国家助学金和免学费补助资金绩效目标表'],
    ['(2018年度)'],
    ['专项名称', '学生资助补助经费'],
    ['资金情况（万元）', '年度金额', 754.82],
    [null, '其中：中央资金', 754.82],
    ['总体目标', '中等职业教育各项国家资助政策按规定得到落实'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '受助学生人数', '≥500人'],
  ];
  const allocation = [['附件1'], ['2018年中职学校国家助学金和免学费补助资金安排表'], ['单位:元'], ['单 位', '全年中央补助资金'], ['乐昌市中等职业技术学校', 7548150]];
  it('reads the targets table’s own unit, not the unit line heading the numbers above it', () => {
    expect(recognizeSheet(project([...allocation, ...targets]))[0].unit).toBe('万元');
  });
  it('a targets table whose 实际完成值 column is blank stays the targets, whatever stands under it past two blank rows (附件1 below it)', () => {
    const withResults = targets.map((r, i) => (i === 7 ? [...r, '实际完成值'] : r));
    const [t] = recognizeSheet(project([...withResults, [], [], ...allocation.map((r) => [null, null, null, null, ...r])]));
    expect(t.kind).toBe('project-targets');
  });
  it('a unit line with no numbers between it and the title is the table’s', () => {
    const unheaded = targets.map((r) => (r[0] === '资金情况（万元）' ? ['资金情况', ...r.slice(1)] : r));
    expect(recognizeSheet(project([['单位:元'], ...unheaded]))[0].unit).toBe('元');
    // Against the block's own heading in 万元 (汉阴's slip, ap-sn-hanyin-2022-inclusive-finance-targets): the heading's, the line reported.
    const [t] = recognizeSheet(project([['单位:元'], ...targets]));
    expect([t.unit, t.unitLineConflict]).toEqual(['万元', { cell: 'A1', unit: '元' }]);
  });
});

describe('figures copied out of a document’s prose, each with its stop (372.29万元。, ≥90%；)', () => {
  const plain = [
    ['项目支出绩效目标表'],
    ['（2023年度）'],
    ['项目名称', '人工增雨作业'],
    ['年度资金总额', '100万元'],
    ['其中：财政拨款', '90万元'],
    ['年度总体目标', '完成人工增雨作业20次,增加降水量'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '增雨作业', '≥20次'],
    [null, '质量指标', '作业合格率', '≥95%'],
    ['效益指标', '社会效益指标', '服务对象满意度', '≥90%'],
  ];
  const stopped = plain.map((r, i) => r.map((v) => (typeof v === 'string' && (i === 3 || i === 4 || i >= 7) && /\d/.test(v) ? `${v}${i === 8 ? '；' : '。'}` : v)));
  it('are read as the figures, the stops aside: the unit, the totals and the targets as without them', () => {
    expect(stopped[3][1]).toBe('100万元。');
    const found = at(project(plain, ['A8:A9']));
    expect(found).toContain('total-mismatch@B4');
    expect(at(project(stopped, ['A8:A9']))).toEqual(found);
    const [t] = recognizeSheet(project(stopped, ['A8:A9']));
    expect([t.unit, t.indicators!.indicators.map((i) => i.target.value.kind)]).toEqual(['万元', ['quantity', 'quantity', 'quantity']]);
  });
});

describe('重庆’s 一般性项目绩效目标表: 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, no 一级 or 二级 (ac-cq-tongnan-wugui-2023-project-pool-targets)', () => {
  const rows = [
    ['2023年一般性项目绩效目标表(一级项目)'],
    ['编制单位:', '813-潼南区五桂镇', null, '单位:万元'],
    ['专项资金名称', '潼南区五桂镇汇总项目库'],
    ['当年预算', 229.66],
    ['当年绩效目标', '按时足额发放,保障权益'],
    ['绩效指标'],
    ['指标', '指标权重', '计量单位', '指标性质', '指标值'],
    ['发放人数', 20, '人数', '≥', 80],
    ['是否按时足额发放', 10, '%', '≥', 95],
    ['促进社会和谐', 20, null, '定性', null],
  ];
  it('reads a bare 指标 heading the names as the list’s name column, its unit and comparator before the value', () => {
    const [t] = recognizeSheet(Grid.fromValues('表', rows, ['A1:E1', 'B5:E5', 'A6:E6']));
    expect([t.kind, t.fiscalYear, t.unit, t.indicators!.categorised]).toEqual(['project-targets', 2023, '万元', false]);
    expect(t.indicators!.indicators.map((i) => [i.name.text, i.target.text, i.target.cell])).toEqual([
      ['发放人数', '80', 'E8'],
      ['是否按时足额发放', '95', 'E9'],
      ['促进社会和谐', '', 'E10'],
    ]);
    expect(at(Grid.fromValues('表', rows, ['A1:E1', 'B5:E5', 'A6:E6']))).toContain('missing-target@E10');
  });
  it('reads the names under 指标内容, not under a bare 指标 beside it, which heads the categories (the central sample, ac-zy-linye-nd-pest-forecast-sample-targets), its merged 一级 filled or not', () => {
    const sample = [
      ['项目支出绩效目标申报表'],
      ['项目名称', '国家森林病虫害预测预报补助经费'],
      ['项目绩效指标', '指标', '指标内容', '指标值'],
      [null, '产出指标', '趋势会商会次数', '1次'],
      [null, '产出指标', '测报员培训人次', '200人次'],
      [null, '效益指标', '对维护社会稳定的作用', '有效减少'],
    ];
    for (const merges of [['B4:B5'], []]) {
      const grid = Grid.fromValues('表', merges.length > 0 ? sample.map((r, i) => (i === 4 ? [null, null, ...r.slice(2)] : r)) : sample, merges);
      const [t] = recognizeSheet(grid);
      expect(t.indicators!.indicators.map((i) => `${i.name.cell} ${i.name.text}`)).toEqual(['C4 趋势会商会次数', 'C5 测报员培训人次', 'C6 对维护社会稳定的作用']);
    }
  });
});

describe('a 一级指标 heading merged over the side label’s column and the 一级’s (ee-cq-zhongxian-2022-hog-county-reward, its fourth reading)', () => {
  const rows = [
    ['生猪(牛羊)调出大县奖励资金区域绩效目标表'],
    ['年度目标', '到2022年底,生猪生产稳定有序发展。'],
    ['一级指标', null, '二级指标', '三级指标', '单位', '指标值'],
    ['绩效指标', '产出指标', '数量指标', '猪肉产量稳定率', '%', '≥95%'],
    [null, null, null, '能繁母猪稳定率', '%', '90%'],
    [null, '效益指标', '经济效益指标', '养殖户收入', '%', '≥5%'],
  ];
  it('reads the 一级 from the column whose cells name one, the side label 绩效指标 none', () => {
    const grid = Grid.fromValues('表', rows, ['B2:F2', 'A3:B3', 'A4:A6', 'B4:B5', 'C4:C5']);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => `${i.level1.text}/${i.level2.text}`)).toEqual(['产出指标/数量指标', '产出指标/数量指标', '效益指标/经济效益指标']);
    expect(at(grid).filter((f) => /category/.test(f))).toEqual([]);
  });
});

describe('评价内容 over two category columns, its merge dropped, a list of one 一级 (af-fj-ningde-2023-talent-station-eval)', () => {
  const rows = [
    ['项目年度绩效目标(定量目标)'],
    ['评价内容', null, '绩效内容', '绩效目标值', '实际完成值', '累计完成率'],
    ['产出目标', '数量目标', '人才驿站数量', '>=2个', '0个', '0%'],
    [null, null, '组织活动数量', '>=28次', '40次', '143%'],
    [null, '质量目标', '人才政策知晓率', '>=95%', '98%', '103%'],
  ];
  it('reads the 一级 and 二级 columns under it as the merge had them: one 一级 shown once is a 一级 column', () => {
    for (const merges of [['A2:B2', 'A3:A5', 'B3:B4'], []]) {
      const [t] = recognizeSheet(Grid.fromValues('表', rows, merges));
      expect([t.indicators!.categorised, t.indicators!.indicators.map((i) => `${i.level1.text}/${i.level2.text}`)]).toEqual([true, ['产出目标/数量目标', '产出目标/数量目标', '产出目标/质量目标']]);
    }
  });
});

describe('Hunan’s 项目支出预算绩效目标申报表 cut before its indicators: 项目资金情况 merged down beside its lines (ag-hn-yueyanglou-2017-floating-population-targets)', () => {
  const rows = [
    ['项目支出预算绩效目标申报表'],
    ['(2017年度)'],
    ['项目基本情况', '项目名称', '流动人口公卫经费'],
    ['项目资金情况', '项目资金申请(万元)', '项 目', '上年度安排资金', '本年度申请资金'],
    [null, null, '合 计', 40, 40],
    [null, null, '区级资金', 40, 40],
    [null, null, '市级资金'],
    [null, '支出明细预算(万元)', '项 目', '上年度安排资金', '本年度申请资金'],
    [null, null, '合 计', 40, 40],
    [null, null, '1'],
  ];
  const merged = ['A4:A10', 'B4:B7', 'B8:B10'];
  it.each([
    ['merged', merged, rows],
    ['its merges undone and filled', [], rows.map((r, i) => (i >= 4 ? ['项目资金情况', i < 7 ? '项目资金申请(万元)' : '支出明细预算(万元)', ...r.slice(2)] : r))],
    ['its merges dropped', [], rows],
  ])('one project table of 2017 in 万元, its 合计 the first under the label (%s)', (_, merges, values) => {
    const tables = recognizeSheet(Grid.fromValues('表', values as never, merges as string[]));
    expect(tables.map((t) => [t.kind, t.fiscalYear, t.unit, t.funds?.total.label.cell])).toEqual([['project-targets', 2017, '万元', 'C5']]);
  });
  it('holds the rows its merged label spans, the 支出明细预算 under the 合计 read (a table stacked below starts past them)', () => {
    const [t] = recognizeSheet(Grid.fromValues('表', rows, merged));
    expect(t.range).toBe('A1:E10');
  });
});

describe('绩效目标 as a section line over the goals’ labels (忠县’s 2024 部门整体绩效自评表, ah-cq-zhongxian-2024-sci-assoc-dept-eval)', () => {
  const rows = [
    ['2024年度部门整体绩效自评表'],
    ['项目名称:', '重庆市忠县科学技术协会整体监控', null, '自评总分:', 99.68],
    ['资金情况'],
    [null, '年初预算数', '全年(调整)预算数', '全年执行数', '执行率', '执行率权重', '执行率得分'],
    ['年度总金额', 372, 476, 461],
    ['绩效目标'],
    ['年初绩效目标', '全年(调整)绩效目标', '全年目标实际完成情况'],
    ['保障科协全体人员的正常办公生活秩序', '召开县科协九届三次全会,保障正常办公生活秩序', '全年接待游客2.3万余人'],
  ];
  it('reads the goal under its label in the row below, the adjusted one in force; no missing goal', () => {
    const grid = Grid.fromValues('表', rows, ['A1:G1', 'A3:G3', 'A6:G6']);
    const [t] = recognizeSheet(grid);
    expect(t.goal?.cell).toBe('B8');
    expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
  });
});

describe('label words a form prints otherwise (stop 44’s new tables)', () => {
  it.each([
    // 舒城's 中央预算内投资计划绩效目标表: its 一 lost on the page.
    ['级指标', 'level1'],
    // 六安's 绩效评价指标表: the self-score's column.
    ['自评', 'score'],
    // 和平's 抗疫特别国债 form: the period's target beside 本年度指标值 (read once its first cell is blank, as a template leaves it).
    ['周期指标值', 'target'],
    // 霍山's 特殊教育 self-evaluation: its 总分 row typed 分总.
    ['分总', 'total-score'],
    // A transfer payment's 整体绩效 is the payment's, a project's (霍山's 特殊教育补助资金).
    ['霍山县特殊教育补助资金转移支付整体绩效目标自评表', 'project-eval-title'],
    ['部门整体绩效目标自评表', 'department-eval-title'],
  ])('%s → %s', (text, kind) => {
    expect(classifyLabel(text)?.kinds).toContain(kind);
  });
  // 临海's 项目库 form: the line after the indicators ends the list.
  it('最近年度绩效评价情况 ends a list', () => {
    expect(BLOCK_END_WORDS).toContain(labelKey('最近年度绩效评价情况'));
  });
});

describe('总体目标 | 中期目标(2023年—2023年) | 年度目标, the year’s left blank (aj-ah-tai-2023-enforcement-vehicles-targets)', () => {
  const rows = (period: string) => [
    ['项目支出绩效目标申报表'],
    ['( 2023 年度)'],
    ['项目名称', '城管执法车辆维修燃油费'],
    ['项目资金 (万元)', '年度资金总额:', 340],
    ['总体目标', period, null, '年度目标'],
    [null, '保障城管执法巡查车辆的维修及燃油费用', null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '维修车辆数', '≥90辆'],
    [null, '效益指标', '社会效益指标', '执法巡查正常开展率', '100%'],
  ];
  it('reads a one-year period’s goal as the year’s', () => {
    const grid = Grid.fromValues('表', rows('中期目标(2023年—2023年)'), ['B5:C5', 'B6:C6']);
    expect(recognizeSheet(grid)[0].goal?.cell).toBe('B6');
    expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
  });
  it('leaves a longer period’s goal the period’s: the year’s is missing', () => {
    const grid = Grid.fromValues('表', rows('中期目标(2023年—2025年)'), ['B5:C5', 'B6:C6']);
    expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@D6']);
  });
});

describe('资金总额:704, its amount typed into the label, beside 按收入性质分 (u-hn-nanyue-2017-school-dept-targets-r4)', () => {
  const rows = [
    ['部门整体支出绩效目标申报表'],
    ['2017 年度)'],
    ['部门名称', '南岳区实验中学'],
    ['年度预算申请(万元)', '资金总额:704', '按收入性质分', '按支出性质分'],
    [null, null, '公共财政拨款:683', '基本支出:622'],
    [null, null, '纳入专户管理的非税收入拨款:21', '项目支出:82'],
    ['整体绩效目标', '目标1:把教学放在首位,提高师生整体素质。'],
    ['部门整体支出年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '在校学生数', '1200人'],
    [null, '效益指标', '社会效益指标', '毕业生合格率', '100%'],
  ];
  it('reads the label’s own 704 as the total, the heading beside it no amount', () => {
    const grid = Grid.fromValues('表', rows, ['A4:A6', 'B4:B6']);
    const [t] = recognizeSheet(grid);
    expect([t.funds?.total.amount.cell, t.funds?.total.amount.reading.kind === 'number' && t.funds.total.amount.reading.value]).toEqual(['B4', 704]);
    expect(at(grid).filter((f) => /amount-not-number|number-as-text/.test(f))).toEqual([]);
  });
});

describe('a report cut right under its indicator labels (岳阳楼区’s 2016 自评报告, aj-hn-yueyanglou-2016-deputies-home-report)', () => {
  const rows = [
    ['岳阳楼区财政支出项目绩效评价自评报告'],
    ['计划安排资金 (万元)', 48, '实际支出 (万元)', 46.5],
    ['预  期 目 标', null, '实际完成'],
    ['做好人大代表之家建设', null, '已建成人大代表之家16个'],
    ['一级指标', '二级指标', '指标内容'],
  ];
  it.each([
    ['the sheet’s last line', rows],
    ['two blank rows and another table under it', [...rows, [], [], ['项目支出绩效目标表'], ['(2023年度)'], ['项目名称', '人工增雨'], ['项目资金(万元)', '年度资金总额:', 100], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '作业次数', '15次'], ['效益指标', '社会效益指标', '受益面积', '≥100平方公里']]],
  ])('a table of its own with no indicator, what is under it another (%s)', (_, values) => {
    const tables = recognizeSheet(Grid.fromValues('表', values as never));
    expect(tables.map((t) => [t.kind, t.range])).toEqual(values.length > 5 ? [['project-self-evaluation', 'A1:D5'], ['project-targets', 'A8:D14']] : [['project-self-evaluation', 'A1:D5']]);
  });
});

describe('a transfer self-evaluation’s fund lines, one no label names (霍山’s 医疗救助, ai-ah-huoshan-2024-medical-aid-eval; 乐亭’s, aj-he-laoting-2021-random-inspection-audit-eval)', () => {
  const rows = (lottery: (string | number | null)[], local: (string | number | null)[]) => [
    ['医疗救助补助资金转移支付项目绩效目标自评表'],
    ['(2024年度)'],
    ['转移支付(项目)名称', '医疗救助补助资金'],
    ['资金投入情况(万元)', '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
    ['年度资金总额:', 3359.62, 3359.62, 1],
    ['其中:中央财政资金', 829.3, 829.3, 1],
    ['彩票公益金用于医疗救助', ...lottery],
    ['地方资金', ...local],
    ['其他资金'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值'],
    [null, '产出指标', '数量指标', '救助人次', '≥1000人次', '1200人次'],
    [null, '效益指标', '社会效益指标', '救助政策知晓率', '≥90%', '95%'],
  ];
  it('reads it as a part of the total: its amounts added, no total-mismatch', () => {
    const codes = at(Grid.fromValues('表', rows([0, 0, null], [2530.32, 2530.32, 1])));
    expect(codes.filter((f) => /total-mismatch|rate-mismatch/.test(f))).toEqual([]);
  });
  it('reads it beside the block’s side label filled down the lines (its merge undone and filled)', () => {
    // The label merged over two columns and down the lines, undone and filled: in both columns of every line.
    const label = '资金投入情况(万元)';
    const filled = rows([0, 0, null], [2530.32, 2530.32, 1]).map((r, i) => (i >= 3 && i <= 8 ? [label, label, ...(i === 3 ? [null, ...r.slice(1)] : r)] : [null, null, ...r]));
    const codes = at(Grid.fromValues('表', filled as never));
    expect(codes.filter((f) => /total-mismatch|rate-mismatch/.test(f))).toEqual([]);
  });
  it.each([
    ['0 ÷ 0 typed 100%', [0, 0, 1], [2530.32, 2530.32, 1], 'rate-mismatch@D7'],
    ['100% over a blank 执行数', [0, 0, null], [2530.32, null, 1], 'rate-mismatch@D8'],
  ])('a part’s rate with nothing to give it: %s', (_, lottery, local, finding) => {
    expect(at(Grid.fromValues('表', rows(lottery as never, local as never))).filter((f) => f.startsWith('rate-mismatch'))).toEqual([finding]);
  });
});

describe('荆门’s 项目绩效目标申报表: 年度绩效总目标 over the indicators in prose beside their 一级 (ai-hb-jingmen-2022-relics-fund-targets)', () => {
  const rows = [
    ['项目名称', '全市文物保护专项经费', '预算金额', '36万元'],
    ['实施单位', '市文化和旅游局', '起止时间', '2022年1月—12月'],
    ['资金来源(万元)', '财政拨款', '非税安排', '其他'],
    [null, 36, 0, 0],
    ['年度绩效总目标', '产出指标', '开展文物安全巡查频次8次;编制文物宣传资料数量3个;文物保护知识培训次数2次'],
    [null, '效益指标', '文物保护宣传覆盖人次≥20万人次;文物保护修缮个数≥5个'],
    ['资金拨付对象', '市文化和旅游局'],
  ];
  it('reads a project table of 2022 (its one-year period) whose prose lists several targets in one cell', () => {
    const grid = Grid.fromValues('表', rows, ['A3:A4', 'A5:A6', 'C5:D5', 'C6:D6']);
    const [t] = recognizeSheet(grid);
    expect([t.kind, t.fiscalYear, t.unit]).toEqual(['project-targets', 2022, '万元']);
    expect(at(grid).filter((f) => f.startsWith('compound-target'))).toEqual(['compound-target@C5', 'compound-target@C6']);
  });
  it.each([
    ['2016年1月1日', 2016],
    ['2016.1.1', 2016],
    ['2016年3月1日', null],
    ['2016年1月', null],
  ])('a period given by its start alone, %s, is that year’s when it is the year’s first day (岳阳楼区’s 自评报告, aj-hn-yueyanglou-2016-deputies-home-report)', (start, year) => {
    const grid = Grid.fromValues('表', rows.map((r) => (r[2] === '起止时间' ? [...r.slice(0, 3), start] : r)), ['A3:A4', 'A5:A6', 'C5:D5', 'C6:D6']);
    expect(recognizeSheet(grid)[0].fiscalYear).toBe(year);
  });
  it('the same with 起止时间 spaced out and a blank column before its date', () => {
    const grid = Grid.fromValues('表', rows.map((r) => (r[2] === '起止时间' ? [...r.slice(0, 2), '起 止 时 间', null, '2016年1月1日'] : r)), ['A3:A4', 'A5:A6', 'C5:D5', 'C6:D6']);
    expect(recognizeSheet(grid)[0].fiscalYear).toBe(2016);
  });
  it.each([
    ['2019/1/1', '2019/12/31', 2019],
    ['2019年1月1日', '2019年12月31日', 2019],
    ['2019/1/1', '2021/12/31', null],
    ['2019/3/1', '2019/12/31', null],
  ])('开始时间 | %s | 结束时间 | %s (上海’s 申报表, as-sh-tongzhou-2019-nonparty-talent-targets): one calendar year is that year', (start, end, year) => {
    const grid = Grid.fromValues('表', rows.map((r) => (r[2] === '起止时间' ? ['开始时间', start, '结束时间', end] : r)), ['A3:A4', 'A5:A6', 'C5:D5', 'C6:D6']);
    expect(recognizeSheet(grid)[0].fiscalYear).toBe(year);
  });
  it.each([
    ['2014年 5 月起至 2015 年 12 月止', null],
    ['2014年5月起至2015年12月止', null],
    ['2016年 1 月起至 2016 年 12 月止', 2016],
  ])('湖南’s 自评报告 over 项目起止时间 | %s: two years give none, their months spaced out or not (as-hn-yueyang-2016-levee-slope-report)', (period, year) => {
    const grid = Grid.fromValues('表', [
      ['岳阳市财政支出项目绩效评价自评报告'],
      ['项目名称 岳阳市南津港大堤外坡景观型护坡工程'],
      ['项目起止时间', period],
      ['计划安排资金 (万元)', 1187, '实际到位资金 (万元)', 1023, '实际支出 (万元)', 1078.78, '结余(万元)', 108.22],
      ['其中:中央财政', null, '其中:中央财政', null, '其中:中央财政', null, '其中:中央财政', null],
      ['市财政', 1187, '市财政', 1023, '市财政', 1078.78, '市财政', 108.22],
    ]);
    expect(recognizeSheet(grid)[0].fiscalYear).toBe(year);
  });
  it('a year’s first day beside another label (报告日期) gives no year', () => {
    const grid = Grid.fromValues('表', rows.map((r) => (r[2] === '起止时间' ? [...r.slice(0, 2), '报告日期', '2016年1月1日'] : r)), ['A3:A4', 'A5:A6', 'C5:D5', 'C6:D6']);
    expect(recognizeSheet(grid)[0].fiscalYear).toBeNull();
  });
});

describe('湘西州’s 项目支出绩效目标表公开: a list of projects under 资金总额 | 实施期绩效目标, a 度量单位 column holding dashes (ak-hn-xiangxi-2023-special-school-meals-targets)', () => {
  const rows = [
    ['2023年项目支出绩效目标表公开'],
    ['部门:505_湘西州教育和体育局', null, null, null, null, null, null, null, '金额单位:万元'],
    ['单位代码', '单位(专项)名称', '资金总额', '实施期绩效目标', '绩效指标'],
    [null, null, null, null, '一级指标', '二级指标', '三级指标', '指标值', '度量单位'],
    ['505006', '学生伙食费', 30, '保障学生用餐', '产出指标', '数量指标', '补助学生数量', '168', '-'],
    [null, null, null, null, null, '质量指标', '伙食补助发放率', '≥90%', '%'],
    [null, null, null, null, '效益指标', '社会效益指标', '困难教师', '2', null],
  ];
  it('reads no amount in the goal’s heading; a count beside a dash or a blank unit has none', () => {
    const grid = Grid.fromValues('表', rows, ['C3:C4', 'D3:D4', 'E3:I3', 'A5:A7', 'B5:B7', 'C5:C7', 'D5:D7', 'E5:E6']);
    const found = at(grid);
    expect(found.filter((f) => /amount-not-number/.test(f))).toEqual([]);
    expect(found.filter((f) => f.startsWith('missing-unit'))).toEqual(['missing-unit@H5', 'missing-unit@H7']);
  });
});

describe('a form’s title over its 项目名称, the page cut before any block (al-fj-dehua-2025-crop-variety-demo-targets, af-ah-wuhu-2019-special-screening-targets)', () => {
  it('is a table; with no indicator list at all, no category it lacks (stop 49: every such reading in the corpus a cut)', () => {
    const grid = Grid.fromValues('表', [['2025年农作物品种展示示范项目绩效目标表'], ['项目名称', '农作物品种展示示范'], ['主管部门', '422001-泉州市农业']], ['B2:D2', 'B3:D3']);
    expect(recognizeSheet(grid).map((t) => [t.kind, t.fiscalYear])).toEqual([['project-targets', 2025]]);
    expect(at(grid).filter((f) => f.startsWith('missing-level1'))).toEqual([]);
  });
  it('a title alone, or a 项目名称 alone, is none', () => {
    expect(recognizeSheet(Grid.fromValues('表', [['2025年农作物品种展示示范项目绩效目标表'], ['说明:本表由项目单位填报']]))).toEqual([]);
    expect(recognizeSheet(Grid.fromValues('表', [['项目名称', '农作物品种展示示范'], ['主管部门', '泉州市农业农村局']]))).toEqual([]);
  });
});

describe('湖南’s 财政支出项目绩效评价自评报告: a cover of name lines, 项目起止时间, then the goal under its section line (am-hn-nanhu-2016-special-care-eval, an-hn-miluo-2017-bus-fare-subsidy-report)', () => {
  const report = (name: string, period: string, goal: string | null, account: string | null, header = true) =>
    Grid.fromValues(
      '表',
      [
        ['汨罗市财政支出项目绩效评价自评报告'],
        [name],
        ['主管部门       汨罗市交通运输局'],
        ['项目起止时间', period],
        ['三、项目绩效自评情况'],
        ['项目绩效定性目标及实施计划完成情况'],
        ['预  期 目 标', null, '实际完成'],
        [goal, null, account],
        ...(header ? [['一级指标', '二级指标', '指标内容', '指标(目标)值', '实际完成值']] : []),
      ],
      ['A1:E1', 'A2:E2', 'A3:E3', 'B4:E4', 'A5:E5', 'A6:E6', 'A7:B7', 'C7:E7', 'A8:B8', 'C8:E8'],
    );
  it('reads the name typed into its label’s cell, the year of a period spaced over the form’s blanks, the goal and its account', () => {
    const [t] = recognizeSheet(report('项目名称       低票价运营补贴', '2017年    1   月起至      2017    年   12    月止', '低票价运营补贴', '60%', false));
    expect([t.kind, t.fiscalYear, t.name?.text, t.name?.cell, t.goal?.cell, t.goalActual?.cell]).toEqual(['project-self-evaluation', 2017, '低票价运营补贴', 'A2', 'A8', 'C8']);
    expect(at(report('项目名称:低票价运营补贴', '2017年1月起至2017年12月止', '低票价运营补贴', '60%', false)).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@A8', 'missing-goal@C8']);
  });
  it('a blank goal and account are missing; 指标(目标)值 heads the targets', () => {
    const grid = report('项目名称        优 抚', '2016年1月起至2016年12 月止', null, null);
    const [t] = recognizeSheet(grid);
    expect([t.fiscalYear, t.indicators?.header.target]).toEqual([2016, 'D9']);
    expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@A8', 'missing-goal@C8']);
  });
  it('a name’s label with text after it and no gap, or another label’s, is none', () => {
    expect(recognizeSheet(report('项目名称说明', '2016年', null, null, false))).toEqual([]);
  });
  it('a blank goal over the next block’s heading, the merges gone: the goal is the blank row, not the heading', () => {
    const grid = Grid.fromValues('表', [
      ['汨罗市财政支出项目绩效评价自评报告'],
      ['项目名称        优 抚'],
      ['项目绩效定性目标及实施计划完成情况'],
      ['预  期 目 标', null, '实际完成'],
      [null, null, null],
      ['项目绩效定量目标(指标)及完成情况'],
      ['一级指标', '二级指标', '指标内容', '指标(目标)值', '实际完成值'],
    ]);
    expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@A5', 'missing-goal@C5']);
  });
});

describe('湖南’s 自评报告 fund block: 计划安排资金 | 实际到位资金 | 实际支出 | 结余 side by side, each over the same 其中 lines (am-hn-nanhu-2016-special-care-eval, ad-hn-yueyangxian-2020-rural-road-report)', () => {
  const block = (arrived: number | string, other: number | null, period = '2020年元月起至2020年12月止') =>
    Grid.fromValues('表', [
      ['岳阳市南湖新区财政支出项目绩效评价自评报告'],
      ['项目名称        优 抚'],
      ['项目起止时间', period],
      ['计划安排资金 (万元)', 170, '实际到位资金 (万元)', arrived, '实际支出 (万元)', 170, '结余(万元)', 0],
      ['其中:中央财政', null, '其中:中央财政', null, '其中:中央财政', null, '其中:中央财政', null],
      ['省财政', 170, '省财政', 170, '省财政', 170, '省财政', null],
      ['市级财政', null, '市级财政', null, '市级财政', null, '市级财政', null],
      ['区财政', null, '区财政', null, '区财政', null, '区财政', null],
      ['其它', null, '其它', other, '其它', null, '其它', null],
    ]);
  it('checks each block against its own lines', () => {
    const [t] = recognizeSheet(block(170, null));
    expect([t.fiscalYear, t.funds?.total.amount?.cell, t.funds?.parts.map((p) => p.label.text), t.innerFunds?.map((b) => b.total.amount?.cell)]).toEqual([
      2020,
      'B4',
      ['其中:中央财政', '省财政', '市级财政', '区财政', '其它'],
      ['D4', 'F4', 'H4'],
    ]);
    expect(at(block(170, null)).filter((f) => /total-mismatch|amount-not-number/.test(f))).toEqual([]);
    expect(at(block(170, 9.6)).filter((f) => /total-mismatch|amount-not-number/.test(f))).toEqual(['total-mismatch@D4']);
    // Named by its own label, not as 年度资金总额.
    expect(validateGrid(block(170, 9.6)).flatMap((r) => r.findings.filter((f) => f.code === 'total-mismatch').map((f) => f.message))).toEqual(['“实际到位资金 (万元)”为 170.00，其中各项之和为 179.60（相差 9.60）']);
    expect(at(block('1,70.0,0', null)).filter((f) => /total-mismatch|amount-not-number/.test(f))).toEqual(['amount-not-number@D4']);
  });
  it('a block beside over other lines is none of them', () => {
    const grid = Grid.fromValues('表', [
      ['项目名称', '优抚'],
      ['计划安排资金 (万元)', 170, '会计凭证号', 9],
      ['其中:中央财政', null, '1月31日', 2],
      ['省财政', 170, '2月29日', 7],
    ]);
    expect(recognizeSheet(grid)[0].innerFunds).toBeUndefined();
  });
});

describe('the same unknown 二级 in two rows, each merged on its own (黄石三中’s 具体指标 twice, an-hb-huangshi-sanzhong-2023-campus-repair-eval, printed in two lines a row)', () => {
  const rows = [
    ['2023年度校园维修改造及设备购置项目自评表'],
    ['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值'],
    [null, null, null, null, null],
    ['产出指标', '质量指标', '合格率', '100%', '100%'],
    [null, null, null, null, null],
    ['满意度指标', '具体指标', '教师满意度', '≥95%', '≥95%'],
    [null, null, null, null, null],
    [null, '具体指标', '学生满意度', '≥95%', '≥95%'],
    [null, null, null, null, null],
  ];
  const twoLines = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'A6:A9', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:E7', 'B8:B9', 'C8:C9', 'D8:D9', 'E8:E9'];
  it('is reported once, at the first, as the same rows unmerged are', () => {
    const unknown = (grid: Grid) => at(grid).filter((f) => f.startsWith('unknown-category'));
    expect(unknown(Grid.fromValues('表', rows, twoLines))).toEqual(['unknown-category@B6']);
    expect(unknown(Grid.fromValues('表', rows.filter((_, i) => i % 2 === 1 || i === 0)))).toEqual(['unknown-category@B4']);
  });
});

describe('a unit line contradicted by the fund block’s heading (汉阴’s 单位:元 over 资金情况(万元), ap-sn-hanyin-2022-inclusive-finance-targets)', () => {
  const sheet = (line: string) =>
    Grid.fromValues(
      '表',
      [
        ['2022年第二批中、省普惠金融发展专项资金绩效目标表'],
        [line],
        ['专项名称', '普惠金融发展专项资金'],
        ['资金情况(万元)', '年度金额', null, 112],
        [null, '其中:中央补助', null, 40],
        [null, '地方资金', null, 72],
        ['年度总体目标', '支持劳动者自主创业。'],
        ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '产出指标', '数量指标', '本年度创业担保贷款发放额', '4000万元'],
        [null, '效益指标', '社会效益指标', '带动就业人数', '≥200人'],
      ],
      ['A4:A6', 'B4:C4', 'B5:C5', 'B6:C6', 'A8:A10'],
    );
  it('is reported once, at the line; the amounts are in the heading’s unit', () => {
    const grid = sheet('单位:元');
    expect(recognizeSheet(grid)[0].unit).toBe('万元');
    expect(at(grid).filter((f) => f.startsWith('unit-mismatch'))).toEqual(['unit-mismatch@A2']);
  });
  it('a line agreeing with the heading is no finding', () => {
    expect(at(sheet('单位:万元')).filter((f) => f.startsWith('unit-mismatch'))).toEqual([]);
  });
});

describe('a 计量单位 column left blank (大足’s 部门整体绩效目标自评表, ap-cq-dazu-2021-commerce-dept-eval; 农垦’s, 乌海’s)', () => {
  const sheet = (name: string, unit: string | null, target: number | string) =>
    Grid.fromValues('表', [
      ['2021年部门整体绩效目标自评表'],
      ['单位名称', '大足区商务委员会'],
      ['三级指标', '指标权重', '计量单位', '指标值', '全年实际完成值', '产生差异的原因及改进措施'],
      ['外贸进出口总额', 25, '亿人民币', 17.5, 28.6, null],
      [name, 13, unit, target, 33, null],
    ]);
  it.each([
    ['新增限上商贸企业(法人)', null, 23, ['missing-unit@D5']],
    ['资助困难教师及学生', null, 52, ['missing-unit@D5']],
    ['出差人数', null, 8, []],
    ['新增限上商贸企业(法人)', '家', 23, []],
  ])('%s | %s | %s', (name, unit, target, found) => {
    expect(at(sheet(name, unit, target)).filter((f) => f.startsWith('missing-unit'))).toEqual(found);
  });
  it('亿人民币 is money in 亿元, not a count of 人', () => {
    const [t] = recognizeSheet(sheet('出差人数', null, 8));
    expect(t.indicators!.indicators[0].target.value).toMatchObject({ kind: 'quantity', value: 17.5, unit: '亿元', family: 'money' });
  });
});

describe('湖南’s 部门整体支出绩效评价自评报告: its title over two lines, the department named in its cover line (e-hn-yueyang-cgzx-2018, e-hn-yueyangxian-xinkai-2021)', () => {
  const cover = (first: string, second: string, name: string) =>
    Grid.fromValues('表', [[first], [second], [name], ['预 算 编 码: 906017'], ['评价方式:部门(单位)绩效自评'], ['一、部门(单位)基本概况'], ['联系人', '吴俊', '联络电话', 8690022]], ['A1:D1', 'A2:D2', 'A3:D3', 'A4:D4', 'A5:D5', 'A6:D6']);
  it('is a department’s self-evaluation of the title’s year, cut before its blocks', () => {
    const tables = recognizeSheet(cover('岳阳市2018年度部门整体支出', '绩效评价自评报告', '部门(单位)名称: 岳阳市城市管理监督指挥中心'));
    expect(tables.map((t) => [t.kind, t.fiscalYear, t.title?.cell, t.name?.text])).toEqual([['department-self-evaluation', 2018, 'A1', '岳阳市城市管理监督指挥中心']]);
    // Its merges across undone and filled: each line typed four times.
    const filled = Grid.fromValues('表', [Array(4).fill('岳阳市2018年度部门整体支出'), Array(4).fill('绩效评价自评报告'), Array(4).fill('部门(单位)名称: 岳阳市城市管理监督指挥中心')]);
    expect(recognizeSheet(filled).map((t) => [t.kind, t.fiscalYear])).toEqual([['department-self-evaluation', 2018]]);
  });
  it('its account of the year, with no goal beside it, is checked as a goal’s account', () => {
    const report = (account: string | null) =>
      Grid.fromValues('表', [['岳阳县2021年度部门整体支出'], ['绩效评价自评报告'], ['部门(单位)名称:岳阳县新开镇政府'], ['职能职责概述', '制定并组织实施全镇的经济和社会发展规划'], ['年度部门(单位)总体运行情况及取得的成绩', account]], ['A1:D1', 'A2:D2', 'A3:D3', 'B4:D4', 'B5:D5']);
    expect(at(report('已完成年度目标')).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@B5']);
    expect(at(report('全年完成便民服务事项1.2万件,化解矛盾纠纷86起。')).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
  });
  it('two lines that make no title, or a title with no name line under it, are none', () => {
    expect(recognizeSheet(cover('岳阳市2018年度部门整体支出', '情况说明', '部门(单位)名称: 岳阳市城市管理监督指挥中心'))).toEqual([]);
    expect(recognizeSheet(cover('岳阳市2018年度部门整体支出', '绩效评价自评报告', '说明:本表由单位填报'))).toEqual([]);
  });
});

describe('the thirteenth round’s forms (aq-*, ar-*)', () => {
  it('保山’s 能源局 自评表: 1亿 over a 度量单位 of 元 is 1亿元, no slip; the account opening with its year gives the year (aq-yn-baoshan-2023-energy-safety-eval)', () => {
    const grid = Grid.fromValues(
      '表',
      [
        ['项目支出绩效自评表'],
        ['项目名称', null, '能源安全检查及新能源项目推进经费'],
        ['年度总体目标', null, '预期目标', null, null, null, '实际完成情况'],
        [null, null, '力保全市能源运行安全。', null, null, null, '2023年,通过开展项目现场踏勘、检查、督导113次,形成新能源投资增加数24亿元。'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '现场踏勘、检查、督导次数', '>=', 20, '次', 113, 50, 50, null],
        ['效益指标', '经济效益', '形成新能源投资增加数', '>=', '1亿', '元', '24亿', 40, 40, null],
      ],
      ['A3:B4', 'C3:F3', 'G3:J3', 'C4:F4', 'G4:J4'],
    );
    const [t] = recognizeSheet(grid);
    expect([t.fiscalYear, t.indicators!.indicators[1].target.value]).toMatchObject([2023, { kind: 'quantity', value: 1, unit: '亿元' }]);
    expect(at(grid).filter((f) => /unit-mismatch/.test(f))).toEqual([]);
  });
  it('海口’s 项目绩效目标表: 绩效目标 heading the column right of 指标名称 holds each row’s target (ar-hi-haikou-2016-archives-compilation-targets)', () => {
    const grid = Grid.fromValues('表', [
      ['项目绩效目标表'],
      ['项目名称:档案征集编研'],
      ['指标类型', '指标名称', '绩效目标', '绩效标准'],
      ['产出指标', '开展民间档案资料的征集工作', '征集有关解放海南岛的资料,如:军功通知书等等。', null],
      [null, '编印《海口市人民政府公报》', '每月3000本,一年12期', null],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => i.target.cell)).toEqual(['C4', 'C5']);
    expect(at(grid).filter((f) => /vague-target|compound-target/.test(f))).toEqual(['vague-target@C4', 'compound-target@C5']);
    // A blank column inserted between the names and their targets.
    const spaced = Grid.fromValues('表', [['项目绩效目标表'], ['指标类型', '指标名称', null, '绩效目标', '绩效标准'], ['产出指标', '编印《海口市人民政府公报》', null, '每月3000本,一年12期', null]]);
    expect(recognizeSheet(spaced)[0].indicators!.indicators.map((i) => i.target.cell)).toEqual(['D3']);
  });
  it('宁夏’s 项目绩效目标批复表: 项目 | 指标值 over an indented tree, each category a row of its own over its indicators (ad-nx-shizuishan-2020-cdc-vaccine-targets)', () => {
    const grid = Grid.fromValues('表', [
      ['石嘴山市疾病预防控制中心2020年项目绩效目标批复表'],
      ['单位:元'],
      ['项目', '指标值', '绩效金额'],
      [' 石嘴山市疾病预防控制中心', null, null],
      ['  疫苗及美沙酮药物', null, 3000000],
      ['   产出指标', null, null],
      ['    数量指标(必填硬性指标)', null, null],
      ['     疫苗接种人次', '≥5000人次', null],
      ['     美沙酮维持治疗人数', null, null],
      ['    时效指标(必填)', null, null],
      ['     疫苗提供及时率', '100%', null],
      ['   满意度指标', null, null],
      ['    社会效益指标(必填)', null, null],
      ['     服务对象满意度', '95%', null],
    ]);
    const [t] = recognizeSheet(grid);
    expect(t.indicators!.indicators.map((i) => [i.level1.text, i.level2.text, i.name.text, i.target.cell])).toEqual([
      ['产出指标', '数量指标(必填硬性指标)', '疫苗接种人次', 'B8'],
      ['产出指标', '数量指标(必填硬性指标)', '美沙酮维持治疗人数', 'B9'],
      ['产出指标', '时效指标(必填)', '疫苗提供及时率', 'B11'],
      ['满意度指标', '社会效益指标(必填)', '服务对象满意度', 'B14'],
    ]);
    // The unit's and the project's lines, and the categories' rows, are no indicators; a 二级 under another
    // 一级 is found at its row, and a satisfaction under that 二级 at its own.
    expect(at(grid)).toEqual(['missing-target@B9', 'category-mismatch@A13', 'category-mismatch@A14']);
    // Without a 二级's row under the 一级's, a column of names is no tree.
    expect(recognizeSheet(Grid.fromValues('表', [['项目', '指标值'], ['产出指标', null], ['疫苗接种人次', '5000人次']]))).toEqual([]);
  });
  it('山东’s 评价报告: 评价指标 | 指标分值 | 评价得分 over 一级 | 二级 | 三级 | 100 | 84, a score sheet grouped by its 一级 alone (at-sd-xx-2018-land-acquisition-eval)', () => {
    const rows = [
      ['XX县2018年征地和拆迁补偿、开发性支出绩效评价报告', null, null, null, null],
      ['项目名称', 'XX县2018年征地和拆迁补偿、开发性支出', null, null, null],
      ['评价指标', null, null, '指标分值', '评价得分'],
      ['一级', '二级', '三级', 100, 84],
      ['项目前期工作', null, '1.项目库建设( 1 分)', 1, 1],
      [null, null, '2.项目可行性研究报告( 2分)', 2, 2],
      ['项目组织', null, '3.制度建设( 6 分)', 6, 5],
    ];
    const grid = Grid.fromValues('表', rows);
    const [t] = recognizeSheet(grid);
    expect([t.kind, t.indicators!.criteria, t.indicators!.indicators.map((i) => [i.level1.text, i.evaluation?.weight?.cell, i.evaluation?.score?.cell])]).toEqual([
      'project-self-evaluation',
      true,
      [
        ['项目前期工作', 'D5', 'E5'],
        ['项目前期工作', 'D6', 'E6'],
        ['项目组织', 'D7', 'E7'],
      ],
    ]);
    // The sums typed in the header's own row are the table's typed total: the points, 9 of 100, are
    // short there, and the typed 84 is no sum of the scores (8).
    expect([t.totalScore?.weight?.cell, t.totalScore?.score?.cell]).toEqual(['D4', 'E4']);
    // Its 二级 column blank on every row: no 二级 left out.
    expect(at(grid)).toEqual(['weights-sum@D4', 'score-mismatch@E4']);
    // Converted from a PDF (rows in two, every cell merged over its lines) or pasted from Word (columns in two): the same sheet.
    for (const to of [rowsInTwo, columnsInTwo]) {
      const c = convertedSheet({ name: '表', rows, merges: [] }, to, true);
      const [read] = recognizeSheet(Grid.fromValues('表', c.rows, c.merges));
      expect([read.kind, read.indicators!.criteria, read.indicators!.indicators.length]).toEqual(['project-self-evaluation', true, 3]);
    }
    // One 二级 written: the others are left out.
    const one = Grid.fromValues('表', [['评价指标', null, null, '指标分值', '评价得分'], ['一级', '二级', '三级', 100, 84], ['项目前期工作', '前期', '1.项目库建设', 1, 1], ['项目组织', null, '3.制度建设', 6, 5]]);
    expect(at(one).filter((f) => f.startsWith('missing-category'))).toEqual(['missing-category@B4']);
  });
  it('安徽’s 项目绩效目标和指标: each project’s indicators in its 绩效目标 cell, 【一级-二级】 over 指标1:name(target) lines (au-ah-huangshan-2025-police-surveillance-room-targets)', () => {
    const cell = ['【总体目标】', '保障雪亮工程机房租赁延续', '【产出指标-数量指标】', '指标1:机柜数量(≥77台)', '指标2:机房面积', '【产出指标-质量指标】', '指标1:视频监控在线率(≥0.97比例)', '【效益指标-经济效益指标】', '指标1:为全市经济发展保驾护航(正面支撑)', '【满意度指标-社会效益指标】', '指标1:群众满意度(≥90%)'].join('\n');
    const grid = Grid.fromValues('表', [
      ['黄山市公安局2025年项目绩效目标和指标'],
      ['单位编码', '单位名称(项目类别/支出项目)', '年度预算安排', '项目内容', '绩效目标'],
      ['037001', '黄山市公安局', 1681680, null, null],
      ['037001', '黄山市雪亮工程市本级机房租赁服务采购项目', 1681680, '【项目概况】:市本级雪亮工程后端机房租赁服务', cell],
    ]);
    const [t] = recognizeSheet(grid);
    expect([t.kind, t.fiscalYear]).toEqual(['project-targets', 2025]);
    expect(t.indicators!.indicators.map((i) => [i.level1.text, i.level2.text, i.name.text, i.target.text])).toEqual([
      ['产出指标', '数量指标', '机柜数量', '≥77台'],
      ['产出指标', '数量指标', '机房面积', ''],
      ['产出指标', '质量指标', '视频监控在线率', '≥0.97比例'],
      ['效益指标', '经济效益指标', '为全市经济发展保驾护航', '正面支撑'],
      ['满意度指标', '社会效益指标', '群众满意度', '≥90%'],
    ]);
    // Found at the project's cell: a target left out, a slogan as a target, a 二级 under another 一级; a share as 0.97比例 is one.
    expect(at(grid).sort()).toEqual(['category-mismatch@E4', 'category-mismatch@E4', 'missing-target@E4', 'vague-target@E4']);
    // Next year's form keeps the cell, its names and headings, its targets emptied.
    expect(withoutBracketedTargets(cell).split('\n').slice(2, 5)).toEqual(['【产出指标-数量指标】', '指标1:机柜数量()', '指标2:机房面积']);
  });
  it('岳阳’s 项目支出明细: an amount with its parts listed beside it (主体工程款:395.06 管理费:22.97) is held to them where another line so listed adds up (as-hn-yueyang-2020-e-port-report, all three readings)', () => {
    const rows = [
      ['岳阳市人民政府口岸管理办公室财政支出项目绩效评价自评报告', null, null, null, null],
      ['项目名称', '岳阳电子口岸建设', null, '项目资金(万元)', null],
      ['年度资金总额', 2489.4, null, null, null],
      ['二、项目支出明细情况 (单位金额:万元)', null, null, null, null],
      ['支出内容', null, '实际支出数', '具体内容', '备注'],
      ['1、岳阳城陵矶联检大楼修缮改造工程', null, 796.49, '主体工程款:723.67 管理费:72.82', null],
      ['3、平台应用软件含集成建设项目', null, 418.02, '主体工程款:395.06 管理费:22.97', '款项已付95%,欠质保金19.8'],
    ];
    expect(at(Grid.fromValues('表', rows)).filter((f) => f.startsWith('total-mismatch'))).toEqual(['total-mismatch@C7']);
    // Merged across, the amount is read from its area's first cell.
    const merged = Grid.fromValues('表', rows.map((r) => [r[0], r[1], r[2], null, r[3], r[4]]), ['C6:D6', 'C7:D7']);
    expect(at(merged).filter((f) => f.startsWith('total-mismatch'))).toEqual(['total-mismatch@C7']);
    // The merge undone and filled (418.02 | 418.02): the first copy is the amount.
    const filled = Grid.fromValues('表', rows.map((r) => [r[0], r[1], r[2], typeof r[2] === 'number' ? r[2] : null, r[3], r[4]]));
    expect(at(filled).filter((f) => f.startsWith('total-mismatch'))).toEqual(['total-mismatch@C7']);
    // A lone line that does not add up is no proof the cell lists the amount's parts: left alone.
    expect(at(Grid.fromValues('表', rows.slice(0, 5).concat([rows[6]]))).filter((f) => f.startsWith('total-mismatch'))).toEqual([]);
  });
  it('和平’s 周期指标值 | 本年度指标值 under one 三级: the year’s column is a set of its own, its blanks the period’s standing (ag-gd-heping-2020-antiepidemic-bond-school-targets, three readings of four)', () => {
    const rows = [
      ['绩效指标', '一级指标', '二级指标', '三级指标', '周期指标值', '本年度指标值'],
      [null, '产出指标', '数量指标', '总建筑面积(平方米)', 44979.8, 44979.8],
      [null, null, null, '设施设备采购', '全部完成', '全部完成'],
      [null, null, '时效指标', '工程完成时间', '2021.6', null],
      [null, '效益指标', '社会效益指标', '新增学位数量(个)', 3000, 1200],
      [null, '满意度指标', '服务对象满意度指标', '学生满意度', '≥90%', '≥90%'],
    ];
    expect(at(Grid.fromValues('表', rows))).toEqual(['vague-target@E3', 'vague-target@F3']);
    // Merged across both columns, the same.
    expect(at(Grid.fromValues('表', rows, ['E4:F4']))).toEqual(['vague-target@E3', 'vague-target@F3']);
  });
  it('湘西’s 项目支出绩效目标表公开: the goal in a column of its own beside the project’s name and money, blank (ak-hn-xiangxi-2023-special-school-meals-targets, every reading)', () => {
    const rows = (goal: string | null) => [
      ['2023年项目支出绩效目标表公开'],
      ['单位代码', '单位(专项)名称', '资金总额', '实施期绩效目标', '绩效指标', null, null, null],
      [null, null, null, null, '一级指标', '二级指标', '三级指标', '指标值'],
      ['505006', '学生伙食费', 30, goal, '产出指标', '数量指标', '补助学生数量', '168人'],
      [null, null, null, null, '效益指标', '社会效益指标', '学生营养状况改善率', '≥90%'],
      [null, null, null, null, '满意度指标', '服务对象满意度指标', '学生满意度', '≥95%'],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:H2', 'A4:A6', 'B4:B6', 'C4:C6', 'D4:D6'];
    expect(at(Grid.fromValues('表', rows(null), merges)).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@D4']);
    expect(at(Grid.fromValues('表', rows('保障168名学生每天用餐,伙食补助标准17元/人'), merges)).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
    // A side label 绩效目标 in the sheet's first column, its merge dropped, heads no column of goals.
    const side = Grid.fromValues('表', [
      ['总体绩效目标', '扶贫济困,促进两岸交流', null, null, null],
      ['绩效目标', '一级指标', '二级指标', '三级指标', '目标值'],
      [null, '产出指标', '数量指标', '补助人数', '432人'],
      [null, '效益指标', '社会效益指标', '受益台胞满意度', '≥95%'],
    ]);
    expect(at(side).filter((f) => f.startsWith('missing-goal'))).toEqual([]);
  });
  it('深圳’s 专项债券 自评表: a rate defined in its heading as one column over another, its result typed as the amount (an-gd-luohu-2022-gas-pipe-bond-eval, every reading)', () => {
    const rows = (result: number | string) => [
      ['项目名称', '罗湖区全面实施“瓶改管”工程 (南湖街道)'],
      ['当年绩效指标', '债券资金管理指标(10分)', '总体支出进度 (当年实际支出金额/项目当年下达额度)', '实际支出金额', '下达额度', '实际完成值', '分值', '得分'],
      [null, null, null, 1437, 1437, result, 10, 10],
      [null, '一级指标', '二级指标', '三级指标', '目标值', '实际完成值', '分值', '得分'],
      [null, '产出指标 (50分)', '数量指标', '城中村、住宅区任务完成量', '12个', '12个', 10, 10],
    ];
    expect(at(Grid.fromValues('表', rows(1437))).filter((f) => f.startsWith('rate-mismatch'))).toEqual(['rate-mismatch@F3']);
    expect(at(Grid.fromValues('表', rows('100%'))).filter((f) => f.startsWith('rate-mismatch'))).toEqual([]);
  });
  it('a score sheet’s 合计 is held to the sum of its typed scores, no budget line of its own to wait for', () => {
    const rows = [
      ['评价指标', null, null, '指标分值', '评价得分'],
      ['一级', '二级', '三级', null, null],
      ['项目前期工作', null, '1.项目库建设', 50, 45],
      [null, null, '2.项目可行性研究报告', 20, 20],
      ['项目组织', null, '3.制度建设', 30, 25],
      ['合计', null, null, 100, 95],
    ];
    expect(at(Grid.fromValues('表', rows))).toEqual(['score-mismatch@E6']);
    expect(at(Grid.fromValues('表', rows.map((r, i) => (i === 5 ? ['合计', null, null, 100, 90] : r))))).toEqual([]);
  });
  it('安徽’s 广电精品 自评表: 全年预算数(A | 全年执行数(B | 执行率(B/A, their closing brackets lost, head its fund lines (aq-ah-provincial-2021-radio-tv-quality-fund-eval)', () => {
    const grid = Grid.fromValues('表', [
      ['项目名称', '安徽省广播电视精品专项资金'],
      ['资金情况(万元)', null, '全年预算数(A', '全年执行数(B', '分值', '执行率(B/A', '得分'],
      [null, '年度资金总额:', 760, 700, 10, 1, 10],
      [null, '其中:本年财政拨款', 760, 700, '-', null, '-'],
    ]);
    const [t] = recognizeSheet(grid);
    expect([t.kind, t.evalFunds?.total.executed?.cell]).toEqual(['project-self-evaluation', 'D3']);
    expect(at(grid).filter((f) => f.startsWith('rate-mismatch'))).toEqual(['rate-mismatch@F3']);
  });
});

describe('黄石’s 自评表: points on the blocks’ own labels only (预算执行情况(万元)(20分), 年度绩效目标(80分)), its brackets lost (an-hb-huangshi-sanzhong-2023-campus-repair-eval)', () => {
  const sheet = (block: string) =>
    Grid.fromValues(
      '表',
      [
        ['2023年度校园维修改造及设备购置项目自评表'],
        ['项目名称', '校园维修改造及设备购置'],
        ['预算执行情况(万元)20分)', null, '预算数(A)', '执行数B)', '执行率B/A)', null],
        [null, '年度财政资金总额', '800万元', '800万元', '100%', null],
        [block, '一级指标', '二级指标', '三级指标', '年初目标值(A', '实际完成值(B'],
        [null, '产出指标', '质量指标', '验收合格率', '100%', '100%'],
        [null, '效益指标', '社会效益指标', '保障教学工作正常运转', '良好', '良好'],
      ],
      ['A3:B3', 'A4:A4', 'A5:A7'],
    );
  it('reads 执行数B) | 执行率B/A) as the budget line’s headings, and holds the two blocks’ points to 100', () => {
    const [t] = recognizeSheet(sheet('年度绩效目标98分)'));
    expect([t.evalFunds?.total.executed?.cell, t.evalFunds?.declaredWeight, t.indicators?.declaredPoints]).toEqual(['D4', 20, { points: 98, cell: 'A5' }]);
    expect(at(sheet('年度绩效目标98分)')).filter((f) => f.startsWith('weights-sum'))).toEqual(['weights-sum@A5']);
    expect(at(sheet('年度绩效目标(80分)')).filter((f) => f.startsWith('weights-sum'))).toEqual([]);
  });
});

describe('weights no row gives, worked out from the scores and the block’s points (施甸’s and 黄冈’s 自评表: 得分 alone under 年度绩效目标(80分))', () => {
  // 施甸's (nn-yn-shidian-2019-new-agri-entities-eval, all six readings): each score its weight × actual ÷ target,
  // the share left uncapped where the result beats its target.
  const shidian = (scores: number[], block = '年度绩效目标1 (80分)', firstActual = 6) =>
    project(
      [
        ['项目支出绩效自评表'],
        ['项目名称', '2019年新型农业经营主体扶持项目'],
        ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分 (20分*执行率)'],
        [null, '年度财政资金总额', null, 650, 94, 0.1, 2.9],
        [block, '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [null, '产出指标', '数量指标', '扶持发展新型农业经营主体 (个)', 15, firstActual, scores[0]],
        [null, null, '数量指标', '带动贫困户(人)', 11442, 4164, scores[1]],
        [null, '效益指标', '经济效益指标', '新型经营主体助农增收 (元)', 8000, 12767.36, scores[2]],
        [null, null, '经济效益指标', '人均增收 (元)', 1980, 2074, scores[3]],
        [null, '满意度指标', '服务对象满意度指标', '满意度(%)', 90, 100, scores[4]],
        ['总分', null, null, null, null, null, Math.round((2.9 + scores.reduce((a, b) => a + b, 0)) * 100) / 100],
      ],
      ['A3:A4', 'B3:C3', 'B4:C4', 'A5:A10', 'B6:B7', 'B8:B9', 'A11:F11'],
    );
  const PAST = [
    'score-over-weight@G8 “新型经营主体助农增收 (元)”得分 31.9 高于其分值 20',
    'score-over-weight@G9 “人均增收 (元)”得分 10.5 高于其分值 10',
    'score-over-weight@G10 “满意度(%)”得分 11.1 高于其分值 10',
  ];
  const scoreFindings = (grid: Grid) =>
    validateGrid(grid).flatMap((r) => r.findings.filter((f) => f.code.startsWith('score') || f.code === 'weights-sum').map((f) => `${f.code}@${f.cell} ${f.message}`));

  it.each<[string, Grid, string[]]>([
    [
      'scored past their weights (20 × 12767.36 ÷ 8000 = 31.9; 10.5 and 11.1 of 10): each over the weight the others imply, the total as typed',
      shidian([8, 7.3, 31.9, 10.5, 11.1]),
      PAST,
    ],
    ['the same scores capped at their weights (20, 10, 10)', shidian([8, 7.3, 20, 10, 10]), []],
    ['a block’s points the scores do not make (90): no weight is read, the blocks’ points are wrong', shidian([8, 7.3, 31.9, 10.5, 11.1], '年度绩效目标1 (90分)'), ['weights-sum@A5 分值合计为 110（预算执行率 20 + 指标 90），应为 100']],
    ['no points on the block’s label: no weight is read', shidian([8, 7.3, 31.9, 10.5, 11.1], '年度绩效目标1'), []],
    ['the label unnumbered', shidian([8, 7.3, 31.9, 10.5, 11.1], '年度绩效目标(80分)'), PAST],
    // The row whose score gives no whole weight takes what the others leave: 1.3 for 20 × 6 ÷ 15 = 8.
    ['one row’s score giving no whole weight (1.3 for 6 of 15): the 20 the others leave', shidian([1.3, 7.3, 20, 10, 10]), ['score-mismatch@G6 “扶持发展新型农业经营主体 (个)”得分填为 1.3，按目标值 15、实际完成值 6、分值 20 应为 8']],
    // A row reaching under a fifth of its target implies too loose a weight, and a second row gives none: nothing is read.
    ['a row reaching under a fifth of its target (2 of 15) and another giving no whole weight', shidian([2.7, 6.1, 31.9, 10.5, 11.1], undefined, 2), []],
  ])('%s', (_, grid, findings) => {
    expect(scoreFindings(grid)).toEqual(findings);
  });

  // 黄冈's (p-hb-huanggang-2020-soil-monitoring-eval, every reading): two numbered blocks of 40 under one list; the
  // row met and scored 19.6 gives no whole weight, and takes what the others leave of the 80: 20.
  const huanggang = (score: number, filled = false) => {
    const block1 = '年度绩效目标1(40分)';
    const block2 = '年度绩效目标2(40分)';
    return project(
      [
        ['2020年度水土保持监测项目绩效自评表'],
        ['项目名称', '水土保持监测'],
        ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        [null, '年度财政资金总额', null, 10, 10, '100%', 20],
        [block1, '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [filled ? block1 : null, '产出指标', '质量指标', '监测数据必须合格', '100%', '100%', 10],
        [filled ? block1 : null, null, '时效指标', '取得监测资料', '100%', '100%', 10],
        [filled ? block1 : null, '满意度指标', '服务对象满意度指标', '整编资料审核', '98%', '98%', score],
        [block2, '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        [filled ? block2 : null, '产出指标', '质量指标', '监测数据资料整编', '100%', '100%', 20],
        [filled ? block2 : null, null, '时效指标', '完成年度资料上报', '100%', '100%', 20],
        ['总分', null, null, null, null, null, 80 + score],
      ],
      ['A3:A4', 'B3:C3', 'B4:C4', 'B6:B7', 'B10:B11', 'A12:F12', ...(filled ? [] : ['A5:A8', 'A9:A11'])],
    );
  };

  it.each<[string, Grid, string[]]>([
    ['met and scored 19.6 of the 20 the others leave', huanggang(19.6), ['score-mismatch@G8 “整编资料审核”得分填为 19.6，按目标值 98%、实际完成值 98%、分值 20 应为 20']],
    ['met and scored 20', huanggang(20), []],
    ['the blocks’ labels filled down their rows (merges undone): each block counted once', huanggang(19.6, true), ['score-mismatch@G8 “整编资料审核”得分填为 19.6，按目标值 98%、实际完成值 98%、分值 20 应为 20']],
  ])('%s', (_, grid, findings) => {
    expect(recognizeSheet(grid)[0].indicators?.declaredPoints).toEqual({ points: 80, cell: 'A5' });
    expect(scoreFindings(grid)).toEqual(findings);
  });
});

describe('forms a sixth round of blind readings showed (stop 50)', () => {
  it('黄石’s 一级 points already made by the scores under it: its blank rows were given none (y-hb-huangshi-2022-library-sharing-eval)', () => {
    const sheet = (scored: number | null) =>
      project(
        [
          ['2022年度共享工程项目自评表'],
          ['项目名称', '共享工程'],
          ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
          [null, '年度财政资金总额', null, 5, 5, '100%', 20],
          ['年度绩效目标1(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
          [null, '产出指标(40分)', '数量指标', '存储备份器', '25TB', '25TB', 40],
          [null, '效益指标(30分)', '经济效益', '读者借阅量', '≥1000人次', '1200人次', 30],
          [null, null, '社会效益', '使读者更方便快捷查找检阅', '达成', '达成', scored],
          [null, '满意度指标(10分)', '服务对象满意度', '读者满意度', '≥90%', '95%', null],
        ],
        ['A3:A4', 'B3:C3', 'B4:C4', 'A5:A9', 'B7:B8'],
      );
    // 30 typed under 效益指标(30分): the 社会效益 row's blank is no score left out; 满意度's is.
    expect(at(sheet(null)).filter((f) => f.startsWith('missing-score'))).toEqual(['missing-score@G9']);
  });

  it('a 一级 heading merged over the 二级 column, no 二级指标 heading (忠县’s sixth reading: 一级 指标 across B:C, aa-cq-zhongxian-tujing-2021-resettlement-road-eval-r6)', () => {
    const sheet = (filled: boolean) =>
      project(
        [
          ['中央、市级专项转移支付绩效目标自评表'],
          ['(2021年度)'],
          ['专项(项目)名称', '忠县涂井乡龙滩村农村移民安置区精准帮扶项目'],
          ['绩 效 指 标', '一级 指标', filled ? '一级 指标' : null, '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'],
          [null, '产 出 指 标', '数量指标', '指标1:新建道路', '524m', '524m'],
          [null, null, '质量指标', '指标1:工程完工率', '100%', '100%'],
          [null, '效 益 指 标', '社会效益指标', '道路交通设施', '提高村民收入', '提高村民收入'],
        ],
        ['A4:A7', 'B5:B6', ...(filled ? [] : ['B4:C4'])],
      );
    // Merged, or the merge undone and filled (一级 指标 | 一级 指标): the same.
    for (const grid of [sheet(false), sheet(true)]) {
      const [t] = recognizeSheet(grid);
      expect(t.indicators?.indicators.map((i) => `${i.level2.text}|${i.name.text}`)).toEqual(['数量指标|指标1:新建道路', '质量指标|指标1:工程完工率', '社会效益指标|道路交通设施']);
      expect(at(grid).filter((f) => f.startsWith('vague-target'))).toEqual(['vague-target@E7']);
    }
  });

  it('湖南’s 自评报告 by its cover lines (评价类型, 评价方式: 部门(单位)绩效自评), its title on a page before: a self-evaluation (ad-hn-yueyangxian-2020-rural-road-report, all six readings)', () => {
    const rows = (cover: string) => [
      [cover],
      ['项目名称:岳阳县农村公路养护'],
      ['主管部门:岳阳县交通运输局'],
      ['报告日期:2021年07月12日'],
      ['项目起止时间', '2020年元月起至2020年12月止'],
      ['计划安排资金 (万元)', 700, '实际到位资金 (万元)', 700, '实际支出 (万元)', 700],
    ];
    expect(recognizeSheet(project(rows('评价类型:项目实施过程评价□项目完成结果评价□')))[0].kind).toBe('project-self-evaluation');
    expect(recognizeSheet(project(rows('评价方式:部门(单位)绩效自评')))[0].kind).toBe('project-self-evaluation');
    expect(classifyLabel('评价机构:部门(单位)评价组')?.kinds).toEqual(['evaluation-line']);
    expect(recognizeSheet(project(rows('岳阳县财政局(制)')))[0].kind).toBe('project-targets');
  });

  it('a blank goal beside its label, a blank column inserted after the label: reported in the table’s next column (南湖’s sixth reading so changed)', () => {
    const grid = project([
      ['2023年项目支出绩效目标表'],
      ['项目名称', null, '社区养老服务'],
      ['年度目标', null, null, null, null],
      ['一级指标', null, '二级指标', '三级指标', '指标值'],
      ['产出指标', null, '数量指标', '服务老人人数', '100人'],
      ['满意度指标', null, '服务对象满意度指标', '老人满意度', '≥90%'],
    ]);
    expect(at(grid).filter((f) => f.startsWith('missing-goal'))).toEqual(['missing-goal@C3']);
  });

  it('预期目标 | goal over 实际完成 | account beside the goal’s label merged down both (南湖’s sixth reading, am-hn-nanhu-2016-special-care-eval-r6)', () => {
    // The section's label merged down both rows, or its merge undone: dropped, or filled down.
    const report = (goal: string | null, account: string | null, merge: 'merged' | 'dropped' | 'filled' = 'merged') =>
      project(
        [
          ['南湖新区2016年度优抚对象补助项目绩效评价自评报告'],
          ['项目名称:优抚对象补助'],
          ['计划安排资金(万元)', 179.6, '实际到位资金(万元)', 179.6, '实际支出(万元)', 179.6],
          ['项目绩效定性目标及实施计划完成情况', '预期目标', goal],
          [merge === 'filled' ? '项目绩效定性目标及实施计划完成情况' : null, '实际完成', account],
          ['项目绩效定量目标(指标)及完成情况', '一级指标', '二级指标', '指标内容', '指标(目标)值', '实际完成值'],
          [null, '产出指标', '数量指标', '优抚对象人数', '≥100人', '120人'],
          [null, '效益指标', '社会效益指标', '优抚对象生活水平', '提高', '提高'],
        ],
        [...(merge === 'merged' ? ['A4:A5'] : []), 'C4:F4', 'C5:F5', 'A6:A8'],
      );
    const goals = (grid: Grid) => at(grid).filter((f) => f.startsWith('missing-goal'));
    expect(goals(report(null, null))).toEqual(['missing-goal@C4', 'missing-goal@C5']);
    expect(goals(report(null, null, 'dropped'))).toEqual(['missing-goal@C4', 'missing-goal@C5']);
    expect(goals(report(null, null, 'filled'))).toEqual(['missing-goal@C4', 'missing-goal@C5']);
    expect(goals(report('为120名优抚对象发放补助', null))).toEqual(['missing-goal@C5']);
    expect(goals(report('为120名优抚对象发放补助', '已为126名优抚对象发放补助179.6万元'))).toEqual([]);
  });

  it('其他需说明的问题 under the indicators ends them: the line after it is none (湘潭’s sixth reading, h-hn-xiangtan-2024-fog-cannon-r6)', () => {
    const grid = project(
      [
        ['2024年项目绩效目标表'],
        ['项目名称', '雾炮车抑尘降尘服务'],
        ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '产出指标', '数量指标', '配备车辆数', '10辆'],
        [null, '满意度指标', '服务对象满意度指标', '满意度', '90%'],
        ['其他需说明的问题'],
        ['主管'],
      ],
      ['A3:A5', 'B6:E6', 'A7:E7'],
    );
    expect(recognizeSheet(grid)[0].indicators?.indicators.map((i) => i.name.text)).toEqual(['配备车辆数', '满意度']);
    expect(at(grid).filter((f) => f.includes('category'))).toEqual([]);
    expect(BLOCK_END_WORDS).toEqual(expect.arrayContaining(['其他需说明', '其他需要说明']));
  });
});

describe('new tables of stop 50', () => {
  // 峰峰's 预算项目绩效自评表 (河北's form; bh-he-fengfeng-2021-court-transfer-funds-eval): 预期指标值 over 符号 |
  // 单位(文字描述), the values under the unit's sub-heading; 自评得分 over 单项指标得分 | 权重占比(%) | 单项指标折算得分;
  // the evaluation framework's 预算执行进度 weighed among the indicators.
  const hebei = (timeRow: string) =>
    project(
      [
        ['2021年度预算项目绩效自评表'],
        [null, '项目名称:', '中央政法纪检监察转移支付资金', null, null, null, null, null, null, null, null, '金额单位:万元'],
        ['二、预算执行情况', '预算安排情况(调整后)', null, '资金到位情况', null, '资金执行情况', null, '预算执行进度(%)'],
        [null, '预算数', 62.73, '到位数', 62.73, '执行数', 62.73, 100],
        ['四、年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '指标分值', '预期指标值', null, '单项指标实际完成值', '单项指标完成情况', '自评得分'],
        [null, null, null, null, null, '符号', '单位(文字描述)', null, null, '单项指标得分', '权重占比(%)', '单项指标折算得分'],
        [null, '产出指标', '数量指标', '办理案件数量', 10, '>=', 5000, '6418件', '完成', 100, 10, 10],
        [null, null, '质量指标', '采购装备质量达标率', 40, '>=', '90%', '98%', '完成', 100, 40, 40],
        [null, null, '时效指标', '任务完成时限', 10, '文字描述', timeRow, timeRow, '完成', 100, 10, 10],
        [null, '效益指标', '社会效益指标', '结案率', 10, '>=', '95%', '97%', '完成', 100, 10, 10],
        [null, '满意度指标', '服务对象满意度指标', '群众满意度', 20, '>=', '80%', '85%', '完成', 100, 20, 20],
        [null, '预算执行率', '预算执行率', '预算执行进度', 10, '=', '100%', '100%', '完成', 100, 10, 10],
        [null, '自评总分', null, null, null, null, null, null, null, null, null, 100],
      ],
      ['F5:G5', 'J5:L5', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:E6', 'H5:H6', 'I5:I6', 'A5:A13', 'B7:B9', 'B13:K13'],
    );

  it('reads the values under 单位(文字描述), the folded scores and 预算执行进度 as the budget’s weight', () => {
    const grid = hebei('2021年12月31日前完成');
    const [t] = recognizeSheet(grid);
    const first = t.indicators!.indicators[0];
    expect([first.target.cell, first.unitColumn, first.evaluation?.weight?.cell, first.evaluation?.score?.cell]).toEqual(['G7', undefined, 'K7', 'L7']);
    expect(t.indicators?.indicators.map((i) => i.target.text)).toEqual(['5000', '90%', '2021年12月31日前完成', '95%', '80%', '100%']);
    expect(at(grid)).toEqual(['missing-unit@G7']);
  });

  it('a unit’s sub-heading over units stays the unit column (成安’s 符号 | | 单位(文字描述), xx-he-chengan-2020-centenarian-allowance-eval)', () => {
    const units = project(
      [
        ['项目支出绩效目标表'],
        ['项目名称', '乡村道路养护'],
        ['一级指标', '二级指标', '三级指标', '预期指标值'],
        [null, null, null, '符号', null, '单位(文字描述)'],
        ['产出指标', '数量指标', '养护道路里程', '>=', 50, '公里'],
        [null, '质量指标', '验收合格率', '>=', 95, '%'],
        ['效益指标', '社会效益指标', '群众出行时间缩短', '>=', 10, '分钟'],
      ],
      ['D3:F3', 'A3:A4', 'B3:B4', 'C3:C4', 'A5:A6'],
    );
    const [t] = recognizeSheet(units);
    expect(t.indicators?.indicators.map((i) => `${i.target.cell} ${i.unitColumn?.cell}`)).toEqual(['E5 F5', 'E6 F6', 'E7 F7']);
    expect(at(units)).toEqual([]);
  });

  it('四川’s county department form with no title and its page cut: 任务名称 | 主要内容 without amounts under 年度主要任务 is a task list (泸县’s, bg-sc-luxian-2024-culture-tourism-dept-targets)', () => {
    const rows = (heading: string) => [
      ['预算部门:文化部门'],
      ['总体资金情况(万元)', '预算支出'],
      [null, '总额', '基本支出', null, null, null, '项目支出'],
      [null, null, '合计', '财政拨款', '专户资金', '单位资金', '合计', '财政拨款'],
      [null, 1695.55, 1478.75, 1478.75, null, null, 216.8, 216.8],
      [heading, '任务名称', null, '主要内容'],
      [null, '基本支出:人员类、公用经费等运转类支出', null, '保障部门本级及下属单位人员类、公用经费等运转类支出。'],
      [null, '项目支出1:公共文化服务(群众文化)', null, '组织县级非遗展演、非遗进校园活动。'],
    ];
    const merges = ['A2:A5', 'B2:H2', 'B3:B4', 'C3:F3', 'G3:H3', 'A6:A8', 'B6:C6', 'D6:H6', 'B7:C7', 'D7:H7', 'B8:C8', 'D8:H8'];
    const [t] = recognizeSheet(project(rows('年度主要任务'), merges));
    expect([t.kind, t.fiscalYear, t.tasks?.tasks.length]).toEqual(['department-targets', null, 2]);
    // Cut before its goal and indicators: neither is reported missing.
    expect(at(project(rows('年度主要任务'), merges))).toEqual([]);
    // Without the section's heading, 任务名称 | 主要内容 alone heads no task list.
    expect(recognizeSheet(project(rows('说明'), merges))).toEqual([]);
  });

  it('专项实施保障措施 under the indicators ends them (望城’s 2018 申报表, bg-hn-wangcheng-2018-disability-employment-targets)', () => {
    const grid = project(
      [
        ['区残联专项资金绩效目标申报表'],
        ['(2018年度)'],
        ['专项名称', '残疾人就业保障金', null, '资金总额(万元)', '500万元(其中上级资金220万元)'],
        ['专项年度绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
        [null, '产出指标', '质量指标', '残疾人技术培训', '培训残疾人300人'],
        [null, '社会公众或服务对象满意度指标', null, '受助人满意度', '95%以上'],
        ['专项实施保障措施', '关于印发《2017年残疾人事业专项资金管理办法》的通知(助残实事项目如助学、危改、燃油补贴、创业扶持等由个人申报,街镇初审)'],
      ],
      ['A4:A6', 'B6:C6', 'B7:E7'],
    );
    expect(recognizeSheet(grid)[0].indicators?.indicators.map((i) => i.name.text)).toEqual(['残疾人技术培训', '受助人满意度']);
    expect(at(grid).filter((f) => !f.startsWith('missing-level1'))).toEqual([]);
  });
});


describe('forms a sixth round of blind readings showed (stop 51)', () => {
  // 长江禁捕's 自评表 as its sixth reading rebuilt it (ss-hb-district-2020-fishing-ban-fuel-subsidy-eval-r6): the
  // block's label merged down column A, then no 一级指标 heading over the column of 产出指标 / 效益指标 / 满意度指标.
  const fishingRows = (heading: string | null) => [
    ['2020年度长江禁捕项目自评表'],
    ['项目名称', '渔业成品油价格改革补贴'],
    ['预算执行情况(万元)(20分)', null, null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
    [null, '年度财政资金总额', null, 1.56, 1.56, 1, 20],
    ['年度绩效目标1(80分)', heading, '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    [null, '产出指标', '数量指标', '补贴渔船数', '6艘', '6艘', 20],
    [null, null, '质量指标', '渔船补贴发放率', '100%', '100%', 10],
    [null, null, '时效指标', '12月底之前完成', '100%', '100%', 10],
    [null, '效益指标', null, null, null, null, null],
    [null, '满意度指标', '服务对象满意度', '退捕渔民抽样调查满意度', '90%', '≥90%', 40],
    ['总分', null, null, null, null, null, 100],
  ];
  const fishingMerges = ['A3:A4', 'A5:A10', 'B6:B8', 'C9:G9'];
  const fishing = (heading: string | null) => project(fishingRows(heading), fishingMerges);

  it('二级指标 | 三级指标 with no 一级指标 heading: the column left of 二级 holds the 一级 names, read as under its heading', () => {
    const [t] = recognizeSheet(fishing(null));
    expect(t.indicators!.indicators.map((i) => [i.level1.text, i.level2.text, i.name.text, i.target.cell])).toEqual([
      ['产出指标', '数量指标', '补贴渔船数', 'E6'],
      ['产出指标', '质量指标', '渔船补贴发放率', 'E7'],
      ['产出指标', '时效指标', '12月底之前完成', 'E8'],
      ['满意度指标', '服务对象满意度', '退捕渔民抽样调查满意度', 'E10'],
    ]);
    // The empty 效益 slot is the table's missing 一级, reported where the heading would stand.
    expect(at(fishing(null)).filter((f) => f.startsWith('missing-level1'))).toEqual(['missing-level1@B5']);
    // Headed, it reads the same.
    expect(recognizeSheet(fishing('一级指标'))[0].indicators!.indicators.length).toBe(4);
    // Pasted from Word, each column in two, the blank heading's halves left unmerged: the names' column is the first half.
    const pasted = convertedSheet({ name: '表', rows: fishingRows(null), merges: fishingMerges }, columnsInTwo, false);
    const [wide] = recognizeSheet(Grid.fromValues('表', pasted.rows, pasted.merges));
    expect(wide.indicators!.indicators.map((i) => [i.level1.text, i.target.cell])).toEqual([['产出指标', 'I6'], ['产出指标', 'I7'], ['产出指标', 'I8'], ['满意度指标', 'I10']]);
  });

  it('a fund line left blank beside a column merged down from above it (彭水’s 需提供的支撑材料): no amount read from that column', () => {
    // 彭水’s 中央转移支付 self-evaluation as its sixth reading rebuilt it: the criterion's fund lines in its 自评内容
    // column, 2023年绩效调整资金's lines left blank, the evidence column H merged down the criterion's rows (H5:H29).
    const grid = sheetToGrid(loadEntry(path.join(CORPUS_DIR, 'll-cq-pengshui-2024-family-planning-transfer-eval-r6')).table.sheets[0]);
    const [t] = recognizeSheet(grid);
    const amounts = allAmounts(t);
    expect(amounts.filter((a) => a.cell.startsWith('H'))).toEqual([]);
    expect(amounts.filter((a) => a.reading.kind === 'empty').map((a) => a.cell)).toEqual(['F26', 'F27', 'F28', 'F29']);
    expect(at(grid).filter((f) => f.startsWith('amount-not-number'))).toEqual([]);
  });

  it('the money left out with a blank column inserted after the labels: reported in the lines’ amount column (乐昌’s, vv-gd-lechang-2018-vocational-aid-targets-r6)', () => {
    // 年度金额 blank over 其中:中央资金 blank and 地方资金 | 市: | 县:; the amount column is where 市: stands, not the inserted column.
    const grid = sheetToGrid(blankColumn(loadEntry(path.join(CORPUS_DIR, 'vv-gd-lechang-2018-vocational-aid-targets-r6'))).table.sheets[0]);
    expect(at(grid).filter((f) => f.startsWith('amount-not-number'))).toEqual(['amount-not-number@D9']);
  });

  it('the unheaded 一级 column opening with 成本指标 (财预〔2021〕101号’s order, 秀屿’s form with its heading blank): two of its first names are 一级', () => {
    const grid = project(
      [
        ['秀屿区2025年省级第七批水利专项资金绩效目标表'],
        ['项目名称', '省级第七批水利专项资金'],
        ['绩效指标', null, '二级指标', '三级指标', '指标解释', '指标方向', '笏石街道办'],
        [null, '成本指标', '经济成本指标', '投入成本控制率(%)', '反映成本控制情况', '≤', '100%'],
        [null, '产出指标', '数量指标', '开展修复工程(个)', '反映项目开展情况', '≥', 1],
        [null, '效益指标', '社会效益指标', '受益人口(人)', '反映受益情况', '≥', 300],
      ],
      ['A3:A6'],
    );
    expect(recognizeSheet(grid)[0].indicators!.indicators.map((i) => [i.level1.text, i.target.cell])).toEqual([
      ['成本指标', 'G4'],
      ['产出指标', 'G5'],
      ['效益指标', 'G6'],
    ]);
  });

  it('no 一级 column is made of a column that does not name 一级 under the blank cell', () => {
    const grid = project([
      ['项目支出绩效目标表'],
      ['项目名称', '道路养护'],
      [null, '二级指标', '三级指标', '指标值'],
      ['道路', '数量指标', '养护里程', '50公里'],
      ['群众', '社会效益指标', '出行时间缩短', '10分钟'],
    ]);
    expect(recognizeSheet(grid).flatMap((t) => t.indicators?.indicators ?? [])).toEqual([]);
  });
});
