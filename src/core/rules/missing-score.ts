import type { IndicatorScore } from '../compute/scoring';
import { labelKey } from '../grid/text';
import { bareLabel } from '../lexicon/normalize';
import { fmt, scoresOf, valuePatch } from './evaluation';
import { defineRule, Report } from './rule';

export default defineRule({
  meta: {
    code: 'missing-score',
    severity: 'error',
    category: 'scores',
    docs: {
      'zh-CN': '有分值（权重）但得分为空：指标行或预算执行率行。',
      'en-US': 'A weight (分值) without its score (得分): an indicator row or the budget line.',
    },
    messages: {
      default: {
        'zh-CN': '“{{name}}”分值 {{weight}}，得分未填写（计算得分 {{computed}}）',
        'en-US': '“{{name}}” weighs {{weight}} but has no score (computed: {{computed}})',
      },
      noComputed: { 'zh-CN': '“{{name}}”分值 {{weight}}，得分未填写', 'en-US': '“{{name}}” weighs {{weight}} but has no score' },
      blockPoints: {
        'zh-CN': '“{{name}}”得分未填写（所在指标组共 {{points}} 分）',
        'en-US': '“{{name}}” has no score (its block weighs {{points}} points)',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    if (!scores) return;
    const { table, report } = context;
    const b = scores.budget;
    const budgetScore = b?.line.score;
    if (b && budgetScore && budgetScore.reading.kind === 'empty' && b.line.weight?.reading.kind === 'number') {
      report(missing(table.sheet, budgetScore.cell, b.line.label.text, b.weight, b.computed));
    }
    // Points on the block's own label, none on its rows (施甸's 年度绩效目标(80分) over a 得分 column, both readings:
    // ar-yn-shidian-2021-pig-breed-farm-eval): every row's score is to be given.
    const points = table.indicators?.header.weight === undefined ? table.indicators?.declaredPoints : undefined;
    let levels: Map<string, number> | undefined;
    for (let i = 0; i < scores.indicators.length; i++) {
      const s = scores.indicators[i];
      const score = s.indicator.evaluation?.score;
      if (!score || score.reading.kind !== 'empty' || s.notApplicable) continue;
      if (s.weight === null) {
        if (points && !levelScored((levels ??= levelSums(scores.indicators)), s)) report({ messageId: 'blockPoints', cell: score.cell, data: { name: s.indicator.name.text, points: fmt(points.points) } });
        continue;
      }
      // A qualitative result's score within its band is the evaluator's call: no value is proposed.
      report(missing(table.sheet, score.cell, s.indicator.name.text, s.effectiveWeight ?? s.weight, s.band === null ? s.computed : null));
    }
  },
});

/** The scores typed under each 一级's run, by its first cell: summed once per table, asked of each blank row. */
function levelSums(scores: readonly IndicatorScore[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (let i = 0; i < scores.length; i++) {
    const key = scores[i].indicator.level1.runStart;
    sums.set(key, (sums.get(key) ?? 0) + (scores[i].typed ?? 0));
  }
  return sums;
}

/**
 * The row's 一级 gives its points (效益指标(30分)) and the scores typed under it already make them (黄石's 10 + 10
 * + 10 with 社会效益's two rows blank, y-hb-huangshi-2022-library-sharing-eval): the blank rows were given none.
 */
function levelScored(sums: ReadonlyMap<string, number>, row: IndicatorScore): boolean {
  const level1 = row.indicator.level1;
  const points = bareLabel(labelKey(level1.text)).points;
  return points !== undefined && (sums.get(level1.runStart) ?? 0) >= points - 0.005;
}

function missing(sheet: string, cell: string, name: string, weight: number, computed: number | null): Report {
  const data = { name, weight: fmt(weight) };
  if (computed === null) return { messageId: 'noComputed', cell, data };
  return { cell, data: { ...data, computed: fmt(computed) }, expected: computed, fix: valuePatch(sheet, cell, computed) };
}
