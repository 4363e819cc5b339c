import { parseA1, parseRange, rangeToA1, toA1 } from '../grid/address';
import { Grid } from '../grid/grid';
import { Pages } from '../grid/pages';
import '../i18n/common';
import { translator } from '../i18n/i18n';
import { AmountField, everyIndicator, PerformanceTable } from '../model/table';
import { advanceYears, filingDate } from '../model/years';
import { UNCHECKED_SPLITS } from '../compute/scoring';
import { canonicalCategory, criteriaRuns, getProfile, profileOf, ProfileId } from '../rules/profiles';
import { Lang } from '../rules/rule';
import { rightOf } from '../recognize/cells';
import { withoutBracketedTargets } from '../recognize/indicator-block';
import { classifyLabel } from '../recognize/labels';
import { finishForm } from './form';
import { CellSpec, InputPrompt, ListValidation, ROLE_STYLES, SheetSpec } from './sheet-spec';
import './messages';

export interface NextYearOptions {
  /** The fiscal year of the new table. */
  year: number;
  keepAmounts?: boolean;
  keepTargets?: boolean;
  profile?: ProfileId;
  /** Language of the prompts written into the sheet. */
  lang?: Lang;
  /** Protect the sheet (default true): what a department fills unlocked, formulas locked. */
  protect?: boolean;
  password?: string;
}

/** A text the generator changed, for the person to review. */
export interface TextChange {
  cell: string;
  before: string;
  after: string;
}

export interface TemplateResult {
  spec: SheetSpec;
  changes: TextChange[];
  /** Years older than the source year, left unchanged and reported. */
  olderYears: { cell: string; year: number; text: string }[];
  /** The source table's fiscal year, when it names one. */
  sourceYear: number | null;
}

/** A template asked for the source's own year or an earlier one: most likely a slip in the year, and a point to check. */
export function yearNotAfterSource(result: Pick<TemplateResult, 'sourceYear'>, year: number): boolean {
  return result.sourceYear !== null && year <= result.sourceYear;
}

/**
 * Next fiscal year's sheet from this year's table: same layout and look, years advanced, amounts
 * and targets cleared unless kept, and every total a formula (=F7+G7, =SUM(E7:E27)) so it cannot
 * drift from its parts again. With `pages`, a table printed a worksheet a page, read across its sheets
 * stacked (`grid`): one sheet of the whole table, each row looking as on its own page.
 */
