import { canonicalCategory, isBudgetLine, isCriteriaRun, level1Of, parentOf, wrapsLevel1 } from './profiles';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'unknown-category',
    severity: 'warning',
    category: 'taxonomy',
    docs: {
      'zh-CN': '一级或二级指标不在当前指标体系（profile）中，如“其他满意度”。',
      'en-US': 'A first- or second-level category not in the active profile (其他满意度).',
    },
    messages: {
      level1: {
        'zh-CN': '一级指标“{{text}}”不在“{{profile}}”指标体系中（应为：{{allowed}}）',
        'en-US': 'First-level “{{text}}” is not in the {{profile}} profile (expected one of: {{allowed}})',
      },
      level2: {
        'zh-CN': '二级指标“{{text}}”不在“{{profile}}”指标体系中（“{{level1}}”下应为：{{allowed}}）',
        'en-US': 'Second-level “{{text}}” is not in the {{profile}} profile (under “{{level1}}”: {{allowed}})',
      },
    },
  },
  check({ table, profile, report }) {
    // A list of indicators without 一级/二级 columns has no categories to check.
    // Nor has a column the form heads otherwise (评价内容), whose categories were borrowed where known.
    if (table.indicators?.categorised === false || table.indicators?.borrowedCategories) return;
    const seen = new Set<string>();
    const levels1 = Object.keys(profile.taxonomy);
    const block = table.indicators;
    const runs = block?.runs ?? [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      // The evaluation framework's criteria (决策, 过程; a score sheet's 投入, 过程, 效果) name their own
      // 一级 and 二级: 项目立项, 投入管理, 预算配置.
      const level1 = level1Of(profile, run);
      if (isCriteriaRun(block!, profile, run, level1)) continue;
      // The budget line weighed as the list's last line (预算执行率 | 预算执行率): no category to check.
      if (isBudgetLine(run.level1.text)) continue;
      const level2 = canonicalCategory(profile, run.level2.text);
      // Dots in the 一级 column of a form's last, unused row (……, 中江's third reading) name no category either.
      if (level1 !== '' && !levels1.includes(level1) && !seen.has(run.level1.runStart) && !PLACEHOLDER.test(run.level1.text)) {
        seen.add(run.level1.runStart);
        report({ messageId: 'level1', cell: run.level1.cell, data: { text: run.level1.text, profile: profile.id, allowed: levels1.join('、') } });
      }
      // A 二级 that repeats its 一级 (满意度指标 | 满意度指标) is not the taxonomy's 二级 (服务对象满意度) either.
      // Under a form's wrapping 一级 (实施效果指标), the 二级 column names the 一级 (产出指标): no 二级 to check.
      // A graded form (优 | 良 | 中 | 差) has no 二级 column: its 二级 is the 一级 again.
      if (level2 !== '' && !block!.graded && !parentOf(profile, level2) && !seen.has(run.level2.runStart) && !PLACEHOLDER.test(level2) && !(level2 === level1 && wrapsLevel1(profile, run))) {
        seen.add(run.level2.runStart);
        const allowed = profile.taxonomy[level1] ?? Object.values(profile.taxonomy).flat();
        report({
          messageId: 'level2',
          cell: run.level2.cell,
          data: { text: run.level2.text, level1: run.level1.text, profile: profile.id, allowed: allowed.join('、') },
        });
      }
    }
  },
});

/** A dash or dots where an unused row's 一级 or 二级 would be (历城's `-` rows, bb-sd-licheng-2019-culture-center-free-opening-eval): no category. */
const PLACEHOLDER = /^[-—–－.。…·/／*＊\s]+$/;
