import { everyIndicator } from '../model/table';
import { countsListedIn, itemsListedIn, ratesListedIn, targetsWrittenIn } from './names';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    code: 'compound-target',
    severity: 'warning',
    category: 'targets',
    docs: {
      'zh-CN': '一个单元格里有多个目标值，应拆成多个指标。',
      'en-US': 'Several targets in one cell; they should be separate indicators.',
    },
    messages: {
      default: {
        'zh-CN': '目标值“{{target}}”包含 {{count}} 个目标，应拆分为 {{count}} 个三级指标',
        'en-US': 'Target “{{target}}” holds {{count}} targets; split it into {{count}} indicators',
      },
      name: {
        'zh-CN': '三级指标“{{name}}”列出了 {{count}} 项，应拆分为 {{count}} 个三级指标，各写目标值',
        'en-US': 'Indicator name “{{name}}” lists {{count}} measures; split it into {{count}} indicators, each with its target',
      },
    },
  },
  check({ table, report }) {
    const indicators = everyIndicator(table);
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const v = ind.target.value;
      if (v.kind === 'compound') report({ cell: ind.target.cell, data: { target: ind.target.text, count: v.parts.length } });
      // The counts written into the name, the target a share of them (保山's 慰问伤残军人50人;革命烈士遗属50人;… | 100%,
      // bb-yn-baoshan-2022-spring-festival-visits-eval, as both its readings mark it).
      else {
        // Or several rates under one target (各种强制免疫率、屠宰率及检疫率 | 100%).
        // Or things listed before one measure, the target set for each (年度、半年趋势报告次数 | 各1次: 林业's
        // 测报 form, both readings of ac-zy-linye-nd-pest-forecast-sample-targets).
        // Or two targets written into the name's clauses (…考核全覆盖,优秀比例不超过20%: 淮南's).
        const counts = countsListedIn(ind.name.text) || ratesListedIn(ind.name.text) || (EACH.test(ind.target.text) ? itemsListedIn(ind.name.text) : 0) || targetsWrittenIn(ind.name.text);
        if (counts >= 2) report({ messageId: 'name', cell: ind.name.cell, data: { name: ind.name.text, count: counts } });
      }
    }
  },
});

/** A target set for each of several things: 各1次, 各 2 场. */
const EACH = /^\s*各\s*\d/;