export function nextYearTemplate(grid: Grid, table: PerformanceTable, options: NextYearOptions, pages?: Pages): TemplateResult {
  const from = table.fiscalYear ?? options.year - 1;
  const to = options.year;
  const profile = getProfile(options.profile ?? profileOf(table));
  const t = translator(options.lang ?? 'zh-CN');
  const cells = new Map<string, CellSpec>();
  const changes: TextChange[] = [];
  const olderYears: TemplateResult['olderYears'] = [];
  // Cells holding the date beside a 填报日期 label.
  const dateBeside = new Set<string>();

  // Every cell of the table keeps its place and look; text moves to the new year. Only the table's
  // columns: a stray cell far right (at XFD) would otherwise make 16,384 cells of every row.
  const range = parseRange(table.range);
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const address = toA1(r, c);
      const spec: CellSpec = { address, role: 'label', styleFrom: address };
      if (!grid.isCovered(r, c)) {
        const cell = grid.cell(r, c);
        const text = typeof cell.value === 'string' ? cell.value : null;
        const filed = text === null || cell.formula !== undefined ? null : filingDate(text);
        if (cell.formula !== undefined) spec.formula = cell.formula;
        else if (text !== null && filed) {
          // This year's filing date; next year's is written in when it is filed.
          spec.value = filed.date ? filed.label : text;
          if (filed.date) changes.push({ cell: address, before: text, after: filed.label });
          else if (rightOf(grid, r, c) <= range.right) dateBeside.add(grid.masterAddress(r, rightOf(grid, r, c)));
        } else if (dateBeside.has(address)) {
          spec.value = null;
          if (cell.value !== null) changes.push({ cell: address, before: String(cell.value), after: '' });
        } else if (text !== null) {
          const advanced = advanceYears(text, from, to);
          if (advanced.changed) changes.push({ cell: address, before: text, after: advanced.text });
          for (const year of advanced.older) olderYears.push({ cell: address, year, text });
          spec.value = advanced.text;
        } else spec.value = cell.value;
      }
      cells.set(address, spec);
    }
  }

  // A year alone in its cell, beside its label (项目年份 | 2017, 苏州's): next year's, as text about it moves.
  const yearCell = table.fiscalYearCell === undefined ? undefined : cells.get(table.fiscalYearCell);
  if (yearCell && (yearCell.value === from || yearCell.value === String(from))) {
    changes.push({ cell: yearCell.address, before: String(yearCell.value), after: String(to) });
    yearCell.value = typeof yearCell.value === 'number' ? to : String(to);
  }

  // A table whose year no cell of it names (read from its sheet's name, its columns of earlier years
  // or its filing date) says it in next year's title: read again, it would be this year's.
  if (table.fiscalYearCell === undefined && table.title) {
    const spec = cells.get(table.title.cell);
    if (spec && typeof spec.value === 'string') {
      const after = `${spec.value}（${to}年度）`;
      changes.push({ cell: table.title.cell, before: spec.value, after });
      spec.value = after;
    }
  }

  // A field outside the table's rows would be a recognition slip: left as it is, never the end of the template.
  const input = (field: AmountField | { cell: string } | undefined, keep: boolean): void => {
    const spec = field && cells.get(field.cell);
    if (!spec) return;
    spec.role = 'input';
    if (!keep) spec.value = null;
    delete spec.formula;
    spec.style = ROLE_STYLES.input;
  };
  const formula = (cell: string | undefined, f: string): void => {
    const spec = cell && cells.get(cell);
    if (spec) Object.assign(spec, { role: 'formula', formula: f, value: undefined, style: ROLE_STYLES.formula });
  };
  const keepAmounts = options.keepAmounts ?? false;
  // What a department writes in and this year's text can start from: names, tasks, units.
  for (const field of [table.name, table.supervisor]) if (field && field.text.trim() !== '' && !isLabelCell(field.cell)) input(field, true);

  const tasks = table.tasks;
  if (tasks) {
    for (const task of tasks.tasks) {
      input(task.name, true);
      if (task.content) input(task.content, true);
      task.parts.forEach((p) => input(p, keepAmounts));
      if (task.parts.length > 0) formula(task.total?.cell, `=${task.parts.map((p) => p.cell).join('+')}`);
      else input(task.total, keepAmounts);
    }
    // A column's sum over tasks: a range, unless subtotals or headings lie inside it (counted twice).
    const columnSum = (rows: readonly number[], col: number): string => {
      const inside = tasks.groups.some((g) => g.row > rows[0] && g.row < rows[rows.length - 1]);
      return inside ? `=SUM(${rows.map((r) => toA1(r, col)).join(',')})` : `=SUM(${rangeToA1({ top: rows[0], left: col, bottom: rows[rows.length - 1], right: col })})`;
    };
    for (const g of tasks.groups) {
      if (g.kind === 'breakdown' || g.children.length === 0) continue;
      for (const cell of [g.total, ...g.parts]) if (cell) formula(cell.cell, columnSum(g.children.map((t) => t.row), parseA1(cell.cell).col));
    }
    const totalRow = tasks.totalRow;
    if (totalRow && tasks.tasks.length > 0) {
      const columns = [totalRow.total, ...totalRow.parts];
      for (const cell of columns) {
        if (!cell) continue;
        formula(cell.cell, columnSum(tasks.tasks.map((t) => t.row), parseA1(cell.cell).col));
      }
    }
  }
  // The year's funds, and the central form's whole-period funds beside them: parts typed, total a formula.
  for (const funds of [table.funds, table.midTermFunds, ...(table.innerFunds ?? [])]) {
    if (!funds) continue;
    const parts = funds.parts.map((p) => p.amount);
    parts.forEach((p) => input(p, keepAmounts));
    if (parts.length > 0) formula(funds.total.amount.cell, `=${parts.map((p) => p.cell).join('+')}`);
  }
  // A block whose headings give its arithmetic (Fujian's 资金结构): the columns they are made of typed,
  // the sums and differences their formulas; the rates typed again (a formula would show a fraction
  // where the form types percent).
  const fb = table.formulaBlock;
  if (fb) {
    const given = new Set(fb.formulas.filter((f) => f.kind !== 'ratio').map((f) => f.target));
    for (const row of fb.rows) {
      for (const [col, amount] of row.cells) if (!given.has(col)) input(amount, keepAmounts);
      for (const f of fb.formulas) {
        if (f.kind === 'ratio') continue;
        const refs = f.operands.map((c) => row.cells.get(c)!.cell);
        formula(row.cells.get(f.target)!.cell, `=${refs.join(f.kind === 'sum' ? '+' : '-')}`);
      }
    }
  }
  if (table.goal) input(table.goal, true);
  if (table.goalActual) input(table.goalActual, false);
  for (const line of table.goalLines ?? []) {
    input(line.goal, true);
    if (line.actual) input(line.actual, false);
  }
  selfEvaluation(table, { input, formula, keepAmounts, grades: UNCHECKED_SPLITS[profile.weights].grades, cells });

  const lists: ListValidation[] = [];
  const prompts: InputPrompt[] = [];
  const block = table.indicators;
  if (block) {
    const level1s = Object.keys(profile.taxonomy);
    const allLevel2 = Object.values(profile.taxonomy).flat();
    const ranged = (cell: string): string => {
      const p = parseA1(cell);
      const m = grid.mergeAt(p.row, p.col);
      return m ? rangeToA1(m) : cell;
    };
    const seen = new Set<string>();
    const walked = new Set<object>();
    const listAt = (cell: string, list: string[]): void => {
      if (seen.has(cell)) return;
      seen.add(cell);
      lists.push({ range: ranged(cell), list });
    };
    // The sets beside the table's own (中期 | 年度) are filled in alike.
    for (const run of [block, ...(table.otherIndicators ?? [])].flatMap((b) => b.runs)) {
      listAt(run.level1.cell, level1s);
      // Each 二级 offers only the 二级 of its own 一级, so it cannot be put under the wrong one.
      const level2s = [...(profile.taxonomy[canonicalCategory(profile, run.level1.text)] ?? allLevel2)];
      listAt(run.level2.cell, level2s);
      // A run typed again on each of its rows, unmerged, is one run: each of those cells gets the
      // list too (a 一级 shared by many 二级 runs walked once).
      for (const [field, list] of [
        [run.level1, level1s],
        [run.level2, level2s],
      ] as const) {
        if (walked.has(field)) continue;
        walked.add(field);
        const at = parseA1(field.cell);
        for (let r = at.row + 1; r <= table.lastRow && grid.mergeAt(r, at.col) === undefined && grid.ownText(r, at.col) === field.text; r++) listAt(toA1(r, at.col), list);
      }
    }
    // One prompt text for every target: translated once, not once per indicator (40,000 took a second).
    const promptTitle = t('template:targetPromptTitle');
    const promptMessage = t('template:targetPrompt');
    // Criteria (the framework's 项目决策 rows, a score sheet's) have no target to set, and their names are the framework's.
    const criteria = criteriaRuns(table, profile);
    for (const ind of everyIndicator(table)) {
      if (criteria.size > 0 && criteria.has(ind.level1.runStart)) continue;
      // Names and targets in one cell (安徽's 【一级-二级】 lines): the cell stays, its targets emptied.
      if (block.bracketed) {
        const spec = cells.get(ind.target.cell);
        if (spec && spec.role !== 'input') {
          input(ind.target, true);
          if (!options.keepTargets && typeof spec.value === 'string') spec.value = withoutBracketedTargets(spec.value);
          prompts.push({ range: ranged(ind.target.cell), title: promptTitle, message: promptMessage });
        }
        continue;
      }
      input(ind.target, options.keepTargets ?? false);
      if (ind.unitColumn) input(ind.unitColumn, true);
      const spec = cells.get(ind.name.cell);
      if (spec) {
        spec.role = 'input';
        spec.style = ROLE_STYLES.input;
      }
      prompts.push({ range: ranged(ind.target.cell), title: promptTitle, message: promptMessage });
    }
  }

  const spec: SheetSpec = {
    name: sheetNameFor(grid.name, from, to),
    sourceSheet: grid.name,
    ...(pages && { sourcePages: pages.sheets.map((sheet, i) => ({ sheet, top: pages.starts[i], from: pages.froms[i] })) }),
    cells: [...cells.values()],
    merges: grid.merges.filter((m) => m.top >= table.firstRow && m.bottom <= table.lastRow).map(rangeToA1),
    lists,
    prompts,
  };
  const { bodyTop, titleRows } = titleLines(grid, table, range.right);
  const dataRows = new Set<number>([...(table.tasks?.tasks ?? []).map((t) => t.row), ...(table.indicators?.indicators ?? []).map((i) => i.row)]);
  return {
    spec: finishForm(spec, {
      kind: table.kind,
      year: to,
      unit: table.unit ?? '万元',
      profile: profile.id,
      lang: options.lang ?? 'zh-CN',
      protect: options.protect,
      password: options.password,
      rows: { first: table.firstRow, last: table.lastRow },
      columns: { left: range.left, right: Math.min(range.right, grid.colCount - 1) },
      bodyTop,
      titleRows,
      dataRows,
    }),
    changes,
    olderYears,
    sourceYear: table.fiscalYear,
  };

  function isLabelCell(address: string): boolean {
    const v = grid.cell(parseA1(address).row, parseA1(address).col).value;
    return typeof v === 'string' && classifyLabel(v) !== null;
  }
}

