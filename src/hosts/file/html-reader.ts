/**
 * A web page saved as a workbook: what many systems' "导出 Excel" download is (an HTML table named
 * .xls, which Excel opens after a warning that the format and the extension differ), and Excel's own
 * single-file "Web page" save. Read as Excel opens one, so a finding's cell is the cell the user sees
 * there: every top-level table's rows one under another, a block of text outside them (a title, a
 * 单位：万元 line) a row of its own in column A, rowspan and colspan as merged areas, and a number as
 * Excel takes it (its `x:num` value where Excel wrote one; typed text that is a plain number, a
 * share or an amount with thousands commas, unless the cell is formatted as text).
 */
import { Parser } from 'htmlparser2';
import { CellRange, SHEET_COLUMNS, SHEET_ROWS } from '../../core/grid/address';
import { Grid, GridCell } from '../../core/grid/grid';
import { isWhite } from '../../core/grid/text';
import { decodeMarkup, NAMED_FORMATS, typedNumber } from './markup-text';
import { WorkbookReadError } from './read-error';
import type { XlsOptions } from './xls-reader';
import { clipMerges, READ_LIMITS, ReadLimits, ReadSheet, TooLargeError } from './xlsx-reader';

/**
 * Elements whose text is never a cell's: styles, scripts, the title. Not <head> itself: a page that
 * never closes it (a table straight after its <meta>) has its head ended by the table, as a browser's.
 */
const SKIPPED = new Set(['style', 'script', 'title', 'noscript', 'template', 'select', 'option']);
/** Elements that start a new line: outside a table a new row, inside a cell a line break. */
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'blockquote', 'center', 'caption', 'hr', 'section', 'article', 'header', 'footer', 'form', 'address']);
/** A colspan past 1,000 and a rowspan past 65,534 are those numbers (the HTML standard's table model). */
const MAX_COLSPAN = 1_000;
const MAX_ROWSPAN = 65_534;

/** The page's tables and text as one sheet (a page is one sheet in Excel too), named as the page names it. */
export function readHtml(bytes: Uint8Array, options: XlsOptions = {}): ReadSheet[] {
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  if (bytes.length > limits.uncompressedBytes) throw new TooLargeError('uncompressedBytes', bytes.length, limits.uncompressedBytes);
  const sheet = readPage(decodeMarkup(bytes), limits);
  if ((options.sheet !== undefined && options.sheet !== sheet.name) || (options.only !== undefined && !options.only.has(sheet.name))) throw new WorkbookReadError('no-sheets');
  return [sheet];
}

/** Cell formats a page's style sheet gives by class (`.xl65 { mso-number-format:"0\.00%"; }`, Excel's own save). */
function classFormats(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of css.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
    const format = numberFormatOf(rule[2]);
    if (format !== undefined) out.set(rule[1].toLowerCase(), format);
  }
  return out;
}

/**
 * The `mso-number-format` a style declares, its CSS escapes undone (`"0\.00_ "` is `0.00_ `; `\@` is
 * text); or the older `vnd.ms-excel.numberformat` (`vnd.ms-excel.numberformat:@`, how many web pages'
 * "export to Excel" keep a code's leading zero).
 */
function numberFormatOf(style: string): string | undefined {
  const m = /(?:mso-number-format|vnd\.ms-excel\.numberformat)\s*:\s*("([^"]*)"|'([^']*)'|([^;]+))/i.exec(style);
  if (!m) return undefined;
  const raw = (m[2] ?? m[3] ?? m[4]).trim();
  const unescaped = raw.replace(/\\([0-9a-f]{1,6}\s?|.)/gi, (_, e: string) => (/^[0-9a-f]{1,6}\s?$/i.test(e) && e.trim().length > 1 ? String.fromCodePoint(parseInt(e, 16)) : e));
  return NAMED_FORMATS[unescaped] ?? unescaped;
}

const TEXT_FORMAT = '@';

/** White space HTML collapses (not &nbsp;): a run of it is one space. */
const COLLAPSIBLE = /[ \t\r\n\f]/;
const COLLAPSIBLE_RUNS = /[ \t\r\n\f]+/g;

