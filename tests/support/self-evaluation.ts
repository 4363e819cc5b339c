/**
 * Builders for self-evaluation tables (绩效自评表) in tests: the central layout (年度指标值 in one
 * column) and the Sichuan one (指标性质 | 指标值 | 度量单位, 调整后预算数), of a project or a
 * department. Clean by default, with scores worked out by hand in CLEAN_EVAL below.
 */
import { rangeToA1, toA1 } from '../../src/core/grid/address';
import { Cell, SheetSpec } from './tables';

export interface EvalIndicator {
  l1: string;
  l2: string;
  name: string;
  /** Central layout: the whole target (`≥100人次`). */
  target: string;
  actual: string;
  weight: Cell;
  score: Cell;
  reason?: string;
  /** Sichuan layout: 指标性质, 指标值, 度量单位; the actual value is then typed without its unit. */
  sichuan?: { comparator: string; value: string; unit: string; actual: string };
}

export interface FundLine {
  label: string;
  initial: Cell;
  budget: Cell;
  executed: Cell;
}

export interface EvalOptions {
  kind?: 'project' | 'department';
  layout?: 'central' | 'sichuan';
  year?: number;
  sheet?: string;
  lines?: FundLine[];
  budgetWeight?: Cell;
  /** Typed 执行率: a fraction shown as a percentage, or text. */
  rate?: Cell;
  budgetScore?: Cell;
  indicators?: EvalIndicator[];
  totalWeight?: Cell;
  totalScore?: Cell;
  grade?: Cell;
  goal?: string;
  /** 项目名称 or 部门（单位）名称. */
  name?: string;
  /** 一级/二级 typed again on every row of their run, unmerged (exports that fill merged cells down). */
  repeatCategories?: boolean;
}

/** Budget 100, executed 95 → 95%, 9.5 of 10; indicators 87.6 of 90 (worked out below); total 97.1, 优. */
export const CLEAN_LINES: FundLine[] = [
  { label: '年度资金总额', initial: 100, budget: 100, executed: 95 },
  { label: '其中：当年财政拨款', initial: 80, budget: 80, executed: 76 },
  { label: '其他资金', initial: 20, budget: 20, executed: 19 },
];

export const CLEAN_EVAL: EvalIndicator[] = [
  // 120 ≥ 100: full marks.
  { l1: '产出', l2: '数量', name: '培训人次', target: '≥100人次', actual: '120人次', weight: 15, score: 15, sichuan: { comparator: '≥', value: '100', unit: '人次', actual: '120' } },
  // 1800 of 2000: 10 × 0.9 = 9.
  { l1: '产出', l2: '数量', name: '宣传资料发放数量', target: '≥2000份', actual: '1800份', weight: 10, score: 9, reason: '印刷延期，已于次年一月补发', sichuan: { comparator: '≥', value: '2000', unit: '份', actual: '1800' } },
  { l1: '产出', l2: '质量', name: '培训合格率', target: '≥95%', actual: '97%', weight: 10, score: 10, sichuan: { comparator: '≥', value: '95', unit: '%', actual: '97' } },
  { l1: '产出', l2: '时效', name: '按时完成率', target: '100%', actual: '100%', weight: 5, score: 5, sichuan: { comparator: '=', value: '100', unit: '%', actual: '100' } },
  // 520 against ≤ 500: 10 × (1 − 20 / 500) = 9.6.
  { l1: '产出', l2: '成本', name: '人均培训成本', target: '≤500元/人', actual: '520元/人', weight: 10, score: 9.6, reason: '场地租金上涨', sichuan: { comparator: '≤', value: '500', unit: '元/人', actual: '520' } },
  { l1: '效益', l2: '社会效益', name: '政策知晓率', target: '≥80%', actual: '85%', weight: 15, score: 15, sichuan: { comparator: '≥', value: '80', unit: '%', actual: '85' } },
  // Qualitative, 达成: any score in [12, 15]; below the weight, so a reason is given.
  { l1: '效益', l2: '可持续影响', name: '长效机制建设', target: '达成年度指标', actual: '达成年度指标', weight: 15, score: 14, reason: '制度已出台，配套细则待完善', sichuan: { comparator: '定性', value: '达成年度指标', unit: '', actual: '达成年度指标' } },
  { l1: '满意度', l2: '服务对象满意度', name: '学员满意度', target: '≥90%', actual: '92%', weight: 10, score: 10, sichuan: { comparator: '≥', value: '90', unit: '%', actual: '92' } },
];

export const CLEAN_TOTAL = 97.1;

