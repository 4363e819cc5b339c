import { validateGrid } from '../../src/core/validate';
import { Comparator, isComparator, parseTarget, TargetValue } from '../../src/core/model/target-value';
import { UnitFamily } from '../../src/core/model/units';
import { fixtureGrid } from '../support/files';

/**
 * parseTarget, one row per target (RULES.md, "Target values" and "Units"). Every row states the
 * whole reading (kind, comparator, value, max, unit, family, direction, period, count, parts);
 * only `text` is left out, and checked separately.
 */

type Expected =
  | { kind: 'empty' | 'not-applicable' | 'date' | 'qualitative' }
  | { kind: 'quantity'; comparator: Comparator; value: number; max?: number; unit: string | null; family: UnitFamily | null }
  | { kind: 'relative'; direction: 'up' | 'down'; value: number | null; unit: string | null }
  | { kind: 'frequency'; period: string; comparator: Comparator; count: number | null }
  | { kind: 'compound'; parts: Expected[] };

const q = (comparator: Comparator, value: number, unit: string | null, family: UnitFamily | null): Expected => ({
  kind: 'quantity', comparator, value, unit, family,
});
const range = (value: number, max: number, unit: string | null, family: UnitFamily | null): Expected => ({
  kind: 'quantity', comparator: 'between', value, max, unit, family,
});
const rel = (direction: 'up' | 'down', value: number | null, unit: string | null): Expected => ({ kind: 'relative', direction, value, unit });
const freq = (period: string, comparator: Comparator, count: number | null): Expected => ({ kind: 'frequency', period, comparator, count });
const compound = (...parts: Expected[]): Expected => ({ kind: 'compound', parts });
const EMPTY: Expected = { kind: 'empty' };
const NA: Expected = { kind: 'not-applicable' };
const DATE: Expected = { kind: 'date' };
const QUAL: Expected = { kind: 'qualitative' };

/** The reading without `text`, parts included, so that toEqual compares exactly the rest. */
function reading(t: TargetValue): unknown {
  const { text: _text, ...rest } = t;
  return t.kind === 'compound' ? { ...rest, parts: t.parts.map(reading) } : rest;
}

function check(text: string, expected: Expected): void {
  const got = parseTarget(text);
  expect(reading(got)).toEqual(expected);
  expect(got.text).toBe(text.trim());
  if (expected.kind === 'compound' && got.kind === 'compound') expect(got.parts).toHaveLength(expected.parts.length);
}

type Row = [label: string, text: string, expected: Expected];

