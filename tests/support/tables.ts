/**
 * Builders for performance tables in tests: a clean department or project table by default,
 * with switches for the layouts people actually produce (shifted origin, no merges, amounts
 * typed as text, label synonyms, spacer columns). A spec becomes a Grid or an .xlsx.
 */
import ExcelJS from 'exceljs';
import { CellRange, parseRange, rangeToA1, columnLetters } from '../../src/core/grid/address';
import { CellValue, Grid, GridCell } from '../../src/core/grid/grid';

export type Cell = CellValue | GridCell | undefined;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges: string[];
}

export interface TaskSpec {
  name: string;
  content?: string;
  /** Amounts in the table's unit; `total` defaults to the parts' sum. */
  fiscal: number | string | null;
  other: number | string | null;
  total?: number | string | null;
}

export interface IndicatorSpec {
  l1: string;
  l2: string;
  name: string;
  target: Cell;
}

export type TextStyle = 'thousands' | 'fullwidth' | 'spaces' | 'plain';

export interface LayoutOptions {
  sheet?: string;
  year?: number;
  unit?: string;
  /** Zero-based row and column of the table's top-left cell. */
  origin?: { row: number; col: number };
  /** false: no merged cells at all; 一级/二级 written once per run, blank below. */
  merges?: boolean;
  /** 一级/二级 typed again on every row of their run, unmerged (Sichuan's form; exports that fill merged cells down). */
  repeatCategories?: boolean;
  /** Write every amount as text in this style. */
  amountsAsText?: TextStyle;
  /** Label text overrides, keyed by the standard label. */
  labels?: Record<string, string>;
  /** Insert an empty column before this relative column. */
  spacerBefore?: number;
  goal?: string;
}

export interface DepartmentOptions extends LayoutOptions {
  tasks?: TaskSpec[];
  indicators?: IndicatorSpec[];
  /** Override the 金额合计 row: null leaves it out; numbers replace computed sums. */
  grandTotal?: null | { total?: number | string; fiscal?: number | string; other?: number | string };
}

export interface ProjectOptions extends LayoutOptions {
  projectName?: string;
  funds?: { total?: number | string | null; parts: [label: string, amount: number | string | null][] };
  indicators?: IndicatorSpec[];
}

export const CLEAN_TASKS: TaskSpec[] = [
  { name: '企业人才建设', content: '组织开展企业交流活动。', fiscal: 350, other: 0 },
  { name: '综合信息服务平台', content: '平台运行维护与安全测评。', fiscal: 388.3, other: 11.7 },
  { name: '基本支出', content: '人员、公用支出。', fiscal: 3263.74, other: 0 },
  { name: '一般管理事务', content: '培训费、差旅费等。', fiscal: 309.16, other: 0.01 },
  { name: '劳务派遣', content: '劳务派遣人员工资、五险一金。', fiscal: 246.94, other: 0.1 },
];

export const CLEAN_INDICATORS: IndicatorSpec[] = [
  { l1: '产出', l2: '数量', name: '展会支持对象数', target: '8家' },
  { l1: '产出', l2: '数量', name: '发放政策宣传资料数量', target: '≥2万套' },
  { l1: '产出', l2: '数量', name: '重点楼宇信息采集频次', target: '每季度至少一次' },
  { l1: '产出', l2: '数量', name: '商协会人才支持资金', target: '90 万元' },
  { l1: '产出', l2: '质量', name: '研究课题验收通过率', target: '100%' },
  { l1: '产出', l2: '质量', name: '系统正常运转率', target: '不少于 95%' },
  { l1: '产出', l2: '时效', name: '工作计划完成时间', target: '2023年12月31日前' },
  { l1: '产出', l2: '成本', name: '预算执行率', target: '≥97%' },
  { l1: '效益', l2: '经济效益', name: '引进优质项目数量', target: '8 家' },
  { l1: '效益', l2: '社会效益', name: '企业对写字楼需求匹配度', target: '提高 25%' },
  { l1: '效益', l2: '社会效益', name: '政策知晓率', target: '80%' },
  { l1: '效益', l2: '可持续影响', name: '营商环境改善情况', target: '达成年度指标' },
  { l1: '效益', l2: '生态效益', name: '不适用', target: '不适用' },
  { l1: '满意度', l2: '服务对象满意度', name: '企业满意度', target: '≥90%' },
  { l1: '满意度', l2: '服务对象满意度', name: '人才满意度', target: '90%' },
];

const FULLWIDTH = '０１２３４５６７８９';

