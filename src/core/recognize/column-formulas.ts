import { Grid } from '../grid/grid';
import { ColumnFormula, FormulaBlock, FormulaRow } from '../model/table';
import { amountAt, fieldAt, pastBlankRow } from './cells';
import { LabelMap } from './label-map';

/**
 * A block whose column headings number the columns ①, ②, … and give some of them as formulas of the
 * others (Fujian's 资金结构: 小计 ④ = ①+②+③, 支出实现率(%) ⑥=⑤/④, 本年度结余金额 ⑦=④-⑤, 资金结余率(%)
 * ⑧=⑦/④; g-fj-ningde-dangshi-2018, ff-fj-ningde-2020-earthquake-dept-eval): the table states its own
 * arithmetic, and every row under the headings is held to it. A heading that lost its number takes
 * the one its place gives (年初部门预算安排金额 before 历年结余结转 before 年中调整金额③ is ①).
 */
export function readColumnFormulas(grid: Grid, labels: LabelMap, top: number, bottom: number): FormulaBlock | null {
  // The rows holding a circled number, from the texts the labels were found in: most tables have none.
  const rows: number[] = [];
  labels.forEachText(
    (text, r) => {
      if (rows[rows.length - 1] !== r && CIRCLED_CHAR.test(text)) rows.push(r);
    },
    Math.max(0, top),
    bottom,
  );
  for (const r of rows) {
    const block = formulaRow(grid, labels, r, bottom);
    if (block) return block;
  }
  return null;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const FULL_WIDTH_SIGNS: Record<string, string> = { '＝': '=', '＋': '+', '－': '-', '—': '-', '／': '/' };
const CIRCLED_CHAR = new RegExp(`[${CIRCLED}]`);
/** ④ = ①+②+③, ⑦=④-⑤, ⑥=⑤/④: the column's own number, then what it is made of. */
const FORMULA = new RegExp(`([${CIRCLED}])=([${CIRCLED}](?:[+\\-][${CIRCLED}])+|[${CIRCLED}]/[${CIRCLED}])`);

function formulaRow(grid: Grid, labels: LabelMap, row: number, bottom: number): FormulaBlock | null {
  // Each heading's own number: the first circled number in it; the others by their places.
  const headings: { col: number; text: string; number: number | null }[] = [];
  grid.forEachCell(
    (r, c, cell) => {
      if (grid.master(r, c).row !== r || typeof cell.value !== 'string') return;
      // Not folded: folding would make ① a 1. Full-width signs read as their half-width selves.
      const text = cell.value.replace(/\s+/g, '').replace(/[＝＋－—／]/g, (c) => FULL_WIDTH_SIGNS[c]);
      const first = CIRCLED_CHAR.exec(text);
      headings.push({ col: c, text, number: first ? CIRCLED.indexOf(first[0]) + 1 : null });
    },
    row,
    row,
  );
  const numbered = headings.findIndex((h) => h.number !== null);
  if (numbered < 0) return null;
  // Back from the first numbered heading, and on from it: each heading one more than the last.
  for (let i = numbered - 1; i >= 0 && headings[i + 1].number! > 1; i--) headings[i].number = headings[i + 1].number! - 1;
  for (let i = numbered + 1; i < headings.length; i++) {
    const previous = headings[i - 1].number;
    if (headings[i].number === null) headings[i].number = previous === null ? null : previous + 1;
    else if (previous !== null && headings[i].number !== previous + 1) return null;
  }
  const colOf = new Map<number, number>();
  for (const h of headings) if (h.number !== null) colOf.set(h.number, h.col);
  const formulas: ColumnFormula[] = [];
  for (const h of headings) {
    const m = FORMULA.exec(h.text);
    if (!m || h.number === null || CIRCLED.indexOf(m[1]) + 1 !== h.number) continue;
    const operands = [...m[2].matchAll(new RegExp(`[${CIRCLED}]`, 'g'))].map((x) => colOf.get(CIRCLED.indexOf(x[0]) + 1));
    if (operands.some((c) => c === undefined)) return null;
    const kind = m[2].includes('/') ? 'ratio' : m[2].includes('-') ? 'difference' : 'sum';
    // A difference of two, as the form writes it (④-⑤); a longer one is not read.
    if (kind === 'difference' && operands.length !== 2) continue;
    formulas.push({ target: h.col, kind, operands: operands as number[], text: `${m[1]}=${m[2]}`, heading: fieldAt(grid, row, h.col) });
  }
  if (formulas.length === 0) return null;
  // The rows under the headings: each with a number in a column the formulas use, up to the next label.
  const used = [...new Set(formulas.flatMap((f) => [f.target, ...f.operands]))].sort((a, b) => a - b);
  const first = used[0];
  const rows: FormulaRow[] = [];
  let lastRow = row;
  for (let r = row + 1; r <= bottom && r < grid.rowCount; r++) {
    if (labels.inRow(r).some((h) => h.col >= first)) break;
    const cells = new Map(used.map((c) => [c, amountAt(grid, r, c)]));
    if (![...cells.values()].some((a) => a.reading.kind === 'number')) {
      if (used.every((c) => grid.text(r, c) === '')) continue;
      break;
    }
    // The row's name: the nearest text left of the numbers.
    let name = fieldAt(grid, r, 0);
    for (let c = first - 1; c >= 0; c--) {
      if (grid.text(r, c) !== '' && grid.master(r, c).row === r) {
        name = fieldAt(grid, r, c);
        break;
      }
    }
    rows.push({ name, cells });
    lastRow = r;
  }
  return rows.length > 0 ? { headingRow: row, formulas, rows, lastRow } : null;
}

/**
 * A rate defined in its own heading as one column over another, beside the columns it names and a
 * result column (深圳's 专项债券 自评表: 总体支出进度 (当年实际支出金额/项目当年下达额度) | 实际支出金额 | 下达额度 |
 * 实际完成值, its figures on the row under them; an-gd-luohu-2022-gas-pipe-bond-eval, every reading): the result is
 * held to the ratio as a heading's formula is.
 */
export function readRatioHeading(grid: Grid, labels: LabelMap, top: number, bottom: number): FormulaBlock | null {
  let found: FormulaBlock | null = null;
  labels.forEachText(
    (text, r, c) => {
      if (found || (text.indexOf('/') < 0 && text.indexOf('／') < 0)) return;
      const m = RATIO_HEADING.exec(text.replace(/\s/g, ''));
      if (!m || r + 1 > bottom) return;
      let num = -1;
      let den = -1;
      let result = -1;
      for (let col = c + 1; col < grid.colCount; col++) {
        const heading = grid.ownText(r, col).replace(/\s/g, '');
        if (heading === '') continue;
        if (num < 0 && m[1].endsWith(heading)) num = col;
        else if (den < 0 && m[2].endsWith(heading)) den = col;
        else if (result < 0 && RESULT_HEADING.test(heading)) result = col;
      }
      if (num < 0 || den < 0 || result < 0) return;
      // The figures' row: the next under the headings' (a tall heading row a PDF's converter split in two and merged
      // down), or the one after a wholly blank row left between.
      const figures = pastBlankRow(grid, (grid.mergeAt(r, num)?.bottom ?? r) + 1, bottom);
      if (figures > bottom) return;
      const cells = new Map([num, den, result].map((col) => [col, amountAt(grid, figures, col)]));
      if (cells.get(num)!.reading.kind !== 'number' || cells.get(den)!.reading.kind !== 'number') return;
      const heading = fieldAt(grid, r, c);
      const lastRow = grid.mergeAt(figures, num)?.bottom ?? figures;
      found = { headingRow: r, formulas: [{ target: result, kind: 'ratio', operands: [num, den], text: `${m[1]}/${m[2]}`, heading }], rows: [{ name: heading, cells }], lastRow };
    },
    Math.max(0, top),
    bottom,
  );
  return found;
}
/** 总体支出进度 (当年实际支出金额/项目当年下达额度): a name, then what over what. */
const RATIO_HEADING = /[（(]([^/／()（）]{2,})[/／]([^/／()（）]{2,})[)）]$/;
const RESULT_HEADING = /实际完成值|完成值|实际值/;
