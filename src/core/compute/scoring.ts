/**
 * Self-evaluation arithmetic (RULES.md, Self-evaluation scoring): execution rate and its score,
 * each indicator's score from target, actual value and weight, 不适用 rescaling, the total and the
 * grade. Rules compare what people typed against these.
 */
import { fold, squeeze } from '../grid/text';
import { memoByText } from '../memo';
import { AmountField, EvalFundLine, EvalFunds, Indicator, PerformanceTable } from '../model/table';
import { parseTarget, QuantityTarget, TargetValue } from '../model/target-value';
import { canonicalCategory, Profile } from '../rules/profiles';
import { isCostName, isLowerBetterName } from '../rules/names';

export interface ScoringSettings {
  /** The whole score (100). */
  total: number;
  /** 预算执行率's weight. */
  budgetWeight: number;
  /** Weights each 一级's indicators add up to; null leaves the split unchecked. */
  levelWeights: Readonly<Record<string, number>> | null;
  /** 一级 counted under another for the split (满意度 inside 效益 in a 20/40/40 split). */
  levelGroups?: Readonly<Record<string, string>>;
  /** Share of the weight a qualitative result earns: [from, to]. */
  bands: Readonly<Record<'achieved' | 'partial' | 'missed', readonly [number, number]>>;
  /** Highest first: a total at or above `min` earns `grade`. */
  grades: readonly { grade: string; min: number }[];
  /** Below this execution rate a reason is expected. */
  reasonRateBelow: number;
}

const BANDS = { achieved: [0.8, 1], partial: [0.6, 0.8], missed: [0, 0.6] } as const;
const GRADES = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

/** Weight splits in use: 预算执行率 10 + 产出 50 + 效益 30 + 满意度 10 [U], and 20/40/40 [U]. */
export const WEIGHT_SPLITS = {
  // 成本 is a 二级 of 产出 in the legacy taxonomy and a 一级 of its own in cb2021: its weight counts under 产出 either way.
  '10/50/30/10': { total: 100, budgetWeight: 10, levelWeights: { 产出: 50, 效益: 30, 满意度: 10 }, levelGroups: { 成本: '产出' }, bands: BANDS, grades: GRADES, reasonRateBelow: 0.9 },
  '20/40/40': {
    total: 100,
    budgetWeight: 20,
    levelWeights: { 产出: 40, 效益: 40 },
    levelGroups: { 满意度: '效益', 成本: '产出' },
    bands: BANDS,
    grades: GRADES,
    reasonRateBelow: 0.9,
  },
} as const satisfies Record<string, ScoringSettings>;

/**
 * The same splits with the per-一级 shares left unchecked: what applies when nobody named a split,
 * since real tables share their 90 points many ways (Sichuan 产出 60 / 效益 30). Shares a table
 * writes itself (`产出指标（50分）`) are still checked.
 */
export const UNCHECKED_SPLITS: Readonly<Record<WeightSplit, ScoringSettings>> = {
  '10/50/30/10': { ...WEIGHT_SPLITS['10/50/30/10'], levelWeights: null },
  '20/40/40': { ...WEIGHT_SPLITS['20/40/40'], levelWeights: null },
};

export type WeightSplit = keyof typeof WEIGHT_SPLITS;
export const WEIGHT_SPLIT_IDS = Object.keys(WEIGHT_SPLITS) as WeightSplit[];

export type Band = keyof typeof BANDS;

export interface IndicatorScore {
  indicator: Indicator;
  /** As typed in 分值. */
  weight: number | null;
  /** After 不适用 indicators dropped out and the rest were rescaled. */
  effectiveWeight: number | null;
  notApplicable: boolean;
  /** Share of the target reached (quantitative), or the band the result falls in (qualitative). */
  ratio: number | null;
  band: Band | null;
  /** The score the rules expect; for a qualitative result, the typed score kept within its band. */
  computed: number | null;
  /** Lowest and highest score allowed (a band's bounds, or the computed score twice). */
  allowed: [number, number] | null;
  typed: number | null;
  /** The actual is a fraction (0.96) under a percentage target, alone in its column: not scored, asked about. */
  fractionAsked?: boolean;
  /** The target scored against where the row gives none: 100% for the framework's 预算执行率 criterion. */
  impliedTarget?: TargetValue;
  /** The result a criterion is scored on where its row gives none (到位率: the table's money arrived ÷ planned). */
  impliedActual?: TargetValue;
  /** The weight the row's score implies where no row has one (inferWeights): set only where the score is wrong. */
  inferredWeight?: number;
  /** The score that weight gives, where the row's own score gives no weight: set only where the typed one differs. */
  inferredScore?: number;
}

