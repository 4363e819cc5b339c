import { toA1 } from '../grid/address';
import { AmountReading } from '../grid/numbers';
import { TargetValue } from './target-value';

export type TableKind = 'department-targets' | 'project-targets' | 'project-self-evaluation' | 'department-self-evaluation';

export function isSelfEvaluation(kind: TableKind): boolean {
  return kind === 'project-self-evaluation' || kind === 'department-self-evaluation';
}

/** A piece of the table read from one cell: its text and where it is. */
export interface Field {
  text: string;
  cell: string;
}

/**
 * A Field whose A1 address is written when it is asked for: a large table's indicators each hold
 * a name and a target (84,000 addresses in the merge-heavy benchmark table, a fifth of the objects
 * its recognised sheet keeps, each copied by the collector), and only those a finding points at
 * are ever read. Spreading one (`{ ...field }`) loses `cell`: make another instead.
 */
export class PlacedField implements Field {
  constructor(
    public text: string,
    readonly row: number,
    readonly col: number,
  ) {}

  get cell(): string {
    return toA1(this.row, this.col);
  }
}

/** Whether two fields were read from the same cell, compared without writing their addresses when placed. */
export function sameCell(a: Field, b: Field): boolean {
  return a instanceof PlacedField && b instanceof PlacedField ? a.row === b.row && a.col === b.col : a.cell === b.cell;
}

/** A target or a result as read, with its value: a PlacedField (`cell` written when asked for). */
export class PlacedTarget extends PlacedField {
  constructor(
    text: string,
    row: number,
    col: number,
    readonly value: TargetValue,
  ) {
    super(text, row, col);
  }
}

export interface AmountField {
  cell: string;
  reading: AmountReading;
}

/** An amount and the cell beside it that lists its parts (主体工程款:395.06 管理费:22.97). */
export interface ItemisedAmount {
  amount: AmountField;
  parts: Field;
  /** The listed amounts' sum, in cents. */
  partsCents: number;
}

/** One row of the department task block. */
export interface Task {
  row: number;
  name: Field;
  content?: Field;
  total?: AmountField;
  parts: AmountField[];
  /** Every text of the row left of its amounts (部门职能 | 年度目标任务 | 支出项目名称 …). */
  texts?: string[];
}

/** Columns of the task block, for totals and their fixes. */
export interface TaskColumns {
  total?: number;
  parts: number[];
}

/**
 * A row inside the task block that sums others: a 小计 (the leaves since the last subtotal or
 * heading), a numbered heading (一、基本支出 over the leaves under it), or a 其中 line (part of the
 * task above, not a task of its own: it is neither summed nor checked).
 */
export interface TaskGroup {
  kind: 'subtotal' | 'heading' | 'breakdown';
  row: number;
  label: Field;
  total?: AmountField;
  parts: AmountField[];
  children: Task[];
}

export interface TaskBlock {
  columns: TaskColumns;
  /** The leaves: tasks proper, without subtotals, headings or 其中 lines. */
  tasks: Task[];
  groups: TaskGroup[];
  /** The 金额合计 row, when the table has one. */
  totalRow?: { row: number; label: Field; total?: AmountField; parts: AmountField[] };
}

/** A vertical or horizontal 项目资金 block: 年度资金总额 and its 其中 lines. */
export interface FundBlock {
  total: { label: Field; amount: AmountField };
  parts: { label: Field; amount: AmountField }[];
}

/**
 * The year's money split one way (湖南's department forms: 按收入性质分 / 按支出性质分 under 资金总额), the
 * split's amount typed into its label or not, its lines under it (其中:一般公共预算:1325.68, 基本支出 | 220.45).
 */
export interface FundSplit {
  label: Field;
  /** The amount typed into the label (按支出性质分:1925.67), at the label's cell. */
  amount?: AmountField;
  lines: { label: string; amount: AmountField }[];
}

