/**
 * What users do to a published table before it reaches a reviewer, applied to corpus tables:
 * the table moved down and right under a cover line, a blank column inserted, notes below, two
 * tables stacked on one sheet, 一级/二级 unmerged and typed on every row, every merged area undone
 * and filled, or dropped, short texts spaced out, texts retyped with a Chinese input method (in full-width mode too) or in traditional script,
 * a blank row under the indicators' header, shares typed into Excel as numbers, figures copied out of prose with their stop,
 * the table converted from a PDF (each row in two lines, cells merged down) or pasted from Word (each column in two),
 * printed over two pages (a page's number and the header again mid-list), every number stored as the text it shows,
 * long texts in the lines a PDF printed them in, dates typed into Excel as dates, a 序号 column before the table. Expectations move with the cells, so every variant
 * is scored like its original.
 */
import { parseA1, parseRange, rangeToA1, toA1 } from '../../src/core/grid/address';
import { Converter } from 'opencc-js';
import { CorpusEntry, CorpusSheet, Expected, sheetToGrid } from './corpus';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { everyIndicator } from '../../src/core/model/table';
import { mergesOnPage } from './tables';

export type Move = (row: number, col: number) => { row: number; col: number };

function moveA1(a1: string, move: Move): string {
  const p = parseA1(a1);
  const q = move(p.row, p.col);
  return toA1(q.row, q.col);
}

function moveSheet(sheet: CorpusSheet, move: Move): CorpusSheet {
  const rows: (string | number | null)[][] = [];
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const q = move(r, c);
      (rows[q.row] ??= [])[q.col] = v;
    }),
  );
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  const merges = (sheet.merges ?? []).map((m) => {
    const r = parseRange(m);
    const a = move(r.top, r.left);
    const b = move(r.bottom, r.right);
    return rangeToA1({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  });
  const formats = Object.fromEntries(Object.entries(sheet.formats ?? {}).map(([a1, f]) => [moveA1(a1, move), f]));
  return { name: sheet.name, rows, merges, formats };
}

function moveExpected(expected: Expected, move: Move): Expected {
  return {
    tables: expected.tables.map((t) => ({ ...t })),
    flags: expected.flags.map((f) => ({ ...f, cell: moveA1(f.cell, move) })),
    mustNotFlag: expected.mustNotFlag.map((f) => ({ ...f, cell: moveA1(f.cell, move) })),
    truncation: expected.truncation.map((f) => ({ ...f, cell: moveA1(f.cell, move) })),
  };
}

function variant(entry: CorpusEntry, suffix: string, move: Move, extra?: (sheet: CorpusSheet) => void): CorpusEntry {
  const sheets = entry.table.sheets.map((s) => moveSheet(s, move));
  if (extra) extra(sheets[0]);
  const id = `${entry.id}~${suffix}`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets }, expected: moveExpected(entry.expected, move) };
}

/** Table starts at D4 under a cover line (附件2) instead of A1. */
export function movedDown(entry: CorpusEntry): CorpusEntry {
  return variant(entry, 'moved-down', (r, c) => ({ row: r + 3, col: c + 3 }), (s) => {
    (s.rows[0] ??= [])[0] = '附件2';
  });
}

/** A blank column inserted after column B, inside the table. */
export function blankColumn(entry: CorpusEntry): CorpusEntry {
  return variant(entry, 'blank-column', (r, c) => ({ row: r, col: c >= 2 ? c + 1 : c }));
}

/** A note and an image placeholder row under the table. */
export function notesBelow(entry: CorpusEntry): CorpusEntry {
  return variant(entry, 'notes-below', (r, c) => ({ row: r, col: c }), (s) => {
    const n = s.rows.length;
    s.rows[n + 1] = ['注：本表随部门预算一并公开，由预算单位填报。'];
    s.rows[n + 2] = ['（附图：项目现场照片）'];
    for (let r = n; r < n + 3; r++) s.rows[r] ??= [];
  });
}

/**
 * 一级/二级 unmerged, their text typed again on every row of each area (Sichuan's form; exports
 * that fill merged cells down): the areas one column wide below the 一级指标 / 二级指标 header.
 * Null for a table without such areas. Nothing moves: a category's finding stays at its run's first cell.
 */
export function typedCategories(entry: CorpusEntry): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  const rows = sheet.rows.map((r) => [...(r ?? [])]);
  let header = -1;
  const cols = new Set<number>();
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== 'string' || !/^[一二]级指标$/.test(v.replace(/\s/g, ''))) return;
      header = Math.max(header, r);
      cols.add(c);
    }),
  );
  let typed = 0;
  const merges = (sheet.merges ?? []).filter((m) => {
    const a = parseRange(m);
    if (a.left !== a.right || !cols.has(a.left) || a.top <= header || a.bottom === a.top) return true;
    for (let r = a.top + 1; r <= a.bottom; r++) (rows[r] ??= [])[a.left] = rows[a.top][a.left];
    typed++;
    return false;
  });
  if (typed === 0) return null;
  const id = `${entry.id}~typed-categories`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [{ ...sheet, rows: rows.map((r) => Array.from(r, (v) => v ?? null)), merges }] }, expected: entry.expected };
}

