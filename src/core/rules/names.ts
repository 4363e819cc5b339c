import { fold, FOLDABLE, isFoldable, isWhite, squeeze } from '../grid/text';
import { Indicator } from '../model/table';
import { unitInName, UnitMatch } from '../model/units';
import { parseTarget } from '../model/target-value';
import { memoByText } from '../memo';

/** What bare() would take off or fold: a template's 指标1：, a bracket at the end, space, a foldable character. */
const MAY_CHANGE = new RegExp(`^指标\\d|[)）]$|\\s|${FOLDABLE.source}`);

/**
 * Whether a name may end, once bare, in one of the characters given: it ends in one, in a space or
 * bracket that may hide one, or in a character folding may turn into either (）, ⑴, 率 written as a
 * compatibility ideograph). Most names do not, and need no folding.
 */
export function mayEndIn(name: string, lastChars: string): boolean {
  if (name.length === 0) return false;
  // By code unit: name[name.length - 1] would make a new string of every Chinese last character.
  const last = name.charCodeAt(name.length - 1);
  for (let i = 0; i < lastChars.length; i++) if (lastChars.charCodeAt(i) === last) return true;
  return last === 41 /* ) */ || isWhite(last) || isFoldable(last);
}

/**
 * Name of an indicator without spaces or a trailing unit in parentheses. Several rules ask about
 * the same names, so results are kept (the cache is dropped when it grows past any one table).
 */
function bare(name: string): string {
  // Most names are bare already: no table of them needed.
  return MAY_CHANGE.test(name) ? bared(name) : name;
}

const bared = memoByText(200_000, (name) => {
  // A template numbers its rows (指标1：…); the number is no part of the name.
  const b = squeeze(fold(name)).replace(/^指标\d+[:：]/, '');
  return b.endsWith(')') ? b.replace(/\([^()]*\)$/, '') : b;
});

/**
 * A rate: the name ends in 率 (not 频率) or in 满意度 (RULES.md). Only at the end: a
 * 满意度测评得分 is a score in 分, not a percentage.
 */
export function isRateName(name: string): boolean {
  if (!mayEndIn(name, '率度')) return false;
  const n = bare(name);
  return (n.endsWith('率') && !n.endsWith('频率')) || n.endsWith('满意度');
}

/**
 * A count (展会支持对象数, 宣传资料发放数量, 培训人次) rather than money: a bare 万 on it
 * (“2万”) lacks a count unit, it is no slip for 万元.
 */
export function isCountName(name: string): boolean {
  const n = bare(name);
  return (/(数|数量|人次|场次)$/.test(n) || PEOPLE_OR_THINGS.test(n)) && !/资金|金额|经费|费|款|元|投资|预算|成本|补贴|补助|奖励|收入|产值/.test(n);
}

/**
 * A head count named by who it counts and 数 (应受助学生数, 中职免学费应受助学生数, 参保人数, 受益户数): its
 * target is how many, never a share. Not an index or a coefficient (满意指数, 系数, 分数, 倍数).
 */
export function isHeadCountName(name: string): boolean {
  return mayEndIn(name, '数') && HEAD_COUNT.test(bare(name));
}
const HEAD_COUNT = /(人|学生|儿童|人员|对象|群众|户|家庭|企业)数$/;

/**
 * An area named as such (森林火灾受害面积, 新建保鲜库面积, 实施营造林总面积(亩)): its target is in 公顷, 亩 or
 * 平方米, never a share; a name going on past it (…面积占总面积比例, …面积覆盖率) names the share.
 */
export function isAreaName(name: string): boolean {
  return mayEndIn(name, '积') && bare(name).endsWith('面积');
}

/**
 * A sum named as such (消费品零售额, 销售额, 营业额, 投资额, 交易额): its target is an amount, never a share (大足's
 * 消费品零售额 | 9.5 | %, both readings: ap-cq-dazu-2021-commerce-dept-eval, the goal's 同比增速 mislabelled).
 * Not a quota or a balance named so (额度, 余额) nor a name going on past it (…额占比, …额增长率).
 */
export function isSumName(name: string): boolean {
  return mayEndIn(name, '额') && SUM_NAME.test(bare(name));
}
const SUM_NAME = /(零售|销售|营业|投资|交易|成交|贸易|进出口|出口|进口)(总)?额$/;

/** People, jobs, households, firms counted by name: 服务覆盖人口, 新增就业岗位, 受益农户 (issue 10). */
const PEOPLE_OR_THINGS = /(人口|岗位|就业|农户|户|人员|人|学生|群众|企业|家庭|对象)$/;

