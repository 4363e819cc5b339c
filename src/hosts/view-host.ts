import { Grid } from '../core/grid/grid';
import { Patch } from '../core/compute/patch';
import { Finding } from '../core/rules/rule';
import { SheetSpec } from '../core/template/sheet-spec';
import { HostCapabilities, PaneSettings, PatchPreview, SheetFindings, WorkbookHost, WorkbookInfo } from './workbook-host';

const NO_MARKS: readonly Finding[] = [];

/**
 * A WorkbookHost for workbooks outside Excel: marks, the selection, the active sheet and the
 * settings are kept beside the workbook (never written into it) for a sheet view to draw.
 * Subclasses say where the workbook itself lives.
 */
export abstract class ViewHost implements WorkbookHost {
  private readonly marks = new Map<string, Finding[]>();
  /** Findings of a reconciliation across files (the preview's), shown beside the pane's own. */
  private reconciled: readonly Finding[] = NO_MARKS;
  /** Each sheet's marks, own and reconciled, until the next change. */
  private readonly merged = new Map<string, readonly Finding[]>();
  private selection: { sheet: string; cell: string } | null = null;
  private settings: Partial<PaneSettings> = {};
  private readonly listeners = new Set<() => void>();
  private version = 0;

  protected constructor(protected active: string) {}

  abstract describe(): Promise<WorkbookInfo>;
  abstract readSheet(sheet?: string): Promise<Grid>;

  async describeAndRead(sheet?: string): Promise<{ info: WorkbookInfo; grid: Grid }> {
    const [info, grid] = await Promise.all([this.describe(), this.readSheet(sheet)]);
    return { info, grid };
  }
  abstract readWorkbook(): Promise<Grid[]>;
  abstract previewPatches(patches: Patch[]): Promise<PatchPreview[]>;
  abstract applyPatches(patches: Patch[]): Promise<void>;
  abstract addSheet(spec: SheetSpec): Promise<string>;

  get activeSheet(): string {
    return this.active;
  }

  get selected(): { sheet: string; cell: string } | null {
    return this.selection;
  }

  /** Changes whenever something a view of the workbook shows has changed. */
  get revision(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected changed(): void {
    this.merged.clear();
    this.version++;
    for (const l of this.listeners) l();
  }

  activate(sheet: string): void {
    this.active = sheet;
    this.changed();
  }

  /** The same array until the sheet's marks change, so views can memoise on it. */
  marksOf(sheet: string): readonly Finding[] {
    let found = this.merged.get(sheet);
    if (!found) {
      const own = this.marks.get(sheet) ?? NO_MARKS;
      const extra = this.reconciled.filter((f) => f.sheet === sheet);
      found = extra.length === 0 ? own : [...own, ...extra];
      this.merged.set(sheet, found);
    }
    return found;
  }

  allMarks(): Finding[] {
    return [...[...this.marks.values()].flat(), ...this.reconciled];
  }

  /** Replaces the reconciliation's findings on this workbook's sheets; the pane's own marks stay. */
  showReconciliation(findings: readonly Finding[]): void {
    this.reconciled = [...findings];
    this.changed();
  }

  async capabilities(): Promise<HostCapabilities> {
    return { notes: true, mergedAreas: true };
  }

  async showFindings(results: SheetFindings[]): Promise<void> {
    for (const { sheet, findings } of results) this.marks.set(sheet, [...findings]);
    this.changed();
  }

  async clearMarks(): Promise<void> {
    this.marks.clear();
    this.reconciled = NO_MARKS;
    this.changed();
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.active = sheet;
    this.selection = { sheet, cell };
    this.changed();
  }

  /** The settings the pane last saved, for views that follow its language. */
  get currentSettings(): Partial<PaneSettings> {
    return this.settings;
  }

  async loadSettings(): Promise<Partial<PaneSettings>> {
    return { ...this.settings };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.settings = { ...settings };
    this.changed();
  }
}