/**
 * Every merged area undone and each of its cells given the area's value (Excel's 取消合并 then 填充,
 * exports that write a merged value into every cell it covers). Null for a table without merges.
 */
export function filledMerges(entry: CorpusEntry): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  if ((sheet.merges ?? []).length === 0) return null;
  // A target or result merged over two rows, filled, is each row's own: its finding once a row.
  if (sharesValueDown(sheet)) return null;
  const rows = sheet.rows.map((r) => [...(r ?? [])]);
  // A fund line's points merged down over its 其中 lines stay merged: filled, each 其中 line would carry
  // a score of its own (廊坊's F7:F10 and H7:H10, c-hebei-langfang-2019-r7), another table.
  const kept = fundPointsDown(sheet);
  for (const m of sheet.merges ?? []) {
    if (kept.includes(m)) continue;
    const a = parseRange(m);
    const value = rows[a.top]?.[a.left] ?? null;
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) (rows[r] ??= [])[c] = value;
  }
  const id = `${entry.id}~filled-merges`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [{ ...sheet, rows: rows.map((r) => Array.from(r, (v) => v ?? null)), merges: kept }] }, expected: spreadOverMerges(entry.expected, sheet, kept) };
}

/**
 * Every merged area dropped, its value left in its top-left cell alone (a CSV's round trip; a copy
 * into a sheet that keeps no merges). Null for a table without merges.
 */
export function droppedMerges(entry: CorpusEntry): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  if ((sheet.merges ?? []).length === 0) return null;
  // A target or result merged over two indicators' rows is the value of both: dropped, the second
  // row's is gone, and no reader can tell it from one left blank (y-hb-huangshi-2022-library-sharing-eval's
  // E20:E21). Such a table makes no such variant.
  if (sharesValueDown(sheet)) return null;
  const id = `${entry.id}~dropped-merges`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [{ ...sheet, merges: [] }] }, expected: spreadOverMerges(entry.expected, sheet, []) };
}

/**
 * A flag at a merged area's first cell, the area undone: a finding at any of its cells is at the same place
 * (原州's sentence merged over the 三级 and 指标值 columns, b-yuanzhou-2022-afforestation-r7: filled, the target
 * cell holds it; dropped, the target cell is blank; either way the finding is the area's).
 */
function spreadOverMerges(expected: Expected, sheet: CorpusSheet, kept: readonly string[]): Expected {
  const areas = new Map<string, string[]>();
  for (const m of sheet.merges ?? []) {
    if (kept.includes(m)) continue;
    const a = parseRange(m);
    const cells: string[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) cells.push(toA1(r, c));
    areas.set(toA1(a.top, a.left), cells);
  }
  const onFirstSheet = (f: { sheet?: string }) => f.sheet === undefined || f.sheet === sheet.name;
  if (!expected.flags.some((f) => onFirstSheet(f) && areas.has(f.cell))) return expected;
  return { ...expected, flags: expected.flags.map((f) => (onFirstSheet(f) && areas.has(f.cell) ? { ...f, alsoAt: areas.get(f.cell) } : f)) };
}

/**
 * A blank row left under the indicators' header (its first row naming 一级指标, 二级指标 or 三级指标), as
 * a person spacing a form by hand leaves one. Null where the header's next row does not start the
 * indicators (a second heading row, 名称 | 名称, belongs to the header).
 */
export function blankUnderHeader(entry: CorpusEntry): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const rows = entry.table.sheets[0].rows;
  const header = rows.findIndex((r) => (r ?? []).some((v) => typeof v === 'string' && /^(一级指标|二级指标|三级指标)$/.test(v.replace(/\s/g, ''))));
  // Only under a header of one row, whose next row starts the indicators (a category named there).
  if (header < 0 || !(rows[header + 1] ?? []).some((v) => typeof v === 'string' && /^(产出|效益|满意度|成本|项目完成|效果|成效)指标/.test(v.replace(/\s/g, '')))) return null;
  return variant(entry, 'blank-under-header', (r, c) => ({ row: r > header ? r + 1 : r, col: c }));
}