/** A unitless actual at most 1.5 under a percentage target above 1.5 (0.96 for ≥95%): the fraction, else null. */
function fractionOf(indicator: Indicator): number | null {
  const t = indicator.target.value;
  const a = indicator.evaluation?.actual.value;
  if (!a || t.kind !== 'quantity' || t.unit !== '%' || t.value <= 1.5) return null;
  return a.kind === 'quantity' && a.unit === null && a.value >= 0 && a.value <= 1.5 ? a.value : null;
}

export interface BudgetScore {
  line: EvalFundLine;
  /** The amounts the rate is computed from; `fromParts` when the total line left them 0 and its 其中 lines hold them. */
  budgetAmount: number | null;
  executedAmount: number | null;
  fromParts: boolean;
  rate: number | null;
  typedRate: number | null;
  weight: number;
  computed: number | null;
  typed: number | null;
}

export interface TableScore {
  budget: BudgetScore | null;
  /** 其中 lines scored on their own (a 分值 of their own: Guizhou's 基本支出 / 项目支出). */
  budgetParts: BudgetScore[];
  indicators: IndicatorScore[];
  total: number | null;
  typedTotal: number | null;
  grade: string | null;
}

/** A typed number, or null when blank or not a number. */
export function numberIn(field: AmountField | undefined): number | null {
  const r = field?.reading;
  return r?.kind === 'number' ? r.value : null;
}

/** Whether a typed number holds a percentage as a fraction: formatted as %, or no more than 1.5 (150%). */
export function isFractionReading(r: { value: number; format?: string }): boolean {
  return r.format?.includes('%') === true || r.value <= 1.5;
}

/** A typed percentage as a fraction: 0.95 formatted as %, `95%`, `95.00%`, or 95 meaning 95%. */
export function percentIn(field: AmountField | undefined): number | null {
  const r = field?.reading;
  if (!r) return null;
  // A cell formatted as a percentage holds the fraction; a plain number above 1.5 is typed in percent.
  if (r.kind === 'number') return isFractionReading(r) ? r.value : r.value / 100;
  if (r.kind !== 'invalid') return null;
  const m = /^([-+]?\d+(?:\.\d+)?)\s*%$/.exec(squeeze(fold(r.text)));
  return m ? Number(m[1]) / 100 : null;
}

const round2 = (n: number): number => Math.round(n * 100 + Number.EPSILON * 100) / 100;

/** Rates as the report gives them: four decimals of the fraction (95.04%). */
export const round4 = (n: number): number => Math.round(n * 10000) / 10000;

/** The number a target or actual value carries, with its comparator. */
function measure(v: TargetValue): { value: number; max?: number; comparator: string } | null {
  if (v.kind === 'quantity') return { value: v.value, max: v.max, comparator: v.comparator };
  if (v.kind === 'relative' && v.value !== null) return { value: v.value, comparator: '>=' };
  if (v.kind === 'frequency' && v.count !== null) return { value: v.count, comparator: v.comparator };
  return null;
}

