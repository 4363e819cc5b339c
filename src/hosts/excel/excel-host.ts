/**
 * The Excel gateway: the only code that calls Excel.run. Every operation is a fixed number of
 * context.sync() round trips; only a sheet too large for one request is read in row chunks.
 */
import { CellRange, columnLetters, parseA1, parseRange, rangeToA1 } from '../../core/grid/address';
import { fitRowHeights, specTextCells } from '../../core/template/row-heights';
import { CellSpec, charsToPixels, freeSheetName, SheetSpec, sourceRuns } from '../../core/template/sheet-spec';
import { gridFromArrays, hiddenLinesOf, RangeArrays } from '../../core/grid/from-arrays';
import { Grid, HiddenSheet, MAX_CELLS } from '../../core/grid/grid';
import { Patch, patchText } from '../../core/compute/patch';
import {
  HostCapabilities,
  HostError,
  PaneSettings,
  PatchPreview,
  SheetFindings,
  WorkbookHost,
  WorkbookInfo,
} from '../workbook-host';
import { isOurNote, MARK_COLORS, markedCells, noteText } from '../marks';
import { isMarkFormula, markFormula } from './marks';
import { addressLists, planReadChunks, planMergeBlocks, BYTES_PER_CELL, PAYLOAD_BUDGET } from './plan';

/** The parts of office.js the gateway uses; injected so tests can hand in an in-memory Excel. */
export interface OfficeApis {
  excel: {
    run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
  office: {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
      document?: { url?: string };
    };
  };
}

const SETTINGS_KEY = 'budget-check.settings';

function globalApis(): OfficeApis {
  return { excel: Excel, office: Office } as unknown as OfficeApis;
}

export class ExcelHost implements WorkbookHost {
  constructor(private readonly apis: OfficeApis = globalApis()) {}

  private supports(version: string): boolean {
    return this.apis.office.context.requirements.isSetSupported('ExcelApi', version);
  }

  async capabilities(): Promise<HostCapabilities> {
    return { notes: this.supports('1.18'), mergedAreas: this.supports('1.13') };
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.apis.excel.run({ delayForCellEdit: true }, batch).catch((e: unknown) => {
      throw toHostError(e);
    });
  }