/** The table with every text changed by `change`, its cells where they were. Null for a workbook of several sheets. */
function textsChanged(entry: CorpusEntry, suffix: string, change: (text: string) => string): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  const rows = sheet.rows.map((r) => (r ?? []).map((v) => (typeof v === 'string' ? change(v) : v)));
  const id = `${entry.id}~${suffix}`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [{ ...sheet, rows }] }, expected: entry.expected };
}

/**
 * Every short text of Chinese characters spaced out (项 目 名 称, 成 本 指 标), as a form converted
 * from Word, or aligned by hand, writes its labels and categories.
 */
export function spacedTexts(entry: CorpusEntry): CorpusEntry | null {
  return textsChanged(entry, 'spaced-texts', (v) => (/^[\u4e00-\u9fff]{2,6}$/.test(v) ? [...v].join(' ') : v));
}

/**
 * Texts retyped with a Chinese input method: brackets, colons, commas, semicolons and the percent
 * sign full-width (（万元）, 90％; the digits stay ASCII), and a space left after each short text, as a
 * label typed into a cell often keeps one.
 */
export function retypedTexts(entry: CorpusEntry): CorpusEntry | null {
  return textsChanged(entry, 'retyped-texts', (v) => {
    const wide = v.replace(/[():,;%]/g, (ch) => FULL_WIDTH[ch]);
    return wide.length < 12 ? `${wide} ` : wide;
  });
}
const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '%': '％' };

/**
 * Texts typed in full-width mode (全角): digits, the percent sign and the signs numbers are written
 * with full-width (２０２３年度, ≥９０％, ５.５万元), as a Chinese input method left in that mode types them.
 */
export function wideDigitTexts(entry: CorpusEntry): CorpusEntry | null {
  return textsChanged(entry, 'wide-digit-texts', (v) => v.replace(/[0-9%+\-.<=>]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}

/**
 * Every short text with a figure ended as a sentence ends (372.29万元。, ≥90%。), as figures copied out
 * of a document's prose keep their stop. Years (2023年度) are left alone: a title's year line is no prose.
 */
export function stoppedFigures(entry: CorpusEntry): CorpusEntry | null {
  return textsChanged(entry, 'stopped-figures', (v) => (/^[≥≤<>=]?\s*\d+(\.\d+)?\s*\S{0,3}$/.test(v) && !/^(19|20)\d\d\s*年/.test(v) && !/^\d+(\.\d+)?$/.test(v) ? `${v}。` : v));
}

/**
 * Every plain share typed as text (95%, 89.7%) made what Excel makes of it when typed into a cell:
 * the number 0.95 shown with a percent format of the same decimals (the pages' text keeps the
 * sign; a workbook filed in Excel holds numbers). Null for a table without such a text.
 */
export function typedPercents(entry: CorpusEntry): CorpusEntry | null {
  return cellsRetyped(entry, 'typed-percents', (v) => {
    const m = typeof v === 'string' ? /^\s*(\d+)(?:\.(\d+))?\s*%\s*$/.exec(v) : null;
    return m && { value: Number(`${m[1]}.${m[2] ?? ''}`) / 100, format: m[2] ? `0.${'0'.repeat(m[2].length)}%` : '0%' };
  });
}

/**
 * The table with some cells retyped as Excel stores what is typed into them: `retype` gives a cell's
 * number and its format, or null to leave it as it is. Null for a table of several sheets, or where
 * no cell was retyped.
 */
function cellsRetyped(entry: CorpusEntry, suffix: string, retype: (v: string | number | null) => { value: number; format: string } | null): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  const formats: Record<string, string> = { ...(sheet.formats ?? {}) };
  let typed = 0;
  const rows = sheet.rows.map((r, i) =>
    (r ?? []).map((v, j) => {
      const cell = retype(v);
      if (!cell) return v;
      typed++;
      formats[toA1(i, j)] = cell.format;
      return cell.value;
    }),
  );
  if (typed === 0) return null;
  const id = `${entry.id}~${suffix}`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [{ ...sheet, rows, formats }] }, expected: entry.expected };
}

/**
 * Every text of more than 14 characters broken into lines of about 12, between two Chinese
 * characters (城乡居民监管工作经\n费), as a table converted from a PDF keeps each cell's printed lines,
 * or a form's long cells are wrapped by hand (Alt+Enter). A figure, a bracket or a stop is never split.
 */
export function wrappedTexts(entry: CorpusEntry): CorpusEntry | null {
  return textsChanged(entry, 'wrapped-texts', (v) => {
    if (v.length <= 14) return v;
    const chars = [...v];
    let out = '';
    let since = 0;
    chars.forEach((ch, i) => {
      out += ch;
      since++;
      if (since >= 12 && i + 1 < chars.length && HAN.test(ch) && HAN.test(chars[i + 1])) {
        out += '\n';
        since = 0;
      }
    });
    return out;
  });
}
const HAN = /[\u4e00-\u9fff]/;

