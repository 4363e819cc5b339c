/**
 * A sheet to write, independent of the host: cells with their values or formulas and roles,
 * merges, list validations and input prompts. Each host (ExcelJS, office.js) writes it.
 */
export interface CellStyle {
  bold?: boolean;
  /** Font size in points. */
  size?: number;
  /** #RRGGBB */
  fill?: string;
  fontColor?: string;
  numberFormat?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on all four sides. */
  border?: boolean;
}

/** What a cell is for: the person types into inputs; formulas compute; labels and text stay. */
export type CellRole = 'label' | 'text' | 'input' | 'formula';

export interface CellSpec {
  address: string;
  /** null clears the cell; absent leaves it as the host made it. */
  value?: string | number | boolean | null;
  /** With its leading `=`. */
  formula?: string;
  role: CellRole;
  /** Take this source-sheet cell's look (font, fill, borders, number format, alignment). */
  styleFrom?: string;
  /** Applied over the copied look. */
  style?: CellStyle;
  /** A note on the cell (what a header asks for); hosts without notes leave it out. */
  note?: string;
}

export interface ListValidation {
  /** A1 range (a cell, or a merged area's range). */
  range: string;
  list: string[];
}

export interface InputPrompt {
  range: string;
  title: string;
  message: string;
}

export interface SheetSpec {
  /** Preferred name; a host never overwrites an existing sheet and picks a free variant. */
  name: string;
  /** Sheet whose cell looks, column widths and row heights are copied (same workbook or file). */
  sourceSheet?: string;
  /**
   * A table printed a worksheet a page and read across them: the page each row comes from, from the
   * first (`sourceSheet`) on, its looks and heights copied from there. Column widths are the first page's.
   */
  sourcePages?: SourcePage[];
  /** Column widths in Excel's character units, when there is no source sheet. */
  columnWidths?: number[];
  /** Row heights in points, by zero-based row, where they differ from the default. */
  rowHeights?: Record<number, number>;
  cells: CellSpec[];
  merges: string[];
  lists: ListValidation[];
  prompts: InputPrompt[];
  /**
   * Protect the sheet, leaving inputs editable and formulas locked (templates protect by default;
   * protection clears Excel's undo). Without a password unless `password` gives one.
   */
  protect?: boolean;
  password?: string;
  /** How the sheet prints: paper, orientation, fit, repeated rows, footer. */
  print?: PrintSetup;
  /**
   * Row heights fitted to the wrapped text of these zero-based rows, by `fitRowHeights` once the
   * host knows the final column widths (a source sheet's, or `columnWidths`).
   */
  fitRows?: { first: number; last: number };
  /** Sheets written with this one, after it, in the same operation (the 填报说明 sheet). */
  companions?: SheetSpec[];
}

/** Rows `top` on (to the next page's top) of a sheet written from pages: rows `from` on of `sheet`; the first page's top is 0. */
export interface SourcePage {
  sheet: string;
  top: number;
  from: number;
}

/** The rows top..bottom of a spec as the source's: one run per page they cross, each with its sheet and first row there. */
export function sourceRuns(spec: Pick<SheetSpec, 'sourceSheet' | 'sourcePages'>, top: number, bottom: number): { sheet: string; top: number; bottom: number; from: number }[] {
  const pages = spec.sourcePages ?? (spec.sourceSheet === undefined ? [] : [{ sheet: spec.sourceSheet, top: 0, from: 0 }]);
  const runs: { sheet: string; top: number; bottom: number; from: number }[] = [];
  pages.forEach((p, i) => {
    const a = Math.max(top, p.top);
    const b = Math.min(bottom, i + 1 < pages.length ? pages[i + 1].top - 1 : bottom);
    if (a <= b) runs.push({ sheet: p.sheet, top: a, bottom: b, from: a - p.top + p.from });
  });
  return runs;
}

/** Page setup as every host writes it: A4 landscape, all columns on one page wide. */
export interface PrintSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** All columns on this many pages wide; rows run over as many pages as they need. */
  fitToPagesWide: number;
  /** Zero-based rows repeated at the top of every printed page (title and header rows). */
  titleRows?: { first: number; last: number };
  /** Footer in Excel's header/footer codes (&P page, &N pages), centred. */
  footer: string;
}

/** How inputs and formulas look in a template, so a person sees where to type. */
export const ROLE_STYLES: Partial<Record<CellRole, CellStyle>> = {
  input: { fill: '#FFF8E1' },
  formula: { fill: '#ECEFF1', fontColor: '#37474F' },
};

/** A free sheet name: `2023年度`, else `2023年度 (2)`, `2023年度 (3)` … */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** An ARGB colour as .xlsx parts and ExcelJS write it: `#ffc7ce` → `FFFFC7CE`. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Excel's column widths are in characters of the default font: about 7 px each, plus padding. */
export function charsToPixels(chars: number): number {
  return chars * 7 + 5;
}
