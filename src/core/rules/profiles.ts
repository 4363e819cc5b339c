import type { WeightSplit } from '../compute/scoring';
import type { CategoryRun, IndicatorBlock, PerformanceTable } from '../model/table';
import { fold, labelKey, squeeze } from '../grid/text';
import { bareLabel } from '../lexicon/normalize';

export type ProfileId = 'legacy' | 'cb2021';
export const PROFILE_IDS: readonly ProfileId[] = ['legacy', 'cb2021'];

/** A taxonomy of indicators and the settings that rest on common practice rather than a text (RULES.md [C]). */
export interface Profile {
  id: ProfileId;
  /** 一级 → its 二级, in canonical spelling. */
  taxonomy: Readonly<Record<string, readonly string[]>>;
  /** Other spellings of a category → canonical spelling. */
  aliases: Readonly<Record<string, string>>;
  /** 一级 a table must have indicators under. */
  requiredLevel1: readonly string[];
  /** Words that make a qualitative target unassessable. */
  vagueWords: readonly string[];
  /** Self-evaluation weight split unless a run asks for another. */
  weights: WeightSplit;
  /** Terms that contain a vague word but name a thing (基本支出, 长期护理, 有效投诉): not vague. */
  vagueExceptions: readonly string[];
  /**
   * 一级 of 财预〔2020〕10号's evaluation framework whose rows are criteria scored on evidence, with no
   * target (项目决策: 完整性, 相关性; 项目管理: 预算执行率, 制度执行有效性): project self-evaluations
   * laid out by the framework print them above the 产出 and 效益 indicators.
   */
  criteria: readonly string[];
  /** 二级 the framework places under another 一级 than the profile does: 满意度 is part of its 效益. */
  criteriaParents: Readonly<Record<string, string>>;
}

const COMMON_ALIASES = {
  // Dongguan's 批复表 (i-guangdong-dongguan-2019-road): its own names for the categories.
  预期产出: '产出',
  效果: '效益',
  // 海南's graded 项目绩效目标表 (zz-hi-planning-hall-2018-graded-targets): 产出指标 and 成效指标.
  成效: '效益',
  预算控制: '成本',
  '社会、经济、生态效益': '社会效益',
  环境效益: '生态效益',
  社会公众或服务对象满意度: '服务对象满意度',
  服务对象满意: '服务对象满意度',
  // 塘湖镇's self-evaluation (y-hb-tongcheng-tanghu-2020-dept-eval): the public served, plainly named.
  群众满意度: '服务对象满意度',
  可持续发展影响: '可持续影响',
  // 临海's 项目库 form (ag-zj-linhai-nd-greening-maintenance-targets).
  可持续性发展影响: '可持续影响',
  服务对象或受益者满意度: '服务对象满意度',
  可持续影响效益: '可持续影响',
  // 襄阳's self-evaluation (n-hb-xiangyang-2021-hospital-eval).
  可持续性: '可持续影响',
  // 昭化's 项目支出绩效目标申报表 (o-sc-zhaohua-2021-leprosy): 项目完成指标 and 项目效益指标.
  项目完成: '产出',
  // 黄冈's self-evaluation (p-hb-huanggang-2020-soil-monitoring-eval): progress is timeliness.
  进度: '时效',
  时效性: '时效',
  // 宁晋's 评价指标表 (n-heb-ningjin-2019-stipend): 产出 and 数量 written as one word.
  产出数量: '数量',
  // 百色's 公开表 (z-gx-baise-2023-tianli-school-subsidy).
  产出质量: '质量',
  // 蔡甸's self-evaluation (ll-hb-caidian-2021-forest-fire-eval): the framework's 二级 under 产出, all four so named.
  产出时效: '时效',
  产出成本: '成本',
  // 福建's 2017 财政支出项目绩效目标表 (kk-fj-taiwan-2017-subsidy-targets): 投入 | 成本目标 before 产出 | 数量目标,
  // the cost an output's, as the legacy taxonomy files it.
  投入: '产出',
  // 彭水's 中央转移支付 self-evaluation (ll-cq-pengshui-2024-family-planning-transfer-eval): the framework's 决策
  // (资金投入 › 预算编制科学性) under the name of the budget's management.
  项目预算管理: '决策',
  // The evaluation framework's 一级 as a project self-evaluation names them (_m-nx-yinchuan-2021-school6).
  项目决策: '决策',
  项目管理: '过程',
  // 发改委's 中央预算内投资计划绩效目标表 (舒城's, ah-ah-shucheng-2023-work-relief-targets): 过程管理指标 over
  // 计划管理 / 资金管理 / 项目管理 / 监督检查 beside 实施效果指标, the plan's management, as the framework's 过程.
  过程管理: '过程',
  项目过程: '过程',
  项目产出: '产出',
  项目效益: '效益',
};