/** The 目标值 column of the seed (seeds/000_e82d275c10a6d333.txt, the fixture's G31:G82), in order. */
const SEED: Row[] = [
  ['G31 重点楼宇及园区信息采集频次', '每季度至少一次', freq('季度', '>=', 1)],
  ['G32 展会支持对象数', '8家', q('=', 8, '家', 'count')],
  ['G33 公共服务平台支持对象数', '建设公共服务平台数4家，运营支持数1家', compound(q('=', 4, '家', 'count'), q('=', 1, '家', 'count'))],
  ['G34 办公用房租赁支持对象数', '50家', q('=', 50, '家', 'count')],
  ['G35 活力评估支持对象数', '80家', q('=', 80, '家', 'count')],
  ['G36 支持商协会人才数', '60人次', q('=', 60, '人次', 'count')],
  ['G37 预期新落户协会数量', '8家', q('=', 8, '家', 'count')],
  ['G38 产业项目数字化评价体系及平台数量', '1个', q('=', 1, '个', 'count')],
  ['G39 申请办理资金等政策支持的企业数量', '2000家企业获得政策支持', q('=', 2000, '家', 'count')],
  ['G40 发放政策宣传资料数量', '发放2万套资料', q('=', 20000, '套', 'count')],
  ['G41 政策宣讲活动企业参与数量', '5000家企业参与活动', q('=', 5000, '家', 'count')],
  ['G42 监测分析报告数量', '4 份', q('=', 4, '份', 'count')],
  ['G43 标准研制支持数', '4 个', q('=', 4, '个', 'count')],
  ['G44 产业研究支持数', '2 个', q('=', 2, '个', 'count')],
  ['G45 招商引资智能平台维护、安全等级保护测评', '1 次', q('=', 1, '次', 'count')],
  ['G46 国内招商引资推介活动开展场次', '3 次', q('=', 3, '次', 'count')],
  ['G47 招商引资项目尽职调查服务次数', '1 次', q('=', 1, '次', 'count')],
  ['G48 人才考察补贴发放人次', '10 人次', q('=', 10, '人次', 'count')],
  ['G49 海外招商引智联络点数量', '2 个', q('=', 2, '个', 'count')],
  ['G50 深趋势产学研项目对接活动举办场次', '38 场', q('=', 38, '场', 'count')],
  ['G51 补充完善重点楼宇数据的楼宇数量', '≥100 栋', q('>=', 100, '栋', 'count')],
  ['G52 补充完善重点企业数据的企业数量', '≥1000 家', q('>=', 1000, '家', 'count')],
  ['G53 开展大型的宣传活动现场', '2 场', q('=', 2, '场', 'count')],
  ['G54 商协会人才支持资金', '90 万元', q('=', 90, '万元', 'money')],
  ['G55 支持企业经营管理人才发展资金', '9000 万元', q('=', 9000, '万元', 'money')],
  ['G56 行业服务活动举办数', '16 次', q('=', 16, '次', 'count')],
  // 万 alone is a slip for 万元: kept as typed, no family, so unit-mismatch can name it.
  ['G57 支持企业管理人才发展资金', '7600 万', q('=', 7600, '万', null)],
  ['G58 福田营商环境建设合格率', '100%', q('=', 100, '%', 'ratio')],
  ['G59 研究课题验收通过率', '100%', q('=', 100, '%', 'ratio')],
  ['G60 监测分析报告验收通过率', '100%', q('=', 100, '%', 'ratio')],
  ['G61 路演项目对接率', '100%', q('=', 100, '%', 'ratio')],
  ['G62 PC 端、移动端正常运转率', '不少于 95%', q('>=', 95, '%', 'ratio')],
  ['G63 政策知晓率', '80%', q('=', 80, '%', 'ratio')],
  ['G64 工作计划完成及时性', '100%', q('=', 100, '%', 'ratio')],
  ['G65 预算执行率', '>97%', q('>', 97, '%', 'ratio')],
  ['G66 支出进度达标率', '>97%', q('>', 97, '%', 'ratio')],
  ['G67 保障促进福田经济及产业健康发展', '有效', QUAL],
  ['G68 保障提升优化辖区营商环境', '有效', QUAL],
  ['G69 服务匹配推送率', '90%', q('=', 90, '%', 'ratio')],
  ['G70 引进优质项目数量', '8 家', q('=', 8, '家', 'count')],
  ['G71 重点楼宇及园区空置信息发布率', '100%', q('=', 100, '%', 'ratio')],
  ['G72 营造良好营商环境，优化我区产业结构', '长期营造', QUAL],
  ['G73 企业对空置写字楼需求匹配度', '提高 25%', rel('up', 25, '%')],
  ['G74 保障降低 30 家创新企业融资成本', '有效', QUAL],
  ['G75 吸引企业落户福田工作完成率', '95%', q('=', 95, '%', 'ratio')],
  ['G76 保障对福田的产业聚集…可持续的影响带动作用', '有效', QUAL],
  ['G77 招商引资前置工作效率提高', '95%', q('=', 95, '%', 'ratio')],
  ['G78 不适用', '不适用', NA],
  ['G79 企业对楼宇信息发布满意度', '95%', q('=', 95, '%', 'ratio')],
  ['G80 人才满意度', '90%', q('=', 90, '%', 'ratio')],
  ['G81 服务对象满意度', '100%', q('=', 100, '%', 'ratio')],
  ['G82 政策咨询满意度', '100%', q('=', 100, '%', 'ratio')],
];

