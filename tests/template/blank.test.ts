import ExcelJS from 'exceljs';
import { TableKind } from '../../src/core/model/table';
import { getProfile, ProfileId } from '../../src/core/rules/profiles';
import { blankTemplate } from '../../src/core/template/blank';
import { validateGrid } from '../../src/core/validate';
import { writeSheet } from '../../src/hosts/file/template-writer';
import { worksheetToGrid } from '../../src/hosts/file/workbook';
import { recalcWithHyperFormula } from '../support/recalc';

async function roundTrip(kind: TableKind, profile: ProfileId) {
  const wb = new ExcelJS.Workbook();
  writeSheet(wb, blankTemplate({ kind, year: 2024, profile, tasks: 8 }));
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await wb.xlsx.writeBuffer());
  return reread.worksheets[0];
}

describe.each([
  ['department-targets', 'legacy'],
  ['department-targets', 'cb2021'],
  ['project-targets', 'legacy'],
  ['project-targets', 'cb2021'],
] as const)('blank %s template (%s)', (kind, profile) => {
  const level2Count = Object.values(getProfile(profile).taxonomy).flat().length;

  it('is recognised as its family and year, with two indicator rows per 二级', async () => {
    const [result] = validateGrid(worksheetToGrid(await roundTrip(kind, profile)), { profile });
    expect(result.table.kind).toBe(kind);
    expect(result.table.fiscalYear).toBe(2024);
    expect(result.table.unit).toBe('万元');
    expect(result.table.indicators?.indicators).toHaveLength(level2Count * 2);
  });

  it('raises only what an unfilled table should: missing targets (and the empty goal), nothing structural', async () => {
    const [result] = validateGrid(worksheetToGrid(await roundTrip(kind, profile)), { profile });
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    expect(counts).toEqual({ 'missing-target': level2Count * 2, 'missing-goal': 1 });
  });

  it('adds amounts up with formulas once they are typed in', async () => {
    const ws = await roundTrip(kind, profile);
    if (kind === 'department-targets') {
      ws.getCell('F7').value = 100.1;
      ws.getCell('G7').value = 0.2;
      ws.getCell('F8').value = 50;
      recalcWithHyperFormula(ws);
      expect((ws.getCell('E7').value as ExcelJS.CellFormulaValue).result).toBe(100.3);
      expect((ws.getCell('E15').value as ExcelJS.CellFormulaValue).result).toBe(150.3);
    } else {
      ws.getCell('D7').value = 120.5;
      ws.getCell('D8').value = 30;
      recalcWithHyperFormula(ws);
      expect((ws.getCell('D6').value as ExcelJS.CellFormulaValue).result).toBe(150.5);
    }
    const [result] = validateGrid(worksheetToGrid(ws), { profile });
    expect(result.findings.map((f) => f.code)).not.toContain('total-mismatch');
  });

  it('lets each 二级 choose only among its own 一级’s', async () => {
    const ws = await roundTrip(kind, profile);
    const [result] = validateGrid(worksheetToGrid(ws), { profile });
    const run = result.table.indicators!.runs.find((r) => r.level1.text === '产出')!;
    expect(ws.getCell(run.level2.cell).dataValidation.formulae).toEqual([`"${getProfile(profile).taxonomy['产出'].join(',')}"`]);
    expect(ws.getCell(run.level1.cell).dataValidation.formulae).toEqual([`"${Object.keys(getProfile(profile).taxonomy).join(',')}"`]);
  });
});
