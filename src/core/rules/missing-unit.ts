import { defineRule } from './rule';
import { impliedUnit, isCountName, isRateName, isUnitlessName } from './names';

export default defineRule({
  meta: {
    code: 'missing-unit',
    severity: 'error',
    category: 'targets',
    docs: {
      'zh-CN': '定量目标值没有单位（如准确率“98”）；指标名称中带单位的（如“满意度（%）”）除外。',
      'en-US': 'A quantitative target without a unit (准确率 “98”), unless the indicator name gives one (满意度（%）).',
    },
    messages: {
      default: { 'zh-CN': '目标值“{{target}}”缺少单位', 'en-US': 'Target “{{target}}” has no unit' },
      rate: { 'zh-CN': '目标值“{{target}}”缺少单位，比率应写作“{{target}}%”', 'en-US': 'Target “{{target}}” has no unit; a rate is written “{{target}}%”' },
    },
  },
  check({ table, report }) {
    for (const ind of table.indicators?.indicators ?? []) {
      const v = ind.target.value;
      if (v.kind !== 'quantity') continue;
      // A bare 万/亿 on a count (资料发放数量 “2万”) is a multiplier without its unit (套, 份 …).
      const bareMultiplier = (v.unit === '万' || v.unit === '亿') && isCountName(ind.name.text);
      if ((v.unit !== null && !bareMultiplier) || impliedUnit(ind) || isUnitlessName(ind.name.text)) continue;
      // A unit column that holds something else is unit-mismatch's finding.
      if (ind.unitColumn) continue;
      // `当年在校学生数4953`: the target names what it counts.
      if (/数\s*[≥≤><=]?\s*\d/.test(ind.target.text) && /^[\u4e00-\u9fff]/.test(ind.target.text)) continue;
      report({ messageId: isRateName(ind.name.text) ? 'rate' : 'default', cell: ind.target.cell, data: { target: ind.target.text } });
    }
  },
});
