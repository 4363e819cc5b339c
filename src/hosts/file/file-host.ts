import ExcelJS from 'exceljs';
import { Grid } from '../../core/grid/grid';
import { Patch, patchText } from '../../core/compute/patch';
import { ViewHost } from '../view-host';
import { HostError, PatchPreview, WorkbookInfo } from '../workbook-host';
import { workbookToGrids, worksheetToGrid } from './workbook';
import { writeSheet } from './template-writer';
import { SheetSpec } from '../../core/template/sheet-spec';

/**
 * A WorkbookHost over an .xlsx held in memory (ExcelJS): the preview worker's workbook, and the
 * pane's tests. Marks are kept beside the workbook, never written into it; fixes are.
 */
export class FileHost extends ViewHost {
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {
    super(workbook.worksheets[0]?.name ?? '');
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError('no-sheet', name);
    return ws;
  }

  async describe(): Promise<WorkbookInfo> {
    return { workbook: this.fileName, activeSheet: this.active, sheets: this.workbook.worksheets.map((ws) => ws.name) };
  }

  async readSheet(sheet?: string): Promise<Grid> {
    return worksheetToGrid(this.sheet(sheet ?? this.active));
  }

  async readWorkbook(): Promise<Grid[]> {
    return workbookToGrids(this.workbook);
  }

  override async select(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    await super.select(sheet, cell);
  }

  async previewPatches(patches: Patch[]): Promise<PatchPreview[]> {
    return patches.map((p) => {
      const cell = this.sheet(p.sheet).getCell(p.cell);
      const before = cell.formula ? `=${cell.formula}` : cell.text;
      return { sheet: p.sheet, cell: p.cell, before, after: patchText(p) };
    });
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const source = spec.sourceSheet === undefined ? undefined : this.workbook.getWorksheet(spec.sourceSheet);
    const before = new Set(this.workbook.worksheets);
    const ws = writeSheet(this.workbook, spec, (name) => this.workbook.getWorksheet(name));
    // Next to its source, its 填报说明 after it, as Excel places them (ExcelJS orders sheets by their orderNo).
    if (source) {
      const added = this.workbook.worksheets.filter((s) => !before.has(s));
      const order = (s: ExcelJS.Worksheet) => s as unknown as { orderNo: number };
      const after = order(source).orderNo;
      for (const s of before) if (order(s).orderNo > after) order(s).orderNo += added.length;
      [ws, ...added.filter((s) => s !== ws)].forEach((s, i) => (order(s).orderNo = after + 1 + i));
    }
    this.activate(ws.name);
    return ws.name;
  }

  async applyPatches(patches: Patch[]): Promise<void> {
    // Checked first, written after: a refusal leaves every cell as it was.
    for (const p of patches) {
      const cell = this.sheet(p.sheet).getCell(p.cell);
      if (cell.isMerged && cell.master.address !== cell.address) throw new HostError('merged-conflict', p.cell);
    }
    for (const p of patches) {
      const cell = this.sheet(p.sheet).getCell(p.cell);
      // A formula keeps the value it computes now, so the file shows it before any recalculation.
      cell.value = p.op === 'set-formula' ? { formula: p.formula.replace(/^=/, ''), result: p.value } : p.value;
    }
    this.changed();
  }
}