/**
 * Every date alone typed into Excel, which stores it as a date (a serial number under a date format):
 * 2023年12月31日 and 2023年12月 as Chinese dates, 2019/1/1 and 2019-1-1 as the short date. A date
 * within a text (2023年12月31日前) stays text, as Excel leaves it. Null for a table without one.
 */
export function typedDates(entry: CorpusEntry): CorpusEntry | null {
  return cellsRetyped(entry, 'typed-dates', (v) => {
    if (typeof v !== 'string') return null;
    for (const [pattern, format] of TYPED_DATES) {
      const m = pattern.exec(v.trim());
      if (m) return { value: (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)) - Date.UTC(1899, 11, 30)) / 864e5, format };
    }
    return null;
  });
}
const TYPED_DATES: [RegExp, string][] = [
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, 'yyyy"年"m"月"d"日"'],
  [/^(\d{4})年(\d{1,2})月$/, 'yyyy"年"m"月"'],
  [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, 'yyyy/m/d'],
];

/**
 * A 序号 column added before the table, as many forms number their indicators: 序号 over it on the
 * indicator header's row, 1, 2, 3 … on the rows the original's indicators stand on (as the checker
 * reads them: the variant tests what a numbering column changes, not where the list ends), the rest
 * of the form one column right. Null for a table without a 三级指标 / 指标名称 heading.
 */
export function serialColumn(entry: CorpusEntry): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  const header = sheet.rows.findIndex((r) => (r ?? []).some((v) => typeof v === 'string' && /^(三级指标|指标名称)$/.test(v.replace(/\s/g, ''))));
  if (header < 0) return null;
  const indicatorRows = new Set(recognizeSheet(sheetToGrid(sheet)).flatMap((t) => everyIndicator(t).map((i) => i.row)));
  return variant(entry, 'serial-column', (r, c) => ({ row: r, col: c + 1 }), (s) => {
    (s.rows[header] ??= [])[0] = '序号';
    let n = 0;
    for (let r = header + 1; r < s.rows.length; r++) if (indicatorRows.has(r)) (s.rows[r] ??= [])[0] = ++n;
    for (let r = 0; r < s.rows.length; r++) s.rows[r] = Array.from(s.rows[r] ?? [], (v) => v ?? null);
  });
}

/**
 * Every number stored as the text it shows (2,489.40, 95%, 0.273), as a budget system's export or a
 * sheet pasted from a web page holds it ("数字以文本形式存储"): its format written into the text, the
 * format itself gone. Each amount so stored is a number-as-text warning by design, so that code is
 * the variant's own and not scored. Null for a table without a number.
 */
export function numbersAsText(entry: CorpusEntry): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  let typed = 0;
  const rows = sheet.rows.map((r, i) =>
    (r ?? []).map((v, j) => {
      if (typeof v !== 'number') return v;
      typed++;
      return shown(v, sheet.formats?.[toA1(i, j)]);
    }),
  );
  if (typed === 0) return null;
  const id = `${entry.id}~numbers-as-text`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [{ ...sheet, rows, formats: {} }] }, expected: entry.expected, variantCodes: ['number-as-text'] };
}

/** A number as the corpus's formats show it (0.00, 0%, #,##0.00 …); without a format, as Excel shows a plain number. */
export function shown(v: number, format: string | undefined): string {
  if (!format) return String(v);
  const percent = format.endsWith('%');
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const x = percent ? v * 100 : v;
  const text = format.includes(',') ? x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : x.toFixed(decimals);
  return percent ? `${text}%` : text;
}

/**
 * Every text in traditional script, character by character (OpenCC's 简→繁 with Taiwan's forms, as a
 * mirror site renders a page: 宣城's, 宣州's and 蔡甸's were met so and rebuilt in simplified).
 */
export function traditionalTexts(entry: CorpusEntry): CorpusEntry | null {
  return textsChanged(entry, 'traditional-texts', toTraditional);
}
/** OpenCC's simplified to traditional, Taiwan's forms (the tests' only use of opencc-js beside scripts/make-traditional.ts). */
export const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** Where a cell of a printed table goes when it is converted: the area it covers (see `converted`). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export type Conversion = (row: number, col: number) => Area;