/** The text without plain spaces at either end (collapsing has left no other). */
function trimSpaces(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** The format in LibreOffice's `sdnum="1033;0;#,##0.00"` (language; system flag; the format code, itself perhaps holding `;`). */
function sdnumFormat(sdnum: string | undefined): string | undefined {
  if (!sdnum) return undefined;
  const parts = sdnum.split(';');
  return parts.length >= 3 ? parts.slice(2).join(';') : undefined;
}

interface OpenCell {
  row: number;
  col: number;
  text: string;
  attrs: Record<string, string>;
}

function readPage(html: string, limits: ReadLimits): ReadSheet {
  const cells: GridCell[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const columnWidths: (number | undefined)[] = [];
  let name: string | undefined;
  let formats = new Map<string, string>();
  let cellCount = 0;
  let maxRow = -1;
  let maxCol = -1;
  let sawTable = false;

  /** The next free row of the sheet. */
  let nextRow = 0;
  /** Elements skipped (SKIPPED) now open, and tables now open (a table in a cell is read into that cell). */
  let skipping = 0;
  let css = '';
  let inStyle = false;
  let depth = 0;
  // The open top-level table: its first row, each column's last row covered by a rowspan, its rows so far.
  let tableTop = 0;
  /** Where the open table's merged areas start in `merges`. */
  let tableMerges = 0;
  let busyUntil: number[] = [];
  let row = -1;
  let col = 0;
  let cell: OpenCell | null = null;
  let loose = '';

  const place = (r: number, c: number, value: GridCell): void => {
    if (r >= SHEET_ROWS || c >= SHEET_COLUMNS) return;
    if (++cellCount > limits.cells) throw new TooLargeError('cells', cellCount, limits.cells);
    (cells[r] ??= [])[c] = value;
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  };
  /**
   * Text as a cell holds it: each line's runs of space one space and the line trimmed of it, blank lines
   * at either end gone; the spaces Excel keeps in `mso-spacerun` spans kept as spaces; a cell of nothing but
   * space (a system's &nbsp; in an empty cell) empty.
   */
  const cellText = (raw: string): string => {
    // Most cells are one line with no kept space: trimmed of plain spaces, no more.
    const text =
      raw.indexOf('\n') < 0 && raw.indexOf('\ue000') < 0
        ? trimSpaces(raw)
        : raw
            .split('\n')
            .map(trimSpaces)
            .join('\n')
            .replace(/^\n+|\n+$/g, '')
            .replace(/\ue000/g, ' ');
    return text === '' || (isWhite(text.charCodeAt(0)) && /^\s*$/.test(text)) ? '' : text;
  };
  /** Open <span>s, each whether it keeps its spaces (mso-spacerun: Excel's way of saving a run of spaces). */
  const spans: boolean[] = [];
  let spaceRuns = 0;
  const addText = (text: string): void => {
    // Space between a table's tags, outside any cell, is nothing.
    if (!cell && depth !== 0) return;
    // A run's &nbsp; are spaces to Excel, which no collapsing may touch (\ue000 until the cell is done).
    const kept = spaceRuns > 0 ? text.replace(/\u00a0/g, '\ue000') : text;
    const collapsed = COLLAPSIBLE.test(kept) ? kept.replace(COLLAPSIBLE_RUNS, ' ') : kept;
    if (cell) cell.text += collapsed;
    else loose += collapsed;
    const length = cell ? cell.text.length : loose.length;
    if (length > limits.stringLength) throw new TooLargeError('stringLength', length, limits.stringLength);
  };
  const lineBreak = (): void => {
    if (cell) {
      if (cell.text !== '' && !cell.text.endsWith('\n')) cell.text += '\n';
    } else if (depth === 0) flushLoose();
  };
  /** Text outside the tables so far, a row of its own in column A. */
  const flushLoose = (): void => {
    const text = cellText(loose);
    loose = '';
    if (text === '') return;
    place(nextRow, 0, { value: text });
    nextRow++;
  };
  const finishCell = (): void => {
    if (!cell) return;
    const { attrs } = cell;
    const text = cellText(cell.text);
    const format = (attrs.style?.includes('-format') || attrs.style?.includes('numberformat') ? numberFormatOf(attrs.style) : undefined) ?? classFormatOf(attrs.class) ?? sdnumFormat(attrs.sdnum);
    let value: GridCell | null = null;
    // The number itself where the page gives it: Excel's x:num, LibreOffice's sdval.
    const num = attrs['x:num'] ?? attrs.sdval;
    if (num !== undefined && num.trim() !== '' && Number.isFinite(Number(num))) value = { value: Number(num) };
    else if (attrs['x:str'] !== undefined) value = text === '' && attrs['x:str'] === '' ? null : { value: attrs['x:str'] || text };
    else if (text !== '') value = (format !== TEXT_FORMAT && typedNumber(text)) || { value: text };
    if (value && typeof value.value === 'number' && format !== undefined && format !== TEXT_FORMAT && format !== 'General') value.format = format;
    const formula = attrs['x:fmla'];
    if (formula) (value ??= { value: null }).formula = formula.startsWith('=') ? formula : `=${formula}`;
    if (value) place(cell.row, cell.col, value);
    cell = null;
  };
  const classFormatOf = (classes: string | undefined): string | undefined => {
    if (!classes) return undefined;
    for (const c of classes.toLowerCase().split(/\s+/)) {
      const f = formats.get(c);
      if (f !== undefined) return f;
    }
    return undefined;
  };
  const span = (value: string | undefined, max: number): number => {
    const n = value === undefined ? 1 : parseInt(value, 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (SKIPPED.has(tag)) {
          skipping++;
          if (tag === 'style') inStyle = true;
          return;
        }
        if (skipping > 0) return;
        if (tag === 'span') {
          const run = /mso-spacerun\s*:\s*yes/i.test(attrs.style ?? '');
          spans.push(run);
          if (run) spaceRuns++;
          return;
        }
        if (tag === 'table') {
          depth++;
          if (depth === 1) {
            flushLoose();
            sawTable = true;
            tableTop = nextRow;
            tableMerges = merges.length;
            busyUntil = [];
            row = nextRow - 1;
          } else lineBreak();
          return;
        }
        if (depth !== 1) {
          // In a table within a cell: its rows are lines of that cell, its cells parted by a space.
          if (tag === 'br' || tag === 'tr' || BLOCKS.has(tag)) lineBreak();
          else if (tag === 'td' || tag === 'th') addText(' ');
          return;
        }
        if (tag === 'tr') {
          finishCell();
          row++;
          col = 0;
          nextRow = row + 1;
          if (/display\s*:\s*none/i.test(attrs.style ?? '')) hiddenRows.push(row);
        } else if (tag === 'td' || tag === 'th') {
          finishCell();
          if (row < tableTop) {
            // A cell before any <tr>: browsers and Excel give it a row of its own.
            row = tableTop;
            nextRow = row + 1;
          }
          while (col < busyUntil.length && busyUntil[col] >= row) col++;
          const colspan = span(attrs.colspan, MAX_COLSPAN);
          const rowspan = span(attrs.rowspan, MAX_ROWSPAN);
          cell = { row, col, text: '', attrs };
          // Past the sheet's last column: read (its text may be long) and left out, as Excel drops it.
          if (col >= SHEET_COLUMNS) return;
          for (let c = col; c < col + colspan && c < SHEET_COLUMNS; c++) busyUntil[c] = row + rowspan - 1;
          if (colspan > 1 || rowspan > 1) {
            if (merges.length >= limits.merges) throw new TooLargeError('merges', merges.length + 1, limits.merges);
            merges.push({ top: row, left: col, bottom: row + rowspan - 1, right: Math.min(col + colspan, SHEET_COLUMNS) - 1 });
          }
          col += colspan;
        } else if (tag === 'caption') {
          // A table's caption is a row above it, as Excel shows one.
          finishCell();
          row++;
          nextRow = row + 1;
          cell = { row, col: 0, text: '', attrs: {} };
        } else if (tag === 'col') {
          const width = Number(attrs.width);
          const count = span(attrs.span, MAX_COLSPAN);
          for (let k = 0; k < count && columnWidths.length < SHEET_COLUMNS; k++) columnWidths.push(Number.isFinite(width) && width > 0 ? Math.round((width / 7) * 100) / 100 : undefined);
        } else if (tag === 'br' || BLOCKS.has(tag)) lineBreak();
      },
      ontext(text) {
        if (inStyle) css += text;
        else if (skipping === 0) addText(text);
      },
      onclosetag(tag) {
        if (SKIPPED.has(tag)) {
          skipping = Math.max(0, skipping - 1);
          if (tag === 'style') {
            inStyle = false;
            formats = classFormats(css);
          }
          return;
        }
        if (skipping > 0) return;
        if (tag === 'span') {
          if (spans.pop()) spaceRuns--;
          return;
        }
        if (tag === 'table') {
          if (depth === 1) {
            finishCell();
            // A rowspan reaches no further than its table's last row.
            const last = Math.max(row, tableTop - 1);
            let kept = tableMerges;
            for (let i = tableMerges; i < merges.length; i++) {
              const m = merges[i];
              if (m.bottom > last) m.bottom = last;
              // Cut to one cell, an area is no area.
              if (m.bottom > m.top || m.right > m.left) merges[kept++] = m;
            }
            merges.length = kept;
            nextRow = last + 1;
          }
          depth = Math.max(0, depth - 1);
          if (depth > 0) lineBreak();
        } else if (depth === 1 && (tag === 'td' || tag === 'th' || tag === 'caption')) finishCell();
        else if (BLOCKS.has(tag) || (depth > 1 && tag === 'tr')) lineBreak();
      },
      oncomment(text) {
        // Excel's save names its sheet in the page's XML island: <x:ExcelWorksheet><x:Name>Sheet1</x:Name>.
        name ??= /<x:Name>([^<]+)<\/x:Name>/i.exec(text)?.[1].trim();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  finishCell();
  flushLoose();
  if (!sawTable) throw new WorkbookReadError('not-xlsx', 'a web page without a table');
  // Merges are read as the table model gives them; where they pass the filled cells they are cut like a file's.
  const budget = { mergedRows: 0 };
  clipMerges(merges, maxRow, maxCol, limits, budget);
  // Excel names a page's sheet as its XML island does, else after the file; the file's name is the caller's.
  const sheetName = (name || 'Sheet1').slice(0, 31);
  // Rows past the last one holding a cell hide nothing (Excel's save ends its table with such a row).
  const hidden = { rows: hiddenRows.filter((r) => r <= maxRow), columns: [] };
  return { name: sheetName, state: 'visible', grid: new Grid({ name: sheetName, cells, merges, hidden }), columnWidths };
}