/** Comparator words, one row per word of the RULES.md table and a few common variants. */
const COMPARATORS: Row[] = [
  ['≥', '≥95%', q('>=', 95, '%', 'ratio')],
  ['>=', '>=90%', q('>=', 90, '%', 'ratio')],
  ['不少于', '不少于10场', q('>=', 10, '场', 'count')],
  ['不低于', '不低于90%', q('>=', 90, '%', 'ratio')],
  ['不低于 with spaces and ％', '不低于 90 ％', q('>=', 90, '%', 'ratio')],
  ['至少', '至少3个', q('>=', 3, '个', 'count')],
  ['以上 after the unit', '100家以上', q('>=', 100, '家', 'count')],
  ['及以上', '95%及以上', q('>=', 95, '%', 'ratio')],
  ['（含）以上', '95%（含）以上', q('>=', 95, '%', 'ratio')],
  ['大于等于 is not 大于', '大于等于90%', q('>=', 90, '%', 'ratio')],
  ['> with no unit', '>0', q('>', 0, null, null)],
  ['full-width ＞', '＞98%', q('>', 98, '%', 'ratio')],
  ['大于', '大于80%', q('>', 80, '%', 'ratio')],
  ['超过', '超过500人次', q('>', 500, '人次', 'count')],
  ['高于', '高于85%', q('>', 85, '%', 'ratio')],
  ['≤', '≤5%', q('<=', 5, '%', 'ratio')],
  ['<=', '<=3天', q('<=', 3, '天', 'time')],
  ['full-width ＜＝', '＜＝5%', q('<=', 5, '%', 'ratio')],
  ['不超过', '不超过10个工作日', q('<=', 10, '个工作日', 'time')],
  ['不高于 is not 高于', '不高于5%', q('<=', 5, '%', 'ratio')],
  ['不大于', '不大于5%', q('<=', 5, '%', 'ratio')],
  ['至多', '至多2次', q('<=', 2, '次', 'count')],
  ['以内 after the unit', '5个工作日以内', q('<=', 5, '个工作日', 'time')],
  ['控制在…以内', '控制在5%以内', q('<=', 5, '%', 'ratio')],
  ['内 after a duration', '1个月内完成', q('<=', 1, '个月', 'time')],
  // 金安's 土地确权 targets (ao-ah-jinan-2023-land-rights-targets): a time limit counted in words.
  ['a duration in words, 一周内', '故障发生后一周内', q('<=', 1, '周', 'time')],
  ['十个工作日以内', '收到申请后十个工作日以内', q('<=', 10, '个工作日', 'time')],
  ['半个月内', '半个月内', q('<=', 0.5, '个月', 'time')],
  ['两天内', '两天内办结', q('<=', 2, '天', 'time')],
  // A share spelled out: a percentage as written in figures; 九成 (nine tenths) is left as words.
  ['百分之百', '百分之百', q('=', 100, '%', 'ratio')],
  ['百分之九十五以上', '百分之九十五以上', q('>=', 95, '%', 'ratio')],
  ['不低于百分之九十', '不低于百分之九十', q('>=', 90, '%', 'ratio')],
  ['百分之 and digits', '达到百分之98', q('=', 98, '%', 'ratio')],
  ['百分之二十以下', '百分之二十以下', q('<=', 20, '%', 'ratio')],
  ['九成以上 stays words', '九成以上', { kind: 'qualitative' }],
  // 宁夏福彩's 自评表 (ap-nx-ningxia-2023-lottery-app-upgrade-eval): a baseline year is no figure; a bare month is a deadline.
  ['a baseline year and no figure', '同比2022年销量显著提高', { kind: 'qualitative' }],
  ['较 a baseline year', '较2022年增长', { kind: 'qualitative' }],
  // 海口's (ar-hi-haikou-2016-archives-compilation-targets C5): an anniversary names an occasion, no figure.
  ['an anniversary and no figure', '向社会宣传中国共产党成立95周年来取得的成就', { kind: 'qualitative' }],
  ['a figure beside an anniversary', '建校60周年庆典接待校友500人次', q('=', 500, '人次', 'count')],
  ['a month alone', '12月', { kind: 'date' }],
  ['a month’s end', '6月底', { kind: 'date' }],
  ['13月 is no month', '13月', q('=', 13, '月', 'time')],
  ['<', '<1%', q('<', 1, '%', 'ratio')],
  ['full-width ＜', '＜2%', q('<', 2, '%', 'ratio')],
  ['小于', '小于3%', q('<', 3, '%', 'ratio')],
  ['低于', '低于5%', q('<', 5, '%', 'ratio')],
  ['=', '=100%', q('=', 100, '%', 'ratio')],
  ['full-width ＝', '＝100%', q('=', 100, '%', 'ratio')],
  ['等于', '等于100%', q('=', 100, '%', 'ratio')],
  ['达到', '达到100%', q('=', 100, '%', 'ratio')],
  ['达到…以上: the bound word decides', '达到95%以上', q('>=', 95, '%', 'ratio')],
  ['达到…家以上', '达到100家以上', q('>=', 100, '家', 'count')],
  ['bare number, no unit', '98', q('=', 98, null, null)],
];

