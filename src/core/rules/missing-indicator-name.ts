import { everyIndicator } from '../model/table';
import { fold, isBlankOrPlaceholder, squeeze } from '../grid/text';
import { parseTarget } from '../model/target-value';
import { defineRule } from './rule';
import { isNotApplicableName } from './names';
import { isCategoryName } from './profiles';

export default defineRule({
  meta: {
    code: 'missing-indicator-name',
    severity: 'error',
    category: 'completeness',
    docs: { 'zh-CN': '有目标值但没有三级指标名称。', 'en-US': 'A target without a third-level indicator (三级指标) name.' },
    messages: {
      default: {
        'zh-CN': '目标值“{{target}}”没有对应的三级指标名称',
        'en-US': 'Target “{{target}}” has no indicator (三级指标) name',
      },
      copiesTarget: {
        'zh-CN': '三级指标“{{name}}”与目标值相同，没有写明考核的内容',
        'en-US': 'Indicator name “{{name}}” is its target again: it does not say what is measured',
      },
      value: {
        'zh-CN': '三级指标“{{name}}”是一个数值，不是指标名称；请写明考核的内容（如“项目完成时限”）',
        'en-US': 'Indicator name “{{name}}” is a value, not a name: say what is measured (项目完成时限)',
      },
      category: {
        'zh-CN': '三级指标“{{name}}”是指标类别，不是指标名称；请写明考核的内容（如“绿地养护面积”）',
        'en-US': 'Indicator name “{{name}}” is a category, not a name: say what is measured (绿地养护面积)',
      },
      period: {
        'zh-CN': '三级指标“{{name}}”是一个时段，不是指标名称；请写明在此时段内考核的内容（如“项目完成时限”）',
        'en-US': 'Indicator name “{{name}}” is a period, not a name: say what is to be done in it (项目完成时限)',
      },
    },
  },
  check({ table, profile, report }) {
    // Prose beside its 一级 (Hunan's 2017 declaration) has no name column: its items are the target's.
    if (table.indicators?.prose) return;
    const indicators = everyIndicator(table);
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      if (isBlankOrPlaceholder(ind.name.text)) {
        if (ind.target.value.kind !== 'empty') report({ cell: ind.name.cell, data: { target: ind.target.text } });
      } else if (isValue(ind.name.text)) report({ messageId: 'value', cell: ind.name.cell, data: { name: ind.name.text } });
      else if (isPeriod(ind.name.text)) report({ messageId: 'period', cell: ind.name.cell, data: { name: ind.name.text } });
      else if (isCategoryName(profile, ind.name.text)) report({ messageId: 'category', cell: ind.name.cell, data: { name: ind.name.text } });
      else if (ind.target.value.kind !== 'qualitative' && copiesTarget(ind.name.text, ind.target.text) && !isNotApplicableName(ind.name.text)) report({ messageId: 'copiesTarget', cell: ind.name.cell, data: { name: ind.name.text } });
    }
  },
});

/**
 * A name that is only a quantity, a number with its unit (三级指标 “1年” over the target 1年,
 * n-hb-xiangyang-2021-hospital-eval): a value typed where the name belongs. A bare number is
 * left alone: forms number their rows.
 */
function isValue(name: string): boolean {
  // The cheap test first: a name starts with a word, a value with a digit or a comparator.
  const c = name.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c <= 32 || c === 60 || c === 61 || c === 62 || c === 0x2265 || c === 0x2264 || c === 0x2267 || c === 0x2266 || c === 0xff1c || c === 0xff1e || c === 0xff1d || c === 0x3000)) return false;
  const text = squeeze(fold(name));
  if (!/^[<>=≥≤]{0,2}\d+(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff]{1,3}(?:\/[\u4e00-\u9fff]{1,2})?)$/.test(text)) return false;
  const value = parseTarget(text);
  return value.kind === 'quantity' && value.unit !== null;
}

/** A name that is only the year as a period (时效 | 全年 | 1-12月, 大英's, ee-sc-daying-2020-consumer-city-targets). */
function isPeriod(name: string): boolean {
  if (name.length > 8 || !(name.includes('年') || name.includes('期'))) return false;
  return /^(全年|当年|本年|年度|全年度|本年度|当年度|年内|全年内|项目期|实施期)$/.test(squeeze(fold(name)));
}

/**
 * A name that is its own target again (时效 | 2022年底之前 | 2022年底之前, r-ah-huoqiu-2022-sci-envoy-eval):
 * the target typed twice, no name (不适用 | 不适用 is the form's way of saying no indicator). A value or
 * a date only: words typed twice (巩固拓展脱贫攻坚成果 | 巩固拓展脱贫攻坚成果) are a name whose target
 * repeats it, vague-target's finding. Only where they share their first character, the cheap test.
 */
function copiesTarget(name: string, target: string): boolean {
  if (name.length === 0 || target.length === 0 || name.charCodeAt(0) !== target.charCodeAt(0)) return false;
  // A sentence naming its measure, its figure written in (辖区企业满意率达95%以上。 in all three columns,
  // 大英's ad-sc-daying-jkq-2020-river-cleaning-tail): a name, its target typed into it.
  return squeeze(fold(name)) === squeeze(fold(target)) && !NAMES_MEASURE.test(name);
}
/** A measure's word: a rate, a degree, a count (满意率, 满意度, 覆盖比例, 培训人数). */
const NAMES_MEASURE = /率|度|比例|比重|指数|人数|次数|数量/;