  async describe(): Promise<WorkbookInfo> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return { workbook: this.workbookName(), activeSheet: active.name, sheets: sheets.items.map((s) => s.name) };
    });
  }

  /** The workbook's names and a sheet's grid, the names loaded with the used range: two syncs for a table of ordinary size. */
  async describeAndRead(sheet?: string): Promise<{ info: WorkbookInfo; grid: Grid }> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      const ws = sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('name,visibility');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('address,rowCount,columnCount,rowHidden,columnHidden');
      await context.sync();
      if (ws.isNullObject) throw new HostError('no-sheet', sheet);
      const [grid] = await this.readUsedRanges(context, [{ ws, used }]);
      return { info: { workbook: this.workbookName(), activeSheet: active.name, sheets: sheets.items.map((s) => s.name) }, grid };
    });
  }

  private workbookName(): string {
    const url = this.apis.office.context.document?.url ?? '';
    return decodeURIComponent(url.split(/[\\/]/).pop() ?? '') || '';
  }

  async readSheet(sheet?: string): Promise<Grid> {
    // The names ride along in the same batch: no extra round trip.
    return (await this.describeAndRead(sheet)).grid;
  }


  async readWorkbook(): Promise<Grid[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      const targets = sheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('address,rowCount,columnCount,rowHidden,columnHidden');
        return { ws, used };
      });
      await context.sync();
      return this.readUsedRanges(context, targets);
    });
  }

  /**
   * Reads values, formulas and number formats (and merged areas where supported) of loaded used
   * ranges. Sheets that fit in one request together are read in one sync; a bigger sheet adds one
   * sync per row chunk.
   */
  private async readUsedRanges(context: Excel.RequestContext, targets: { ws: Excel.Worksheet; used: Excel.Range }[]): Promise<Grid[]> {
    const withMerges = this.supports('1.13');
    type Chunk = { range: Excel.Range; start: number; count: number };
    const reads = targets.map(({ ws, used }) => {
      if (used.isNullObject) return { ws, origin: { top: 0, left: 0 }, cols: 0, rows: 0, chunks: [] as Chunk[], merges: [] as Excel.RangeAreas[], visible: null as string[][] | null };
      // Refused before a cell is asked for: Excel would hand a stray cell's 17 billion over for hours.
      if (used.rowCount * used.columnCount > MAX_CELLS) throw new HostError('too-large', used.address);
      const origin = parseRange(used.address);
      return { ws, origin, cols: used.columnCount, rows: used.rowCount, chunks: [] as Chunk[], merges: [] as Excel.RangeAreas[], visible: null as string[][] | null };
    });
    const rangeOf = (r: (typeof reads)[number], start: number, count: number): Excel.Range =>
      r.ws.getRange(rangeToA1({ top: r.origin.top + start, left: r.origin.left, bottom: r.origin.top + start + count - 1, right: r.origin.left + r.cols - 1 }));
    // Every chunk of every sheet, packed into requests under the payload budget counted together:
    // ordinary workbooks take one request; a request Excel still finds too big (long text) is halved.
    let pending = reads.flatMap((r) => planReadChunks(r.rows, r.cols).map((c) => ({ r, start: c.start, count: c.count })));
    // Merges (where supported) and the visible cells of sheets hiding some lines ride with the first round.
    let mergesDone = !withMerges && !reads.some((r, i) => someHidden(targets[i].used, r.rows, r.cols));
    // The estimate per cell cannot see long text: each refusal halves what a request may carry.
    let budget = PAYLOAD_BUDGET;
    while (pending.length > 0 || !mergesDone) {
      const round: typeof pending = [];
      let bytes = 0;
      while (pending.length > 0) {
        const next = pending[0];
        const cost = next.count * next.r.cols * BYTES_PER_CELL;
        if (round.length > 0 && bytes + cost > budget) break;
        round.push(pending.shift()!);
        bytes += cost;
      }
      const loaded = round.map((c) => ({ ...c, range: rangeOf(c.r, c.start, c.count).load('values,formulas,numberFormat') }));
      // From column A: the values-only used range leaves out a blank merged area left of every value (the
      // 绩效指标 column's lower half on a table's second page, printed a worksheet a page). Only a few columns
      // to the left: a sheet whose values all stand far right would ask in blocks of a row or two.
      const mergesFrom = (r: (typeof reads)[number]) => (r.origin.left <= MERGE_REACH_LEFT ? 0 : r.origin.left);
      const merges = mergesDone || !withMerges ? [] : reads.map((r) => (r.cols > 0 ? mergedAreasOf(r.ws, { top: r.origin.top, left: mergesFrom(r) }, r.rows, r.origin.left - mergesFrom(r) + r.cols) : []));
      // Where some rows or columns are hidden, which: the visible cells' addresses, with the merges' round.
      const views = mergesDone ? [] : reads.map((r, i) => (someHidden(targets[i].used, r.rows, r.cols) ? targets[i].used.getVisibleView().load('cellAddresses') : null));
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per payload-sized group of chunks
        await context.sync();
      } catch (e) {
        if (!isPayloadError(e) || (round.length === 1 && round[0].count === 1)) throw e;
        // Halve every chunk of the refused request, and the budget, and try again.
        budget /= 2;
        pending = [...round.flatMap((c) => (c.count === 1 ? [c] : [{ ...c, count: Math.ceil(c.count / 2) }, { ...c, start: c.start + Math.ceil(c.count / 2), count: c.count - Math.ceil(c.count / 2) }])), ...pending];
        continue;
      }
      for (const c of loaded) c.r.chunks.push({ range: c.range, start: c.start, count: c.count });
      if (!mergesDone) {
        reads.forEach((r, i) => {
          r.merges = merges[i] ?? [];
          r.visible = views[i]?.cellAddresses ?? null;
        });
        mergesDone = true;
      }
    }
    return reads.map(({ ws, origin, rows, cols, chunks, merges, visible }, i) => {
      const blocks: RangeArrays[] = chunks
        .sort((a, b) => a.start - b.start)
        .map(({ range, start }) => ({ top: origin.top + start, left: origin.left, values: range.values, formulas: range.formulas, numberFormats: range.numberFormat }));
      const mergeRanges: CellRange[] = merges.flatMap((m) => (m.isNullObject ? [] : splitAddressList(m.address)));
      const used = targets[i].used;
      const hidden = cols > 0 ? hiddenLinesOf({ top: origin.top, left: origin.left, rows, cols }, used.rowHidden, used.columnHidden, visible) : undefined;
      return gridFromArrays(ws.name, blocks, mergeRanges, hidden, hiddenSheet(ws.visibility));
    });
  }

  async showFindings(results: SheetFindings[]): Promise<void> {
    const notes = this.supports('1.18');
    const multiArea = this.supports('1.9');
    await this.run(async (context) => {
      const sheets = results.map(({ sheet, findings }) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const cells = markedCells(findings);
        const existing = loadMarks(ws, notes);
        // Cells that already hold a note: the person's notes are never replaced.
        const noteAt = notes ? new Map([...cells.keys()].map((cell) => [cell, ws.notes.getItemOrNullObject(cell).load('content')])) : null;
        return { ws, cells, existing, noteAt };
      });
      await context.sync();
      // Writes go out in requests under the payload budget, counted at their real length (long notes
      // included): a table of ordinary size is one request, 20,000 findings with notes a few.
      let bytes = 0;
      const spend = async (n: number): Promise<void> => {
        if (bytes > 0 && bytes + n > PAYLOAD_BUDGET) {
          await context.sync();
          bytes = 0;
        }
        bytes += n;
      };
      for (const { ws, cells, existing, noteAt } of sheets) {
        deleteMarks(existing);
        for (const severity of ['info', 'warning', 'error'] as const) {
          const addresses = [...cells].filter(([, c]) => c.severity === severity).map(([cell]) => cell);
          for (const list of addressLists(addresses)) {
            await spend(list.length * 3 + WRITE_OVERHEAD);
            addMark(ws, list, severity, multiArea);
          }
        }
        if (noteAt) {
          for (const [cell, { findings: found }] of cells) {
            const note = noteAt.get(cell)!;
            if (!note.isNullObject && !isOurNote(note.content)) continue;
            const text = noteText(found);
            await spend(text.length * 3 + WRITE_OVERHEAD);
            ws.notes.add(cell, text);
          }
        }
      }
      await context.sync();
    });
  }

  async clearMarks(): Promise<void> {
    const notes = this.supports('1.18');
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const existing = sheets.items.map((ws) => loadMarks(ws, notes));
      await context.sync();
      existing.forEach(deleteMarks);
      await context.sync();
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      try {
        await context.sync();
      } catch (e) {
        // Excel shows no cell of a hidden sheet (activate fails): said as such, the sheet left hidden.
        // Asked only after a failure, so that a click costs one round trip.
        let hidden = false;
        try {
          const again = context.workbook.worksheets.getItemOrNullObject(sheet).load('visibility');
          await context.sync();
          hidden = !again.isNullObject && hiddenSheet(again.visibility) !== undefined;
        } catch {
          // The first failure is the one to tell.
        }
        if (hidden) throw new HostError('hidden-sheet', sheet);
        throw e;
      }
    });
  }

  async previewPatches(patches: Patch[]): Promise<PatchPreview[]> {
    return this.run(async (context) => {
      const ranges = patches.map((p) => context.workbook.worksheets.getItem(p.sheet).getRange(p.cell).load('formulas'));
      await context.sync();
      return patches.map((p, i) => ({ sheet: p.sheet, cell: p.cell, before: shown(ranges[i].formulas[0][0]), after: patchText(p) }));
    });
  }

  async applyPatches(patches: Patch[]): Promise<void> {
    if (patches.length === 0) return;
    const checkMerges = this.supports('1.13');
    await this.run(async (context) => {
      const sheets = [...new Set(patches.map((p) => p.sheet))].map((name) => {
        const ws = context.workbook.worksheets.getItem(name);
        // Merged areas are found from their top-left cell: one covering a patched cell starts above
        // and left of it, so A1 to the farthest patched cell is asked, in blocks under Excel's 512 areas.
        const cells = patches.filter((p) => p.sheet === name).map((p) => parseA1(p.cell));
        const rows = Math.max(...cells.map((c) => c.row)) + 1;
        const cols = Math.max(...cells.map((c) => c.col)) + 1;
        const merges = checkMerges ? mergedAreasOf(ws, { top: 0, left: 0 }, rows, cols) : [];
        return { name, ws, protection: ws.protection.load('protected'), merges };
      });
      const wsOf = new Map(sheets.map((s) => [s.name, s.ws]));
      const targets = patches.map((p) => ({ p, range: wsOf.get(p.sheet)!.getRange(p.cell).load('formulas,values,numberFormat') }));
      await context.sync();
      if (sheets.some((s) => s.protection.protected)) throw new HostError('protected');
      const mergesOf = new Map(sheets.map(({ name, merges }) => [name, merges.flatMap((m) => (m.isNullObject ? [] : splitAddressList(m.address)))]));
      for (const { p } of targets) {
        if (mergesOf.get(p.sheet)!.some((m) => coversBelowTopLeft(m, p.cell))) throw new HostError('merged-conflict', p.cell);
      }
      const before = targets.map((t) => ({ formulas: t.range.formulas, values: t.range.values, numberFormat: t.range.numberFormat }));
      targets.forEach(({ p, range }) => write(range, p));
      try {
        await context.sync();
      } catch (e) {
        // Excel may have applied part of the batch before failing: put every cell back exactly as it
        // was read (its number format first, then a formula as a formula and a value as that value:
        // text that looks like a number stays text).
        targets.forEach(({ range }, i) => {
          const b = before[i];
          range.numberFormat = b.numberFormat;
          const formula = b.formulas[0]?.[0];
          if (typeof formula === 'string' && formula.startsWith('=')) range.formulas = b.formulas;
          else range.values = [[asWritten(b.values[0]?.[0])]];
        });
        await context.sync().catch(() => undefined);
        throw e;
      }
    });
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const can: WriteSupport = { validation: this.supports('1.8'), copyFormats: this.supports('1.9'), pageLayout: this.supports('1.9'), password: this.supports('1.7'), notes: this.supports('1.18') };
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const source = spec.sourceSheet === undefined ? null : context.workbook.worksheets.getItemOrNullObject(spec.sourceSheet).load('name,position');
      const area = specArea(spec);
      // The source's column widths and row heights, to lay the new sheet out the same: each row's
      // from its own page where the table was read a worksheet a page.
      const runs = source ? sourceRuns(spec, area.top, area.bottom).map((run) => ({ ...run, sheet: run.sheet === spec.sourceSheet ? source : context.workbook.worksheets.getItemOrNullObject(run.sheet).load('name'), name: run.sheet })) : [];
      const widths = source ? columnsOf(area).map((col) => source.getRange(`${col}:${col}`).format.load('columnWidth')) : null;
      const heights = runs.flatMap((run) => rowsOf({ ...area, top: run.from, bottom: run.from + run.bottom - run.top }).map((row) => run.sheet.getRange(`${row}:${row}`).format.load('rowHeight')));
      await context.sync();

      const taken = sheets.items.map((s) => s.name);
      const name = freeSheetName(spec.name, taken);
      taken.push(name);
      const ws = context.workbook.worksheets.add(name);
      const fromSource = source !== null && !source.isNullObject;
      const layout: Layout = { widths: new Map(), heights: new Map() };
      if (fromSource) {
        ws.position = source.position + 1;
        // Looks (fonts, fills, borders, number formats) come over in one copy a page where the host can.
        for (const run of runs) {
          const rows = (top: number): string => rangeToA1({ ...area, top, bottom: top + run.bottom - run.top });
          if (can.copyFormats && !run.sheet.isNullObject) ws.getRange(rows(run.top)).copyFrom(`'${run.name.replace(/'/g, "''")}'!${rows(run.from)}`, 'Formats');
        }
        // Formats bring each page's merged areas, an area split by a page break in two: the spec's own
        // are merged instead (Excel refuses an area over part of another).
        if (can.copyFormats && runs.length > 1) ws.getRange(rangeToA1(area)).unmerge();
        columnsOf(area).forEach((_col, i) => layout.widths.set(area.left + i, widths![i].columnWidth));
        let i = 0;
        for (const run of runs) for (let r = run.top; r <= run.bottom; r++, i++) if (!run.sheet.isNullObject) layout.heights.set(r, heights[i].rowHeight);
      }
      writeSpec(ws, spec, layout, can);
      // The 填报说明 sheet and any other companion, right after it.
      let position = fromSource ? source.position + 1 : undefined;
      for (const companion of spec.companions ?? []) {
        const companionName = freeSheetName(companion.name, taken);
        taken.push(companionName);
        const cs = context.workbook.worksheets.add(companionName);
        if (position !== undefined) cs.position = ++position;
        writeSpec(cs, companion, { widths: new Map(), heights: new Map() }, can);
      }
      ws.activate();
      await context.sync();
      return name;
    });
  }

  async loadSettings(): Promise<Partial<PaneSettings>> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
      await context.sync();
      if (item.isNullObject || typeof item.value !== 'string') return {};
      try {
        return JSON.parse(item.value) as Partial<PaneSettings>;
      } catch {
        return {};
      }
    });
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    await this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }
}