const CRITERIA = ['决策', '过程'];
const CRITERIA_PARENTS = { 服务对象满意度: '效益' };

// 按质按量 and 保质保量 name no standard to meet (大英's 创建质量 | 按质按量完成, ee-sc-daying-2020-consumer-city-targets).
const VAGUE_WORDS = ['持续', '有效', '效果明显', '明显提升', '明显', '显著', '较好', '逐步', '进一步', '有所', '基本', '长期', '大幅', '稳步', '不断', '为主', '按质按量', '保质保量'];

const VAGUE_EXCEPTIONS = [
  '基本支出', '基本公共服务', '基本公共卫生', '基本医疗', '基本养老', '基本药物', '基本农田', '基本建设', '基本生活', '基本运转',
  '长期护理', '有效期', '有效投诉', '可持续',
];

const PROFILES: Record<ProfileId, Profile> = {
  legacy: {
    id: 'legacy',
    taxonomy: {
      产出: ['数量', '质量', '时效', '成本'],
      效益: ['经济效益', '社会效益', '生态效益', '可持续影响'],
      满意度: ['服务对象满意度'],
    },
    aliases: COMMON_ALIASES,
    requiredLevel1: ['产出', '效益'],
    vagueWords: VAGUE_WORDS,
    weights: '10/50/30/10',
    vagueExceptions: VAGUE_EXCEPTIONS,
    criteria: CRITERIA,
    criteriaParents: CRITERIA_PARENTS,
  },
  cb2021: {
    id: 'cb2021',
    taxonomy: {
      成本: ['经济成本', '社会成本', '生态环境成本'],
      产出: ['数量', '质量', '时效'],
      效益: ['经济效益', '社会效益', '生态效益', '可持续影响'],
      满意度: ['服务对象满意度'],
    },
    aliases: { ...COMMON_ALIASES, 环境成本: '生态环境成本', 生态成本: '生态环境成本' },
    requiredLevel1: ['产出', '效益'],
    vagueWords: VAGUE_WORDS,
    weights: '10/50/30/10',
    vagueExceptions: VAGUE_EXCEPTIONS,
    criteria: CRITERIA,
    criteriaParents: CRITERIA_PARENTS,
  },
};

export function getProfile(id: ProfileId = 'legacy'): Profile {
  return PROFILES[id];
}

/** What a host asks for: a profile, or 'auto' for each table's own (`profileOf`). */
export type ProfileChoice = ProfileId | 'auto';

/** The profile to validate with: undefined lets each table say its own. */
export function profileFor(choice: ProfileChoice): ProfileId | undefined {
  return choice === 'auto' ? undefined : choice;
}

export function isProfileId(id: string): id is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(id);
}

