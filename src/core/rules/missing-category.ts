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
    messages: {
      level1: { 'zh-CN': '指标“{{name}}”缺少一级指标', 'en-US': 'Indicator “{{name}}” has no first-level category (一级指标)' },
      level2: { 'zh-CN': '指标“{{name}}”缺少二级指标', 'en-US': 'Indicator “{{name}}” has no second-level category (二级指标)' },
    },
  },
  check({ table, report }) {
    // A run's rows are consecutive: report each blank run at its first row only.
    let last1 = '';
    let last2 = '';
    for (const ind of table.indicators?.indicators ?? []) {
      const name = ind.name.text || ind.target.text;
      if (ind.level1.text === '' && ind.level1.runStart !== last1) report({ messageId: 'level1', cell: ind.level1.cell, data: { name } });
      if (ind.level2.text === '' && ind.level2.runStart !== last2) report({ messageId: 'level2', cell: ind.level2.cell, data: { name } });
      last1 = ind.level1.runStart;
      last2 = ind.level2.runStart;
    }
  },
});
