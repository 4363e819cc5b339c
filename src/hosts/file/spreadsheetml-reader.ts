/**
 * An Excel 2003 XML spreadsheet ("XML 表格 2003", SpreadsheetML): what FreeMarker templates and many
 * Java systems' 导出 Excel write, often named .xls, and what Excel 2003 saved as XML. One XML document:
 * styles (number formats by ss:ID), then each Worksheet's Table of Rows of Cells, placed one after
 * another unless ss:Index says where (a merged area covering cells below leaves them to ss:Index, as
 * Excel writes them and reads them), ss:MergeAcross / ss:MergeDown for merged areas, Data typed
 * Number, String, Boolean, DateTime or Error, formulas in R1C1 notation. Read with the .xlsx reader's
 * XML scanner (no DOCTYPE, so no entity expands); the same ReadSheet, limits and failures.
 */
import { CellRange, columnLetters, SHEET_COLUMNS, SHEET_ROWS } from '../../core/grid/address';
import { Grid, GridCell, hiddenSheetOf } from '../../core/grid/grid';
import { decodeMarkup, NAMED_FORMATS } from './markup-text';
import { WorkbookReadError } from './read-error';
import type { XlsOptions } from './xls-reader';
import { Attributes, scanXml, XmlScanError } from './xml-scan';
import { clipMerges, isoDateSerial, READ_LIMITS, ReadLimits, ReadSheet, SheetState, TooLargeError } from './xlsx-reader';

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** The local part of an element's name: `ss:Data` and `Data` are one element, the prefix being the writer's. */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Every worksheet (or the one named) of the spreadsheet, in order. */
export function readSpreadsheetMl(bytes: Uint8Array, options: XlsOptions = {}): ReadSheet[] {
  return [...spreadsheetMlSheets(bytes, options)];
}

/** The worksheets one at a time (the document is one XML text: read whole, its grids made as asked for). */
export function* spreadsheetMlSheets(bytes: Uint8Array, options: XlsOptions = {}): Generator<ReadSheet, void, undefined> {
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  if (bytes.length > limits.uncompressedBytes) throw new TooLargeError('uncompressedBytes', bytes.length, limits.uncompressedBytes);
  const xml = decodeMarkup(bytes);
  const { sheets, styles } = locate(xml);
  const wanted = sheets.filter((s) => (options.sheet === undefined || s.name === options.sheet) && (options.only === undefined || options.only.has(s.name)));
  if (wanted.length === 0) throw new WorkbookReadError('no-sheets');
  const formats = styles ? stylesOf(xml, styles) : new Map<string, string>();
  const budget = { cells: 0, merges: 0, mergedRows: 0 };
  for (const sheet of wanted) yield readWorksheet(xml, sheet, formats, limits, budget);
}

interface LocatedSheet {
  name: string;
  /** The Worksheet element's content: xml[from, to). */
  from: number;
  to: number;
}

/** The worksheets' names and where each one's content lies, and the Styles' content, by a scan that steps over both. */
function locate(xml: string): { sheets: LocatedSheet[]; styles: { from: number; to: number } | undefined } {
  const sheets: LocatedSheet[] = [];
  let styles: { from: number; to: number } | undefined;
  let sawWorkbook = false;
  guarded(() =>
    scanXml(xml, {
      open(name, attributes, selfClosing) {
        const n = local(name);
        if (n === 'Workbook') sawWorkbook = true;
        if ((n !== 'Worksheet' && n !== 'Styles') || selfClosing) return undefined;
        const from = attributes.contentStart;
        const to = endOf(xml, name, from);
        if (n === 'Styles') styles ??= { from, to };
        else sheets.push({ name: attributes.get('Name', true) ?? `Sheet${sheets.length + 1}`, from, to });
        return pastEndTag(xml, to);
      },
    }),
  );
  if (!sawWorkbook) throw new WorkbookReadError('not-xlsx', 'no Workbook element');
  return { sheets, styles };
}

/** Past the `>` of the end tag starting at xml[at]. */
function pastEndTag(xml: string, at: number): number {
  const end = xml.indexOf('>', at);
  if (end < 0) throw new WorkbookReadError('corrupt', 'unterminated end tag');
  return end + 1;
}

/** Where the end tag `</name>` of an element whose content starts at `from` begins (Worksheets do not nest; WorksheetOptions is no end of one). */
function endOf(xml: string, name: string, from: number): number {
  for (let at = xml.indexOf(`</${name}`, from); at >= 0; at = xml.indexOf(`</${name}`, at + 1)) {
    const next = xml.charCodeAt(at + name.length + 2);
    if (next === 62 /* > */ || next <= 32) return at;
  }
  throw new WorkbookReadError('corrupt', `unterminated ${name}`);
}

