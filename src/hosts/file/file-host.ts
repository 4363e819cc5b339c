import ExcelJS from 'exceljs';
import { Grid } from '../../core/grid/grid';
import { Patch } from '../../core/compute/patch';
import { Finding } from '../../core/rules/rule';
import { HostCapabilities, HostError, PaneSettings, PatchPreview, SheetFindings, WorkbookHost, WorkbookInfo } from '../workbook-host';
import { worksheetToGrid } from './workbook';

/**
 * A WorkbookHost over an .xlsx held in memory (ExcelJS): the browser preview's workbook, and the
 * pane's tests. Marks are kept beside the workbook, never written into it; fixes are.
 */
export class FileHost implements WorkbookHost {
  private active: string;
  private readonly marks = new Map<string, Finding[]>();
  private selection: { sheet: string; cell: string } | null = null;
  private settings: Partial<PaneSettings> = {};
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {
    this.active = workbook.worksheets[0]?.name ?? '';
  }

  /** Called after anything a view of the workbook shows has changed (marks, selection, values). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  get activeSheet(): string {
    return this.active;
  }

  activate(sheet: string): void {
    this.sheet(sheet);
    this.active = sheet;
    this.changed();
  }

  marksOf(sheet: string): readonly Finding[] {
    return this.marks.get(sheet) ?? [];
  }

  get selected(): { sheet: string; cell: string } | null {
    return this.selection;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError('no-sheet', name);
    return ws;
  }

  async capabilities(): Promise<HostCapabilities> {
    return { notes: true, mergedAreas: true };
  }

  async describe(): Promise<WorkbookInfo> {
    return { workbook: this.fileName, activeSheet: this.active, sheets: this.workbook.worksheets.map((ws) => ws.name) };
  }

  async readSheet(sheet?: string): Promise<Grid> {
    return worksheetToGrid(this.sheet(sheet ?? this.active));
  }

  async readWorkbook(): Promise<Grid[]> {
    return this.workbook.worksheets.map(worksheetToGrid);
  }

  async showFindings(results: SheetFindings[]): Promise<void> {
    for (const { sheet, findings } of results) this.marks.set(sheet, [...findings]);
    this.changed();
  }

  async clearMarks(): Promise<void> {
    this.marks.clear();
    this.changed();
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    this.active = sheet;
    this.selection = { sheet, cell };
    this.changed();
  }

  async previewPatches(patches: Patch[]): Promise<PatchPreview[]> {
    return patches.map((p) => {
      const cell = this.sheet(p.sheet).getCell(p.cell);
      const before = cell.formula ? `=${cell.formula}` : cell.text;
      return { sheet: p.sheet, cell: p.cell, before, after: p.op === 'set-formula' ? p.formula : String(p.value) };
    });
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

  async loadSettings(): Promise<Partial<PaneSettings>> {
    return { ...this.settings };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.settings = { ...settings };
  }
}
