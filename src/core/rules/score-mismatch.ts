import type { BudgetScore } from '../compute/scoring';
import { defineRule } from './rule';
import { allNumeric, differs, fmt, formulaPatch, scoresOf, typedRateRight, valuePatch } from './evaluation';

export default defineRule({
  meta: {
    code: 'score-mismatch',
    severity: 'error',
    category: 'scores',
    docs: {
      'zh-CN': '填写的得分（指标得分、预算执行率得分或总分）与按规则计算的得分不符。',
      'en-US': 'A typed score (an indicator’s, the budget line’s, or the 总分) differs from the computed score.',
    },
    messages: {
      indicator: {
        'zh-CN': '“{{name}}”得分填为 {{typed}}，按目标值 {{target}}、实际完成值 {{actual}}、分值 {{weight}} 应为 {{expected}}',
        'en-US': '“{{name}}” is scored {{typed}}; target {{target}}, actual {{actual}} and weight {{weight}} give {{expected}}',
      },
      band: {
        'zh-CN': '“{{name}}”实际完成情况为“{{actual}}”，得分应在 {{low}}～{{high}} 之间，填为 {{typed}}',
        'en-US': '“{{name}}” reports “{{actual}}”, so its score belongs between {{low}} and {{high}}; it is {{typed}}',
      },
      budget: {
        'zh-CN': '预算执行率得分填为 {{typed}}，按分值 {{weight}} × 执行率 {{rate}}% 应为 {{expected}}',
        'en-US': 'The budget line is scored {{typed}}; weight {{weight}} × rate {{rate}}% gives {{expected}}',
      },
      total: {
        'zh-CN': '总分填为 {{typed}}，按各项应得分合计应为 {{expected}}',
        'en-US': 'The total is typed {{typed}}; the scores as they should be add up to {{expected}}',
      },
    },
  },
  check(context) {
    const scores = scoresOf(context);
    if (!scores) return;
    const { table, report } = context;
    for (const b of [scores.budget, ...scores.budgetParts]) {
      if (b && b.computed !== null && b.typed !== null && b.line.score && differs(b.typed, b.computed) && !standsAsTyped(b)) {
        const { line } = b;
        const fix =
          !b.fromParts && allNumeric([line.weight, line.executed, line.budget])
            ? formulaPatch(table.sheet, line.score!.cell, `=${line.weight!.cell}*MIN(1,${line.executed!.cell}/${line.budget!.cell})`, b.computed)
            : valuePatch(table.sheet, line.score!.cell, b.computed);
        report({
          messageId: 'budget',
          cell: line.score!.cell,
          data: {
            typed: fmt(b.typed),
            weight: fmt(b.weight),
            rate: fmt(b.rate! * 100),
            expected: fmt(b.computed),
          },
          expected: b.computed,
          actual: b.typed,
          fix,
        });
      }
    }
    // Scores let stand at a tenth count as typed in the total.
    let tenthsAsTyped = 0;
    for (let i = 0; i < scores.indicators.length; i++) {
      const s = scores.indicators[i];
      const cell = s.indicator.evaluation?.score?.cell;
      if (!cell || s.typed === null || s.allowed === null || s.computed === null) continue;
      const [low, high] = s.allowed;
      if (!differs(s.typed, Math.min(high, Math.max(low, s.typed)))) continue;
      if (s.band === null && toTheTenth(s.typed, s.computed)) {
        tenthsAsTyped += s.typed - s.computed;
        continue;
      }
      const name = s.indicator.name.text;
      const actual = s.indicator.evaluation!.actual.text;
      const fix = valuePatch(table.sheet, cell, s.computed);
      if (s.band !== null) {
        report({
          messageId: 'band',
          cell,
          data: {
            name,
            actual,
            low: fmt(low),
            high: fmt(high),
            typed: fmt(s.typed),
          },
          expected: `${fmt(low)}-${fmt(high)}`,
          actual: s.typed,
          fix,
        });
      } else {
        report({
          messageId: 'indicator',
          cell,
          data: {
            name,
            target: (s.impliedTarget ?? s.indicator.target.value).text,
            actual: (s.impliedActual ?? s.indicator.evaluation!.actual.value).text,
            weight: fmt(s.effectiveWeight!),
            typed: fmt(s.typed),
            expected: fmt(s.computed),
          },
          expected: s.computed,
          actual: s.typed,
          fix,
        });
      }
    }
    // A weight no row gives, what the block's points leave the row (inferWeights): its score is held to it.
    for (let i = 0; i < scores.indicators.length; i++) {
      const s = scores.indicators[i];
      const cell = s.indicator.evaluation?.score?.cell;
      if (!cell || s.inferredScore === undefined || s.inferredWeight === undefined) continue;
      report({
        messageId: 'indicator',
        cell,
        data: {
          name: s.indicator.name.text,
          target: s.indicator.target.value.text,
          actual: s.indicator.evaluation!.actual.value.text,
          weight: fmt(s.inferredWeight),
          typed: fmt(s.typed!),
          expected: fmt(s.inferredScore),
        },
        expected: s.inferredScore,
        actual: s.typed!,
        fix: valuePatch(table.sheet, cell, s.inferredScore),
      });
    }
    const total = table.totalScore?.score;
    // A budget score let stand as typed (a cent's rounding, the typed rate's sum) counts as typed in the total too.
    const b = scores.budget;
    const budgetAsTyped = b && b.typed !== null && b.computed !== null && standsAsTyped(b) ? b.typed - b.computed : 0;
    // Scores as they should be adding up past the total's own 分值 say the weights are wrong (weights-sum
    // reports them: 新洲's 10 + 5 × 20 = 110 of 100, pp-hb-xinzhou-2020-opera-equipment-eval): the total is then
    // held to the scores on the sheet (中江's typed 110 under a 总分 of 100 still is, d-sc-zhongjiang-water-2022).
    const ceiling = table.totalScore?.weight?.reading.kind === 'number' ? table.totalScore.weight.reading.value : null;
    if (total && ceiling !== null && scores.total !== null && scores.total > ceiling + 0.005) {
      const typed = [scores.budget?.typed ?? null, ...scores.indicators.filter((s) => !s.notApplicable).map((s) => s.typed)];
      const sum = typed.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (scores.typedTotal !== null && differs(scores.typedTotal, sum)) {
        report({ messageId: 'total', cell: total.cell, data: { typed: fmt(scores.typedTotal), expected: fmt(sum) }, expected: sum, actual: scores.typedTotal });
      }
    } else if (total && scores.total !== null && scores.typedTotal !== null && differs(scores.typedTotal, scores.total) && differs(scores.typedTotal, scores.total + budgetAsTyped + tenthsAsTyped)) {
      const cells = [scores.budget?.line.score, ...scores.indicators.filter((s) => !s.notApplicable).map((s) => s.indicator.evaluation?.score)];
      // The fix alone must give the total shown: a SUM of the typed scores does only when every typed
      // score is the computed one; otherwise the computed total is written. SUM takes at most 255 arguments.
      const typedAsComputed =
        (scores.budget === null || scores.budget.computed === null || scores.budget.typed === scores.budget.computed) &&
        scores.indicators.every((s) => s.notApplicable || (s.typed !== null && s.computed !== null && !differs(s.typed, s.computed)));
      const fix =
        typedAsComputed && cells.length <= 255 && allNumeric(cells)
          ? formulaPatch(table.sheet, total.cell, `=SUM(${cells.map((f) => f!.cell).join(',')})`, scores.total)
          : valuePatch(table.sheet, total.cell, scores.total);
      report({
        messageId: 'total',
        cell: total.cell,
        data: { typed: fmt(scores.typedTotal), expected: fmt(scores.total) },
        expected: scores.total,
        actual: scores.typedTotal,
        fix,
      });
    }
  },
});

