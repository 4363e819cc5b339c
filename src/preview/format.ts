import { cellText, GridCell } from '../core/grid/grid';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A cell as Excel shows it, for the preview's sheet: numbers in their format's decimals and
 * thousands separators (`#,##0.00` → 44,350.01); percentages, dates and units as the engine
 * reads them. `numeric` right-aligns.
 */
export function displayCell(cell: GridCell): { text: string; numeric: boolean } {
  const v = cell.value;
  if (typeof v !== 'number' || !cell.format) return { text: cellText(cell), numeric: typeof v === 'number' };
  const raw = cell.format.split(';')[0];
  const section = raw.replace(/\[[^\]]*\]/g, '');
  // Anything but digits, separators, a trailing % and a colour ([Red]) is the engine's to read: dates, 0"家".
  const plain = /^([#0,.]+)(%?)$/.exec(section);
  if (!plain) return { text: cellText(cell), numeric: true };
  const [, digits, percent] = plain;
  const decimals = /\.(0+)/.exec(digits)?.[1].length ?? 0;
  const grouping = digits.includes(',');
  const key = `${decimals}|${grouping}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping })));
  return { text: percent ? `${f.format(v * 100)}%` : f.format(v), numeric: true };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** A file's name without its workbook extension (.xlsx, .xlsm, .xls), for the names of what is made from it. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm|xls)$/i, '');
}

/**
 * The annotated copy's name and media type. A copy is the file's own package patched, so an .xlsm
 * stays an .xlsm: its workbook part says macro-enabled, and Excel refuses such a package named .xlsx.
 */
export function markedCopy(fileName: string, suffix: string): { name: string; type: string } {
  const macro = /\.xlsm$/i.test(fileName);
  return { name: `${baseName(fileName)}-${suffix}${macro ? '.xlsm' : '.xlsx'}`, type: macro ? XLSM_TYPE : XLSX_TYPE };
}
