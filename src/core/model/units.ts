export type UnitFamily = 'count' | 'time' | 'money' | 'currency' | 'ratio' | 'area' | 'length' | 'weight' | 'volume' | 'energy' | 'score' | 'data';

/** Units as people write them, each with its spelling in reports and its family (RULES.md, Units). */
const UNITS: ReadonlyArray<readonly [written: string, unit: string, family: UnitFamily]> = [
  ...'头 羽 尾 匹 个 家 次 场 人 人次 场次 批次 户次 栋 幢 套 份 项 件 期 篇 批 户 所 台 辆 座 处 条 册 本 部 名 位 支 只 张 间 种 类 款 轮 笔 宗 例 起 课时 学时 人天 人日 门 棵 株 盏 块 艘 架 首 集 组 队 届 单 份次 家次 项次 个数 村 粒'
    .split(' ')
    .map((u) => [u, u, 'count'] as const),
  ...'天 日 个月 月 年 小时 工作日 周 分钟 秒 季度 个工作日 自然日'.split(' ').map((u) => [u, u, 'time'] as const),
  // An age (培训对象 | 18—54周岁, 吕梁's, ba-sx-lvliang-2021-caregiver-training-eval): years of life.
  ['周岁', '周岁', 'time'],
  ['岁', '岁', 'time'],
  ['万元', '万元', 'money'],
  ['亿元', '亿元', 'money'],
  ['千元', '千元', 'money'],
  ['百万元', '百万元', 'money'],
  ['元', '元', 'money'],
  // Money named by its currency (外贸进出口总额 | 亿人民币 | 17.5, 大足's, ap-cq-dazu-2021-commerce-dept-eval): 元, not 人.
  ['亿元人民币', '亿元', 'money'],
  ['万元人民币', '万元', 'money'],
  ['亿人民币', '亿元', 'money'],
  ['万人民币', '万元', 'money'],
  ['人民币', '元', 'money'],
  // Trade in foreign money (a 服务贸易 fund's 服务外包在岸(万美元) | 20000, ai-xx-district-2020-service-trade-eval):
  // a unit of its own, never the table's 万元 misspelt.
  ['万美元', '万美元', 'currency'],
  ['亿美元', '亿美元', 'currency'],
  ['美元', '美元', 'currency'],
  ['万欧元', '万欧元', 'currency'],
  ['欧元', '欧元', 'currency'],
  ['%', '%', 'ratio'],
  ['‰', '‰', 'ratio'],
  ['百分比', '%', 'ratio'],
  // A share written as a fraction with its family's name (安徽's budget system: 视频监控在线率 ≥0.97比例,
  // au-ah-huangshan-2025-police-surveillance-room-targets).
  ['比例', '比例', 'ratio'],
  ['个百分点', '个百分点', 'ratio'],
  ['百分点', '个百分点', 'ratio'],
  ['平方米', '平方米', 'area'],
  ['平米', '平方米', 'area'],
  ['m2', '平方米', 'area'],
  ['m²', '平方米', 'area'],
  ['平方公里', '平方公里', 'area'],
  ['亩', '亩', 'area'],
  ['公顷', '公顷', 'area'],
  ['公里', '公里', 'length'],
  ['千米', '公里', 'length'],
  ['km', '公里', 'length'],
  ['米', '米', 'length'],
  ['厘米', '厘米', 'length'],
  ['毫米', '毫米', 'length'],
  ['cm', '厘米', 'length'],
  ['mm', '毫米', 'length'],
  ['M', '米', 'length'],
  ['m', '米', 'length'],
  ['吨', '吨', 'weight'],
  ['千克', '千克', 'weight'],
  ['公斤', '千克', 'weight'],
  ['立方米', '立方米', 'volume'],
  ['m3', '立方米', 'volume'],
  ['千瓦时', '千瓦时', 'energy'],
  ['kWh', '千瓦时', 'energy'],
  // Electricity as people write it (海南's 用电量 60万度, zz-hi-planning-hall-2018-graded-targets): a kilowatt-hour.
  ['度', '千瓦时', 'energy'],
  ['兆瓦', '兆瓦', 'energy'],
  ['分', '分', 'score'],
  // Storage bought (y-hb-huangshi-2022-library-sharing-eval's 数字资源 25TB).
  ['PB', 'PB', 'data'],
  ['TB', 'TB', 'data'],
  ['GB', 'GB', 'data'],
  ['MB', 'MB', 'data'],
];