interface EvalWriters {
  input(field: AmountField | { cell: string } | undefined, keep: boolean): void;
  formula(cell: string | undefined, f: string): void;
  keepAmounts: boolean;
  grades: readonly { grade: string; min: number }[];
  cells: Map<string, CellSpec>;
}

/**
 * A self-evaluation's cells: budgets, execution and results are typed in (cleared unless kept),
 * as are indicator scores (an evaluator's grading within a band); the 执行率, the budget line's
 * 得分, the 总分 and the 评价等级 are formulas, locked, blank until there is something to compute.
 */
function selfEvaluation(table: PerformanceTable, w: EvalWriters): void {
  const funds = table.evalFunds;
  if (funds) {
    for (const line of [funds.total, ...funds.parts]) {
      for (const f of [line.initial, line.budget, line.executed]) w.input(f, w.keepAmounts);
    }
    // 年度资金总额 adds up its 其中 lines, column by column, where every line has the column.
    for (const column of ['initial', 'budget', 'executed'] as const) {
      const total = funds.total[column];
      const parts = funds.parts.map((p) => p[column]);
      if (total && parts.length > 0 && parts.every((p) => p !== undefined)) w.formula(total.cell, `=${parts.map((p) => p!.cell).join('+')}`);
    }
    for (const line of [funds.total, ...funds.parts]) {
      const { budget, executed, weight } = line;
      if (budget && executed) {
        const guard = `N(${budget.cell})=0`;
        if (line.rate) {
          w.formula(line.rate.cell, `=IF(${guard},"",${executed.cell}/${budget.cell})`);
          const rate = w.cells.get(line.rate.cell)!;
          rate.style = { ...rate.style, numberFormat: '0.00%' };
        }
        if (line.score && weight) w.formula(line.score.cell, `=IF(${guard},"",${weight.cell}*MIN(1,${executed.cell}/${budget.cell}))`);
      }
    }
  }
  const scores = (table.indicators?.indicators ?? []).map((i) => i.evaluation?.score?.cell).filter((c): c is string => c !== undefined);
  for (const ind of table.indicators?.indicators ?? []) {
    const e = ind.evaluation;
    if (!e) continue;
    w.input(e.actual, false);
    w.input(e.score, false);
    if (e.reason) w.input(e.reason, false);
  }
  const total = table.totalScore?.score?.cell;
  if (total) {
    const parts = [funds?.total.score?.cell, ...scores].filter((c): c is string => c !== undefined);
    const list = parts.join(',');
    // Excel's formulas stop at 8,192 characters: past that the 总分 stays an input.
    if (parts.length > 0 && list.length < 8000) w.formula(total, `=IF(COUNT(${list})=0,"",SUM(${list}))`);
    else w.input(table.totalScore!.score, false);
    if (table.grade && w.cells.get(table.grade.cell)?.role === 'label' && parts.length > 0) {
      const bands = [...w.grades].sort((a, b) => b.min - a.min);
      const last = bands[bands.length - 1];
      const chain = bands.slice(0, -1).reduceRight((rest, g) => `IF(${total}>=${g.min},"${g.grade}",${rest})`, `"${last.grade}"`);
      w.formula(table.grade.cell, `=IF(${total}="","",${chain})`);
    }
  } else if (table.grade) w.input(table.grade, false);
}

