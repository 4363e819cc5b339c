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
  // Anything but digits, separators and a colour ([Red]) is the engine's to read: %, dates, 0"家".
  if (!/^[#0,.]+$/.test(section)) return { text: cellText(cell), numeric: true };
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  const grouping = section.includes(',');
  const key = `${decimals}|${grouping}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping })));
  return { text: f.format(v), numeric: true };
}