/** The unit a count's name implies: 人口 → 人, 岗位 → 个, 户 → 户, 企业 → 家. */
export function countUnitOfName(name: string): string | null {
  const n = bare(name);
  if (/(人口|人员|人|学生|群众|对象|人数)$/.test(n)) return '人';
  if (/(岗位|就业)$/.test(n)) return '个';
  if (/户(数)?$/.test(n)) return '户';
  if (/(企业|家庭)(数)?$/.test(n)) return '家';
  return null;
}

/** A count named as one, by its unit and 数 (出差人数, 受益户数, 企业数): the name says what the number is in. */
export function isCountOfUnitName(name: string): boolean {
  return countUnitOfName(name) !== null && /数$/.test(bare(name));
}

/** Cost indicators: their target is an amount (成本, 费用, 经费, 投资). */
export function isCostName(name: string): boolean {
  // The words are tested on the name as typed first: most names have none, and need no folding.
  if (!COST_WORD.test(name)) return false;
  return /(成本|费用|经费|资金|投资|支出)$/.test(bare(name)) && !/率$/.test(bare(name));
}

const COST_WORD = /成本|费用|经费|资金|投资|支出/;

/**
 * A name that says what money it measures (成本控制率, 预算执行率, 超支率, 人均费用, 节约率): a rate so
 * named may stand under 成本指标 as a cost kept in bounds (资金执行率 as 预算执行率). 资金 and 补助 alone do not: 资金使用效率 and
 * 生均补助标准达标率 measure use and compliance, not a cost (corpus l-gansu-jiayuguan-2023-museum D23,
 * j-yn-yongde-2022-nutrition E17).
 */
export function mentionsCost(name: string): boolean {
  // 资金执行率 is 预算执行率 by another name (大英's 孤儿助学 self-evaluation, ai-sc-daying-2022-orphan-study-aid-eval).
  return /成本|费|预算|支出|开支|超支|节约|节省|结余|投资|造价|价|金额|元|控制|降低|损耗|资金执行/.test(bare(name));
}

/** A name that names money (发放额, 补助经费, 综合收入, 投资): an amount is what it counts, under 数量 too. */
export function namesMoney(name: string): boolean {
  return MONEY_NAME.test(name);
}
const MONEY_NAME = /额|金|经费|费用|补助|补贴|投资|收入|元|成本|预算|支出|款|奖励|奖补|资金/;

/** An amount per person, household, pupil or mu (人均增收, 户均补助, 生均公用经费, 亩均收益): written in 元. */
export function isPerHeadName(name: string): boolean {
  return /[人户生亩]均|每(人|户|生|亩|名)/.test(bare(name));
}

/** Growth indicators may exceed 100%: 增长率, 提高率, 增幅. */
export function isGrowthName(name: string): boolean {
  return /提高|增长|增幅|增速|提升|增加|上升|增值/.test(bare(name));
}

/** Indices, coefficients and grades are numbers without a unit. */
export function isUnitlessName(name: string): boolean {
  // 每千人托位 4.5: a ratio per head of population.
  return /指数|系数|倍数|等级|星级|评级|排名|位次/.test(bare(name)) || /^每[十百千万]+(人|户|名)/.test(bare(name));
}

export function impliedUnit(indicator: Indicator): UnitMatch | null {
  return unitInName(indicator.name.text);
}

/** Names that are placeholders for "no indicator here" (the seed's 生态效益 | 不适用 row). */
export function isNotApplicableName(name: string): boolean {
  // 不适用, 不涉及, 无 or a slash, full-width or not: a name with none of these characters is a name.
  if (!/[不无/／]/.test(name)) return false;
  // Or says so in a sentence: 本项目不适用此指标 (金安's, w-ah-jinan-2025-tennis-open), 该项目无此指标.
  return /^(不适用|不涉及|无|\/)$/.test(bare(name)) || /^(本|该|此)?(项目)?(不适用|不涉及|无)(此|该|本)?(项|指标|项指标|类指标)?$/.test(bare(name));
}

/** Rates where less is better (控制率, 结余率, 投诉率): a bare target is a ceiling. */
export function isLowerBetterName(name: string): boolean {
  if (!mayEndIn(name, '率')) return false;
  const n = bare(name);
  return /(控制率|调整率|结余率|结转率|变动率|偏差率)$/.test(n) || BAD_EVENT_RATE.test(n);
}