export function amountText(value: number, style: TextStyle): string {
  const fixed = value.toFixed(2);
  switch (style) {
    case 'thousands':
      return fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    case 'fullwidth':
      return fixed.replace(/\d/g, (d) => FULLWIDTH[Number(d)]).replace('.', '．');
    case 'spaces':
      return `  ${fixed} `;
    case 'plain':
      return fixed;
  }
}

/** Sum in hundredths, so test expectations never carry floating-point noise. */
export function sum(values: (number | null)[]): number {
  return values.reduce<number>((s, v) => s + Math.round((v ?? 0) * 100), 0) / 100;
}

class SheetWriter {
  rows: Cell[][] = [];
  merges: string[] = [];
  constructor(private readonly opts: LayoutOptions) {}

  private col(c: number): number {
    const spaced = this.opts.spacerBefore !== undefined && c >= this.opts.spacerBefore ? c + 1 : c;
    return spaced + (this.opts.origin?.col ?? 0);
  }
  private row(r: number): number {
    return r + (this.opts.origin?.row ?? 0);
  }
  label(text: string): string {
    return this.opts.labels?.[text] ?? text;
  }
  get repeatsCategories(): boolean {
    return this.opts.repeatCategories === true;
  }
  amount(v: number | string | null | undefined): Cell {
    if (v === null || v === undefined) return undefined;
    if (typeof v === 'string') return v;
    return this.opts.amountsAsText ? amountText(v, this.opts.amountsAsText) : { value: v, format: '#,##0.00' };
  }
  set(r: number, c: number, v: Cell): void {
    const row = (this.rows[this.row(r)] ??= []);
    row[this.col(c)] = v;
  }
  /** Writes v at (r, c) and merges through (r2, c2) when merges are on. */
  merged(r: number, c: number, r2: number, c2: number, v: Cell): void {
    this.set(r, c, v);
    if (this.opts.merges === false || (r === r2 && c === c2)) return;
    const a = rangeToA1({ top: this.row(r), left: this.col(c), bottom: this.row(r2), right: this.col(c2) });
    this.merges.push(a);
  }
  spec(name: string): SheetSpec {
    for (let r = 0; r < this.rows.length; r++) this.rows[r] ??= [];
    return { name, rows: this.rows, merges: this.merges };
  }
}

/** Writes indicator rows (一级 and 二级 merged per run) from relative row r; returns the next row. */
function writeIndicators(w: SheetWriter, r: number, indicators: IndicatorSpec[], nameCols: [number, number], targetCol: number): number {
  const start = r;
  const runs = (key: (i: IndicatorSpec) => string, col: number, value: (i: IndicatorSpec) => string): void => {
    let i = 0;
    while (i < indicators.length) {
      let j = i;
      while (j + 1 < indicators.length && key(indicators[j + 1]) === key(indicators[i])) j++;
      if (w.repeatsCategories) for (let k = i; k <= j; k++) w.set(start + k, col, value(indicators[k]));
      else w.merged(start + i, col, start + j, col, value(indicators[i]));
      i = j + 1;
    }
  };
  runs((i) => i.l1, 1, (i) => i.l1);
  runs((i) => `${i.l1}\u0000${i.l2}`, 2, (i) => i.l2);
  indicators.forEach((ind, k) => {
    w.merged(start + k, nameCols[0], start + k, nameCols[1], ind.name);
    w.set(start + k, targetCol, ind.target);
  });
  return start + indicators.length;
}