/** Share of a quantitative target an actual value reaches (RULES.md formulas); negative actuals count as 0. */
export function achievement(target: TargetValue, actual: TargetValue, lowerIsBetter = false): number | null {
  const t = measure(target);
  const a = measure(actual);
  if (!t || !a) return null;
  // 提高10% against an actual 下降5% (or the other way round) went the wrong way: nothing earned.
  if (target.kind === 'relative' && actual.kind === 'relative' && actual.direction !== target.direction) return 0;
  const got = Math.max(0, a.value);
  // A 控制率 or 结余率 written without a comparator is a ceiling: less is better.
  const comparator = lowerIsBetter && t.comparator === '=' ? '<=' : t.comparator;
  switch (comparator) {
    case '<=':
    case '<':
      if (got <= t.value) return 1;
      return t.value <= 0 ? 0 : Math.max(0, 1 - (got - t.value) / t.value);
    case 'between': {
      const max = t.max ?? t.value;
      if (got < t.value) return t.value <= 0 ? 1 : got / t.value;
      if (got > max) return max <= 0 ? 0 : Math.max(0, 1 - (got - max) / max);
      return 1;
    }
    default:
      // A zero target (0起, 零事故) is met only by zero; ≥ 0 by anything.
      if (t.value <= 0) return comparator === '=' ? (got <= 0 ? 1 : 0) : 1;
      return got >= t.value ? 1 : got / t.value;
  }
}

/**
 * The band a qualitative result names: 达成 / 部分达成 / 未达成 年度指标, or plain 已完成 / 未完成.
 * Once per distinct text: a large self-evaluation writes the same few results down every row.
 */
export const bandOf: (text: string) => Band | null = memoByText(10_000, (text) => {
  const s = squeeze(fold(text));
  if (/部分达成|部分完成|基本达成|基本完成|未全部完成|未完全完成|未全部达成/.test(s)) return 'partial';
  // Negations are not 达成: 未能完成, 没能达成, 未达到.
  if (/未达成|未完成|没有完成|未实现|未能完成|未能达成|没能达成|没能完成|未达到|没有达到|未按时完成|未按期完成/.test(s)) return 'missed';
  // Work under way is not done: 建设中, 正在实施 (朝天's 新建全民健身中心数量 | 1 | 建设中, w-sc-chaotian-2023-fitness-center-eval).
  if (/^(正在|仍在|尚在)?(建设|施工|实施|推进|进行|办理|招标|采购)中$|^(正在|仍在|尚在)(建设|施工|实施|推进|进行|办理|招标|采购)$|^在建$/.test(s)) return 'partial';
  if (/达成|已完成|全部完成|完成|已实现|实现/.test(s)) return 'achieved';
  return null;
});

const NOT_APPLICABLE = /^(不适用|不涉及)$/;

/** 不适用 / 不涉及, once folded and squeezed; nothing without 不 (or its compatibility form) can be. */
function saysNotApplicable(text: string): boolean {
  return (text.includes('不') || text.includes('\uf967')) && NOT_APPLICABLE.test(squeeze(fold(text)));
}

function isNotApplicable(ind: Indicator): boolean {
  const actual = ind.evaluation?.actual;
  if (ind.target.value.kind === 'not-applicable' || actual?.value.kind === 'not-applicable') return true;
  // The texts as typed too: the Sichuan layout parses 指标值 and 实际完成值 with 度量单位 appended (不适用%).
  return saysNotApplicable(ind.name.text) || saysNotApplicable(ind.target.text) || (actual !== undefined && saysNotApplicable(actual.text));
}

const cache = new WeakMap<PerformanceTable, Map<ScoringSettings, TableScore>>();

/** Scores a self-evaluation table; computed once per table and settings (one of WEIGHT_SPLITS). */
export function scoreTable(table: PerformanceTable, settings: ScoringSettings): TableScore {
  let bySettings = cache.get(table);
  if (!bySettings) cache.set(table, (bySettings = new Map()));
  let result = bySettings.get(settings);
  if (!result) bySettings.set(settings, (result = computeScore(table, settings)));
  return result;
}