/** Number formats by style id, from the Styles' content; a style's parent's format where it sets none. */
function stylesOf(xml: string, range: { from: number; to: number }): Map<string, string> {
  const own = new Map<string, string>();
  const parents = new Map<string, string>();
  let style: string | undefined;
  guarded(() =>
    scanXml(
      xml,
      {
        open(name, attributes) {
          const n = local(name);
          if (n === 'Style') {
            style = attributes.get('ID', true);
            const parent = attributes.get('Parent', true);
            if (style !== undefined && parent !== undefined) parents.set(style, parent);
          } else if (n === 'NumberFormat' && style !== undefined) {
            const format = attributes.get('Format', true);
            if (format !== undefined) own.set(style, NAMED_FORMATS[format] ?? format);
          }
        },
      },
      range.from,
      range.to,
    ),
  );
  const out = new Map<string, string>();
  for (const id of new Set([...own.keys(), ...parents.keys()])) {
    let at: string | undefined = id;
    // A chain of parents is short; a cycle in a crafted file ends at the first id met twice.
    for (const seen = new Set<string>(); at !== undefined && !seen.has(at) && !own.has(at); at = parents.get(at)) seen.add(at);
    const format = at === undefined ? undefined : own.get(at);
    if (format !== undefined) out.set(id, format);
  }
  return out;
}