/** Each printed row split into two lines, its cells merged down over both (a PDF's tall row in lines). */
export const rowsInTwo: Conversion = (r, c) => ({ top: 2 * r, left: c, bottom: 2 * r + 1, right: c });
/** Each printed row split into three lines, its cells merged down over them (a taller row). */
export const rowsInThree: Conversion = (r, c) => ({ top: 3 * r, left: c, bottom: 3 * r + 2, right: c });
/** Each column split in two, its cells merged across both (a Word table over Excel's narrower columns). */
export const columnsInTwo: Conversion = (r, c) => ({ top: r, left: 2 * c, bottom: r, right: 2 * c + 1 });
/** Each column split in three, its cells merged across them (a wider Word column). */
export const columnsInThree: Conversion = (r, c) => ({ top: r, left: 3 * c, bottom: r, right: 3 * c + 2 });
/** A blank row between every two (a form spaced by hand, or a converter's spacing). */
export const blankBetweenRows: Conversion = (r, c) => ({ top: 2 * r, left: c, bottom: 2 * r, right: c });
/** A blank column between every two (a converter's spacing). */
export const blankBetweenColumns: Conversion = (r, c) => ({ top: r, left: 2 * c, bottom: r, right: 2 * c });

/**
 * A sheet converted into Excel from a PDF or a Word table: every cell of the table's width moved to
 * its area and merged over it (blank ones too when `blanks`, as a PDF's converter merges them);
 * merged areas stretched over their cells' areas.
 */
export function convertedSheet(sheet: CorpusSheet, to: Conversion, blanks: boolean): CorpusSheet {
  const width = Math.max(...sheet.rows.map((r) => (r ?? []).length));
  const merged = (sheet.merges ?? []).map(parseRange);
  const inMerge = (r: number, c: number): boolean => merged.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const rows: (string | number | null)[][] = [];
  const merges: string[] = [];
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const v = (row ?? [])[c] ?? null;
      const area = to(r, c);
      if (v !== null && v !== '') (rows[area.top] ??= [])[area.left] = v;
      const larger = area.bottom > area.top || area.right > area.left;
      if (larger && (blanks || (v !== null && v !== '')) && !inMerge(r, c)) merges.push(rangeToA1(area));
    }
  });
  for (const m of merged) {
    const a = to(m.top, m.left);
    const b = to(m.bottom, m.right);
    merges.push(rangeToA1({ top: a.top, left: a.left, bottom: b.bottom, right: b.right }));
  }
  const formats = Object.fromEntries(Object.entries(sheet.formats ?? {}).map(([a1, f]) => [moveA1(a1, (r, c) => ({ row: to(r, c).top, col: to(r, c).left })), f]));
  return { name: sheet.name, rows: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)), merges, formats };
}

/**
 * The table as converted from a PDF (rows in two, every cell merged, blank ones too) or pasted from
 * Word (columns in two); expectations at each cell's new place. Null for a workbook of several sheets.
 */
export function converted(entry: CorpusEntry, suffix: 'rows-in-two' | 'columns-in-two'): CorpusEntry | null {
  if (entry.table.sheets.length !== 1) return null;
  const to = suffix === 'rows-in-two' ? rowsInTwo : columnsInTwo;
  const move: Move = (r, c) => ({ row: to(r, c).top, col: to(r, c).left });
  const id = `${entry.id}~${suffix}`;
  const sheets = [convertedSheet(entry.table.sheets[0], to, suffix === 'rows-in-two')];
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets }, expected: moveExpected(entry.expected, move) };
}

/**
 * The table printed over two pages by Word and converted back (a PDF's or a copy's): a page's number
 * and the indicator header's rows again between two indicator rows past the list's middle, a
 * category's merged cell split by the break (its part on the new page blank, merged over its rows).
 * For every other table (by its id), a blank line of the page's foot above the number, as a
 * conversion to one sheet keeps it. Null for a table without an indicator header of 三级指标 over at
 * least three named rows.
 */
export function pageBreak(entry: CorpusEntry): CorpusEntry | null {
  const at = breakRow(entry);
  if (!at) return null;
  const broken = pageBroken(entry.table.sheets[0], at.row, at.top, at.bottom, footBlank(entry.id));
  const id = `${entry.id}~page-break`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [broken.sheet] }, expected: moveExpected(entry.expected, broken.move) };
}

/**
 * The table printed over two pages with no header on the second (Word's "repeat as header row" off)
 * and converted to one sheet: where `pageBreak` breaks it, the page's number alone, under none, one
 * or two blank lines of the page's foot by turns (by the table's id). Null where pageBreak's is.
 */
export function pageFoot(entry: CorpusEntry): CorpusEntry | null {
  const at = breakRow(entry);
  if (!at) return null;
  const broken = pageBroken(entry.table.sheets[0], at.row, at.top, at.bottom, idSum(entry.id) % 3, false);
  const id = `${entry.id}~page-foot`;
  return { id, dir: entry.dir, table: { ...entry.table, id, sheets: [broken.sheet] }, expected: moveExpected(entry.expected, broken.move) };
}

/**
 * Where a one-sheet table's page breaks: an indicator row past the list's middle that no area merged
 * across columns crosses, and the indicator header's rows. Null for a table without an indicator
 * header of 三级指标 over at least three named rows.
 */
