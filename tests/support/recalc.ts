/**
 * Opens workbooks as a spreadsheet application would: LibreOffice headless (converting, which
 * recalculates the formulas), and HyperFormula (a formula engine), so that tests see the values a
 * person would see after typing their amounts. A test that needs LibreOffice fails without it, saying
 * how to install it (.ci/run does).
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';

export const SOFFICE = '/usr/bin/soffice';

/** The workbook converted by LibreOffice (`to`: xlsx, ods, pdf …): the converted file's bytes. */
export function convertWithLibreOffice(bytes: Uint8Array, to: string): Buffer {
  return convertAllWithLibreOffice([bytes], to)[0];
}

/**
 * Many workbooks converted in one LibreOffice start (each start costs ~1 s): the converted files' bytes, in order.
 * `from: 'html'`: the files are web pages, opened as Calc opens one (its HTML import, not Writer's).
 */
export function convertAllWithLibreOffice(files: Uint8Array[], to: string, from: 'xlsx' | 'html' = 'xlsx'): Buffer[] {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is not installed (${SOFFICE}): apt-get install -y libreoffice-calc-nogui (.ci/run does)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-lo-'));
  const inputs = files.map((bytes, k) => {
    const input = path.join(dir, `in${k}.${from}`);
    writeFileSync(input, bytes);
    return input;
  });
  const out = path.join(dir, 'out');
  execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, ...(from === 'html' ? ['--infilter=HTML (StarCalc)'] : []), '--convert-to', to, '--outdir', out, ...inputs], { stdio: 'pipe', timeout: files.length === 1 ? 150_000 : 300_000 });
  return files.map((_, k) => readFileSync(path.join(out, `in${k}.${to.split(':')[0]}`)));
}

/** The workbook back from LibreOffice (xlsx → xlsx), formulas computed. */
export async function recalcWithLibreOffice(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(convertWithLibreOffice(bytes, 'xlsx') as unknown as ArrayBuffer);
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
