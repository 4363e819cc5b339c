import { everyIndicator, headsItems } from '../model/table';
import { defineRule } from './rule';
import { isNotApplicableName } from './names';
import { criteriaRuns } from './profiles';

export default defineRule({
  meta: {
    code: 'missing-target',
    severity: 'error',
    category: 'completeness',
    docs: {
      'zh-CN': '指标没有目标值（指标值）；“-”“*”“null”等占位符不算目标值。',
      'en-US': 'An indicator has no target (目标值/指标值); placeholders such as “-”, “*”, “null” do not count.',
    },
    messages: {
      default: { 'zh-CN': '指标“{{name}}”未填写目标值', 'en-US': 'Indicator “{{name}}” has no target' },
      unnamed: { 'zh-CN': '第 {{row}} 行的指标未填写目标值', 'en-US': 'The indicator in row {{row}} has no target' },
    },
  },
  check({ table, profile, report }) {
    const indicators = everyIndicator(table);
    // A column of targets beside the own one under the same names (本年度指标值 beside 周期指标值): blank
    // where the own target is filled, the own stands for both (和平's, merged across both or not).
    const own = table.indicators?.indicators ?? [];
    const filledRows = table.otherIndicators?.some((b) => b.sharesNames) ? new Set(own.filter((o) => o.target.value.kind !== 'empty').map((o) => o.row)) : undefined;
    const shared = filledRows && new Set((table.otherIndicators ?? []).filter((b) => b.sharesNames).flatMap((b) => b.indicators));
    // The evaluation framework's criteria (项目决策, 项目管理; a score sheet's) are scored on evidence:
    // no target. Looked for once a target is missing, which most tables never ask.
    let criteria: ReadonlySet<string> | undefined;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      if (ind.target.value.kind !== 'empty' || isNotApplicableName(ind.name.text) || headsItems(indicators, i)) continue;
      if (shared?.has(ind) && filledRows!.has(ind.row)) continue;
      criteria ??= criteriaRuns(table, profile);
      if (criteria.size > 0 && criteria.has(ind.level1.runStart)) continue;
      report(
        ind.name.text === ''
          ? { messageId: 'unnamed', cell: ind.target.cell, data: { row: ind.row + 1 } }
          : { cell: ind.target.cell, data: { name: ind.name.text } },
      );
    }
  },
});