function breakRow(entry: CorpusEntry): { row: number; top: number; bottom: number } | null {
  if (entry.table.sheets.length !== 1) return null;
  const sheet = entry.table.sheets[0];
  const merged = (sheet.merges ?? []).map(parseRange);
  const header = headerRows(sheet);
  if (!header) return null;
  const { row: h, top, bottom } = header;
  const nameCol = (sheet.rows[h] ?? []).findIndex((v) => typeof v === 'string' && v.replace(/\s/g, '').includes('三级指标'));
  if (nameCol < 0) return null;
  const named = (r: number): boolean => (sheet.rows[r] ?? [])[nameCol] != null && (sheet.rows[r] ?? [])[nameCol] !== '';
  const body: number[] = [];
  for (let r = bottom + 1; r < sheet.rows.length && named(r); r++) body.push(r);
  if (body.length < 3) return null;
  // Past the middle, where no area merged across columns crosses (a page breaks between rows, never through a row).
  const row = body.slice(Math.floor(body.length / 2)).find((b) => !merged.some((m) => m.top < b && b <= m.bottom && m.left !== m.right));
  return row === undefined ? null : { row, top, bottom };
}

/** The page's number a conversion leaves between a table's two pages. */
const PAGE_LINE = '第 1 页，共 2 页';

/** Whether the page's foot keeps a blank line above its number: for half the tables, by their ids. */
function footBlank(id: string): boolean {
  return idSum(id) % 2 === 1;
}

/** A table's id as a number, to choose a form by turns: the sum of its characters' codes. */
function idSum(id: string): number {
  let sum = 0;
  for (let i = 0; i < id.length; i++) sum += id.charCodeAt(i);
  return sum;
}

/**
 * The sheet with a page break above row `at` (0-based), as Word prints a table and a conversion keeps
 * it: a page's number (`blank` blank lines above it: true is one), then the header's rows `top`..`bottom`
 * again with their merges (unless `repeatHeader` is false); an area merged across the break split there, its part on the new page blank.
 * `move` says where each cell went.
 */
export function pageBroken(sheet: CorpusSheet, at: number, top: number, bottom: number, blank: boolean | number = false, repeatHeader = true): { sheet: CorpusSheet; move: Move } {
  const header = repeatHeader ? sheet.rows.slice(top, bottom + 1).map((r) => [...(r ?? [])]) : [];
  const blanks = Number(blank);
  const foot = blanks + 1;
  const k = header.length + foot;
  const move: Move = (r, c) => ({ row: r >= at ? r + k : r, col: c });
  const rows = [...sheet.rows.slice(0, at), ...Array.from({ length: blanks }, () => []), [PAGE_LINE], ...header, ...sheet.rows.slice(at)];
  const merges: string[] = [];
  for (const m of (sheet.merges ?? []).map(parseRange)) {
    if (m.top < at && at <= m.bottom) {
      if (at - 1 > m.top) merges.push(rangeToA1({ top: m.top, left: m.left, bottom: at - 1, right: m.right }));
      if (m.bottom > at) merges.push(rangeToA1({ top: at + k, left: m.left, bottom: m.bottom + k, right: m.right }));
    } else merges.push(rangeToA1({ top: move(m.top, 0).row, left: m.left, bottom: move(m.bottom, 0).row, right: m.right }));
    // The header's own merges, again on the new page.
    if (repeatHeader && m.top >= top && m.bottom <= bottom) merges.push(rangeToA1({ top: m.top - top + at + foot, left: m.left, bottom: m.bottom - top + at + foot, right: m.right }));
  }
  const formats = Object.fromEntries(Object.entries(sheet.formats ?? {}).map(([a1, f]) => [moveA1(a1, move), f]));
  return { sheet: { name: sheet.name, rows, merges, formats }, move };
}

/** Where a table printed a worksheet a page breaks, and how its second page opens. */
export type PageCut = 'header-again' | 'bare' | 'above-header' | 'under-header';

/**
 * The table printed over two pages and converted a worksheet a page (a PDF's converter: Acrobat's and
 * WPS's "a worksheet for each page"). Cut where `pageBreak` cuts it, the second sheet opens with the
 * indicator header again (Word repeats it on every page) or, `bare`, right with the next row, a
 * category merged over the break blank there; or cut right above the indicator header (the first page
 * the table's head alone) or right under it (the list all on the second page). Null where the cut
 * cannot be made (pageBreak's null; a row merged across the cut), and for a sheet of two tables.
 */
