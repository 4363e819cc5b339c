import ExcelJS from 'exceljs';
import { CellRange, parseA1, parseRange, SHEET_COLUMNS, toA1 } from '../../core/grid/address';
import { fitRowHeights, specTextCells } from '../../core/template/row-heights';
import { argb, CellStyle, freeSheetName, PrintSetup, SheetSpec, sourceRuns } from '../../core/template/sheet-spec';

/** ExcelJS's index of a sheet's merged areas, by master address (read the same way in workbook.ts). */
type MergeIndex = Record<string, unknown>;

/**
 * Merges the areas, which must not overlap. ExcelJS's mergeCells checks each new area against
 * every area already merged, so 46,000 areas took minutes; here the areas are checked against each
 * other in one pass over their cells, and each is merged by ExcelJS against an empty index.
 */
export function mergeAll(ws: ExcelJS.Worksheet, areas: readonly string[]): void {
  const taken = new Set<number>();
  for (const area of areas) {
    const r = parseRange(area);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = row * SHEET_COLUMNS + col;
        if (taken.has(key)) throw new Error(`merged area ${area} overlaps another`);
        taken.add(key);
      }
    }
  }
  const sheet = ws as unknown as { _merges: MergeIndex };
  const index = sheet._merges;
  try {
    for (const area of areas) {
      sheet._merges = {};
      ws.mergeCells(area);
      Object.assign(index, sheet._merges);
    }
  } finally {
    sheet._merges = index;
  }
}

/** Excel's width of a column that does not set one, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** The workbook's sheets by name, where a template's looks are copied from. */
export type SourceSheets = (name: string) => ExcelJS.Worksheet | undefined;

/**
 * Writes a sheet spec into a workbook with ExcelJS: a new sheet (never over an existing one),
 * looks and column widths copied from the source sheet (each row's looks and height from its own
 * page, for a table read a worksheet a page), then the spec's values, formulas, merges, list
 * validations and prompts; notes on header cells, row heights fitted to the text, print setup and
 * protection; then the sheets that go with it (填报说明). Returns the sheet.
 */
export function writeSheet(target: ExcelJS.Workbook, spec: SheetSpec, sources?: SourceSheets): ExcelJS.Worksheet {
  const ws = target.addWorksheet(freeSheetName(spec.name, target.worksheets.map((w) => w.name)));
  // Each cell's place read once: for the rows and columns used, and to reach the cell by number
  // rather than have ExcelJS read its address again (a large table's template has 320,000 cells).
  const places = spec.cells.map((c) => parseRange(c.address));
  const rows = new Set(places.map((p) => p.top));
  const source = spec.sourceSheet === undefined ? undefined : sources?.(spec.sourceSheet);
  const sourceRow = rowsFrom(spec, sources, places);
  if (source) {
    // The widths of the columns the sheet's cells use, no further: ExcelJS counts a sheet's columns
    // row by row at every read of columnCount, and a stray cell at XFD would give 16,384 of them.
    const columns = places.reduce((n, p) => Math.max(n, p.right + 1), 0);
    for (let c = 1; c <= columns; c++) {
      const width = source.getColumn(c).width;
      if (width) ws.getColumn(c).width = width;
    }
  }
  for (const r of rows) {
    const from = sourceRow(r);
    const height = from?.sheet.getRow(from.row + 1).height;
    if (height) ws.getRow(r + 1).height = height;
  }
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;

  mergeAll(ws, spec.merges);
  const looks = new SharedLooks();
  for (let i = 0; i < spec.cells.length; i++) {
    const cell = spec.cells[i];
    const c = ws.getRow(places[i].top + 1).getCell(places[i].left + 1);
    const unlocked = spec.protect === true && cell.role === 'input';
    const styleFrom = cell.styleFrom === undefined ? undefined : parseA1(cell.styleFrom);
    const from = styleFrom && sourceRow(styleFrom.row);
    if (from) c.style = looks.look(from.sheet.getRow(from.row + 1).getCell(styleFrom!.col + 1).style, cell.style, unlocked);
    else {
      // Changed in place: the cells of a merged area hold their master's object and take its look with it.
      if (cell.style) applyStyle(c.style, cell.style);
      if (unlocked) c.protection = { locked: false };
    }
    if (cell.formula !== undefined) c.value = { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    else if (cell.value !== undefined) c.value = cell.value;
    if (cell.note) c.note = cell.note;
  }
  if (spec.fitRows) {
    const widths = (col: number): number => ws.getColumn(col + 1).width ?? DEFAULT_COLUMN_WIDTH;
    const fitted = fitRowHeights(specTextCells(spec, (a) => ws.getCell(a).font?.size), spec.merges, widths, spec.fitRows);
    for (const [r, h] of Object.entries(fitted)) {
      const row = ws.getRow(Number(r) + 1);
      row.height = Math.max(row.height ?? 0, h);
    }
  }
  if (spec.print) applyPrint(ws, spec.print);
  for (const { range, list } of spec.lists) {
    eachCell(range, (address) => {
      ws.getCell(address).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '指标体系',
        error: list.join('、'),
      };
    });
  }
  for (const { range, title, message } of spec.prompts) {
    eachCell(range, (address) => {
      // An input message without a rule: ExcelJS writes type "any" as a prompt-only validation.
      ws.getCell(address).dataValidation = { type: 'any', formulae: [], showInputMessage: true, promptTitle: title, prompt: message } as unknown as ExcelJS.DataValidation;
    });
  }
  // ExcelJS sets the protection (and hashes a password) synchronously inside the promise it returns.
  if (spec.protect) void ws.protect(spec.password ?? '', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true });
  for (const companion of spec.companions ?? []) writeSheet(target, companion);
  return ws;
}

