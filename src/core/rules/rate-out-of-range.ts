import { defineRule } from './rule';
import { impliedUnit, isGrowthName, isRateName } from './names';

export default defineRule({
  meta: {
    code: 'rate-out-of-range',
    severity: 'error',
    category: 'targets',
    docs: {
      'zh-CN': '比率或满意度目标超过 100%（提高、增长类指标除外）。',
      'en-US': 'A rate or satisfaction above 100% (growth indicators such as 提高/增长 excepted).',
    },
    messages: {
      default: {
        'zh-CN': '“{{name}}”是比率，目标值“{{target}}”超过了 100%',
        'en-US': '“{{name}}” is a rate; its target “{{target}}” is above 100%',
      },
    },
  },
  check({ table, report }) {
    const indicators = table.indicators?.indicators ?? [];
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const v = ind.target.value;
      if (v.kind !== 'quantity' || !isRateName(ind.name.text) || isGrowthName(ind.name.text)) continue;
      // A unit in the name counts as the target's (满意度（%） | 120), as it does for missing-unit.
      const unit = v.unit ?? impliedUnit(ind)?.unit ?? null;
      const limit = unit === '%' ? 100 : unit === '‰' ? 1000 : null;
      const top = Math.max(v.value, v.max ?? v.value);
      if (limit !== null && top > limit) {
        report({ cell: ind.target.cell, data: { name: ind.name.text, target: ind.target.text }, expected: `<= ${limit}${unit}`, actual: `${top}${unit}` });
      }
    }
  },
});