/** A column given as a formula of others in its heading (小计 ④ = ①+②+③, 支出实现率(%) ⑥=⑤/④). */
export interface ColumnFormula {
  /** The column the formula gives. */
  target: number;
  kind: 'sum' | 'difference' | 'ratio';
  /** The columns it is made of, in the formula's order (a difference: the first less the second). */
  operands: number[];
  /** As the heading writes it, spaces out: ④=①+②+③. */
  text: string;
  heading: Field;
}

export interface FormulaRow {
  name: Field;
  /** By column: every column a formula uses. */
  cells: Map<number, AmountField>;
}

/** A block held to its headings' formulas (Fujian's 资金结构), row by row. */
export interface FormulaBlock {
  headingRow: number;
  formulas: ColumnFormula[];
  rows: FormulaRow[];
  lastRow: number;
}

/** A 一级 or 二级 category as read for one indicator row (merged and blank cells filled down). */
export interface CategoryField extends Field {
  /** Rows sharing this category run start at the same cell. */
  runStart: string;
}

/** What a self-evaluation adds to an indicator: the result, its weight and score, the reason. */
export interface IndicatorEvaluation {
  actual: Field & { value: TargetValue };
  weight?: AmountField;
  score?: AmountField;
  reason?: Field;
}

export interface Indicator {
  row: number;
  level1: CategoryField;
  level2: CategoryField;
  name: Field;
  target: Field & { value: TargetValue };
  /** Present in self-evaluation tables. */
  evaluation?: IndicatorEvaluation;
  /** The 度量单位 / 计量单位 cell, in layouts that give the unit its own column. */
  unitColumn?: Field;
  /** A targets table's 权重 / 分值, where its form weighs each indicator (四川's, 海南's). */
  weight?: AmountField;
}

/** A line of a self-evaluation's fund block: 年度资金总额 or one of its 其中 lines. */
export interface EvalFundLine {
  row: number;
  label: Field;
  initial?: AmountField;
  /** 全年预算数, or 调整后预算数 in the Sichuan layout. */
  budget?: AmountField;
  executed?: AmountField;
  weight?: AmountField;
  /** 执行率 as typed (a percentage). */
  rate?: AmountField;
  score?: AmountField;
}

export interface EvalFunds {
  total: EvalFundLine;
  parts: EvalFundLine[];
  /** Points the form gives the budget line in its labels where no 分值 column does: 预算执行情况（20分）, 得分（20分*执行率）. */
  declaredWeight?: number;
}

/** The 总分 row: the weights' total (100) and the total score. */
export interface TotalScore {
  label: Field;
  weight?: AmountField;
  score?: AmountField;
}

/** Consecutive indicators under one 一级 and one 二级: a merged run, or blank cells filled down. */
export interface CategoryRun {
  level1: CategoryField;
  level2: CategoryField;
  first: Indicator;
}

