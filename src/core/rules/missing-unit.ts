import { everyIndicator } from '../model/table';
import { fold, isBlankOrPlaceholder } from '../grid/text';
import { defineRule } from './rule';
import { matchUnit } from '../model/units';
import { impliedUnit, isCountName, isRateName, isTimeName, isUnitlessName, countUnitOfName, isCountOfUnitName } from './names';

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
      rateAmbiguous: {
        'zh-CN': '目标值“{{target}}”缺少单位；比率应写明百分比（“{{target}}”可能是 100%，也可能是 {{target}}%）',
        'en-US': 'Target “{{target}}” has no unit; write the rate as a percentage (“{{target}}” may mean 100% or {{target}}%)',
      },
    },
  },
  check({ table, report }) {
    const indicators = everyIndicator(table);
    const formHasUnitColumn = table.indicators?.header.unit !== undefined;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      const v = ind.target.value;
      if (v.kind !== 'quantity') continue;
      // A bare 万/亿 on a count (资料发放数量 “2万”) is a multiplier without its unit (套, 份 …).
      const bareMultiplier = (v.unit === '万' || v.unit === '亿') && isCountName(ind.name.text);
      if ((v.unit !== null && !bareMultiplier) || impliedUnit(ind) || isUnitlessName(ind.name.text)) continue;
      // None is none in any unit (库存粮食明显变质比例 0, r-hn-hengshan-2020-grain-reserve-eval).
      if (v.value === 0 && v.comparator !== '>' && v.comparator !== '>=') continue;
      // ≥2万 for 服务覆盖人口, 1万 for 新增就业岗位: the name says what is counted (人, 个). Where the form
      // gives the unit a column of its own and it was left blank, only a name that is a count of its unit
      // (出差人数 | 8, 乌海's, b-wuhai-2021-recycling): 新增限上商贸企业(法人) | (blank) | 23 (大足's,
      // ap-cq-dazu-2021-commerce-dept-eval) and 资助困难教师及学生 | 52 (农垦's) leave the unit out.
      if (formHasUnitColumn ? isCountOfUnitName(ind.name.text) : countUnitOfName(ind.name.text) !== null) continue;
      // A unit column that holds something else is unit-mismatch's finding; one left blank or holding a
      // dash gives none (补助学生数量 | 168 | -, 湘西州's; 52 under a blank 度量单位, 农垦's).
      if (ind.unitColumn && !isBlankOrPlaceholder(ind.unitColumn.text)) continue;
      // The name ends in this very number with its unit (配套电力设施1250KVA变压器3台 | 3, 南华's,
      // nn-yn-nanhua-nd-mushroom-plant-eval): the unit is given. Another number (…公路32.1公里 | 20) is not.
      if (namesItsCount(ind.name.text, v.value)) continue;
      // A month typed as a number, by a timeliness (工程完成时间 | 2021.6, 和平's,
      // ag-gd-heping-2020-antiepidemic-bond-school-targets): a date, no amount.
      if (YEAR_MONTH.test(ind.target.text) && (isTimeName(ind.name.text) || fold(ind.level2.text).includes('时效'))) continue;
      // `当年在校学生数4953`: the target names what it counts.
      if (/数\s*[≥≤><=]?\s*\d/.test(fold(ind.target.text)) && /^[\u4e00-\u9fff]/.test(ind.target.text)) continue;
      // A rate typed 1 may be 100% or 1%: no value is suggested where the intent is not clear.
      const rate = isRateName(ind.name.text);
      report({ messageId: rate ? (v.value <= 1 ? 'rateAmbiguous' : 'rate') : 'default', cell: ind.target.cell, data: { target: ind.target.text } });
    }
  },
});

/** A year and month written as a number: 2021.6, 2020.12. */
const YEAR_MONTH = /^\s*(19|20)\d{2}\.(0?[1-9]|1[0-2])\s*$/;

/** A name ending in the target's own number and a unit: 变压器3台 for 3. */
function namesItsCount(name: string, value: number): boolean {
  const m = /(\d+(?:\.\d+)?)\s*([^\d\s.,，、;；]{1,3})\s*$/.exec(name);
  return m !== null && Number(m[1]) === value && matchUnit(m[2])?.length === m[2].length;
}