/** Canonical category name: folded, spaces and a trailing 指标 removed, aliases applied. */
export function canonicalCategory(profile: Profile, text: string): string {
  // Rules ask of the indicators in row order, whose runs repeat one category: the last answer first.
  if (text === lastText && profile === lastProfile) return lastCanonical;
  // Every indicator row repeats its run's category; a table has only a few distinct ones.
  const memo = CANONICAL.get(profile.id)!;
  let canonical = memo.get(text);
  if (canonical === undefined) {
    // `产出指标(50分)`, `一、产出指标`, `数量指标 (必填)`, old Fujian `产出目标`, 临邑's `产出值`: the
    // same category; so are a note inside it (预算(或投资规模)控制指标, Dongguan's) and a form's
    // trailing 等 (服务对象满意度指标等, Yunnan's).
    const key = bareLabel(labelKey(text))
      .key.replace(/\([^()]*\)/g, '')
      .replace(/等$/, '')
      .replace(/(指标|目标|值)$/, '');
    canonical = profile.aliases[key] ?? key;
    if (memo.size > 10_000) memo.clear();
    memo.set(text, canonical);
  }
  lastText = text;
  lastProfile = profile;
  lastCanonical = canonical;
  return canonical;
}

let lastText: string | undefined;
let lastProfile: Profile | undefined;
let lastCanonical = '';

const CANONICAL = new Map<ProfileId, Map<string, string>>(PROFILE_IDS.map((id) => [id, new Map()]));

const PARENTS = new Map<ProfileId, Map<string, string>>(
  PROFILE_IDS.map((id) => [id, new Map(Object.entries(PROFILES[id].taxonomy).flatMap(([l1, l2s]) => l2s.map((l2) => [l2, l1] as const)))]),
);

/** Every category a profile names, and every other spelling of one, without 指标. */
const CATEGORY_WORDS = new Map<ProfileId, ReadonlySet<string>>(
  PROFILE_IDS.map((id) => {
    const p = PROFILES[id];
    return [id, new Set([...Object.keys(p.taxonomy), ...Object.values(p.taxonomy).flat(), ...Object.keys(p.aliases)])];
  }),
);

/**
 * A name that is only a category, written as the form heads one (数量指标, 社会效益指标: 临海's 项目库 form
 * puts the 二级 in its 指标名称 column, ag-zj-linhai-nd-greening-maintenance-targets): no indicator named.
 * 满意度 or 成本 alone is a name (群众满意度 | 95%); only the heading's 指标 makes it the category.
 */
export function isCategoryName(profile: Profile, name: string): boolean {
  // By its last character first, and a set, not canonicalCategory's memo: asked of every indicator, and
  // a large table's names (第1项指标 …) would turn that memo over.
  if (name.charCodeAt(name.length - 1) !== 0x6807 /* 标 */ && !/标\s+$/.test(name)) return false;
  const key = squeeze(fold(name));
  return key.endsWith('指标') && CATEGORY_WORDS.get(profile.id)!.has(key.slice(0, -2));
}

/** A 二级 of money spent: 成本 (the older forms') or 经济成本 (财预〔2021〕101号's), not 社会成本 or 生态环境成本. */
export function isEconomicCost(profile: Profile, level2: string): boolean {
  const category = canonicalCategory(profile, level2);
  return category === '成本' || category === '经济成本';
}

/** The 一级 a canonical 二级 belongs to in the profile, or undefined. */
export function parentOf(profile: Profile, level2: string): string | undefined {
  return PARENTS.get(profile.id)!.get(level2);
}

/**
 * 一级 names a form sets over the taxonomy's own 一级, written in its 二级 column: the investment plan's
 * 实施效果指标 over 产出指标 / 效益指标 (发改委's 中央预算内投资计划绩效目标表, f-tj-baodi-2022).
 */
const WRAPPING_LEVEL1 = new Set(['实施效果']);

/** The run's 二级 column holds the 一级 under a form's wrapping 一级 (WRAPPING_LEVEL1): 实施效果指标 | 产出指标. */
export function wrapsLevel1(profile: Profile, run: { level1: { text: string }; level2: { text: string } }): boolean {
  return WRAPPING_LEVEL1.has(canonicalCategory(profile, run.level1.text)) && profile.taxonomy[canonicalCategory(profile, run.level2.text)] !== undefined;
}

/**
 * A run's 一级, canonical. A cell merged across the 一级 and 二级 columns naming a 二级
 * (`社会公众或服务对象满意度指标`) stands for that 二级's 一级; so does the same text written in
 * both columns, or in the 一级 column with the 二级 one blank (that merge undone, filled or not,
 * as exports, 取消合并 and a CSV's round trip leave it). Under a wrapping 一级, the 二级 column's.
 */