/** Full-width forms, multipliers, thousands separators and the units of RULES.md. */
const NUMBERS_AND_UNITS: Row[] = [
  // Foreign money, a unit of its own (ai-xx-district-2020-service-trade-eval's 服务外包在岸(万美元)); 万 a multiplier, as on counts.
  ['服务外包在岸', '≥20000万美元', q('>=', 200000000, '美元', 'currency')],
  ['出口额', '500美元', q('=', 500, '美元', 'currency')],
  ['full-width digits and ％', '９５％', q('=', 95, '%', 'ratio')],
  ['full-width digits and a count unit', '１００家', q('=', 100, '家', 'count')],
  ['full-width thousands separator', '１２，０００元', q('=', 12000, '元', 'money')],
  ['，as a thousands separator', '1，000家', q('=', 1000, '家', 'count')],
  ['thousands separator', '1,000人次', q('=', 1000, '人次', 'count')],
  ['two thousands separators', '1,000,000元', q('=', 1000000, '元', 'money')],
  ['万 before an area unit', '3万平方米', q('=', 30000, '平方米', 'area')],
  ['万 before 人次, with a decimal', '0.5万人次', q('=', 5000, '人次', 'count')],
  ['万 before 个', '1.5万个', q('=', 15000, '个', 'count')],
  // 原州's seed potatoes (ww-nx-yuanzhou-2022-seed-potato-eval): no slip for 万元.
  ['万 before 粒', '550万粒', q('=', 5500000, '粒', 'count')],
  ['亿 before 人次', '1.2亿人次', q('=', 120000000, '人次', 'count')],
  ['万元 is a unit, not a multiplier', '5万元', q('=', 5, '万元', 'money')],
  ['亿元 is a unit, not a multiplier', '3.5亿元', q('=', 3.5, '亿元', 'money')],
  ['万 alone stays as typed', '1000万', q('=', 1000, '万', null)],
  ['元', '12000元', q('=', 12000, '元', 'money')],
  ['元/人 keeps its denominator', '500元/人', q('=', 500, '元/人', 'money')],
  ['≤ with 元/人', '≤300元/人', q('<=', 300, '元/人', 'money')],
  ['个工作日', '10个工作日', q('=', 10, '个工作日', 'time')],
  ['小时', '24小时', q('=', 24, '小时', 'time')],
  ['平方米', '2000平方米', q('=', 2000, '平方米', 'area')],
  ['㎡ is 平方米', '1500㎡', q('=', 1500, '平方米', 'area')],
  ['亩', '30亩', q('=', 30, '亩', 'area')],
  ['公里', '2.5公里', q('=', 2.5, '公里', 'length')],
  ['吨', '≥50吨', q('>=', 50, '吨', 'weight')],
  ['分 is a score', '≥85分', q('>=', 85, '分', 'score')],
  ['个百分点', '3个百分点', q('=', 3, '个百分点', 'ratio')],
  ['‰', '≤3‰', q('<=', 3, '‰', 'ratio')],
  ['人次 after a verb', '培训人员300人次', q('=', 300, '人次', 'count')],
];

