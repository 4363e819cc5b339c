/**
 * Recalculates a workbook's formulas as a spreadsheet application would: LibreOffice headless
 * where it is installed, and HyperFormula (a formula engine) always, so that tests see the values
 * a person would see after typing their amounts.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';

export const SOFFICE = '/usr/bin/soffice';

/** The workbook back from LibreOffice (xlsx → xlsx), formulas computed; null when it is not installed. */
export async function recalcWithLibreOffice(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  if (!existsSync(SOFFICE)) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-lo-'));
  const input = path.join(dir, 'in.xlsx');
  writeFileSync(input, bytes);
  const out = path.join(dir, 'out');
  const r = spawnSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', out, input], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(out, 'in.xlsx')) as unknown as ArrayBuffer);
  return wb;
}

/** Computes every formula of a sheet with HyperFormula and stores the results as ExcelJS formula results. */
export function recalcWithHyperFormula(ws: ExcelJS.Worksheet): void {
  const data: (string | number | boolean | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: (string | number | boolean | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) out[c - 1] = `=${v.formula}`;
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[c - 1] = v;
      else out[c - 1] = null;
    });
    data[r - 1] = out;
  });
  for (let r = 0; r < data.length; r++) data[r] = Array.from(data[r] ?? [], (v) => v ?? null);
  const hf = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) {
        const result = hf.getCellValue({ sheet: 0, row: Number(cell.row) - 1, col: Number(cell.col) - 1 });
        cell.value = { formula: (v as ExcelJS.CellFormulaValue).formula, result: typeof result === 'number' ? Number(result.toFixed(10)) : (result as never) } as ExcelJS.CellFormulaValue;
      }
    });
  });
  hf.destroy();
}