/**
 * A project self-evaluation laid out by 财预〔2020〕10号's evaluation framework, as 宁夏's forms print
 * it (_m-nx-yinchuan-2021-school6): criteria under 项目决策 and 项目管理, scored on evidence with a dash
 * or nothing as their target, above the 产出 and 效益 indicators; 服务对象满意度 a 二级 of 项目效益.
 */
export const FRAMEWORK_EVAL: EvalIndicator[] = [
  { l1: '项目决策(10分)', l2: '项目目标', name: '完整性', target: '—', actual: '目标明确、内容细化、目标量化', weight: 4, score: 4 },
  { l1: '项目决策(10分)', l2: '项目立项', name: '相关性', target: '—', actual: '符合学校管理标准', weight: 3, score: 3 },
  { l1: '项目决策(10分)', l2: '项目立项', name: '可行性', target: '', actual: '有资金测算标准', weight: 3, score: 3 },
  { l1: '项目管理(20分)', l2: '投入管理', name: '预算执行率', target: '—', actual: '95%', weight: 10, score: 10 },
  { l1: '项目管理(20分)', l2: '财务管理', name: '制度执行有效性', target: '-', actual: '会计核算规范', weight: 10, score: 10 },
  { l1: '项目产出(30分)', l2: '数量指标', name: '培训人次', target: '≥100人次', actual: '120人次', weight: 30, score: 30 },
  { l1: '项目效益(30分)', l2: '社会效益指标', name: '政策知晓率', target: '≥80%', actual: '85%', weight: 20, score: 20 },
  { l1: '项目效益(30分)', l2: '服务对象满意度指标', name: '学员满意度', target: '≥90%', actual: '92%', weight: 10, score: 10 },
];

/** FRAMEWORK_EVAL with its 项目决策 criteria under a 一级 the framework does not have. */
export const FRAMEWORK_UNKNOWN_LEVEL1: EvalIndicator[] = FRAMEWORK_EVAL.map((i) => (i.l1.startsWith('项目决策') ? { ...i, l1: '项目其他(10分)' } : i));

/** The builder's layout: where the fund block and the indicators start (zero-based rows). */
export const EVAL_ROWS = { fundHeader: 4, firstLine: 5, goalHeader: 8, indicatorHeader: 10, firstIndicator: 11 } as const;