const RANGES: Row[] = [
  ['% on both ends', '90%-95%', range(90, 95, '%', 'ratio')],
  ['% on the upper end only', '90-95%', range(90, 95, '%', 'ratio')],
  ['full-width ～', '85%～90%', range(85, 90, '%', 'ratio')],
  // 吕梁's 培训对象 (ba-sx-lvliang-2021-caregiver-training-eval): an age range, an em dash between.
  ['an em dash between, an age', '18—54周岁', range(18, 54, '周岁', 'time')],
  ['岁', '18-60岁', range(18, 60, '岁', 'time')],
  ['a decimal range is no period', '1000.5-2000', range(1000.5, 2000, null, null)],
  ['至', '90%至95%', range(90, 95, '%', 'ratio')],
  ['count range', '1-2次', range(1, 2, '次', 'count')],
  ['~ with 个工作日', '3~5个工作日', range(3, 5, '个工作日', 'time')],
];

const RELATIVE: Row[] = [
  ['增长', '增长10%', rel('up', 10, '%')],
  ['同比增长', '同比增长5%', rel('up', 5, '%')],
  ['增幅', '增幅10%', rel('up', 10, '%')],
  ['较上年提高 个百分点', '较上年提高5个百分点', rel('up', 5, '个百分点')],
  ['增加 a count', '增加2家', rel('up', 2, '家')],
  ['下降', '下降10%', rel('down', 10, '%')],
  ['比上年下降', '比上年下降2%', rel('down', 2, '%')],
  ['降低 个百分点', '降低2个百分点', rel('down', 2, '个百分点')],
  ['减少', '减少50%', rel('down', 50, '%')],
  ['缩短 a duration', '缩短3个工作日', rel('down', 3, '个工作日')],
  // 降低至 / 提高到 give the level to reach, not the change: a plain quantity.
  ['降低至…以下 is a level', '降低至5%以下', q('<=', 5, '%', 'ratio')],
  ['提高到 is a level', '提高到90%', q('=', 90, '%', 'ratio')],
  ['提高 with no number', '提高', QUAL],
];

const FREQUENCY: Row[] = [
  ['每月 arabic count', '每月1次', freq('月', '=', 1)],
  ['每年 两次', '每年两次', freq('年', '=', 2)],
  ['每半年至少', '每半年至少1次', freq('半年', '>=', 1)],
  ['每周不少于', '每周不少于2次', freq('周', '>=', 2)],
  ['每学期 一次', '每学期一次', freq('学期', '=', 1)],
  ['一年一次', '一年一次', freq('年', '=', 1)],
  ['每季度 份', '每季度4份', freq('季度', '=', 4)],
  ['每月 一期', '每月一期', freq('月', '=', 1)],
  ['达到…以上 in a frequency', '每月达到1次以上', freq('月', '>=', 1)],
];

