import { readFileSync } from 'fs';
import path from 'path';
import { Grid } from '../../src/core/grid/grid';
import { loadWorkbook, workbookToGrids } from '../../src/hosts/file/workbook';

export const FIXTURE = path.join(__dirname, '..', 'fixtures', 'futian-2022-department-targets.xlsx');

export async function readGrids(file: string): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(readFileSync(file)));
}

export async function fixtureGrid(): Promise<Grid> {
  return (await readGrids(FIXTURE))[0];
}

/** A worksheet's protection as ExcelJS reads it back (not in ExcelJS's types), or null when unprotected. */
export function protectionOf(ws: import('exceljs').Worksheet): { sheet?: boolean; hashValue?: string; algorithmName?: string; insertRows?: boolean } | null {
  return (ws as unknown as { sheetProtection?: ReturnType<typeof protectionOf> }).sheetProtection ?? null;
}