export interface IndicatorBlock {
  /** A1 addresses of the header's cells; `weight` the 分值 column's heading, where the form has one. */
  header: { level1: string; level2: string; name: string; target: string; weight?: string; unit?: string };
  /** false when the table lists indicators without 一级/二级 columns: category checks do not apply. */
  categorised: boolean;
  /**
   * The points the block's own label gives the indicators where no row has a 分值 (年度绩效目标(80分) beside
   * the header, 黄石's 自评表; an-hb-huangshi-sanzhong-2023-campus-repair-eval), and that label's cell.
   */
  declaredPoints?: { points: number; cell: string };
  /**
   * A score sheet's criteria (评分表: 得分 and mostly 分值, no target column): no targets, and categories of
   * an evaluation framework (投入 / 过程 / 产出 / 效果, 部门预算管理), not of the profile's taxonomy.
   */
  criteria?: boolean;
  /**
   * A set beside the table's own that shares its names (周期指标值 | 本年度指标值 under one 三级): a target
   * of it left blank where the other column's is filled is that target standing for both.
   */
  sharesNames?: boolean;
  /**
   * Categories read from a column the form heads otherwise (宁晋's 评价内容): a heading there the
   * profile does not know (制度指标) is the form's own, not a misspelt 二级.
   */
  borrowedCategories?: boolean;
  /**
   * Targets graded in four bands (优 | 良 | 中 | 差; 河北's 2019 form, 海南's 2018): the form names the 一级
   * only, and each indicator's 二级 is its 一级 again; no 二级 to check or to miss.
   */
  graded?: boolean;
  /**
   * Indicators written as prose, one cell per 一级 or per 二级 (质量指标:…), no 三级 or 指标值 column
   * (Hunan's 2017 部门整体支出绩效目标申报表): a name or 二级 missing there is the form's, not the filler's.
   */
  prose?: boolean;
  /**
   * Each project's indicators written into its one cell, 【一级-二级】 over 指标1:name(target) lines (安徽's 项目绩效目标和指标):
   * every indicator's name and target share that cell.
   */
  bracketed?: boolean;
  indicators: Indicator[];
  /** The indicators' categories, one entry per run: category checks look at runs, not rows. */
  runs: CategoryRun[];
}

export interface PerformanceTable {
  kind: TableKind;
  sheet: string;
  /** A1 range of the rows this table spans. */
  range: string;
  /**
   * The table starts inside its indicator list, its title and header above a cut (a page's tail):
   * what stood above it is not judged (rules marked `wholeTable` skip the table).
   */
  fragment?: boolean;
  firstRow: number;
  lastRow: number;
  title?: Field;
  fiscalYear: number | null;
  fiscalYearCell?: string;
  /** Money unit the amounts are declared in (万元, 元 …), or null when the table does not say. */
  unit: string | null;
  unitCell?: string;
  /**
   * A unit line contradicted by the fund block's own heading (单位:元 over 资金情况(万元), 汉阴's,
   * ap-sn-hanyin-2022-inclusive-finance-targets): the line's unit; the table's is the heading's.
   */
  unitLineConflict?: { cell: string; unit: string };
  /** 部门（单位）名称 or 项目名称. */
  name?: Field;
  supervisor?: Field;
  goal?: Field;
  /** A department's duties (部门职能职责概述) in the header, beside their label. */
  duties?: Field;
  /**
   * Other 合计 rows above the indicators, each with the lines above it (a department's 收入构成 /
   * 支出构成, Hubei's 资金情况): per amount column, the total and its parts.
   */
  sums?: { label: Field; columns: { total: AmountField; parts: AmountField[] }[] }[];
  /**
   * Amounts beside a money label in the header lines that no block reads, typed with a bare 万 or 亿
   * (塘湖镇's 基本支出总额 | 864.2万): read for their unit only, never added up.
   */
  strayAmounts?: AmountField[];
  /**
   * Amounts with their parts listed beside them in the row as name:amount pairs (岳阳's 项目支出明细:
   * 418.02 | 主体工程款:395.06 管理费:22.97), in the table's rows or those under it before the next table.
   */
  itemised?: ItemisedAmount[];
  /** A block whose headings give its columns' arithmetic (Fujian's 资金结构: ④ = ①+②+③, ⑥=⑤/④). */
  formulaBlock?: FormulaBlock;
  /** A self-evaluation's account of the goal (实际完成情况 / 年度目标完成情况), under its label. */
  goalActual?: Field;
  /**
   * Further goals of a block that lists them a row each under its column labels (the region form's
   * 预期目标 | 目标实际完成情况 over 目标1 … 目标4, 安居's): `goal` and `goalActual` hold the first.
   */
  goalLines?: { goal: Field; actual?: Field }[];
  /** Cell of the 年度总体目标 label, where a missing goal is reported. */
  goalLabelCell?: string;
  tasks?: TaskBlock;
  funds?: FundBlock;
  /** Fund blocks written in an indicator's lines (彭水's 预算资金安排 over one 年度预算资金总额 block per fund). */
  innerFunds?: FundBlock[];
  /** The central form's 中期资金总额 block (the whole period's funds), beside the year's. */
  midTermFunds?: FundBlock;
  /**
   * The money that reached the project, beside its planned total on the same line (海南's 计划投资额(万元) | 570 |
   * 实际到位资金(万元) | 398.88): what the evaluation framework's 到位率 is scored on.
   */
  fundsArrived?: AmountField;
  /** The year's money split by source and by use, each adding up to it (湖南's 按收入性质分 / 按支出性质分). */
  fundSplits?: FundSplit[];
  /** The year's total heading a row of splits laid across (资金总额 | 按收入性质分 | 按支出性质分), where no fund block reads it. */
  fundSplitTotal?: AmountField;
  /**
   * A targets form's 预算执行率权重 line (四川's 预算执行率权重(%): | …, 海南's 预算执行率权重: | 10%): the points the
   * budget's execution takes of the hundred, its indicators' weights the rest. A blank one weighs nothing.
   */
  budgetWeight?: { label: Field; weight: AmountField };
  indicators?: IndicatorBlock;
  /**
   * Sets of indicators beside the table's own in its header row (the central form's 中期 set beside
   * the 年度 one; a list printed in two halves): their targets are checked as the own set's are
   * (`everyIndicator`); counts, categories, scores, repeats and pairing look at the own set alone.
   */
  otherIndicators?: IndicatorBlock[];
  /** Self-evaluation tables: budget, execution, weights and scores. */
  evalFunds?: EvalFunds;
  totalScore?: TotalScore;
  /** 评价等级 as typed. */
  grade?: Field;
  /**
   * Visits every non-empty text cell inside the table, for text-wide checks (years, markup).
   * A visit, not a list: the recognizer keeps the sheet's text cells once, and a table walks its rows of them.
   */
  forEachText(visit: (text: string, row: number, col: number) => void): void;
}

