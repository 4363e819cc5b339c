import { nameKey } from '../grid/text';
import { defineRule } from './rule';
import { isNotApplicableName } from './names';

export default defineRule({
  meta: {
    code: 'duplicate-indicator',
    severity: 'warning',
    category: 'completeness',
    docs: {
      'zh-CN': '同一二级指标下出现两个同名三级指标。',
      'en-US': 'The same third-level indicator name twice under one second level.',
    },
    messages: {
      default: {
        'zh-CN': '“{{level2}}”下的指标“{{name}}”与 {{first}} 重复',
        'en-US': 'Indicator “{{name}}” under “{{level2}}” repeats {{first}}',
      },
    },
  },
  check({ table, report }) {
    const first = new Map<string, string>();
    for (const ind of table.indicators?.indicators ?? []) {
      const name = nameKey(ind.name.text);
      if (name === '' || isNotApplicableName(ind.name.text)) continue;
      const key = `${nameKey(ind.level1.text)}\u0000${nameKey(ind.level2.text)}\u0000${name}`;
      const earlier = first.get(key);
      if (earlier) report({ cell: ind.name.cell, related: earlier, data: { name: ind.name.text, level2: ind.level2.text, first: earlier } });
      else first.set(key, ind.name.cell);
    }
  },
});