// Plain loops and one object per indicator: a batch scores a thousand small tables, each mostly
// before the code is optimised, where every callback and copied object costs.
function computeScore(table: PerformanceTable, settings: ScoringSettings): TableScore {
  const evaluated: Indicator[] = [];
  const notApplicable: boolean[] = [];
  const fractions: (number | null)[] = [];
  // 不适用 indicators drop out; the rest are rescaled to the same total.
  let all = 0;
  let dropped = 0;
  // 0.96 under ≥95%: a fraction where a percentage is meant. Read as 96% when the column's other
  // such values are fractions too; a lone one is asked about (actual-unit-mismatch), never scored 0.01.
  let fractionCount = 0;
  const rows = table.indicators?.indicators ?? [];
  for (let i = 0; i < rows.length; i++) {
    const indicator = rows[i];
    if (!indicator.evaluation) continue;
    const weight = numberIn(indicator.evaluation.weight) ?? 0;
    const na = isNotApplicable(indicator);
    const fraction = fractionOf(indicator);
    all += weight;
    if (na) dropped += weight;
    if (fraction !== null) fractionCount++;
    evaluated.push(indicator);
    notApplicable.push(na);
    fractions.push(fraction);
  }
  const budget = budgetScore(table.evalFunds, settings, evaluated);
  const arrival = arrivalRate(table);
  const factor = all > dropped && dropped > 0 ? all / (all - dropped) : 1;
  const fractionColumn = fractionCount >= 2;

  const indicators: IndicatorScore[] = [];
  for (let i = 0; i < evaluated.length; i++) {
    indicators.push(scoreIndicator(evaluated[i], notApplicable[i], fractions[i], fractionColumn, factor, settings, arrival));
  }
  const points = table.indicators?.header.weight === undefined && dropped === 0 ? table.indicators?.declaredPoints?.points : undefined;
  if (points !== undefined && all === 0) inferWeights(indicators, points);

  // Where a result cannot be graded (显著提升 as the actual), the evaluator's typed score stands in,
  // so the 总分 is still checked against the scores on the sheet.
  const budgetPart = budget?.computed ?? budget?.typed ?? null;
  // A score sheet (评分表) has no budget line of its own: its criteria's scores are the whole total.
  const criteriaOnly = budget === null && table.evalFunds === undefined && table.indicators?.criteria === true;
  let known = indicators.length > 0 && (budgetPart !== null || criteriaOnly);
  let sum = budgetPart ?? 0;
  for (let i = 0; i < indicators.length; i++) {
    const s = indicators[i];
    if (s.notApplicable) continue;
    const part = s.computed ?? s.typed;
    if (part === null) known = false;
    else sum += part;
  }
  const total = known ? round2(sum) : null;
  const budgetParts: BudgetScore[] = [];
  const totalLine = table.evalFunds?.total;
  for (const p of table.evalFunds?.parts ?? []) {
    // A 其中 line under the total's 分值 and 得分 merged down its rows (廊坊's F7:F10 and H7:H10,
    // c-hebei-langfang-2019-r7) has the total's score, not one of its own: scored once, as the total.
    if (p.score !== undefined && p.score.cell === totalLine?.score?.cell) continue;
    // Scored on its own, or its rate typed: a 其中 line's rate is checked as the total's is (朝天's, w-sc-chaotian-2023-fitness-center-eval);
    // not the total's 执行率 merged down over it, which is the total's rate, not the line's.
    const ownRate = p.rate !== undefined && p.rate.cell !== totalLine?.rate?.cell;
    if ((numberIn(p.weight) !== null && p.score !== undefined) || (ownRate && partRateDiffers(p))) budgetParts.push(budgetScore({ total: p, parts: [] }, settings)!);
  }
  return {
    budget,
    budgetParts,
    indicators,
    total,
    typedTotal: numberIn(table.totalScore?.score),
    grade: total === null ? null : gradeOf(total, settings),
  };
}

/**
 * Weights no row gives, worked out from the scores where the block's label gives their sum (施甸's 年度绩效目标1
 * (80分) over 得分 alone, nn-yn-shidian-2019-new-agri-entities-eval, all its readings): each score is its weight
 * times the share of the target reached, so score ÷ share is the row's weight. Where the rows so give whole
 * numbers adding up to the block's points, a result past its target scored past its weight (31.9 = 20 ×
 * 12767.36 ÷ 8000: the share left uncapped) is marked with the weight it implies. A row past its target may
 * have been capped instead (its score its weight): the fewest uncapped rows that reach the sum are taken.
 * One row whose score gives no whole weight takes what the others leave (黄冈's 40 + 40 less 10, 10, 20 and 20:
 * 20 for 整编资料审核, met and scored 19.6, p-hb-huanggang-2020-soil-monitoring-eval): its score is checked
 * against that weight. Nothing is inferred where a row has no score, or two rows give no weight.
 */