export function selfEvaluationTable(opts: EvalOptions = {}): SheetSpec {
  const sichuan = opts.layout === 'sichuan';
  const department = opts.kind === 'department';
  const year = opts.year ?? 2022;
  const lines = opts.lines ?? CLEAN_LINES;
  const indicators = opts.indicators ?? CLEAN_EVAL;
  const last = sichuan ? 11 : 9;
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const set = (r: number, c: number, v: Cell) => ((rows[r] ??= [])[c] = v);
  const merge = (r: number, c: number, r2: number, c2: number, v: Cell) => {
    set(r, c, v);
    if (r !== r2 || c !== c2) merges.push(rangeToA1({ top: r, left: c, bottom: r2, right: c2 }));
  };
  const amount = (v: Cell): Cell => (typeof v === 'number' ? { value: v, format: '#,##0.00' } : v);

  merge(0, 0, 0, last, department ? '部门整体支出绩效自评表' : '项目支出绩效自评表');
  merge(1, 0, 1, last, `（${year}年度）`);
  set(2, 0, department ? '部门（单位）名称' : '项目名称');
  merge(2, 1, 2, last, opts.name ?? (department ? '深圳市福田区投资推广和企业服务中心' : '企业人才培训项目'));
  set(3, 0, '主管部门');
  merge(3, 1, 3, 3, '深圳市福田区投资推广和企业服务中心');
  set(3, 4, '实施单位');
  merge(3, 5, 3, last, '深圳市福田区投资推广和企业服务中心');

  const f = EVAL_ROWS.fundHeader;
  merge(f, 0, f + lines.length, 0, '项目资金（万元）');
  ['年初预算数', sichuan ? '调整后预算数' : '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((label, i) => set(f, 2 + i, label));
  lines.forEach((line, i) => {
    const r = EVAL_ROWS.firstLine + i;
    set(r, 1, line.label);
    set(r, 2, amount(line.initial));
    set(r, 3, amount(line.budget));
    set(r, 4, amount(line.executed));
    if (i === 0) {
      const [budget, executed] = [line.budget, line.executed];
      const rate = typeof budget === 'number' && typeof executed === 'number' ? executed / budget : null;
      set(r, 5, opts.budgetWeight !== undefined ? opts.budgetWeight : 10);
      set(r, 6, opts.rate !== undefined ? opts.rate : rate === null ? undefined : { value: rate, format: '0.00%' });
      set(r, 7, opts.budgetScore !== undefined ? opts.budgetScore : rate === null ? undefined : Math.round(10 * Math.min(1, rate) * 100) / 100);
    } else for (const c of [5, 6, 7]) set(r, c, '—');
  });

  const g = EVAL_ROWS.goalHeader;
  merge(g, 0, g + 1, 0, '年度总体目标');
  merge(g, 1, g, 4, '预期目标');
  merge(g, 5, g, last, '实际完成情况');
  merge(g + 1, 1, g + 1, 4, opts.goal ?? '全年培训企业人才不少于100人次，提升企业经营管理能力。');
  merge(g + 1, 5, g + 1, last, '完成培训120人次，学员满意度92%。');

  const h = EVAL_ROWS.indicatorHeader;
  const cols = sichuan
    ? { name: 3, comparator: 4, value: 5, unit: 6, actual: 7, weight: 8, score: 9, reason: 10 }
    : { name: 3, value: 4, actual: 5, weight: 6, score: 7, reason: 8 };
  set(h, 1, '一级指标');
  set(h, 2, '二级指标');
  set(h, 3, '三级指标');
  if (sichuan) {
    set(h, 4, '指标性质');
    set(h, 5, '指标值');
    set(h, 6, '度量单位');
  } else set(h, 4, '年度指标值');
  set(h, cols.actual, '实际完成值');
  set(h, cols.weight, '分值');
  set(h, cols.score, '得分');
  merge(h, cols.reason, h, last, '偏差原因分析及改进措施');

  const first = EVAL_ROWS.firstIndicator;
  const runs = (key: (i: EvalIndicator) => string, col: number, value: (i: EvalIndicator) => string) => {
    for (let i = 0; i < indicators.length; ) {
      let j = i;
      while (j + 1 < indicators.length && key(indicators[j + 1]) === key(indicators[i])) j++;
      if (opts.repeatCategories) for (let k = i; k <= j; k++) set(first + k, col, value(indicators[k]));
      else merge(first + i, col, first + j, col, value(indicators[i]));
      i = j + 1;
    }
  };
  runs((i) => i.l1, 1, (i) => i.l1);
  runs((i) => `${i.l1}\u0000${i.l2}`, 2, (i) => i.l2);
  indicators.forEach((ind, k) => {
    const r = first + k;
    set(r, cols.name, ind.name);
    if (sichuan) {
      const s = ind.sichuan ?? { comparator: '', value: ind.target, unit: '', actual: ind.actual };
      set(r, 4, s.comparator);
      set(r, 5, s.value);
      set(r, 6, s.unit);
      set(r, cols.actual, s.actual);
    } else {
      set(r, cols.value, ind.target);
      set(r, cols.actual, ind.actual);
    }
    set(r, cols.weight, ind.weight);
    set(r, cols.score, ind.score);
    merge(r, cols.reason, r, last, ind.reason ?? '');
  });
  const end = first + indicators.length;
  merge(h, 0, end - 1, 0, '绩效指标');
  const sum = (xs: Cell[]) => Math.round(xs.reduce<number>((s, x) => s + (typeof x === 'number' ? x : 0), 0) * 100) / 100;
  merge(end, 0, end, cols.weight - 1, '总分');
  const budgetScore = rows[EVAL_ROWS.firstLine][7];
  const total = opts.totalScore !== undefined ? opts.totalScore : sum([typeof budgetScore === 'number' ? budgetScore : 0, ...indicators.map((i) => i.score)]);
  set(end, cols.weight, opts.totalWeight !== undefined ? opts.totalWeight : 100);
  set(end, cols.score, total);
  merge(end, cols.reason, end, last, '');
  set(end + 1, 0, '评价等级');
  const t = typeof total === 'number' ? total : 0;
  set(end + 1, 1, opts.grade !== undefined ? opts.grade : t >= 90 ? '优' : t >= 80 ? '良' : t >= 60 ? '中' : '差');
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: opts.sheet ?? `${year}年度自评`, rows, merges };
}

/** Address of an indicator's cell in the builder's layout. */
export function evalCell(index: number, column: 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason', layout: 'central' | 'sichuan' = 'central'): string {
  const cols = layout === 'sichuan' ? { name: 3, target: 5, actual: 7, weight: 8, score: 9, reason: 10 } : { name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 };
  return toA1(EVAL_ROWS.firstIndicator + index, cols[column]);
}