export function departmentTable(opts: DepartmentOptions = {}): SheetSpec {
  const year = opts.year ?? 2023;
  const unit = opts.unit ?? '万元';
  const tasks = opts.tasks ?? CLEAN_TASKS;
  const indicators = opts.indicators ?? CLEAN_INDICATORS;
  const w = new SheetWriter(opts);
  const L = (s: string): string => w.label(s);
  w.merged(0, 0, 0, 6, L('部门（单位）整体支出绩效目标表'));
  w.merged(1, 0, 1, 6, `（${year} 年度）`);
  w.set(2, 6, `单位：${unit}`);
  w.set(3, 0, L('部门（单位）名称'));
  w.merged(3, 1, 3, 2, '深圳市福田区投资推广和企业服务中心');
  w.set(3, 3, L('主管部门'));
  w.merged(3, 4, 3, 6, '深圳市福田区投资推广和企业服务中心');
  w.merged(4, 0, 5, 0, L('任务名称'));
  w.merged(4, 1, 5, 3, L('主要内容'));
  w.merged(4, 4, 4, 6, L(`预算金额（${unit}）`));
  w.set(5, 4, L('总额'));
  w.set(5, 5, L('其中：财政拨款'));
  w.set(5, 6, L('其中：其他资金'));
  let r = 6;
  for (const t of tasks) {
    w.set(r, 0, t.name);
    w.merged(r, 1, r, 3, t.content ?? t.name);
    const total = t.total !== undefined ? t.total : typeof t.fiscal === 'string' || typeof t.other === 'string' ? null : sum([t.fiscal, t.other]);
    w.set(r, 4, w.amount(total));
    w.set(r, 5, w.amount(t.fiscal));
    w.set(r, 6, w.amount(t.other));
    r++;
  }
  if (opts.grandTotal !== null) {
    const num = (v: number | string | null | undefined): number | null => (typeof v === 'number' ? v : null);
    const fiscal = sum(tasks.map((t) => num(t.fiscal)));
    const other = sum(tasks.map((t) => num(t.other)));
    w.set(r, 0, L('金额合计'));
    w.merged(r, 1, r, 3, '');
    w.set(r, 4, w.amount(opts.grandTotal?.total ?? sum(tasks.map((t) => num(t.total !== undefined ? t.total : sum([num(t.fiscal), num(t.other)]))))));
    w.set(r, 5, w.amount(opts.grandTotal?.fiscal ?? fiscal));
    w.set(r, 6, w.amount(opts.grandTotal?.other ?? other));
    r++;
  }
  w.set(r, 0, L('年度总体目标'));
  w.merged(r, 1, r, 6, opts.goal ?? '优化营商环境，服务企业发展，完成年度各项工作任务。');
  r++;
  const headerRow = r;
  w.set(r, 1, L('一级指标'));
  w.set(r, 2, L('二级指标'));
  w.merged(r, 3, r, 5, L('三级指标'));
  w.set(r, 6, L('目标值'));
  const end = writeIndicators(w, r + 1, indicators, [3, 5], 6);
  w.merged(headerRow, 0, Math.max(headerRow, end - 1), 0, L('年度绩效指标'));
  return w.spec(opts.sheet ?? `${year}年度`);
}

export function projectTable(opts: ProjectOptions = {}): SheetSpec {
  const year = opts.year ?? 2023;
  const unit = opts.unit ?? '万元';
  const indicators = opts.indicators ?? CLEAN_INDICATORS.filter((i) => i.name !== '商协会人才支持资金');
  const parts = opts.funds?.parts ?? [
    ['其中：财政拨款', 120.5],
    ['其他资金', 30],
  ];
  const w = new SheetWriter(opts);
  const L = (s: string): string => w.label(s);
  w.merged(0, 0, 0, 6, L('项目支出绩效目标表'));
  w.merged(1, 0, 1, 6, `（${year}年度）`);
  w.set(3, 0, L('项目名称'));
  w.merged(3, 1, 3, 6, opts.projectName ?? '企业服务综合信息平台运维项目');
  w.set(4, 0, L('主管部门'));
  w.merged(4, 1, 4, 2, '深圳市福田区投资推广和企业服务中心');
  w.set(4, 3, L('实施单位'));
  w.merged(4, 4, 4, 6, '深圳市福田区投资推广和企业服务中心');
  const fundTop = 5;
  w.merged(fundTop, 0, fundTop + parts.length, 0, L(`项目资金（${unit}）`));
  w.merged(fundTop, 1, fundTop, 2, L('年度资金总额'));
  const nums = parts.map(([, v]) => (typeof v === 'number' ? v : null));
  const total = opts.funds && 'total' in opts.funds ? opts.funds.total : sum(nums);
  w.set(fundTop, 3, w.amount(total));
  parts.forEach(([label, v], i) => {
    w.merged(fundTop + 1 + i, 1, fundTop + 1 + i, 2, L(label));
    w.set(fundTop + 1 + i, 3, w.amount(v));
  });
  let r = fundTop + parts.length + 1;
  w.set(r, 0, L('年度目标'));
  w.merged(r, 1, r, 6, opts.goal ?? '保障平台全年稳定运行，完成安全测评和功能维护。');
  r++;
  const headerRow = r;
  w.set(r, 1, L('一级指标'));
  w.set(r, 2, L('二级指标'));
  w.merged(r, 3, r, 4, L('三级指标'));
  w.set(r, 5, L('指标值'));
  w.set(r, 6, L('备注'));
  const end = writeIndicators(w, r + 1, indicators, [3, 4], 5);
  w.merged(headerRow, 0, Math.max(headerRow, end - 1), 0, L('绩效指标'));
  return w.spec(opts.sheet ?? `${year}项目`);
}

export function toGrid(spec: SheetSpec): Grid {
  return Grid.fromValues(spec.name, spec.rows, spec.merges);
}