function inferWeights(scores: IndicatorScore[], points: number): void {
  const capped: number[] = [];
  const uncapped: (number | null)[] = [];
  const shares: number[] = [];
  let left = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    const ind = s.indicator;
    const share = s.typed === null ? null : rawShare(ind.target.value, ind.evaluation!.actual.value, isLowerBetterName(ind.name.text) || isCostRow(ind));
    if (s.typed === null || s.typed < 0 || share === null) return;
    shares.push(share);
    // A score typed to a tenth is off by up to 0.05, its weight by 0.05 ÷ share: too loose below a fifth.
    const whole = (w: number): number | null => (share >= 0.2 && Math.abs(w - Math.round(w)) <= 0.051 / Math.min(1, share) && Math.round(w) >= 1 ? Math.round(w) : null);
    const asRatio = share > 0 ? whole(s.typed / share) : null;
    const asWeight = share >= 1 && Math.abs(s.typed - Math.round(s.typed)) < 1e-9 && s.typed >= 1 ? s.typed : null;
    if (asRatio === null && asWeight === null) {
      if (left >= 0) return;
      left = i;
      capped.push(0);
      uncapped.push(null);
      continue;
    }
    capped.push(share <= 1 ? asRatio! : (asWeight ?? NaN));
    uncapped.push(share > 1 && asRatio !== null && asRatio < s.typed - 0.005 ? asRatio : null);
  }
  const open = uncapped.flatMap((w, i) => (w === null ? [] : [i]));
  if (open.length > 12) return;
  const base = capped.reduce((a, w, i) => (uncapped[i] === null ? a + w : a), 0);
  let best: number[] | null = null;
  let rest = 0;
  for (let mask = 0; mask < 1 << open.length; mask++) {
    let sum = base;
    const chosen: number[] = [];
    for (let k = 0; k < open.length; k++) {
      if (mask & (1 << k)) {
        sum += uncapped[open[k]]!;
        chosen.push(open[k]);
      } else sum += capped[open[k]];
    }
    const fits = left < 0 ? Math.abs(sum - points) < 1e-6 : points - sum >= 1 - 1e-6 && Math.abs(points - sum - Math.round(points - sum)) < 1e-6;
    if (fits && (best === null || chosen.length < best.length)) {
      best = chosen;
      rest = Math.round(points - sum);
    }
  }
  if (best === null) return;
  for (const i of best) scores[i].inferredWeight = uncapped[i]!;
  if (left < 0) return;
  const s = scores[left];
  const expected = round2(rest * Math.min(1, shares[left]));
  // Beyond a tenth's rounding (7.3 for 20 × 4164 ÷ 11442 = 7.28 stands).
  if (Math.abs(s.typed! - expected) > 0.05 + 1e-9) {
    s.inferredWeight = rest;
    s.inferredScore = expected;
  }
}

/** Share of a target reached, uncapped where more is better (12767.36 of 8000: 1.6); else achievement's. */
function rawShare(target: TargetValue, actual: TargetValue, lowerIsBetter: boolean): number | null {
  const t = measure(target);
  const a = measure(actual);
  if (t && a && !lowerIsBetter && t.value > 0 && a.value >= 0 && (t.comparator === '>=' || t.comparator === '>' || t.comparator === '=') && target.kind !== 'relative') return a.value / t.value;
  return achievement(target, actual, lowerIsBetter);
}