/** The budget's typed score let stand: a cent's rounding, or the typed rate's own sum. */
/**
 * A score typed to a tenth that is the exact score rounded to it (1.9 for 2 × 97.30% = 1.946, 1.4 for
 * 2 × 4044 ÷ 5662 = 1.43: 稷山's sheet, both its readings, _ww-sx-jishan-2021-basic-public-health-eval):
 * the evaluator's precision. A whole number is held to the cent (9 for 8.97, pp-ah-luan-2021-public-culture-eval).
 */
function toTheTenth(typed: number, exact: number): boolean {
  const tenths = typed * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9 && Math.round(tenths) % 10 !== 0 && Math.abs(typed - Math.round(exact * 10) / 10) < 1e-9;
}

function standsAsTyped(b: BudgetScore): boolean {
  return withinACent(b) || fromTypedRate(b);
}

/**
 * The budget's score typed as its exact value rounded up or down to the cent (20 × 30 ÷ 278.4449 =
 * 2.1548 typed 2.16, 隆阳's, t-yn-longyang-2022-fertilizer-eval): an evaluator's rounding, no error.
 */
function withinACent(b: BudgetScore): boolean {
  const exact = b.weight * Math.min(1, Math.max(0, b.rate!));
  return Math.abs(b.typed! - exact) < 0.01 - 1e-9;
}

/**
 * The budget's score worked out from its 执行率 as typed, where that rate is right at its own precision
 * (10 × 60% = 6 for 171 ÷ 287 = 59.58%, 鄂州's, ii-hb-ezhou-2019-third-party-service-eval): the form's
 * own sum, no error.
 */
function fromTypedRate(b: BudgetScore): boolean {
  return typedRateRight(b) === true && !differs(b.typed!, b.weight * Math.min(1, Math.max(0, b.typedRate!)));
}