/** Writes sheets into an ExcelJS workbook, as a person would keep them in Excel. */
export function toWorkbook(specs: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === undefined || cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell === 'object') {
          target.value = cell.formula ? { formula: cell.formula.replace(/^=/, ''), result: cell.value ?? undefined } as ExcelJS.CellFormulaValue : cell.value;
          if (cell.format) target.numFmt = cell.format;
        } else target.value = cell;
      }),
    );
    for (const m of spec.merges) ws.mergeCells(m);
  }
  return wb;
}

/** The tables one under another on one sheet, a blank row after each, as a batch exported as one long sheet. */
export function stackedSpecs(specs: readonly SheetSpec[], name: string): SheetSpec {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  for (const spec of specs) {
    const top = rows.length;
    rows.push(...spec.rows, []);
    for (const m of spec.merges) {
      const r = parseRange(m);
      merges.push(rangeToA1({ ...r, top: r.top + top, bottom: r.bottom + top }));
    }
  }
  return { name, rows, merges };
}

export async function toXlsx(specs: SheetSpec[]): Promise<Buffer> {
  return Buffer.from(await toWorkbook(specs).xlsx.writeBuffer());
}

/** Cell address of the first cell in the spec whose value equals text. */
export function findCell(spec: SheetSpec, text: string): string {
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const value = v !== null && typeof v === 'object' ? v.value : v;
      if (value === text) return `${columnLetters(c)}${r + 1}`;
    }
  }
  throw new Error(`no cell holds ${text}`);
}

/** Spec with one cell replaced (A1 address). */
export function withCell(spec: SheetSpec, address: string, value: Cell): SheetSpec {
  const p = parseRange(address);
  const rows = spec.rows.map((r) => [...(r ?? [])]);
  (rows[p.top] ??= [])[p.left] = value;
  return { ...spec, rows };
}

/**
 * The sheet printed over pages and converted a worksheet a page (a PDF's converter): cut above each
 * row of `cuts` (0-based), an area merged over a cut split there, its part on the later page blank;
 * with `repeat` ([first, last] rows), those rows (the indicator header) again at the top of every later
 * page, as Word repeats a table's header rows. Pages named 第1页, 第2页 ….
 */
export function printedPages(spec: SheetSpec, cuts: readonly number[], repeat?: readonly [number, number]): SheetSpec[] {
  const bounds = [0, ...cuts, spec.rows.length];
  const header = repeat ? spec.rows.slice(repeat[0], repeat[1] + 1) : [];
  return bounds.slice(0, -1).map((top, i) => {
    const bottom = bounds[i + 1] - 1;
    const lead = i > 0 ? header.length : 0;
    const rows = [...(i > 0 ? header.map((r) => [...r]) : []), ...spec.rows.slice(top, bottom + 1).map((r) => [...(r ?? [])])];
    const areas = spec.merges.map(parseRange);
    const merges = i > 0 && repeat ? mergesOnPage(areas, repeat[0], repeat[1]) : [];
    return { name: `第${i + 1}页`, rows, merges: [...merges, ...mergesOnPage(areas, top, bottom, lead)] };
  });
}

/**
 * The sheet printed over two pages, cut above row `cut` (with the header's rows `repeat` again atop the
 * second: `printedPages`), and converted back to one sheet: `between` the first page's foot and the
 * second page's top (a page's number, blank lines), as a PDF's conversion to one sheet keeps them.
 */
export function printedOnOneSheet(spec: SheetSpec, cut: number, repeat: readonly [number, number] | undefined, between: Cell[][] = []): SheetSpec {
  const [first, second] = printedPages(spec, [cut], repeat);
  const shift = first.rows.length + between.length;
  const moved = second.merges.map((m) => {
    const r = parseRange(m);
    return rangeToA1({ ...r, top: r.top + shift, bottom: r.bottom + shift });
  });
  return { name: spec.name, rows: [...first.rows, ...between, ...second.rows], merges: [...first.merges, ...moved] };
}

/** The zero-based row of a sheet's indicator header (一级指标 | 二级指标 …). */
export function indicatorHeaderRow(spec: SheetSpec): number {
  return spec.rows.findIndex((r) => (r ?? []).includes('一级指标'));
}

/**
 * The merged areas a page of rows top..bottom holds, the page's rows written from row `lead`: each
 * area's part on them (an area merged over a break is split, its part on a later page blank, its
 * text at the area's first cell on the page before); an area left one cell is none.
 */
export function mergesOnPage(areas: readonly CellRange[], top: number, bottom: number, lead = 0): string[] {
  const out: string[] = [];
  for (const m of areas) {
    const a = Math.max(m.top, top);
    const b = Math.min(m.bottom, bottom);
    if (a > b || (a === b && m.left === m.right)) continue;
    out.push(rangeToA1({ top: a - top + lead, left: m.left, bottom: b - top + lead, right: m.right }));
  }
  return out;
}