export function level1Of(profile: Profile, run: { level1: { text: string; cell: string }; level2: { text: string; cell: string } }): string {
  const level1 = canonicalCategory(profile, run.level1.text);
  if (WRAPPING_LEVEL1.has(level1)) {
    const inner = canonicalCategory(profile, run.level2.text);
    if (profile.taxonomy[inner] !== undefined) return inner;
  }
  if (!spansBoth(run) || profile.taxonomy[level1]) return level1;
  return parentOf(profile, level1) ?? level1;
}

/** The 一级 cell's text covers the 二级 column too: one cell merged over both, the same text in both, or a blank 二级. */
function spansBoth(run: { level1: { text: string; cell: string }; level2: { text: string; cell: string } }): boolean {
  return run.level1.cell === run.level2.cell || run.level1.text === run.level2.text || run.level2.text === '';
}

/**
 * The budget line weighed as the list's last line, by its 一级's name: 预算执行率, 预算执行情况, spaced
 * out or not (成安's Hebei county form, xx-he-chengan-2020-centenarian-allowance-eval): the framework's
 * own line, no category of the taxonomy, and no 二级 under it to check or to miss.
 */
export function isBudgetLine(level1: string): boolean {
  return BUDGET_LINE.test(level1);
}
const BUDGET_LINE = /^\s*预\s*算\s*执\s*行\s*(率|情\s*况)?\s*$/;

/** A 二级 name written for both levels (see level1Of): the run has its 二级, the one its 一级 cell names. */
export function namesLevel2For(profile: Profile, run: { level1: { text: string; cell: string }; level2: { text: string; cell: string } }): boolean {
  // level1Of gives another 一级 than the cell's own text only where that text is a 二级 standing for both.
  return level1Of(profile, run) !== canonicalCategory(profile, run.level1.text);
}

/**
 * Where the runs of criteria start, by their 一级 cell's run: the framework's (Profile.criteria)
 * and every run of a score sheet (IndicatorBlock.criteria). Empty, and nothing to look up per
 * indicator, in the tables that have none.
 */
export function criteriaRuns(table: PerformanceTable, profile: Profile): ReadonlySet<string> {
  let found = table.indicators && criteriaIn(table.indicators, profile, undefined);
  for (const block of table.otherIndicators ?? []) found = criteriaIn(block, profile, found);
  return found ?? NO_RUNS;
}

/** A run of criteria: a score sheet's, or under the framework's 决策 / 过程. */
export function isCriteriaRun(block: IndicatorBlock, profile: Profile, run: CategoryRun, level1 = level1Of(profile, run)): boolean {
  if (block.criteria === true) return true;
  if (!profile.criteria.includes(level1)) return false;
  // 产出's or 效益's 二级 under 决策 (大英's 项目决策 | 数量指标, ee-sc-daying-2020-consumer-city-targets) are
  // indicators filed under the wrong 一级, not criteria: their targets are asked of them.
  const parent = parentOf(profile, canonicalCategory(profile, run.level2.text));
  return parent === undefined || parent === '满意度';
}

function criteriaIn(block: IndicatorBlock, profile: Profile, found: Set<string> | undefined): Set<string> | undefined {
  const runs = block.runs;
  for (let i = 0; i < runs.length; i++) if (isCriteriaRun(block, profile, runs[i])) (found ??= new Set()).add(runs[i].level1.runStart);
  return found;
}

const NO_RUNS: ReadonlySet<string> = new Set();

/**
 * The taxonomy a table was written in, when no profile was asked for: 成本 as a 一级 is 财预〔2021〕101号's
 * (cb2021); anything else the legacy one.
 */
export function profileOf(table: PerformanceTable): ProfileId {
  const legacy = PROFILES.legacy;
  return (table.indicators?.runs ?? []).some((r) => level1Of(legacy, r) === '成本') ? 'cb2021' : 'legacy';
}