const DATES: Row[] = [
  ['full date 前', '2023年12月31日前', DATE],
  // A period whose end leaves its year out (吕梁's 培训任务完成及时 | 2021.1.1-12.31).
  ['a period, its end without the year', '2021.1.1-12.31', DATE],
  ['a period in words, its end without the year', '2021年1月1日-12月31日', DATE],
  ['a period over two years', '2021年3月-2022年11月', DATE],
  ['年底前完成', '年底前完成', DATE],
  ['year 底前', '2023年底前', DATE],
  // A deadline by the year alone (完成时限 | 2019年, ii-hb-ezhou-2019-finance-admin-eval): a date, never 2,019 years.
  ['a year alone', '2019年', DATE],
  ['a year alone with 度', '2020年度', DATE],
  ['a number of years is a duration, not a year', '3年', q('=', 3, '年', 'time')],
  ['nor is a number out of the years’ range', '1500年', q('=', 1500, '年', 'time')],
  ['month 底前', '2022年6月底前', DATE],
  ['month and day 前完成', '12月31日前完成', DATE],
  ['ISO date', '2023-12-31', DATE],
  ['dotted date 前', '2023.12.31前', DATE],
];

const QUALITATIVE: Row[] = [
  ['达标', '达标', QUAL],
  ['达成年度指标', '达成年度指标', QUAL],
  ['部分达成…', '部分达成年度指标并具有一定效果', QUAL],
  ['未达成…', '未达成年度指标且效果较差', QUAL],
  ['效果明显', '效果明显', QUAL],
  ['明显提升', '明显提升', QUAL],
  ['良好', '良好', QUAL],
  ['合格', '合格', QUAL],
  ['a comparator word with no number', '高于上年水平', QUAL],
];

const NOT_APPLICABLE_AND_EMPTY: Row[] = [
  ['不涉及', '不涉及', NA],
  // Issue 10: 无 on a named indicator is a missing target; a 无 indicator row is not-applicable by its name.
  ['无', '无', EMPTY],
  ['empty string', '', EMPTY],
  ['spaces only', '   ', EMPTY],
  ['ideographic space', '\u3000', EMPTY],
  ['-', '-', EMPTY],
  ['--', '--', EMPTY],
  ['—', '—', EMPTY],
  ['*', '*', EMPTY],
  ['_', '_', EMPTY],
  ['/', '/', EMPTY],
  ['null', 'null', EMPTY],
  ['NULL', 'NULL', EMPTY],
];

const COMPOUND: Row[] = [
  ['two counts, ，', '培训50人次，发放资料200份', compound(q('=', 50, '人次', 'count'), q('=', 200, '份', 'count'))],
  ['two counts, ；', '新增就业300人；带动贫困户50户', compound(q('=', 300, '人', 'count'), q('=', 50, '户', 'count'))],
  ['two counts, 、', '3个、5家', compound(q('=', 3, '个', 'count'), q('=', 5, '家', 'count'))],
  // 蔡甸's fourth reading (ll-hb-caidian-2021-forest-fire-eval-r4 E9): a share and a count run together, no mark between.
  ['E9 滅火設備配備率', '100%1000件', compound(q('=', 100, '%', 'ratio'), q('=', 1000, '件', 'count'))],
  ['a floor and a count run together', '≥95%≥20人', compound(q('>=', 95, '%', 'ratio'), q('>=', 20, '人', 'count'))],
  // ，folds to , : only a comma between a digit and three digits is a thousands separator.
  ['，before three digits', '建设4家，100家', compound(q('=', 4, '家', 'count'), q('=', 100, '家', 'count'))],
  ['，before three digits and a unit', '培训4期，500人次', compound(q('=', 4, '期', 'count'), q('=', 500, '人次', 'count'))],
  ['thousands separators inside parts', '1,000人次，2,000份', compound(q('=', 1000, '人次', 'count'), q('=', 2000, '份', 'count'))],
  ['full-width thousands then a part', '１２，０００元，3家', compound(q('=', 12000, '元', 'money'), q('=', 3, '家', 'count'))],
  ['two rates', '完成率100%，满意度95%', compound(q('=', 100, '%', 'ratio'), q('=', 95, '%', 'ratio'))],
  [
    'three parts',
    '培训3期，500人次，满意度≥90%',
    compound(q('=', 3, '期', 'count'), q('=', 500, '人次', 'count'), q('>=', 90, '%', 'ratio')),
  ],
  ['frequency and a yearly total', '每月1次，全年不少于12次', compound(freq('月', '=', 1), q('>=', 12, '次', 'count'))],
  // b-bozhou-2023-rain E12: two measures joined by 且.
  ['two measures joined by 且', '暂定量按15次作业且总航时不少于30小时测算', compound(q('=', 15, '次', 'count'), q('>=', 30, '小时', 'time'))],
  ['two rates joined by 同时', '完成率100%同时满意度≥90%', compound(q('=', 100, '%', 'ratio'), q('>=', 90, '%', 'ratio'))],
  // A floor and a ceiling joined by 且 are one range; a requirement without a number is no second target.
  ['a range written with 且 is one target', '≥90%且≤100%', q('>=', 90, '%', 'ratio')],
  ['且 before words', '合格率≥95%且无安全事故', q('>=', 95, '%', 'ratio')],
  // 海口's (ar-hi-haikou-2016-archives-compilation-targets C7): two publications' counts joined by 和; a range with 和 is one.
  ['two counts joined by 和', '编印《市领导政务活动画册》30本和《档案馆指南》1000', compound(q('=', 30, '本', 'count'), q('=', 1000, null, null))],
  ['a range written with 和 is one target', '在90%和100%之间', q('=', 90, '%', 'ratio')],
  ['和 between the things measured, one figure', '学生和家长满意度≥90%', q('>=', 90, '%', 'ratio')],
  // One number and a remark is one target, not several.
  ['one number and a remark', '培训50人次，效果良好', q('=', 50, '人次', 'count')],
];

