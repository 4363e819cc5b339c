import { Grid } from '../core/grid/grid';
import { Patch } from '../core/compute/patch';
import { ProfileChoice } from '../core/rules/profiles';
import { Finding, Lang } from '../core/rules/rule';
import { SheetSpec } from '../core/template/sheet-spec';

/**
 * Files taken as workbooks, by every host and in a folder: .xlsx and macro-enabled .xlsm, which read
 * alike, and .xls — Excel 97–2003, or a system's 导出 Excel so named (a web page, an XML spreadsheet,
 * tab-separated text) — each read by its own reader.
 */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xls'];

/**
 * What a file picker offers: the workbook extensions, .csv (read when chosen, as it is when named on
 * the command line; a folder's are not taken, being seldom tables), and their media types.
 */
export const WORKBOOK_FILE_TYPES = [
  ...WORKBOOK_EXTENSIONS,
  '.csv',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel.sheet.macroEnabled.12',
  'application/vnd.ms-excel',
].join(',');

/** A file name with one of the workbook extensions, in any case. */
export function isWorkbookName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKBOOK_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** What the host can do beyond reading and marking; the pane adapts instead of failing. */
export interface HostCapabilities {
  /** Messages attached to marked cells as notes (ExcelApi 1.18). */
  notes: boolean;
  /** Merged areas read from the sheet (ExcelApi 1.13); without them 一级/二级 still fill down. */
  mergedAreas: boolean;
}

export interface WorkbookInfo {
  workbook: string;
  activeSheet: string;
  sheets: string[];
}

/** One cell a patch will change, as the person will see it. */
export interface PatchPreview {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

export type HostErrorCode = 'protected' | 'cell-edit' | 'merged-conflict' | 'no-sheet' | 'hidden-sheet' | 'too-large' | 'failed';

/** A refusal the pane explains to the person; the sheet is as it was. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface PaneSettings {
  /** 'auto': each table's own taxonomy (成本 as a 一级 → cb2021). */
  profile: ProfileChoice;
  /** 'auto' follows the host's display language. */
  lang: Lang | 'auto';
  /** Rules switched off by code; absent means on. */
  rules: Record<string, boolean>;
}

export interface SheetFindings {
  sheet: string;
  findings: Finding[];
}

/**
 * Everything the task pane needs from a workbook. Excel (office.js) and the browser preview
 * (ExcelJS) implement it; components never touch either directly.
 */
export interface WorkbookHost {
  capabilities(): Promise<HostCapabilities>;
  describe(): Promise<WorkbookInfo>;
  /** The active sheet, or the named one. */
  readSheet(sheet?: string): Promise<Grid>;
  /** describe() and readSheet() together, as validating needs both: in Excel, one batch fewer. */
  describeAndRead(sheet?: string): Promise<{ info: WorkbookInfo; grid: Grid }>;
  readWorkbook(): Promise<Grid[]>;
  /** Shows findings in the cells of each sheet given, replacing earlier marks there only. */
  showFindings(results: SheetFindings[]): Promise<void>;
  /** Removes every mark this add-in made, leaving the person's own formatting, notes and values. */
  clearMarks(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  previewPatches(patches: Patch[]): Promise<PatchPreview[]>;
  /** Applies all patches or none: a refusal throws HostError and leaves the sheet unchanged. */
  applyPatches(patches: Patch[]): Promise<void>;
  /** Writes a new sheet from a spec, next to its source, never over an existing sheet; returns its name. */
  addSheet(spec: SheetSpec): Promise<string>;
  loadSettings(): Promise<Partial<PaneSettings>>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
