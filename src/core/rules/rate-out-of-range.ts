import { defineRule } from './rule';
import { impliedUnit, isBadEventRateName, isGrowthName, isRateName } from './names';

export default defineRule({
  meta: {
    code: 'rate-out-of-range',
    severity: 'error',
    category: 'targets',
    docs: {
      'zh-CN': '比率或满意度目标超过 100%（提高、增长类指标除外）；或越低越好的比率（差错率、逾期发放率）以下限为目标。',
      'en-US': 'A rate or satisfaction above 100% (growth indicators such as 提高/增长 excepted); or a rate of what should not happen (差错率, 逾期发放率) given a floor to reach.',
    },
    messages: {
      default: {
        'zh-CN': '“{{name}}”是比率，目标值“{{target}}”超过了 100%',
        'en-US': '“{{name}}” is a rate; its target “{{target}}” is above 100%',
      },
      nameUnit: {
        'zh-CN': '“{{name}}”的单位是 %，目标值“{{target}}”即 {{target}}%，超过了 100%：单位或数值有误',
        'en-US': '“{{name}}” is in %, so its target “{{target}}” reads {{target}}%, above 100%: the unit or the figure is wrong',
      },
      inverted: {
        'zh-CN': '“{{name}}”越低越好，目标值“{{target}}”却是要达到的下限，方向反了；应写成上限（如 ≤1%、=0）',
        'en-US': '“{{name}}” is a rate of what should not happen, yet its target “{{target}}” is a floor to reach: the direction is inverted; give a ceiling (≤ 1%, = 0)',
      },
      whole: {
        'zh-CN': '“{{name}}”越低越好，目标值“{{target}}”却要求全部如此，方向反了；应写成上限（如 ≤1%、=0）',
        'en-US': '“{{name}}” is a rate of what should not happen, yet its target “{{target}}” asks for all of it: the direction is inverted; give a ceiling (≤ 1%, = 0)',
      },
    },
  },
  check({ table, report }) {
    const indicators = table.indicators?.indicators ?? [];
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const v = ind.target.value;
      if (v.kind !== 'quantity' || isGrowthName(ind.name.text)) continue;
      // A range's top (90%-105%) or the figure.
      const top = Math.max(v.value, v.max ?? v.value);
      if (!isRateName(ind.name.text)) {
        // A share by the name's own unit, not its words (新型经营主体实现产值(%) | 8000, 施甸's, all six readings:
        // nn-yn-shidian-2019-new-agri-entities-eval): 8000% of anything is no share, the unit or the figure is wrong.
        if (v.unit === null && v.value > 100 && impliedUnit(ind)?.unit === '%') {
          report({ messageId: 'nameUnit', cell: ind.target.cell, data: { name: ind.name.text, target: ind.target.text }, expected: '<= 100%', actual: `${v.value}%` });
        } else if (v.unit === '%' && top > 100 && SATISFACTION.test(ind.name.text)) {
          // A satisfaction surveyed, whatever the name ends in (市民满意度调查 | 290%, 衡山's as its pages print it,
          // r-hn-hengshan-2020-grain-reserve-eval-r4): a share of the people asked, 100% at most.
          report({ cell: ind.target.cell, data: { name: ind.name.text, target: ind.target.text }, expected: '<= 100%', actual: `${top}%` });
        }
        continue;
      }
      // A unit in the name counts as the target's (满意度（%） | 120), as it does for missing-unit.
      const unit = v.unit ?? impliedUnit(ind)?.unit ?? null;
      const limit = unit === '%' ? 100 : unit === '‰' ? 1000 : null;
      // 逾期发放率 | >=100% asks for every grant paid late (cc-hn-nanyue-2023-yulu-school-aid): a floor
      // above nothing on a rate of what should not happen is the comparator turned round.
      // So is the whole of it asked exactly (国有资产闲置率 | = 100%, 南县's ae-hn-nanxian-2024-housing-rental-tax-targets).
      if (limit !== null && ((v.comparator === '>=' || v.comparator === '>') ? v.value > 0 : v.comparator === '=' && v.value === limit) && isBadEventRateName(ind.name.text)) {
        report({ messageId: v.comparator === '=' ? 'whole' : 'inverted', cell: ind.target.cell, data: { name: ind.name.text, target: ind.target.text }, expected: 'a ceiling (<=)', actual: `${v.comparator} ${v.value}${unit}` });
        continue;
      }
      if (limit !== null && top > limit) {
        report({ cell: ind.target.cell, data: { name: ind.name.text, target: ind.target.text }, expected: `<= ${limit}${unit}`, actual: `${top}${unit}` });
      }
    }
  },
});

/** A name about satisfaction (满意度, 满意率, 满意程度) anywhere in it. */
const SATISFACTION = /满意(度|率|程度)/;