/**
 * Rates of things that should not happen (差错率, 事故发生率, 逾期发放率; 森林火灾受害率 and 林业有害生物成灾率,
 * 梁平's af-cq-liangping-2023-forestry-dept-eval, their bare 0.9% a ceiling met by 0%): never a floor to reach. The
 * money rates above (控制率, 结余率) are left out: 病虫害控制率 ≥ 90% is one to reach.
 */
const BAD_EVENT_RATE = /(超支率|差错率|投诉率|事故率|发生率|失误率|退回率|返工率|流失率|空置率|闲置率|逾期(发放|支付|拨付|兑付|办结)?率|违规率|缺陷率|故障率|误差率|受害率|成灾率|发病率|病死率|死亡率|感染率|不合格率|漏检率|漏报率|破损率|损耗率)$/;

/** A rate of something that should not happen (逾期发放率, 安全事故发生率): its target is a ceiling. */
export function isBadEventRateName(name: string): boolean {
  return mayEndIn(name, '率') && BAD_EVENT_RATE.test(bare(name));
}

/** Indicators about when (项目完成时间, 资金拨付时限): their target is a date or a period. */
export function isTimeName(name: string): boolean {
  if (!mayEndIn(name, '间限期点')) return false;
  return /(时间|时限|日期|期限|时点)$/.test(bare(name)) && !/(率|及时性)$/.test(bare(name));
}

/**
 * A duration by its name: how long an effect lasts or a work serves (项目维持时效, 设计使用年限), a
 * period to state, where a 时效 alone (资金拨付时效) is about being on time. By its last character first.
 */
export function isDurationName(name: string): boolean {
  return mayEndIn(name, '效限') && /((维持|持续|保持)时效|(使用|维持|服务|设计)年限)$/.test(bare(name));
}

/**
 * How many counts (a number with a count unit: 50人, 6户, 8家) a name lists (慰问伤残军人50人;革命烈士遗属50人;…):
 * 0 unless it is a list of them. A list mark and a digit first: most names have neither.
 */
export function countsListedIn(name: string): number {
  // A list is marked by ; or 、 (保山's); commas join a sentence's clauses (原州's 共计3875人…,目前已发放…3620人,
  // jj-nx-yuanzhou-2022-border-tea-eval), which is no list of indicators.
  if (!/[;；、]/.test(name) || !/\d/.test(name)) return 0;
  let counts = 0;
  for (const part of name.split(/[;；、]/)) {
    if (part.length > MAX_LISTED_COUNT || !/\d/.test(part)) continue;
    const v = parseTarget(part);
    if (v.kind === 'quantity' && v.family === 'count') counts++;
  }
  return counts;
}
/**
 * How many rates a name lists (各种强制免疫率、屠宰率及检疫率, 永兴's, pp-hn-yongxing-2017-animal-epidemic-targets):
 * 0 unless two at least, joined by 、, 及, 和 or 与, each ending in 率.
 */
export function ratesListedIn(name: string): number {
  if (!mayEndIn(name, '率') || !/[、及和与]/.test(name)) return 0;
  const parts = bare(name).split(/[、及和与]/).filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => p.endsWith('率') && p.length >= 2) ? parts.length : 0;
}

/**
 * How many targets a name writes into its clauses, each a level to reach (月度绩效考核全覆盖,优秀比例不超过20%:
 * 淮南's, three readings of four of an-ah-huainan-2023-window-staff-award-eval); 0 unless two at least.
 */
export function targetsWrittenIn(name: string): number {
  if (!/[,，;；]/.test(name)) return 0;
  let targets = 0;
  for (const clause of fold(name).split(/[,;]/)) if (WRITTEN_TARGET.test(clause.replace(/\s/g, ''))) targets++;
  return targets >= 2 ? targets : 0;
}
/** A clause ending in its level: a comparator and a figure (不超过20%, ≥90%, 达到95%), or whole coverage. */
const WRITTEN_TARGET = /(?:(?:不超过|不低于|不少于|不高于|达到|达|≥|≤|>|<|以上|以内)\s*\d+(?:\.\d+)?\s*%?|\d+(?:\.\d+)?\s*%\s*(?:以上|以下|以内)|全覆盖)$/;

/** How many things a name lists with 、 before its one measure (年度、半年趋势报告次数: 2); 0 unless two at least. */
export function itemsListedIn(name: string): number {
  const parts = bare(name).split('、');
  return parts.length >= 2 && parts.every((p) => p.length >= 1) ? parts.length : 0;
}

/** A listed count is short: 慰问伤残军人50人, 在乡老复员军人等重点优抚对象50人. */
const MAX_LISTED_COUNT = 30;