interface LoadedMarks {
  formats: Excel.ConditionalFormatCollection;
  notes: Excel.NoteCollection | null;
}

/** Queues loading of a sheet's conditional formats (and notes) to find the add-in's own. */
function loadMarks(ws: Excel.Worksheet, notes: boolean): LoadedMarks {
  const formats = ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
  return { formats, notes: notes ? ws.notes.load('items/content') : null };
}

function deleteMarks({ formats, notes }: LoadedMarks): void {
  for (const cf of formats.items) {
    if (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)) cf.delete();
  }
  for (const note of notes?.items ?? []) if (isOurNote(note.content)) note.delete();
}

function addMark(ws: Excel.Worksheet, addresses: string, severity: keyof typeof MARK_COLORS, multiArea: boolean): void {
  // RangeAreas (ExcelApi 1.9) take a whole list; older hosts get one format per range.
  const targets = multiArea ? [ws.getRanges(addresses)] : addresses.split(',').map((a) => ws.getRange(a));
  for (const target of targets) {
    const cf = target.conditionalFormats.add('Custom');
    cf.custom.rule.formula = markFormula(severity);
    cf.custom.format.fill.color = MARK_COLORS[severity].fill;
    cf.custom.format.font.color = MARK_COLORS[severity].font;
    cf.priority = 0;
  }
}