const TITLE_KINDS = new Set(['department-title', 'project-title', 'project-eval-title', 'department-eval-title', 'year-line', 'unit-line']);

/**
 * The table's title lines (title, year, unit, and empty rows between them), the first row below
 * them, and the rows to repeat on every printed page: the title lines and, when it follows them
 * directly, the 部门（单位）名称 / 项目名称 line.
 */
function titleLines(grid: Grid, table: PerformanceTable, right: number): { bodyTop: number; titleRows: { first: number; last: number } } {
  let r = table.firstRow;
  const isTitleLine = (row: number): boolean => {
    for (let c = 0; c <= right; c++) {
      const v = grid.isCovered(row, c) ? null : grid.cell(row, c).value;
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      const label = typeof v === 'string' ? classifyLabel(v) : null;
      if (!label || !label.kinds.some((k) => TITLE_KINDS.has(k))) return false;
    }
    return true;
  };
  while (r < table.lastRow && isTitleLine(r)) r++;
  const heads = [table.name, table.supervisor].filter((f) => f !== undefined).map((f) => parseA1(f.cell).row);
  const last = heads.includes(r) ? r : Math.max(table.firstRow, r - 1);
  return { bodyTop: r, titleRows: { first: table.firstRow, last } };
}

/** `2022年度` → `2023年度`; a name without the year gets the year in front. */
export function sheetNameFor(source: string, from: number, to: number): string {
  return source.includes(String(from)) ? source.split(String(from)).join(String(to)) : `${to}年度`;
}
