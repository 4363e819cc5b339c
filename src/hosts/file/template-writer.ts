import ExcelJS from 'exceljs';
import { parseRange, toA1 } from '../../core/grid/address';
import { argb, CellStyle, freeSheetName, SheetSpec } from '../../core/template/sheet-spec';

/**
 * Writes a sheet spec into a workbook with ExcelJS: a new sheet (never over an existing one),
 * looks and column widths copied from the source sheet, then the spec's values, formulas,
 * merges, list validations and prompts. Returns the sheet.
 */
export function writeSheet(target: ExcelJS.Workbook, spec: SheetSpec, source?: ExcelJS.Worksheet): ExcelJS.Worksheet {
  const ws = target.addWorksheet(freeSheetName(spec.name, target.worksheets.map((w) => w.name)));
  const rows = new Set(spec.cells.map((c) => parseRange(c.address).top));
  if (source) {
    for (let c = 1; c <= source.columnCount; c++) {
      const width = source.getColumn(c).width;
      if (width) ws.getColumn(c).width = width;
    }
    for (const r of rows) {
      const height = source.getRow(r + 1).height;
      if (height) ws.getRow(r + 1).height = height;
    }
  }
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;

  for (const m of spec.merges) ws.mergeCells(m);
  for (const cell of spec.cells) {
    const c = ws.getCell(cell.address);
    // Copied, not shared: ExcelJS hands out one style object for cells read with the same style.
    if (cell.styleFrom && source) c.style = JSON.parse(JSON.stringify(source.getCell(cell.styleFrom).style ?? {}));
    if (cell.style) applyStyle(c, cell.style);
    if (cell.formula !== undefined) c.value = { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    else if (cell.value !== undefined) c.value = cell.value;
    if (spec.protect && cell.role === 'input') c.protection = { locked: false };
  }
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
  if (spec.protect) void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return ws;
}

function eachCell(range: string, fn: (address: string) => void): void {
  const b = parseRange(range);
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(toA1(r, c));
}

function applyStyle(c: ExcelJS.Cell, s: CellStyle): void {
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