function scoreIndicator(indicator: Indicator, notApplicable: boolean, fraction: number | null, fractionColumn: boolean, factor: number, settings: ScoringSettings, arrival: TargetValue | null): IndicatorScore {
  const e = indicator.evaluation!;
  const weight = numberIn(e.weight);
  const typed = numberIn(e.score);
  const effectiveWeight = weight === null || notApplicable ? null : weight * factor;
  const score: IndicatorScore = { indicator, weight, effectiveWeight, notApplicable, typed, ratio: null, band: null, computed: null, allowed: null };
  if (effectiveWeight === null) return score;
  if (fraction !== null && !fractionColumn) {
    score.fractionAsked = true;
    return score;
  }
  let actual = fraction !== null ? { ...(e.actual.value as QuantityTarget), value: fraction * 100, unit: '%', family: 'ratio' as const } : e.actual.value;
  // The evaluation framework's 预算执行率 criterion has no target: it is scored as the rate of the whole budget.
  let target = indicator.target.value;
  if (target.kind === 'empty' && isBudgetRateName(indicator.name.text)) score.impliedTarget = target = FULL_RATE;
  // Its 到位率 (项目管理 › 资金到位, 实际到位/计划到位×100%) on the table's own money where the row gives no result.
  else if (target.kind === 'empty' && actual.kind === 'empty' && arrival !== null && ARRIVAL_RATE.test(squeeze(indicator.name.text))) {
    score.impliedTarget = target = FULL_RATE;
    score.impliedActual = actual = arrival;
  }
  // A cost (under 成本, or named as one) written without a comparator is a ceiling too: spending less
  // than planned is no shortfall (原州's 38.75 | 36.2 scored 9.34 of 10, jj-nx-yuanzhou-2022-border-tea-eval).
  const ratio = achievement(target, actual, isLowerBetterName(indicator.name.text) || isCostRow(indicator));
  if (ratio !== null) {
    const computed = round2(effectiveWeight * Math.min(1, ratio));
    score.ratio = ratio;
    score.computed = computed;
    score.allowed = [computed, computed];
    return score;
  }
  const band = e.actual.value.kind === 'qualitative' || e.actual.value.kind === 'date' ? bandOf(e.actual.text) : null;
  if (band === null) return score;
  const [lo, hi] = settings.bands[band];
  // 部分达成 [60%, 80%) and 未达成 [0, 60%) exclude their upper bound, which belongs to the band above:
  // scores are kept to the cent, so they end one cent below it. Full marks (100%) stay allowed.
  const top = hi < 1 ? Math.max(round2(effectiveWeight * lo), round2(round2(effectiveWeight * hi) - 0.01)) : round2(effectiveWeight * hi);
  const allowed: [number, number] = [round2(effectiveWeight * lo), top];
  // Within the band the score is the evaluator's call; outside it, the nearest bound.
  score.band = band;
  score.computed = typed === null ? allowed[1] : Math.min(allowed[1], Math.max(allowed[0], typed));
  score.allowed = allowed;
  return score;
}

const BUDGET_RATE = /^(预算|资金)?执行(率|进度)$/;

/** The evaluation framework's 预算执行率 criterion by its name (预算执行进度, 河北's; 预 算 执 行 率 spaced out too). */
function isBudgetRateName(name: string): boolean {
  return name.length <= 16 && BUDGET_RATE.test(name.replace(/\s/g, ''));
}
const FULL_RATE = parseTarget('100%');
const ARRIVAL_RATE = /^(资金|预算)?到位率$/;

/**
 * The share of the planned money that reached the project, where one line gives both (海南's 计划投资额(万元) | 570 |
 * 实际到位资金(万元) | 398.88: 69.98%, m-hi-shangwu-nd-fuwumaoyi), as a result to score a 到位率 on; else null.
 */
function arrivalRate(table: PerformanceTable): TargetValue | null {
  const planned = numberIn(table.funds?.total.amount);
  const arrived = numberIn(table.fundsArrived);
  if (planned === null || arrived === null || planned <= 0 || arrived < 0) return null;
  return parseTarget(`${round2((arrived / planned) * 100)}%`);
}

/** Under 成本 (any spelling, spaces read through) or named as a cost, its target an amount. */
function isCostRow(indicator: Indicator): boolean {
  const v = indicator.target.value;
  if (v.kind !== 'quantity' || (v.family !== 'money' && v.family !== null)) return false;
  return /成\s*本/.test(indicator.level2.text) || isCostName(indicator.name.text);
}