export function pagesAsSheets(entry: CorpusEntry, cut: PageCut): CorpusEntry | null {
  // One table expected: where a second would start (on which page) the expectations do not say.
  if (entry.expected.tables.length !== 1 || entry.table.sheets.length !== 1) return null;
  let sheet = entry.table.sheets[0];
  let at: number;
  let next: number;
  let shift = 0;
  // The original's first row on the second page (the break's blank foot line, if any, stays on the first).
  let cutAt: number;
  if (cut === 'header-again' || cut === 'bare') {
    const broken = pageBreak(entry);
    if (!broken) return null;
    sheet = broken.table.sheets[0];
    at = sheet.rows.findIndex((r) => r?.[0] === PAGE_LINE);
    const blank = footBlank(entry.id) ? 1 : 0;
    cutAt = at - blank;
    // The rows the break added: a blank foot line with `blank`, its page line, then the header's again.
    const header = sheet.rows.length - entry.table.sheets[0].rows.length - 1 - blank;
    next = cut === 'bare' ? at + 1 + header : at + 1;
    shift = cut === 'bare' ? 0 : header;
  } else {
    const header = headerRows(sheet);
    if (!header) return null;
    at = next = cutAt = cut === 'above-header' ? header.top : header.bottom + 1;
    if (at === 0 || at >= sheet.rows.length || (sheet.merges ?? []).map(parseRange).some((m) => m.top < at && at <= m.bottom && m.left !== m.right)) return null;
  }
  // An area merged down over the break: its part on each page, the later one blank.
  const areas = (sheet.merges ?? []).map(parseRange);
  const first: CorpusSheet = { name: sheet.name, rows: sheet.rows.slice(0, at), merges: mergesOnPage(areas, 0, at - 1), formats: {} };
  const second: CorpusSheet = { name: '第2页', rows: sheet.rows.slice(next), merges: mergesOnPage(areas, next, sheet.rows.length - 1), formats: {} };
  for (const [a1, f] of Object.entries(sheet.formats ?? {})) {
    const { row, col } = parseA1(a1);
    if (row < at) first.formats![a1] = f;
    else if (row >= next) second.formats![toA1(row - next, col)] = f;
  }
  // Where the original's cells went: above the break on the first sheet, below it on the second.
  const place = (a1: string): { sheet: string; cell: string } => {
    const { row, col } = parseA1(a1);
    return row < cutAt ? { sheet: first.name, cell: a1 } : { sheet: second.name, cell: toA1(row - cutAt + shift, col) };
  };
  const placed = <T extends { sheet?: string; cell: string }>(f: T): T => ({ ...f, ...place(f.cell) });
  const id = `${entry.id}~pages-as-sheets-${cut}`;
  return {
    id,
    dir: entry.dir,
    table: { ...entry.table, id, sheets: [first, second] },
    expected: {
      tables: entry.expected.tables.map((t) => ({ ...t, sheet: first.name })),
      flags: entry.expected.flags.map((f) => ({ ...placed(f), alsoAt: f.alsoAt?.map((c) => place(c).cell) })),
      mustNotFlag: entry.expected.mustNotFlag.map(placed),
      truncation: entry.expected.truncation.map(placed),
    },
  };
}

/**
 * The indicator header's row (一级指标 | 二级指标 | 三级指标) and the rows its short merged labels span with
 * it (a two-row header), if the sheet has one.
 */
function headerRows(sheet: CorpusSheet): { row: number; top: number; bottom: number } | null {
  const h = sheet.rows.findIndex((r) => (r ?? []).some((v) => typeof v === 'string' && /^(一级指标|二级指标|三级指标)$/.test(v.replace(/\s/g, ''))));
  if (h < 0) return null;
  let top = h;
  let bottom = h;
  for (const m of (sheet.merges ?? []).map(parseRange)) {
    if (m.top <= h && m.bottom >= h && m.bottom - m.top < 3) {
      top = Math.min(top, m.top);
      bottom = Math.max(bottom, m.bottom);
    }
  }
  return { row: h, top, bottom };
}