/** Units by first character, longest first, so matching looks at a handful of candidates. */
const BY_FIRST = new Map<number, (typeof UNITS)[number][]>();
for (const u of [...UNITS].sort((a, b) => b[0].length - a[0].length)) {
  BY_FIRST.set(u[0].charCodeAt(0), [...(BY_FIRST.get(u[0].charCodeAt(0)) ?? []), u]);
}

export interface UnitMatch {
  /** Characters consumed from the input. */
  length: number;
  unit: string;
  family: UnitFamily;
}

/** Longest known unit at the start of `text` (already folded), with a `/人`-style denominator kept. */
export function matchUnit(text: string): UnitMatch | null {
  // Keyed by code unit, walked by index: a target is parsed per row of a large table, and a
  // character string or an iterator per call was most of what this cost.
  const candidates = BY_FIRST.get(text.charCodeAt(0));
  if (candidates === undefined) return null;
  for (let i = 0; i < candidates.length; i++) {
    const [written, unit, family] = candidates[i];
    if (!text.startsWith(written)) continue;
    const after = text.slice(written.length);
    const per = /^\/(\S{1,4}?)(?=$|[\s,;，；。)）]|以)/.exec(after);
    if (per) return { length: written.length + per[0].length, unit: `${unit}/${per[1]}`, family };
    // A known unit after the slash, the sentence going on behind it (1000元/人给补助对象兑付补助,
    // w-sc-zhaohua-2021-special-family-aid): a per-head amount.
    const denominator = after.charCodeAt(0) === 47 /* / */ ? matchUnit(after.slice(1)) : null;
    if (denominator) return { length: written.length + 1 + denominator.length, unit: `${unit}/${after.slice(1, 1 + denominator.length)}`, family };
    return { length: written.length, unit, family };
  }
  return null;
}

/** A unit given in parentheses in an indicator's name: `满意度（%）`, `资金(万元)`. */
export function unitInName(name: string): UnitMatch | null {
  // `满意度(%)`, `苗木成活率(≥**%)`, `项目总投入(≥**万元)`: a bracket holding a unit, maybe behind a template's comparator and stars.
  for (const m of name.normalize('NFKC').matchAll(/\(([^()]{1,12})\)/g)) {
    const inner = m[1].replace(/[\s*＊xX×_＿≥≤><=]+|\d+(\.\d+)?/g, '');
    if (inner === '') continue;
    const u = matchUnit(inner);
    if (u && u.length === inner.length) return u;
  }
  // 出差人数 → 人, 培训次数 → 次: the name ends in its unit and 数; 完成结算项目数 counts 个
  // (i-guangdong-dongguan-2019-road), 药品监管企业数 家 and 不良反应报告数 份
  // (gg-sc-suining-jkq-2021-drug-cosmetic-device-region-eval).
  const bare = name.normalize('NFKC').replace(/\([^()]*\)\s*$/, '').trim();
  // A name that is only an amount with its unit (原州's 成本 row named 38.75万元, jj-nx-yuanzhou-2022-border-tea-eval):
  // the number beside it is in that unit. Not a date's (2023年); not a name that ends in a figure
  // (建设普通省道二级公路32.1公里 | 20: 20 of what, its reviewers ask).
  const amount = /^[≥≤><=]?\s*\d(?:[\d,]*\.?\d*)\s*([^\d\s.,]{1,4})$/.exec(bare);
  if (amount) {
    const u = matchUnit(amount[1]);
    if (u && u.length === amount[1].length && u.family !== 'time') return u;
  }
  const end = /(项目|企业|品种|报告|人次|人|户|次|天|家|个|台|辆|场|项|件|套|所|座)数$/.exec(bare);
  // (A name ending in the unit itself, 培训场次 | 8, still wants it after the number: the seed's own case.)
  return end ? matchUnit(COUNTED[end[1]] ?? end[1]) : null;
}

/** What a counted thing is counted in: 项目 and 企业 by the 个 and 家, a 品种 by the 种, a 报告 by the 份. */
const COUNTED: Readonly<Record<string, string>> = { 项目: '个', 企业: '家', 品种: '种', 报告: '份' };