function isWeighedRate(indicator: Indicator): boolean {
  return (numberIn(indicator.evaluation?.weight) ?? 0) > 0 && isBudgetRateName(indicator.name.text);
}

/**
 * An unscored 其中 line's typed rate off its own 执行数 ÷ 预算数 by at least half the last of two
 * decimals (0.005 points): only those are worth rate-mismatch's closer look, which a batch would
 * otherwise pay on every table (~5% of the paired workbook's check).
 */
function partRateDiffers(p: EvalFundLine): boolean {
  const typed = percentIn(p.rate);
  if (typed === null) return false;
  const budget = numberIn(p.budget ?? p.initial);
  const executed = numberIn(p.executed);
  // A rate over nothing budgeted or spent (0 ÷ 0, 霍山's 彩票公益金 line), or over a blank 执行数 (乐亭's
  // 其中:当年财政拨款, as on its total line): no rate to type.
  if (typed > 0 && budget === 0 && executed === 0) return true;
  if (typed > 0 && budget !== null && budget > 0 && p.executed?.reading.kind === 'empty') return true;
  return budget !== null && executed !== null && budget > 0 && Math.abs(executed / budget - typed) >= 0.00005 - 1e-9;
}

/** The total line's amount in a column, or its 其中 lines' sum where it is left 0 or blank. No closure or array made: called per fund line of a batch's tables. */
function lineAmount(funds: EvalFunds, column: 'budget' | 'initial' | 'executed'): number | null {
  const own = numberIn(funds.total[column]);
  if ((own !== null && own !== 0) || funds.parts.length === 0) return own;
  let sum = 0;
  let any = false;
  let nonZero = false;
  for (let i = 0; i < funds.parts.length; i++) {
    const n = numberIn(funds.parts[i][column]);
    if (n === null) continue;
    any = true;
    if (n !== 0) nonZero = true;
    sum += n;
  }
  return any && nonZero ? sum : own;
}

function budgetScore(funds: EvalFunds | undefined, settings: ScoringSettings, indicators: readonly Indicator[] = []): BudgetScore | null {
  if (!funds) return null;
  const line = funds.total;
  // A 年度资金总额 left 0 or blank while its 其中 lines hold the money (total-mismatch reports it):
  // the rate is the parts'. Without a 全年预算数 column, the 年初预算数 is the budget (Guizhou's form).
  const budgetColumn = line.budget ? 'budget' : 'initial';
  const budget = lineAmount(funds, budgetColumn);
  const executed = lineAmount(funds, 'executed');
  const fromParts = budget !== numberIn(line[budgetColumn]) || executed !== numberIn(line.executed);
  const rate = budget !== null && executed !== null && budget > 0 ? executed / budget : null;
  // 预算执行率 weighed as an indicator (the evaluation framework's, under 项目管理) is the budget's
  // score: a fund block without 分值 or 得分 of its own then weighs nothing besides it.
  const unscored = line.weight === undefined && line.score === undefined;
  const weight = numberIn(line.weight) ?? funds.declaredWeight ?? (unscored && indicators.some(isWeighedRate) ? 0 : settings.budgetWeight);
  return {
    line,
    budgetAmount: budget,
    executedAmount: executed,
    fromParts,
    rate,
    typedRate: percentIn(line.rate),
    weight,
    computed: rate === null ? null : round2(weight * Math.min(1, Math.max(0, rate))),
    typed: numberIn(line.score),
  };
}

export function gradeOf(total: number, settings: ScoringSettings): string {
  return settings.grades.find((g) => total >= g.min)?.grade ?? settings.grades[settings.grades.length - 1].grade;
}

/** The 一级 an indicator's weight counts under in the split. */
export function splitLevel(ind: Indicator, profile: Profile, settings: ScoringSettings): string {
  const level1 = canonicalCategory(profile, ind.level1.text);
  return settings.levelGroups?.[level1] ?? level1;
}