/** Two tables on one sheet: the second 3 rows under the first (each keeps its own sheet name for the first). */
export function stacked(a: CorpusEntry, b: CorpusEntry): CorpusEntry | null {
  if (a.table.sheets.length !== 1 || b.table.sheets.length !== 1) return null;
  // A table's tail (a page opening inside its list, no header word) stands at a page's top, never under another table.
  if (!b.table.sheets[0].rows.some((r) => (r ?? []).some((v) => typeof v === 'string' && HEADER_WORD.test(v.replace(/\s/g, ''))))) return null;
  const gap = a.table.sheets[0].rows.length + 3;
  const down: Move = (r, c) => ({ row: r + gap, col: c });
  const lower = moveSheet(b.table.sheets[0], down);
  const upper = a.table.sheets[0];
  const sheet: CorpusSheet = {
    name: upper.name,
    rows: [...upper.rows, [], [], [], ...lower.rows.slice(gap)],
    merges: [...(upper.merges ?? []), ...(lower.merges ?? [])],
    formats: { ...(upper.formats ?? {}), ...(lower.formats ?? {}) },
  };
  const be = moveExpected(b.expected, down);
  const id = `${a.id}+${b.id}`;
  // Only the lower table's title row may be read as the upper's end: both keep their own flags.
  return {
    id,
    dir: a.dir,
    table: { ...a.table, id, truncated: a.table.truncated || b.table.truncated, sheets: [sheet] },
    expected: {
      tables: [...a.expected.tables.map((t) => ({ ...t, sheet: undefined })), ...be.tables.map((t) => ({ ...t, sheet: undefined }))],
      flags: [...a.expected.flags, ...be.flags].map((f) => ({ ...f, sheet: undefined })),
      mustNotFlag: [...a.expected.mustNotFlag, ...be.mustNotFlag].map((f) => ({ ...f, sheet: undefined })),
      truncation: [...a.expected.truncation, ...be.truncation].map((f) => ({ ...f, sheet: undefined })),
    },
  };
}

const HEADER_WORD = /^(一级指标|二级指标|三级指标|一级目标|指标值|评价指标|绩效指标)/;

const PAGE_CUTS: readonly PageCut[] = ['header-again', 'bare', 'above-header', 'under-header'];

/** Variants of a corpus, chosen by position so each kind of change meets several table families. */
export function variantsOf(entries: readonly CorpusEntry[]): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const usable = entries.filter((e) => e.table.sheets.length === 1 && !e.id.startsWith('_'));
  usable.forEach((e, i) => {
    if (i % 4 === 0) out.push(movedDown(e));
    else if (i % 4 === 1) out.push(blankColumn(e));
    else if (i % 4 === 2) out.push(notesBelow(e));
    else if (i + 1 < usable.length) {
      const s = stacked(e, usable[i + 1]);
      if (s) out.push(s);
    }
  });
  // Every table whose categories are merged gets this one too: how a table's runs are read should not depend on its merges.
  const everyTable = [typedCategories, filledMerges, droppedMerges, spacedTexts, retypedTexts, wideDigitTexts, stoppedFigures, typedPercents, typedDates, numbersAsText, wrappedTexts, serialColumn, traditionalTexts, blankUnderHeader, (e: CorpusEntry) => converted(e, 'rows-in-two'), (e: CorpusEntry) => converted(e, 'columns-in-two'), pageBreak, pageFoot];
  usable.forEach((e, i) => {
    for (const make of everyTable) {
      const v = make(e);
      if (v) out.push(v);
    }
    // A worksheet a page, broken mid-list (the next page with its header again or without) or at the header, by turns.
    const pages = pagesAsSheets(e, PAGE_CUTS[i % PAGE_CUTS.length]);
    if (pages) out.push(pages);
  });
  return out;
}

/** Merges over two or more rows under a fund block's 分值 or 得分 (its header naming 执行率). */
function fundPointsDown(sheet: CorpusSheet): string[] {
  const columns = new Map<number, number>();
  sheet.rows.forEach((row, r) => {
    if (!(row ?? []).some((v) => typeof v === 'string' && /执行率/.test(v))) return;
    (row ?? []).forEach((v, c) => {
      if (typeof v === 'string' && /^(分值|得分)$/.test(v.replace(/\s/g, '')) && !columns.has(c)) columns.set(c, r);
    });
  });
  return (sheet.merges ?? []).filter((m) => {
    const a = parseRange(m);
    const heading = columns.get(a.left);
    return heading !== undefined && a.top === heading + 1 && a.bottom > a.top && a.left === a.right;
  });
}

/**
 * A merge over two or more rows under a target or result column's heading (指标值, 目标值, 完成值, 实际值),
 * or under the 三级's (one indicator's name over its lines: 彭水's 预算资金安排 over its fund lines,
 * ll-cq-pengshui-2024-family-planning-transfer-eval; filled, each line would be a repeat of the name).
 */
function sharesValueDown(sheet: CorpusSheet): boolean {
  const headingRow = new Map<number, number>();
  sheet.rows.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if (typeof v === 'string' && /(指标值|目标值|完成值|实际值|三级指标)/.test(v.replace(/\s/g, '')) && !headingRow.has(c)) headingRow.set(c, r);
    }),
  );
  return (sheet.merges ?? []).some((m) => {
    const a = parseRange(m);
    const heading = headingRow.get(a.left);
    return heading !== undefined && a.top > heading && a.bottom > a.top && a.left === a.right && sheet.rows[a.top]?.[a.left] != null;
  });
}
