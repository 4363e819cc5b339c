import { parseA1, toA1 } from '../grid/address';
import { CategoryField } from '../model/table';
import { canonicalCategory, isBudgetLine, namesLevel2For, parentOf } from './profiles';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'missing-category',
    severity: 'error',
    category: 'taxonomy',
    docs: {
      'zh-CN': '指标行缺少一级或二级指标（已按合并单元格和上方内容向下填充后）。',
      'en-US': 'An indicator row without a first- or second-level category, after merged and blank cells are filled down.',
    },
    wholeTable: true,
    messages: {
      level1: { 'zh-CN': '指标“{{name}}”缺少一级指标', 'en-US': 'Indicator “{{name}}” has no first-level category (一级指标)' },
      level2: { 'zh-CN': '指标“{{name}}”缺少二级指标', 'en-US': 'Indicator “{{name}}” has no second-level category (二级指标)' },
    },
  },
  check({ table, profile, report }) {
    // A list of indicators without 一级/二级 columns has no categories to check.
    // Nor has prose written beside its 一级 (Hunan's 2017 declaration): no 二级 column to leave blank.
    if (table.indicators?.categorised === false || table.indicators?.prose) return;
    // Runs are consecutive: a blank 一级 spanning several 二级 runs is reported at its first only, unless
    // its 二级 move on to another 一级 (产出's 数量…时效, then 效益's 经济效益: two blank 一级, merged or not;
    // 阆中's with its merges undone, v-sc-langzhong-2021-provincial-road-eval-r3).
    let last1: CategoryField | null = null;
    let last2: CategoryField | null = null;
    let lastParent: string | undefined;
    const runs = table.indicators?.runs ?? [];
    // A score sheet whose 二级 column is blank on every row groups its criteria by the 一级 alone (山东's 评价报告:
    // 项目前期工作 | (blank) | 1.项目库建设( 1 分), at-sd-xx-2018-land-acquisition-eval): no 二级 left out.
    const noLevel2 = table.indicators?.criteria === true && runs.every((run) => run.level2.text === '');
    for (let i = 0; i < runs.length; i++) {
      const { level1, level2, first } = runs[i];
      const name = first.name.text || first.target.text;
      // A row with nothing in it but what merges reach (a slot, a cut row) has no category to miss.
      if (name === '') continue;
      const parent = level1.text === '' ? parentOf(profile, canonicalCategory(profile, level2.text)) : undefined;
      if (level1.text === '' && level1 !== last1) report({ messageId: 'level1', cell: level1.cell, data: { name } });
      else if (level1.text === '' && parent !== undefined && lastParent !== undefined && parent !== lastParent) {
        report({ messageId: 'level1', cell: toA1(first.row, parseA1(level1.cell).col), data: { name } });
      }
      if (parent !== undefined) lastParent = parent;
      // A 二级 name in the 一级 column over a blank 二级 (a merge over both undone) names both.
      // A graded form (优 | 良 | 中 | 差) has no 二级 column to leave blank, nor has the budget line
      // weighed as the list's last line (预算执行率 | blank, its merge over both columns undone).
      if (level2.text === '' && level2 !== last2 && !noLevel2 && !table.indicators!.graded && !namesLevel2For(profile, runs[i]) && !isBudgetLine(level1.text)) report({ messageId: 'level2', cell: level2.cell, data: { name } });
      last1 = level1;
      last2 = level2;
    }
  },
});