/** The goal's texts and their accounts: the goal, its 实际完成情况, and each goal line's pair; absent ones skipped. */
export function goalTexts(table: PerformanceTable): Field[] {
  const out: Field[] = [];
  if (table.goal) out.push(table.goal);
  if (table.goalActual) out.push(table.goalActual);
  for (const line of table.goalLines ?? []) {
    out.push(line.goal);
    if (line.actual) out.push(line.actual);
  }
  return out;
}

/** An amount written in text with its money unit (30万元, 471.23 元): the figure and the unit. */
export const TEXT_AMOUNT = /(\d+(?:\.\d+)?)\s*(万元|元)/g;

/** The table's indicators and those of the sets beside them (`otherIndicators`): every target to check. */
export function everyIndicator(table: PerformanceTable): readonly Indicator[] {
  const own = table.indicators?.indicators ?? [];
  if (!table.otherIndicators) return own;
  return [own, ...table.otherIndicators.map((b) => b.indicators)].flat();
}

/**
 * A scored row heading the rows under it (萧县's ★补助各类粮食作物种植面积 | 10 | | | 10 over 红薯种植面积 |
 * | 5.5亩 | 5.5亩, kk-ah-xiaoxian-yanglou-2023-planting-eval): it carries the weight and score, its items
 * the targets and results, so its own blank target and result are no omission. The row after it, in its
 * 二级, has no weight and a target.
 */
export function headsItems(indicators: readonly Indicator[], i: number): boolean {
  const ind = indicators[i];
  const next = indicators[i + 1];
  if (!next || next.level2.runStart !== ind.level2.runStart || ind.target.value.kind !== 'empty') return false;
  const weighed = (x: Indicator): boolean => x.evaluation?.weight?.reading.kind === 'number';
  return weighed(ind) && !weighed(next) && next.evaluation?.weight?.reading.kind === 'empty' && next.target.value.kind !== 'empty';
}