/**
 * Each row's source: the sheet its looks come from and its row there (its page's, where the spec was
 * written from pages), over the rows the spec's cells use; undefined without a source sheet.
 */
function rowsFrom(spec: SheetSpec, sources: SourceSheets | undefined, places: readonly CellRange[]): (row: number) => { sheet: ExcelJS.Worksheet; row: number } | undefined {
  if (sources === undefined || places.length === 0) return () => undefined;
  const bottom = places.reduce((n, p) => Math.max(n, p.bottom), 0);
  const runs = sourceRuns(spec, 0, bottom).map((run) => ({ ...run, ws: sources(run.sheet) }));
  return (row) => {
    const run = runs.find((r) => row >= r.top && row <= r.bottom);
    return run?.ws && { sheet: run.ws, row: row - run.top + run.from };
  };
}

/** A4 (paper size 9), orientation, fit to pages wide (any number of pages tall), title rows, centred footer. */
function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  Object.assign(ws.pageSetup, {
    paperSize: 9,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  });
  if (print.titleRows) ws.pageSetup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  ws.headerFooter.oddFooter = `&C${print.footer}`;
}

function eachCell(range: string, fn: (address: string) => void): void {
  const b = parseRange(range);
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(toA1(r, c));
}

type Look = Partial<ExcelJS.Style>;

/**
 * One style object per look, shared by every cell of the sheet that has it. ExcelJS gives a style
 * object it has met before the id it gave it (a WeakMap) and works out any other from its XML: a
 * copy per cell made that ~2.3 s and ~0.4 GB of a 40,000-row template. A shared look is never
 * changed after it is made (ExcelJS's cell setters would change it for every cell), and the source's
 * looks are copied, not changed: ExcelJS hands out one object for the cells read with one style.
 */
class SharedLooks {
  /** By source look, then by change (locked, unlocked), the look made. */
  private readonly made = new Map<Look, [Map<string, Look>, Map<string, Look>]>();
  /** A change's text, worked out once per change object: a template's cells share a handful of them. */
  private readonly keys = new Map<CellStyle, string>();

  /** Cells without a style of their own each get a new empty object from ExcelJS: one key for all of them. */
  private readonly plain: Look = {};

  look(base: Look, style: CellStyle | undefined, unlocked: boolean): Look {
    const from = isEmpty(base) ? this.plain : base;
    let byChange = this.made.get(from);
    if (!byChange) this.made.set(from, (byChange = [new Map(), new Map()]));
    let key = style === undefined ? '' : this.keys.get(style);
    if (key === undefined) this.keys.set(style!, (key = JSON.stringify(style)));
    const made = byChange[unlocked ? 1 : 0];
    let look = made.get(key);
    if (!look) {
      look = JSON.parse(JSON.stringify(from)) as Look;
      if (style) applyStyle(look, style);
      if (unlocked) look.protection = { locked: false };
      made.set(key, look);
    }
    return look;
  }
}

function isEmpty(o: object): boolean {
  for (const key in o) if (Object.hasOwn(o, key)) return false;
  return true;
}

function applyStyle(c: Look, s: CellStyle): void {
  if (s.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.bold !== undefined || s.fontColor || s.size) {
    c.font = { ...(c.font ?? {}), ...(s.bold !== undefined ? { bold: s.bold } : {}), ...(s.size ? { size: s.size } : {}), ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}) };
  }
  if (s.numberFormat) c.numFmt = s.numberFormat;
  if (s.horizontal || s.vertical || s.wrap !== undefined) {
    c.alignment = { ...(c.alignment ?? {}), ...(s.horizontal ? { horizontal: s.horizontal } : {}), ...(s.vertical ? { vertical: s.vertical } : {}), ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}) };
  }
  if (s.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
    c.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}