function readWorksheet(xml: string, sheet: LocatedSheet, formats: Map<string, string>, limits: ReadLimits, budget: { cells: number; merges: number; mergedRows: number }): ReadSheet {
  const cells: GridCell[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: [number, number][] = [];
  const columnWidths: (number | undefined)[] = [];
  let state: SheetState = 'visible';
  let maxRow = -1;
  let maxCol = -1;
  let row = -1;
  let col = -1;
  let column = -1;
  // The cell being read: where, its type, format, formula, and its Data's text so far (inline HTML's text within).
  let cell: { row: number; col: number; type: string; format: string | undefined; formula: string | undefined } | null = null;
  let data: string | null = null;
  /** Inside the cell's Data (its inline HTML's elements and text within), and inside a Comment (whose Data is no value). */
  let inData = false;
  let inComment = 0;
  let visible: string | null = null;

  const finishCell = (): void => {
    if (!cell) return;
    const { row: r, col: c, type, format, formula } = cell;
    const text = data ?? '';
    cell = null;
    data = null;
    let value: GridCell['value'] = null;
    if (type === 'Number') {
      const n = Number(text.trim());
      value = text.trim() !== '' && Number.isFinite(n) ? n : text;
    } else if (type === 'Boolean') value = text.trim() === '1' || text.trim().toLowerCase() === 'true';
    else if (type === 'DateTime') value = isoDateSerial(text.trim()) ?? text;
    else if (type === 'Error') value = ERROR_VALUES.has(text.trim()) ? text.trim() : '#N/A';
    else value = text === '' ? null : text;
    if (value === null && formula === undefined) return;
    const out: GridCell = { value };
    if (typeof value === 'number') {
      const f = format ?? (type === 'DateTime' ? 'yyyy-mm-dd' : undefined);
      if (f !== undefined && f !== 'General' && f !== '@') out.format = f;
    }
    if (formula !== undefined) out.formula = a1Formula(formula, r, c);
    if (++budget.cells > limits.cells) throw new TooLargeError('cells', budget.cells, limits.cells);
    (cells[r] ??= [])[c] = out;
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  };
  /** A 1-based ss:Index as a zero-based position past `previous`, or the next one; past the sheet is corrupt. */
  const position = (attributes: Attributes, previous: number, max: number): number => {
    const index = attributes.get('Index', true);
    const at = index === undefined ? previous + 1 : Number(index) - 1;
    if (!Number.isInteger(at) || at < 0 || at >= max) throw new WorkbookReadError('corrupt', `${sheet.name}: an index past the sheet (${index})`);
    return at;
  };
  const count = (value: string | undefined): number => {
    const n = value === undefined ? 0 : Number(value);
    return Number.isInteger(n) && n > 0 ? n : 0;
  };

  guarded(() =>
    scanXml(
      xml,
      {
        open(name, attributes, selfClosing) {
          const n = local(name);
          if (inComment > 0 || inData) return undefined;
          switch (n) {
            case 'Column': {
              column = position(attributes, column, SHEET_COLUMNS);
              const span = Math.min(count(attributes.get('Span', true)), SHEET_COLUMNS - 1 - column);
              const width = Number(attributes.get('Width', true));
              // Points to characters of the default font (~5.25 pt a character, Excel's 8.43 for 48 pt less its padding).
              for (let k = 0; k <= span; k++) columnWidths[column + k] = Number.isFinite(width) && width > 0 ? Math.round((width / 5.25) * 100) / 100 : undefined;
              if (attributes.get('Hidden', true) === '1') hiddenColumns.push([column, column + span]);
              column += span;
              break;
            }
            case 'Row': {
              finishCell();
              row = position(attributes, row, SHEET_ROWS);
              col = -1;
              // ss:Span: as many rows again alike (Excel's way of writing rows of one height); rows may not overlap, so
              // the next is past them (Excel writes its ss:Index anyway; LibreOffice, given none, overlaps them).
              const span = Math.min(count(attributes.get('Span', true)), SHEET_ROWS - 1 - row);
              if (attributes.get('Hidden', true) === '1') for (let k = 0; k <= span; k++) hiddenRows.push(row + k);
              if (span > 0) {
                if (!selfClosing) throw new WorkbookReadError('corrupt', `${sheet.name}: a row spanning others holds cells`);
                row += span;
              }
              break;
            }
            case 'Cell': {
              finishCell();
              if (row < 0) throw new WorkbookReadError('corrupt', `${sheet.name}: a cell outside a row`);
              col = position(attributes, col, SHEET_COLUMNS);
              const across = Math.min(count(attributes.get('MergeAcross', true)), SHEET_COLUMNS - 1 - col);
              const down = Math.min(count(attributes.get('MergeDown', true)), SHEET_ROWS - 1 - row);
              if (across > 0 || down > 0) {
                if (++budget.merges > limits.merges) throw new TooLargeError('merges', budget.merges, limits.merges);
                merges.push({ top: row, left: col, bottom: row + down, right: col + across });
              }
              const style = attributes.get('StyleID', true);
              cell = { row, col, type: 'String', format: style === undefined ? undefined : formats.get(style), formula: attributes.get('Formula', true) };
              // The next cell starts past the merged area's columns.
              col += across;
              if (selfClosing) finishCell();
              break;
            }
            case 'Data':
              if (cell && data === null && !selfClosing) {
                cell.type = attributes.get('Type', true) ?? 'String';
                data = '';
                inData = true;
              }
              break;
            case 'Comment':
              if (!selfClosing) inComment++;
              break;
            case 'Visible':
              if (!selfClosing) visible = '';
              break;
          }
          return undefined;
        },
        text(text) {
          if (inData) {
            const all = (data ?? '') + text;
            if (all.length > limits.stringLength) throw new TooLargeError('stringLength', all.length, limits.stringLength);
            data = all;
          } else if (visible !== null) visible += text;
        },
        close(name) {
          const n = local(name);
          if (n === 'Data' && inComment === 0) inData = false;
          else if (n === 'Comment') inComment = Math.max(0, inComment - 1);
          else if (n === 'Cell') finishCell();
          else if (n === 'Visible' && visible !== null) {
            const v = visible.trim();
            state = v === 'SheetHidden' ? 'hidden' : v === 'SheetVeryHidden' ? 'veryHidden' : state;
            visible = null;
          }
        },
      },
      sheet.from,
      sheet.to,
    ),
  );
  finishCell();
  clipMerges(merges, maxRow, maxCol, limits, budget);
  const hidden = { rows: hiddenRows.filter((r) => r <= maxRow), columns: hiddenColumns };
  return { name: sheet.name, state, grid: new Grid({ name: sheet.name, cells, merges, hidden, state: hiddenSheetOf(state) }), columnWidths };
}

/** The scanner's complaint about the markup as the reader's: a corrupt file. */
function guarded(read: () => void): void {
  try {
    read();
  } catch (e) {
    if (e instanceof XmlScanError) throw new WorkbookReadError('corrupt', e.message);
    throw e;
  }
}

/** An R1C1 reference (R[-3]C, RC[2], R2C3, R[1]C[-1]: rows and columns relative in brackets, absolute bare). */
const R1C1 = /(^|[^A-Za-z0-9_.$'"])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/**
 * A formula as the grid keeps them, in A1 notation: SpreadsheetML writes R1C1 (=SUM(R[-5]C:R[-1]C) in
 * E28 is =SUM(E23:E27)). Text in quotes is left as it is.
 */
export function a1Formula(formula: string, row: number, col: number): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(R1C1, (_m, before: string, r: string | undefined, c: string | undefined) => {
      const at = (part: string | undefined, base: number): { n: number; absolute: boolean } =>
        part === undefined ? { n: base, absolute: false } : part.startsWith('[') ? { n: base + Number(part.slice(1, -1)), absolute: false } : { n: Number(part) - 1, absolute: true };
      const rr = at(r, row);
      const cc = at(c, col);
      if (rr.n < 0 || cc.n < 0 || rr.n >= SHEET_ROWS || cc.n >= SHEET_COLUMNS) return `${before}#REF!`;
      return `${before}${cc.absolute ? '$' : ''}${columnLetters(cc.n)}${rr.absolute ? '$' : ''}${rr.n + 1}`;
    });
  }
  const text = parts.join('');
  return text.startsWith('=') ? text : `=${text}`;
}
