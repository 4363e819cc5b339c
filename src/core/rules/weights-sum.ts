import { IndicatorScore, numberIn, splitLevel } from '../compute/scoring';
import { labelKey } from '../grid/text';
import { bareLabel } from '../lexicon/normalize';
import { canonicalCategory, level1Of } from './profiles';
import { defineRule, RuleContext } from './rule';
import { differs, fmt, scoresOf } from './evaluation';

export default defineRule({
  meta: {
    code: 'weights-sum',
    severity: 'error',
    category: 'scores',
    docs: {
      'zh-CN': '分值之和不等于总分（100，或预算执行率 10 + 指标 90），或某一级指标下的分值之和不等于其应有分值。',
      'en-US': 'The weights do not add up to the total (100, or 90 + 10 for 预算执行率), or a first level’s weights do not add up to its share.',
    },
    wholeTable: true,
    messages: {
      total: {
        'zh-CN': '分值合计为 {{actual}}（预算执行率 {{budget}} + 指标 {{indicators}}），应为 {{expected}}',
        'en-US': 'The weights add up to {{actual}} (budget {{budget}} + indicators {{indicators}}); they should make {{expected}}',
      },
      level: {
        'zh-CN': '“{{level1}}”类指标分值合计为 {{actual}}，按分值分配应为 {{expected}}',
        'en-US': '“{{level1}}” indicators weigh {{actual}} together; the split gives them {{expected}}',
      },
      block: {
        'zh-CN': '各一级指标注明的分值合计为 {{actual}}，与本栏注明的 {{expected}} 分不符',
        'en-US': 'The first levels’ own points add up to {{actual}}; the block’s label gives it {{expected}}',
      },
      declared: {
        'zh-CN': '“{{level1}}”类指标分值合计为 {{actual}}，与表中注明的 {{expected}} 分不符',
        'en-US': '“{{level1}}” indicators weigh {{actual}} together; the table itself gives them {{expected}}',
      },
      budget: {
        'zh-CN': '预算执行率分值为 {{actual}}，按分值分配应为 {{expected}}',
        'en-US': 'The budget line weighs {{actual}}; the split gives it {{expected}}',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    if (!scores) {
      targetWeights(context);
      return;
    }
    if (scores.indicators.length === 0) return;
    const { table, scoring, profile, report } = context;
    const weighted = scores.indicators.filter((s) => s.weight !== null);
    if (weighted.length === 0) {
      // No row weighed: the points the form's labels give its blocks (预算执行情况(20分), 年度绩效目标(80分), 黄石's).
      const declared = table.indicators?.declaredPoints;
      const budget = table.evalFunds?.declaredWeight;
      if (declared && budget !== undefined && differs(budget + declared.points, scoring.total)) {
        const actual = budget + declared.points;
        report({ messageId: 'total', cell: declared.cell, data: { actual: fmt(actual), budget: fmt(budget), indicators: fmt(declared.points), expected: fmt(scoring.total) }, expected: scoring.total, actual });
        return;
      }
      // Its 一级 give their own shares too (产出指标(60 分) + 效益指标(40 分) under 年度绩效目标(80 分): the
      // service-trade fund's 自评表, three readings of ai-xx-district-2020-service-trade-eval): more than the block
      // holds is wrong; less may be a page cut before its last 一级 (昌宁's 产出指标(40分) alone).
      const shares = declared ? levelShares(scores.indicators) : null;
      if (declared && shares !== null && shares > declared.points + 0.005) {
        report({ messageId: 'block', cell: declared.cell, data: { actual: fmt(shares), expected: fmt(declared.points) }, expected: declared.points, actual: shares });
      }
      return;
    }
    const indicators = weighted.reduce((sum, s) => sum + s.weight!, 0);
    const budgetCell = table.evalFunds?.total.weight;
    const budget = scores.budget?.weight ?? 0;
    // Where the weights are summed (the 总分 row's 分值), else where the column is named (its 分值
    // heading, as reviewers mark a sum with no row of its own), else its first weight.
    const anchor = table.totalScore?.weight?.cell ?? table.indicators?.header.weight ?? weighted[0].indicator.evaluation!.weight!.cell;
    if (differs(budget + indicators, scoring.total)) {
      report({ messageId: 'total', cell: anchor, data: { actual: fmt(budget + indicators), budget: fmt(budget), indicators: fmt(indicators), expected: fmt(scoring.total) }, expected: scoring.total, actual: budget + indicators });
      return;
    }
    // The typed 总分 分值 must say the same.
    const typedTotal = numberIn(table.totalScore?.weight);
    if (typedTotal !== null && differs(typedTotal, scoring.total)) {
      report({ messageId: 'total', cell: table.totalScore!.weight!.cell, data: { actual: fmt(typedTotal), budget: fmt(budget), indicators: fmt(indicators), expected: fmt(scoring.total) }, expected: scoring.total, actual: typedTotal });
    }
    if (!scoring.levelWeights) {
      // Shares the table writes beside its 一级 (产出指标（50分）) are checked against its own rows.
      const declared = new Map<string, { points: number; under: typeof weighted }>();
      for (const s of weighted) {
        const points = bareLabel(labelKey(s.indicator.level1.text)).points;
        if (points === undefined) continue;
        const entry = declared.get(s.indicator.level1.runStart) ?? { points, under: [] };
        entry.under.push(s);
        declared.set(s.indicator.level1.runStart, entry);
      }
      for (const { points, under } of declared.values()) {
        const actual = under.reduce((sum, s) => sum + s.weight!, 0);
        const level1 = canonicalCategory(profile, under[0].indicator.level1.text);
        if (differs(actual, points)) report({ messageId: 'declared', cell: under[0].indicator.evaluation!.weight!.cell, data: { level1, actual: fmt(actual), expected: fmt(points) }, expected: points, actual });
      }
      return;
    }
    if (budgetCell && numberIn(budgetCell) !== null && differs(budget, scoring.budgetWeight)) {
      report({ messageId: 'budget', cell: budgetCell.cell, data: { actual: fmt(budget), expected: fmt(scoring.budgetWeight) }, expected: scoring.budgetWeight, actual: budget });
    }
    for (const [level1, expected] of Object.entries(scoring.levelWeights)) {
      const under = weighted.filter((s) => splitLevel(s.indicator, profile, scoring) === level1);
      if (under.length === 0) continue;
      const actual = under.reduce((sum, s) => sum + s.weight!, 0);
      if (differs(actual, expected)) report({ messageId: 'level', cell: under[0].indicator.evaluation!.weight!.cell, data: { level1, actual: fmt(actual), expected: fmt(expected) }, expected, actual });
    }
  },
});

/** The shares every 一级 writes beside its name (产出指标(60 分)), added up once a run; null where one writes none. */
function levelShares(indicators: readonly IndicatorScore[]): number | null {
  const seen = new Set<string>();
  let sum = 0;
  for (let i = 0; i < indicators.length; i++) {
    const level1 = indicators[i].indicator.level1;
    if (seen.has(level1.runStart)) continue;
    seen.add(level1.runStart);
    const points = bareLabel(labelKey(level1.text)).points;
    if (points === undefined) return null;
    sum += points;
  }
  return seen.size > 0 ? sum : null;
}

/**
 * A targets form weighing its indicators under a 预算执行率权重 line (四川's 预算执行率权重(%), 甘孜's left blank
 * over weights of 90: four of its six readings, s-sc-ganzi-2023-food-safety; 海南's 10%): the line and the weights
 * make the hundred. Only a list that reaches its 满意度, the form's last 一级: a page cut before it is short.
 */
function targetWeights({ table, profile, scoring, report }: RuleContext): void {
  const line = table.budgetWeight;
  const indicators = table.indicators?.indicators ?? [];
  const anchor = table.indicators?.header.weight;
  if (!line || !anchor || indicators.length === 0 || level1Of(profile, indicators[indicators.length - 1]) !== '满意度') return;
  let sum = 0;
  for (let i = 0; i < indicators.length; i++) {
    const w = indicators[i].weight?.reading;
    if (w?.kind !== 'number') return;
    sum += w.value;
  }
  const r = line.weight.reading;
  const budget = r.kind === 'number' ? r.value : r.kind === 'empty' ? 0 : null;
  if (budget === null || !differs(budget + sum, scoring.total)) return;
  const actual = budget + sum;
  report({ messageId: 'total', cell: anchor, data: { actual: fmt(actual), budget: fmt(budget), indicators: fmt(sum), expected: fmt(scoring.total) }, expected: scoring.total, actual });
}