/** The smallest block holding every cell of a spec. */
function specArea(spec: SheetSpec): CellRange {
  const cells = spec.cells.map((c) => parseA1(c.address));
  return {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.min(...cells.map((c) => c.col)),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}

function columnsOf(area: CellRange): string[] {
  return Array.from({ length: area.right - area.left + 1 }, (_, i) => columnLetters(area.left + i));
}

function rowsOf(area: CellRange): number[] {
  return Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i + 1);
}

/** Excel's character widths in points (¾ of a pixel). */
function charsToPoints(chars: number): number {
  return Math.round(charsToPixels(chars) * 0.75 * 100) / 100;
}

/**
 * A value as Excel must receive it to keep it: text that Excel would read as a formula (`=…`) or a
 * number (`0012`), or that starts with an apostrophe, goes in behind an apostrophe, which Excel
 * keeps as the cell's text prefix rather than its content.
 */
function asWritten(value: unknown): string | number | boolean {
  if (typeof value !== 'string') return (value ?? '') as number | boolean;
  return /^[='+]|^\s*-?\d+(\.\d+)?(%|[eE][-+]?\d+)?\s*$/.test(value) ? `'${value}` : value;
}

/** Which parts of a template the host can write (requirement sets detected at run time). */
interface WriteSupport {
  validation: boolean;
  copyFormats: boolean;
  pageLayout: boolean;
  password: boolean;
  notes: boolean;
}

/** Column widths and row heights in points, by zero-based column and row, copied from a source sheet. */
interface Layout {
  widths: Map<number, number>;
  heights: Map<number, number>;
}

/** Excel's width in points of a column that does not set one (8.43 characters). */
const DEFAULT_COLUMN_POINTS = 48;

/**
 * Writes a sheet spec into a new sheet, queued for the next sync: widths and heights (the source's,
 * or the spec's), merges, cells, lists and prompts (ExcelApi 1.8), notes (1.18), heights fitted to
 * the text, page layout (1.9) and protection (a password from 1.7). What the host cannot do is left
 * out, never an error.
 */
function writeSpec(ws: Excel.Worksheet, spec: SheetSpec, layout: Layout, can: WriteSupport): void {
  spec.columnWidths?.forEach((chars, i) => layout.widths.set(i, charsToPoints(chars)));
  for (const [row, points] of Object.entries(spec.rowHeights ?? {})) layout.heights.set(Number(row), Math.max(points, layout.heights.get(Number(row)) ?? 0));
  if (spec.fitRows) {
    const widthChars = (col: number): number => pointsToChars(layout.widths.get(col) ?? DEFAULT_COLUMN_POINTS);
    for (const [row, points] of Object.entries(fitRowHeights(specTextCells(spec), spec.merges, widthChars, spec.fitRows))) {
      layout.heights.set(Number(row), Math.max(points, layout.heights.get(Number(row)) ?? 0));
    }
  }
  for (const [col, points] of layout.widths) ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = points;
  for (const [row, points] of layout.heights) ws.getRange(`${row + 1}:${row + 1}`).format.rowHeight = points;
  for (const m of spec.merges) ws.getRange(m).merge(false);
  for (const cell of spec.cells) writeCell(ws.getRange(cell.address), cell, spec.protect === true);
  if (can.validation) {
    for (const { range, list } of spec.lists) ws.getRange(range).dataValidation.rule = { list: { inCellDropDown: true, source: list.join(',') } };
    for (const { range, title, message } of spec.prompts) ws.getRange(range).dataValidation.prompt = { showPrompt: true, title, message };
  }
  if (can.notes) for (const cell of spec.cells) if (cell.note) ws.notes.add(cell.address, cell.note);
  if (spec.print && can.pageLayout) {
    const page = ws.pageLayout;
    page.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = 'A4';
    // 0 pages tall: as many as the rows need (fitToHeight="0" in the file format).
    page.zoom = { horizontalFitToPages: spec.print.fitToPagesWide, verticalFitToPages: 0 };
    if (spec.print.titleRows) page.setPrintTitleRows(`$${spec.print.titleRows.first + 1}:$${spec.print.titleRows.last + 1}`);
    page.headersFooters.defaultForAllPages.centerFooter = spec.print.footer;
  }
  if (spec.protect) {
    const options = { allowFormatColumns: true, allowFormatRows: true, allowInsertRows: true };
    // A password needs ExcelApi 1.7; an older host protects without one.
    if (spec.password !== undefined && can.password) ws.protection.protect(options, spec.password);
    else ws.protection.protect(options);
  }
}

/** Points of a column's width back to Excel's characters. */
function pointsToChars(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}

function writeCell(range: Excel.Range, cell: CellSpec, protect: boolean): void {
  if (cell.formula !== undefined) range.formulas = [[cell.formula]];
  else if (cell.value !== undefined) range.values = [[asWritten(cell.value)]];
  const s = cell.style;
  if (s) {
    if (s.fill) range.format.fill.color = s.fill;
    if (s.fontColor) range.format.font.color = s.fontColor;
    if (s.bold !== undefined) range.format.font.bold = s.bold;
    if (s.size) range.format.font.size = s.size;
    if (s.numberFormat) range.numberFormat = [[s.numberFormat]];
    if (s.horizontal) range.format.horizontalAlignment = s.horizontal === 'center' ? 'Center' : s.horizontal === 'right' ? 'Right' : 'Left';
    if (s.vertical) range.format.verticalAlignment = s.vertical === 'middle' ? 'Center' : s.vertical === 'top' ? 'Top' : 'Bottom';
    if (s.wrap !== undefined) range.format.wrapText = s.wrap;
    if (s.border) {
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) range.format.borders.getItem(edge).style = 'Continuous';
    }
  }
  if (protect && cell.role === 'input') range.format.protection.locked = false;
}

function write(range: Excel.Range, patch: Patch): void {
  if (patch.op === 'set-formula') range.formulas = [[patch.formula]];
  else range.values = [[patch.value]];
}

function shown(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Whether a merged area covers the cell without starting at it: a write there would be lost. */
function coversBelowTopLeft(area: CellRange, cell: string): boolean {
  const p = parseA1(cell);
  const inside = p.row >= area.top && p.row <= area.bottom && p.col >= area.left && p.col <= area.right;
  return inside && !(p.row === area.top && p.col === area.left);
}

/** `Sheet1!A1:G1,Sheet1!A2:G2` → ranges. */
function splitAddressList(list: string): CellRange[] {
  return list
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map(parseRange);
}

/** Columns left of a sheet's first value its merged areas are still asked for in (a page's blank first columns). */
const MERGE_REACH_LEFT = 4;

/** Office errors as the pane explains them. */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: string } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'InvalidOperationInCellEditMode') return new HostError('cell-edit', message);
  if (code === 'ApiNotFound') return new HostError('failed', message);
  if (code === 'AccessDenied' || /protect/i.test(message)) return new HostError('protected', message);
  if (code === 'ItemNotFound') return new HostError('no-sheet', message);
  return new HostError('failed', message);
}

/** A used range's merged areas, asked for in row blocks that can never pass Excel's 512-area limit; loaded at the next sync. */
function mergedAreasOf(ws: Excel.Worksheet, origin: { top: number; left: number }, rows: number, cols: number): Excel.RangeAreas[] {
  return planMergeBlocks(rows, cols).map((b) =>
    ws.getRange(rangeToA1({ top: origin.top + b.start, left: origin.left, bottom: origin.top + b.start + b.count - 1, right: origin.left + cols - 1 })).getMergedAreasOrNullObject().load('address'),
  );
}

/** Bytes an operation adds to a request beyond its own text (its object path and JSON framing). */
const WRITE_OVERHEAD = 200;

/** Excel on the web's refusal of a request over its payload limit. */
function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || /payload size/i.test(String((e as Error | null)?.message ?? ''));
}

/**
 * Whether a used range hides some of its rows or columns, so that which ones must be asked (a
 * RangeView of its visible cells: one address a visible cell, bounded to ordinary tables).
 */
function someHidden(used: Excel.Range, rows: number, cols: number): boolean {
  if (used.isNullObject || cols === 0) return false;
  return (used.rowHidden === null || used.columnHidden === null) && rows * cols <= VISIBLE_VIEW_CELLS;
}
/** The most cells whose visible addresses are asked for (a sheet larger hides lines unsaid). */
const VISIBLE_VIEW_CELLS = 500_000;

/** A worksheet's visibility as a grid keeps it: said only of a hidden sheet. */
function hiddenSheet(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'): HiddenSheet | undefined {
  return visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : undefined;
}
