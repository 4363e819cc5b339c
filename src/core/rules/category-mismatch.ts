import { canonicalCategory, criteriaRuns, level1Of, parentOf } from './profiles';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'category-mismatch',
    severity: 'error',
    category: 'taxonomy',
    docs: {
      'zh-CN': '已知的二级指标放在了错误的一级指标下（如“经济效益”放在“产出”下）。',
      'en-US': 'A known second-level category under the wrong first level (经济效益 under 产出).',
    },
    messages: {
      default: {
        'zh-CN': '二级指标“{{level2}}”属于“{{expected}}”，不应放在“{{level1}}”下',
        'en-US': 'Second-level “{{level2}}” belongs under “{{expected}}”, not “{{level1}}”',
      },
    },
  },
  check({ table, profile, report }) {
    // A list of indicators without 一级/二级 columns has no categories to check.
    if (table.indicators?.categorised === false) return;
    const seen = new Set<string>();
    const runs = table.indicators?.runs ?? [];
    // A table laid out by the evaluation framework (its criteria above the indicators) takes the
    // framework's places too: 服务对象满意度 under 项目效益.
    let framework: boolean | undefined;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const level1 = level1Of(profile, run);
      const level2 = canonicalCategory(profile, run.level2.text);
      const expected = parentOf(profile, level2);
      if (!expected || !(level1 in profile.taxonomy) || expected === level1 || seen.has(run.level2.runStart)) continue;
      if (profile.criteriaParents[level2] === level1 && (framework ??= criteriaRuns(table, profile).size > 0)) continue;
      seen.add(run.level2.runStart);
      report({
        cell: run.level2.cell,
        related: run.level1.cell,
        data: { level1: run.level1.text, level2: run.level2.text, expected },
        expected,
        actual: run.level1.text,
      });
    }
  },
});
