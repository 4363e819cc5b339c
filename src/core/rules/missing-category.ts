import { CategoryField } from '../model/table';
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
    const seen = new Set<string>();
    const once = (messageId: string, field: CategoryField, name: string): void => {
      const key = `${messageId}:${field.runStart}`;
      if (field.text !== '' || seen.has(key)) return;
      seen.add(key);
      report({ messageId, cell: field.cell, data: { name } });
    };
    for (const ind of table.indicators?.indicators ?? []) {
      const name = ind.name.text || ind.target.text;
      once('level1', ind.level1, name);
      once('level2', ind.level2, name);
    }
  },
});
