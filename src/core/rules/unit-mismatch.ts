import { MessageData, RuleContext, defineRule } from './rule';
import { everyIndicator, goalTexts, Indicator, PerformanceTable, TEXT_AMOUNT } from '../model/table';
import { formatAmount } from '../grid/numbers';
import { isAreaName, isSumName, isCostName, isCountName, isDurationName, isHeadCountName, isPerHeadName, isRateName, isTimeName } from './names';
import { allAmounts } from '../model/amounts';
import { parseTarget } from '../model/target-value';
import { matchUnit } from '../model/units';
import { fold, squeeze } from '../grid/text';
import { memoByText } from '../memo';
import { canonicalCategory, isEconomicCost } from './profiles';

/** Names of things made, printed, put up or given out: counted in pieces, never in years. */
const MADE = /^(制作|印制|印发|设置|安装|购置|发放|悬挂|张贴)/;
const MONEY = new Set(['元', '千元', '万元', '百万元', '亿元']);

export default defineRule({
  meta: {
    code: 'unit-mismatch',
    severity: 'warning',
    category: 'targets',
    docs: {
      'zh-CN': '应一致的单位不一致：“万”与“万元”、金额单位与表的金额单位、比率指标用了计数单位。',
      'en-US': 'Units that should agree do not: 万 vs 万元, a money unit other than the table’s, a count unit on a rate.',
    },
    messages: {
      unitLine: {
        'zh-CN': '单位行写“{{line}}”，而资金栏标题标明“{{unit}}”：两处金额单位不一致，请核对',
        'en-US': 'The unit line says {{line}} while the fund block’s heading says {{unit}}: the two declared units disagree',
      },
      actualBare: {
        'zh-CN': '实际完成值“{{actual}}”中的“{{unit}}”不是完整单位，金额应写作“{{unit}}元”',
        'en-US': '“{{unit}}” in the actual value “{{actual}}” is not a unit; money is written “{{unit}}元”',
      },
      bareMultiplier: {
        'zh-CN': '“{{target}}”中的“{{unit}}”不是完整单位，金额应写作“{{unit}}元”',
        'en-US': '“{{unit}}” in “{{target}}” is not a unit; money is written “{{unit}}元”',
      },
      money: {
        'zh-CN': '目标值“{{target}}”的单位“{{unit}}”与本表金额单位“{{tableUnit}}”不一致',
        'en-US': 'Target “{{target}}” is in {{unit}}, the table’s amounts are in {{tableUnit}}',
      },
      amountBare: {
        'zh-CN': '金额“{{text}}”中的“{{unit}}”不是完整单位，且为文本格式；应填写数值（单位：{{tableUnit}}）',
        'en-US': '“{{unit}}” in the amount “{{text}}” is not a unit, and the amount is text; type the number (unit: {{tableUnit}})',
      },
      amountUnit: {
        'zh-CN': '金额“{{text}}”的单位“{{unit}}”与本表金额单位“{{tableUnit}}”不一致，未计入合计',
        'en-US': 'The amount “{{text}}” is in {{unit}}, the table’s amounts are in {{tableUnit}}; it is not added into totals',
      },
      column: {
        'zh-CN': '目标值“{{target}}”的单位“{{unit}}”与计量单位栏的“{{columnUnit}}”不一致',
        'en-US': 'Target “{{target}}” is in {{unit}}, but the unit column says {{columnUnit}}',
      },
      magnitudeYuan: {
        'zh-CN': '金额 {{amount}} 按“万元”计为 {{yi}} 亿元，且各金额均为整数：金额可能是以“元”填写的，请核对单位',
        'en-US': 'The amount {{amount}} in 万元 would be {{yi}} hundred million yuan, and every amount is a whole number: the amounts are probably in 元; check the unit',
      },
      magnitudeWan: {
        'zh-CN': '本表单位为“元”，但最大的金额只有 {{amount}}：金额可能是以“万元”填写的，请核对单位',
        'en-US': 'The table is in 元 but its largest amount is {{amount}}: the amounts are probably in 万元; check the unit',
      },
      cost: {
        'zh-CN': '“{{name}}”是成本类指标，目标值应为金额，而不是“{{target}}”',
        'en-US': '“{{name}}” is a cost: its target should be an amount, not “{{target}}”',
      },
      time: {
        'zh-CN': '“{{name}}”是时间类指标，目标值应为日期或期限，而不是“{{target}}”',
        'en-US': '“{{name}}” is about time: its target should be a date or a period, not “{{target}}”',
      },
      notUnit: {
        'zh-CN': '计量单位栏“{{columnUnit}}”不是单位（可能是导出时丢失格式的日期），目标值“{{target}}”无法读取',
        'en-US': 'The unit column says “{{columnUnit}}”, which is no unit (perhaps a date that lost its format); the target “{{target}}” cannot be read',
      },
      counted: {
        'zh-CN': '“{{name}}”统计的是{{counted}}，目标值“{{target}}”却以“{{unit}}”计',
        'en-US': '“{{name}}” counts {{counted}}, but its target “{{target}}” is in {{unit}}',
      },
      area: {
        'zh-CN': '“{{name}}”是面积，目标值应为面积（公顷、亩、平方米），而不是比率“{{target}}”',
        'en-US': '“{{name}}” is an area: its target should be an area (公顷, 亩, 平方米), not the ratio “{{target}}”',
      },
      sum: {
        'zh-CN': '“{{name}}”是金额，目标值应为金额（如 万元、亿元），而不是比率“{{target}}”',
        'en-US': '“{{name}}” is a sum of money: its target should be an amount (万元, 亿元), not the ratio “{{target}}”',
      },
      timely: {
        'zh-CN': '“{{name}}”考核是否按时，目标值应为日期、期限或按时的比率，而不是数量“{{target}}”',
        'en-US': '“{{name}}” is about being on time: its target should be a date, a period or an on-time rate, not the count “{{target}}”',
      },
      rate: {
        'zh-CN': '“{{name}}”是比率指标，目标值“{{target}}”却用了单位“{{unit}}”',
        'en-US': '“{{name}}” is a rate, but its target “{{target}}” is in {{unit}}',
      },
      made: {
        'zh-CN': '“{{name}}”是制作或发放的数量，目标值“{{target}}”却以“{{unit}}”计：请写明数量和单位（如 50条、20块）',
        'en-US': '“{{name}}” counts things made or given out, but its target “{{target}}” is in {{unit}}: state how many (50 条, 20 块)',
      },
      textParts: {
        'zh-CN': '“{{total}}”的单位与其中各项不同：{{parts}} = {{sum}}{{partUnit}}，应为“{{sum}}{{partUnit}}”',
        'en-US': '“{{total}}” is in another unit than its parts: {{parts}} = {{sum}} {{partUnit}}, so “{{sum}}{{partUnit}}” is meant',
      },
      share: {
        'zh-CN': '“{{name}}”是计数指标，目标值“{{target}}”却是比例：请写明数量和单位（如 500人）',
        'en-US': '“{{name}}” is a count, but its target “{{target}}” is a share: state how many (500 人)',
      },
    },
  },
  check({ table, profile, report }) {
    const line = table.unitLineConflict;
    if (line) report({ messageId: 'unitLine', cell: line.cell, data: { line: line.unit, unit: table.unit ?? '' }, expected: table.unit ?? undefined, actual: line.unit });
    magnitude(table, report);
    for (const field of goalTexts(table)) {
      const slip = textPartsUnit(field.text);
      if (slip) report({ messageId: 'textParts', cell: field.cell, data: slip, expected: `${slip.sum}${slip.partUnit}`, actual: slip.total });
    }
    const amounts = allAmounts(table);
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i];
      const r = a.reading;
      if (r.kind !== 'number' || r.unit === undefined || r.unit === table.unit) continue;
      const data = { text: r.text ?? '', unit: r.unit, tableUnit: table.unit ?? '万元' };
      if (r.unit === '万' || r.unit === '亿') report({ messageId: 'amountBare', cell: a.cell, data, expected: `${r.unit}元`, actual: r.unit });
      else if (table.unit !== null) report({ messageId: 'amountUnit', cell: a.cell, data, expected: table.unit, actual: r.unit });
    }
    const indicators = everyIndicator(table);
    let heading: string | null = null;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i];
      // An actual with a bare 万 (成本 “150万”) on anything but a count.
      const a = ind.evaluation?.actual;
      if (a && a.value.kind === 'quantity' && (a.value.unit === '万' || a.value.unit === '亿') && !isCountName(ind.name.text)) {
        report({ messageId: 'actualBare', cell: a.cell, data: { actual: a.text, unit: a.value.unit }, expected: `${a.value.unit}元`, actual: a.value.unit });
      }
      if (ind.unitColumn) {
        // The unit column's unit (read once per distinct text): digits (full-width ones too, as a
        // Chinese input method types them) and no unit are an export's lost date, not a unit.
        const column = columnUnit(ind.unitColumn.text);
        if (!column && /\d/.test(fold(ind.unitColumn.text))) {
          report({ messageId: 'notUnit', cell: ind.target.cell, data: { target: ind.target.text, columnUnit: ind.unitColumn.text } });
          continue;
        }
        // A target that carries its own unit (28.8万元) against a unit column saying another (%); a bare
        // multiplier the column completes (1亿 | 元, 保山's) is none.
        const own = parseTarget(ind.target.text);
        if (own.kind === 'quantity' && own.unit !== null && own.unit !== '万' && own.unit !== '亿' && column && own.family !== column.family) {
          report({ messageId: 'column', cell: ind.target.cell, data: { target: ind.target.text, unit: own.unit, columnUnit: ind.unitColumn.text }, expected: column.unit, actual: own.unit });
          continue;
        }
      }
      const v = ind.target.value;
      if (v.kind !== 'quantity' || v.unit === null) continue;
      // A heading of a numbered list (二、化肥减量增效田间试验 ≧15组) counts what its items count.
      if (isListHeading(ind.name.text)) heading = v.unit;
      // Below, the unit's family is tested before the name: the cheaper test first.
      const unit = v.unit;
      if (v.unit === '万' || v.unit === '亿') {
        // On a count (资料发放数量 “2万”) the count unit is missing, not 元: missing-unit reports it.
        if (isCountName(ind.name.text)) continue;
        report({ messageId: 'bareMultiplier', cell: ind.target.cell, data: targetData(ind, unit, table), expected: `${v.unit}元`, actual: v.unit });
        // 亿元 is the unit of sums too large for the table's (医疗收入达到5亿元, n-hb-xiangyang-2021-hospital-eval;
        // an industry's revenue, i-hainan-provincial-2022-expo): written so on purpose, never a slip.
        // A per-head amount is in 元 whatever the table's unit (务工人员年人均增收 ≥8400元, p-yn-linxiang-2023-wildlife-shelter-eval).
      } else if (MONEY.has(v.unit) && table.unit !== null && v.unit !== table.unit && v.unit !== '亿元' && !isPerHeadName(ind.name.text)) {
        report({ messageId: 'money', cell: ind.target.cell, data: targetData(ind, unit, table), expected: table.unit, actual: v.unit });
        // A cost by its name or its 二级 (检查差旅费 470 人/天 under 成本指标, s-sc-ganzi-2023-food-safety).
      } else if (v.family !== null && v.family !== 'money' && v.family !== 'ratio' && (isCostName(ind.name.text) || isEconomicCost(profile, ind.level2.text))) {
        report({ messageId: 'cost', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
        // 项目维持时效 | ≥95% (井研's, g-sc-jingyan-mata-2023, three of its four readings): a share states no period.
      } else if (v.family === 'ratio' && (isTimeName(ind.name.text) || isDurationName(ind.name.text))) {
        report({ messageId: 'time', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
        // 应受助学生数 | 100% (乐昌's, vv-gd-lechang-2018-vocational-aid-targets): 100% of whom, how many, is not said.
      } else if (v.family === 'ratio' && isHeadCountName(ind.name.text)) {
        report({ messageId: 'share', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
        // 森林火灾受害面积 | 小于0.9‰ (蔡甸's, its first and third readings): the ‰ is the 受害率's, an area takes 公顷.
      } else if (v.family === 'ratio' && isAreaName(ind.name.text)) {
        report({ messageId: 'area', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
      } else if (v.family === 'ratio' && isSumName(ind.name.text)) {
        report({ messageId: 'sum', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
        // 按时发放 | ≥ 1 人/年 (井研's, g-sc-jingyan-mata-2023, both readings): a head count says nothing of being on time.
        // Not one whose target says the time itself, its count naming what it follows (考核任务完成及时 |
        // 1-6期培训结束后及时考核, 吕梁's, ba-sx-lvliang-2021-caregiver-training-eval): a condition of time.
      } else if (v.family === 'count' && isOnTimeName(ind.name.text) && !ON_TIME_TARGET.test(ind.target.text)) {
        report({ messageId: 'timely', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
        // Things made or given out, counted in years (制作宣传横幅、公益宣传牌等(年) | 1 | 年 under 数量, 浮梁's, all four
        // readings: n-jx-fuliang-2026-forestry): a year is no count of banners.
      } else if (v.family === 'time' && (v.unit === '年' || v.unit === '月') && MADE.test(ind.name.text) && !isTimeName(ind.name.text) && !isDurationName(ind.name.text) && canonicalCategory(profile, ind.level2.text) === '数量') {
        report({ messageId: 'made', cell: ind.target.cell, data: targetData(ind, unit, table), actual: v.unit });
      } else if (v.family !== 'ratio' && isRateName(ind.name.text) && !(v.unit === heading && isListItem(ind.name.text))) {
        // An item under such a heading, in its unit, is one of the things counted, whatever its
        // name (1、肥料利用率 ≧5组: a fertiliser trial's groups; 隆阳's, t-yn-longyang-2022-fertilizer-eval).
        report({ messageId: 'rate', cell: ind.target.cell, data: targetData(ind, unit, table), expected: '%', actual: v.unit });
      } else {
        const counted = countedOtherwise(ind.name.text, v.unit);
        if (counted) report({ messageId: 'counted', cell: ind.target.cell, data: { ...targetData(ind, unit, table), counted }, expected: counted, actual: v.unit });
      }
    }
  },
});

/**
 * Amounts whose size contradicts the declared unit (issue 10): a 20-person office with 2,537,695
 * “万元” (every amount whole, the largest at least 1,000,000 万元, i.e. 100 亿元), or a 元 table
 * whose largest amount is under 1,000 元. Reported once, at the largest amount.
 */
/**
 * An amount in a goal's text whose 其中 parts, in the other money unit, add up to its figure (旺苍's 补助471.23元,
 * 其中中央补助189.63万元,地方财政补助281.6万元: 189.63 + 281.6 = 471.23, all six readings of
 * ai-sc-wangcang-2021-essential-drugs-eval): the total's unit is the slip. Asked only of texts with 其中.
 */
function textPartsUnit(text: string): MessageData & { total: string; sum: string; partUnit: string } | null {
  if (!text.includes('其中')) return null;
  const t = fold(text);
  for (const m of t.matchAll(TOTAL_THEN_PARTS)) {
    const unit = m[2];
    // The parts: the amounts of the clause after 其中, up to the sentence's end (looked ahead, not consumed).
    const parts = [...m[3].matchAll(TEXT_AMOUNT)];
    if (parts.length < 2 || parts.some((p) => p[2] !== parts[0][2]) || parts[0][2] === unit) continue;
    const cents = parts.reduce((sum, p) => sum + Math.round(Number(p[1]) * 100), 0);
    if (cents !== Math.round(Number(m[1]) * 100)) continue;
    const sum = formatAmount(cents / 100);
    return { total: `${m[1]}${unit}`, parts: parts.map((p) => p[1]).join(' + '), sum: sum.replace(/\.00$/, ''), partUnit: parts[0][2] };
  }
  return null;
}
const TOTAL_THEN_PARTS = /(\d+(?:\.\d+)?)\s*(万元|元)[,，、:：]?\s*其中(?=([^。；;]*))/g;

function magnitude(table: PerformanceTable, report: RuleContext['report']): void {
  if (table.unit !== '万元' && table.unit !== '元') return;
  let largest: { cell: string; value: number } | null = null;
  let whole = true;
  const amounts = allAmounts(table);
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const r = a.reading;
    if (r.kind !== 'number' || r.value === 0 || r.unit !== undefined) continue;
    if (!Number.isInteger(r.value)) whole = false;
    if (!largest || Math.abs(r.value) > Math.abs(largest.value)) largest = { cell: a.cell, value: r.value };
  }
  if (!largest) return;
  // Every amount whole: amounts with cents (宁德's 2,751,417.82, g-fj-ningde-dangshi-2018) may be 万元 of a big
  // city's bureau (a 区's 3,000-task table in the bench adds up to 151 亿元), and no name tells them apart.
  if (table.unit === '万元' && largest.value >= 1_000_000 && whole) {
    const data = { amount: formatAmount(largest.value), yi: formatAmount(largest.value / 10_000) };
    // At the unit's declaration where a cell makes one (资金结构(万元), 单位：万元): the amounts agree among themselves.
    report({ messageId: 'magnitudeYuan', cell: table.unitCell ?? largest.cell, related: largest.cell, data, expected: '元', actual: '万元' });
  } else if (table.unit === '元' && Math.abs(largest.value) < 1_000) {
    report({ messageId: 'magnitudeWan', cell: largest.cell, data: { amount: formatAmount(largest.value) }, expected: '万元', actual: '元' });
  }
}

/** The message data of a finding on a target: built only when one is reported, not per indicator. */
function targetData(ind: Indicator, unit: string, table: PerformanceTable): MessageData {
  return { target: ind.target.text, unit, name: ind.name.text, tableUnit: table.unit ?? '' };
}

/**
 * Households counted in persons, or persons in households: a name ending 户数 with a target in 人 (人次,
 * 人/次), or one ending 人数 with a target in 户 (就学补助户数 | >=101人/次, 南岳's,
 * cc-hn-nanyue-2023-yulu-school-aid). The unit the name counts, or null. Persons against person-times,
 * or a generic 个, are one count (服务对象人数 | 100人次).
 */
function countedOtherwise(name: string, unit: string): string | null {
  // Only 户 and 人 are told apart; and most names end otherwise (asked of every counted target).
  if ((unit !== '户' && !unit.startsWith('人')) || !/[数量)）]\s*$/.test(name)) return null;
  // The name's own bracketed unit or note aside (受益人数(人)).
  const n = name.replace(/[(（][^()（）]*[)）]\s*$/, '').trimEnd();
  if (/户数(量)?$/.test(n) && unit.startsWith('人')) return '户';
  if (/人数(量)?$/.test(n) && unit === '户') return '人';
  return null;
}

/** A target that says its time itself: on time after an event (…结束后及时考核). */
const ON_TIME_TARGET = /及时|按时|准时/;

/** A name about being on time (按时发放, 及时拨付), not a count of what was done so (按时发放人数). */
function isOnTimeName(name: string): boolean {
  // Spaces read through (按 时 发 放, a form converted from Word).
  return /按\s*时|及\s*时|准\s*时|按\s*期|如\s*期/.test(name) && !isCountName(name) && !isRateName(name);
}

/** A 度量单位 cell read as a unit, once per distinct text: a large table repeats a few units down 20,000 rows. */
const columnUnit = memoByText(10_000, (text) => matchUnit(squeeze(fold(text))));

/** 一、示范区建立, 二、田间试验: a numbered list's heading (by its first character first: read for every indicator). */
function isListHeading(name: string): boolean {
  return LIST_HEADING_FIRST.has(name.charCodeAt(0)) && /^\s*[一二三四五六七八九十]{1,3}[、.．]/.test(name);
}

const LIST_HEADING_FIRST = new Set([...'一二三四五六七八九十 \u3000'].map((c) => c.charCodeAt(0)));

/** 1、肥料利用率, (1)…: an item of a numbered list. */
function isListItem(name: string): boolean {
  return /^\s*(\d{1,2}[、.．]|[(（]\d{1,2}[)）])/.test(name);
}
