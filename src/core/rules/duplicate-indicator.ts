import { nameKey } from '../grid/text';
import { CategoryField, Field } from '../model/table';
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
    // 一级 + 二级 → indicator name → its first name field (its address written only for a repeat).
    // Rows of a run share their 二级 object (the recognizer starts a new one under each new 一级),
    // so the key is worked out once per run.
    const byText = new Map<string, Map<string, Field>>();
    let run: CategoryField | null = null;
    let first = new Map<string, Field>();
    const indicators = table.indicators?.indicators ?? [];
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const name = nameKey(ind.name.text);
      if (name === '' || isNotApplicableName(ind.name.text)) continue;
      if (ind.level2 !== run) {
        run = ind.level2;
        const key = `${nameKey(ind.level1.text)}\u0000${nameKey(ind.level2.text)}`;
        first = byText.get(key) ?? new Map<string, Field>();
        byText.set(key, first);
      }
      const earlier = first.get(name)?.cell;
      if (earlier) report({ cell: ind.name.cell, related: earlier, data: { name: ind.name.text, level2: ind.level2.text, first: earlier } });
      else first.set(name, ind.name);
    }
  },
});