const GROUPS: Array<[string, Row[]]> = [
  ['comparators', COMPARATORS],
  ['numbers and units', NUMBERS_AND_UNITS],
  ['ranges', RANGES],
  ['relative targets', RELATIVE],
  ['frequencies', FREQUENCY],
  ['dates', DATES],
  ['qualitative targets', QUALITATIVE],
  ['not applicable and empty', NOT_APPLICABLE_AND_EMPTY],
  ['compound targets', COMPOUND],
];

describe('parseTarget', () => {
  describe('the seed table’s 52 targets', () => {
    it.each(SEED)('%s: %j', (_label, text, expected) => check(text, expected));

    it('covers exactly the fixture’s 目标值 column, in order', async () => {
      const [result] = validateGrid(await fixtureGrid());
      const targets = result.table.indicators!.indicators.map((ind) => ind.target.text);
      expect(SEED.map(([, text]) => text)).toEqual(targets);
      expect(targets).toHaveLength(52);
    });
  });

  describe.each(GROUPS)('%s', (_group, rows) => {
    it.each(rows)('%s: %j', (_label, text, expected) => check(text, expected));
  });

  it('reads each distinct text once: the recognizer and the rules share one reading', async () => {
    expect(parseTarget('≥95%')).toBe(parseTarget('≥95%'));
    const [result] = validateGrid(await fixtureGrid());
    const first = result.table.indicators!.indicators[0].target;
    expect(parseTarget(first.text)).toBe(first.value);
  });

  it('has at least 70 cases, no target listed twice outside the seed', () => {
    const extra = GROUPS.flatMap(([, rows]) => rows.map(([, text]) => text));
    expect(SEED.length + extra.length).toBeGreaterThanOrEqual(70);
    expect(new Set(extra).size).toBe(extra.length);
  });
});

describe('isComparator: a 指标性质 cell that is a comparator and nothing else', () => {
  it.each([
    ['≥', true],
    ['>=', true],
    ['不低于', true],
    ['大于等于', true],
    ['小于', true],
    ['=', true],
    ['达到', false],
    ['定性', false],
    ['≥95%', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isComparator(text)).toBe(expected);
  });
});
