/**
 * An in-memory Excel for gateway tests: the objects, properties and methods the gateway uses,
 * with office.js's batching semantics. Operations queue on proxies and run at context.sync();
 * reading a property that was not loaded (or before the sync) throws, as office.js does; a
 * failing operation aborts the rest of its batch after the earlier ones were applied.
 */
import ExcelJS from 'exceljs';
import { CellRange, parseA1, parseRange, rangeToA1, toA1 } from '../../src/core/grid/address';
import { dateToSerial } from '../../src/core/grid/grid';

export interface CellFormat {
  fill: string | null;
  font: { color: string; bold: boolean; italic: boolean; size: number; name: string };
  borders: string;
  horizontalAlignment: string;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  ranges: string;
  formula?: string;
  fill?: string;
  font?: string;
  priority: number;
}

const DEFAULT_FORMAT: CellFormat = {
  fill: null,
  font: { color: '#000000', bold: false, italic: false, size: 11, name: 'Calibri' },
  borders: 'none',
  horizontalAlignment: 'General',
};

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  notes = new Map<string, string>();
  protected = false;
  /** How the sheet was protected: its options and password (ExcelApi 1.7 for the password). */
  protection: { options?: Excel.WorksheetProtectionOptions; password?: string } | null = null;
  /** Cells unlocked for a protected sheet (range.format.protection.locked = false). */
  unlocked = new Set<string>();
  /** Page layout as written through worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout: { orientation?: string; paperSize?: string; zoom?: Excel.PageLayoutZoomOptions; printTitleRows?: string; centerFooter?: string } = {};
  /** Column widths and row heights in points, where set. */
  columnWidths = new Map<string, number>();
  rowHeights = new Map<number, number>();
  /** Zero-based rows and columns the sheet hides. */
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  validations: { range: string; list?: string; prompt?: { title: string; message: string } }[] = [];
  /** Hidden from the tabs, or from Excel's own Unhide menu too (worksheet.visibility, ExcelApi 1.1). */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  constructor(public name: string) {}

  cell(address: string): FakeCell | undefined {
    return this.cells.get(address);
  }

  set(address: string, value: string | number | boolean, extra: Partial<FakeCell> = {}): void {
    this.cells.set(address, { value, numberFormat: 'General', format: structuredClone(DEFAULT_FORMAT), ...extra });
  }

  /** Bounding box of cells holding a value (Excel's used range with valuesOnly). */
  usedRange(): CellRange | null {
    let box: CellRange | null = null;
    for (const [address, cell] of this.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const p = parseA1(address);
      box = box
        ? { top: Math.min(box.top, p.row), left: Math.min(box.left, p.col), bottom: Math.max(box.bottom, p.row), right: Math.max(box.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    return box;
  }

  /** Everything of the person's that marks must leave alone. */
  snapshot(): unknown {
    return {
      cells: [...this.cells].sort(([a], [b]) => a.localeCompare(b)),
      merges: this.merges,
      conditionalFormats: this.conditionalFormats.filter((cf) => !(cf.formula ?? '').includes('budget-check')),
      notes: [...this.notes].sort(([a], [b]) => a.localeCompare(b)),
      protected: this.protected,
    };
  }
}

interface FailRule {
  /** Fails the first sync whose batch writes a cell. */
  onWrite: { code: string; message: string };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = '';
  selection: { sheet: string; cell: string } | null = null;
  settings = new Map<string, string>();
  syncs = 0;
  failures: FailRule[] = [];
  private nextId = 1;

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  newId(): number {
    return this.nextId++;
  }

  /** A workbook as Excel would present the same .xlsx: covered merge cells empty, dates as serials. */
  static fromExcelJs(wb: ExcelJS.Workbook): FakeWorkbook {
    const fake = new FakeWorkbook();
    for (const ws of wb.worksheets) {
      const sheet = fake.addSheet(ws.name);
      if (ws.state === 'hidden') sheet.visibility = 'Hidden';
      else if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return;
          const v = cell.value as ExcelJS.CellValue;
          const format = structuredClone(DEFAULT_FORMAT);
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          if (fill?.fgColor?.argb) format.fill = `#${fill.fgColor.argb.slice(2)}`;
          if (cell.font?.bold) format.font.bold = true;
          const extra: Partial<FakeCell> = { numberFormat: cell.numFmt || 'General', format };
          if (v !== null && typeof v === 'object' && 'formula' in v) {
            sheet.set(cell.address, plain((v as ExcelJS.CellFormulaValue).result), { ...extra, formula: `=${(v as ExcelJS.CellFormulaValue).formula}` });
          } else sheet.set(cell.address, plain(v), extra);
        });
      });
      const merges = (ws as unknown as { _merges: Record<string, { model: CellRange }> })._merges;
      sheet.merges = Object.values(merges).map(({ model: m }) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
      // Column widths as Excel reports them, in points (characters × 7 px + 5 px, ¾ of a point a pixel).
      for (let c = 1; c <= ws.columnCount; c++) {
        const width = ws.getColumn(c).width;
        if (width) sheet.columnWidths.set(ws.getColumn(c).letter, Math.round((width * 7 + 5) * 0.75 * 100) / 100);
        if (ws.getColumn(c).hidden) sheet.hiddenColumns.add(c - 1);
      }
      for (let r = 1; r <= ws.rowCount; r++) if (ws.findRow(r)?.hidden) sheet.hiddenRows.add(r - 1);
    }
    return fake;
  }
}

function plain(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'error' in v) return (v as ExcelJS.CellErrorValue).error;
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  return v as string | number | boolean;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Op = () => void;

/** Base of every proxy: loaded property names, values set at sync. */
class Proxy {
  protected loaded = new Set<string>();
  protected data: Record<string, unknown> = {};
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new OfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Load it and call context.sync() first.`);
    return this.data[prop] as T;
  }

  protected loadWith(props: string, resolve: (prop: string) => unknown): this {
    const names = props.split(',').map((p) => p.trim()).filter(Boolean);
    this.ctx.queue(() => {
      for (const name of names) {
        this.data[name] = resolve(name);
        this.loaded.add(name);
        this.ctx.charge(this.data[name]);
      }
    });
    return this;
  }
}

/** Excel on the web refuses a request (one sync) whose payload passes 5 MB. */
export const FAKE_PAYLOAD_LIMIT = 5_000_000;

export class FakeContext {
  private ops: Op[] = [];
  /** Bytes this request carries so far: data read back and data written. */
  private payload = 0;

  charge(value: unknown): void {
    this.payload += typeof value === 'string' ? value.length : (JSON.stringify(value ?? null)?.length ?? 0);
  }
  readonly workbook: WorkbookProxy;
  /** The ExcelApi requirement set this host supports: newer APIs throw, as they do in that Excel. */
  maxVersion = '1.18';

  /** Throws ApiNotFound when the API needs a newer requirement set than this host has. */
  requires(version: string, api: string): void {
    const [major, minor] = version.split('.').map(Number);
    const [maxMajor, maxMinor] = this.maxVersion.split('.').map(Number);
    if (major > maxMajor || (major === maxMajor && minor > maxMinor)) throw new OfficeError('ApiNotFound', `${api} needs ExcelApi ${version}; this host has ${this.maxVersion}`);
  }

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  pending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    const ops = this.ops;
    this.ops = [];
    this.payload = 0;
    for (const op of ops) op();
    const payload = this.payload;
    this.payload = 0;
    if (payload > FAKE_PAYLOAD_LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${payload} bytes).`);
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingsProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingsProxy(ctx);
  }
}

class WorksheetCollectionProxy extends Proxy {
  private list: WorksheetProxy[] = [];
  get items(): WorksheetProxy[] {
    this.read('items');
    return this.list;
  }
  load(props: string): this {
    const wants = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.queue(() => {
      this.list = this.ctx.book.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, () => s);
        p.markLoaded(wants);
        return p;
      });
      this.loaded.add('items');
    });
    return this;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(this.ctx.book.active));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      // Excel finds sheets by name case-insensitively.
      const s = this.ctx.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
  add(name: string): WorksheetProxy {
    this.ctx.queue(() => {
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
      this.ctx.book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
}

class WorksheetProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  markLoaded(props: string[]): void {
    const s = this.resolve()!;
    for (const p of props) {
      if (p === 'name') this.data.name = s.name;
      if (p === 'visibility') this.data.visibility = s.visibility;
      this.loaded.add(p);
    }
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new OfficeError('ItemNotFound', 'The worksheet does not exist');
    return s;
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  load(props: string): this {
    this.ctx.queue(() => {
      const s = this.resolve();
      this.data.isNullObject = s === null;
      this.loaded.add('isNullObject');
      for (const p of props.split(',').map((x) => x.trim())) {
        if (s) this.data[p] = p === 'name' ? s.name : p === 'position' ? this.ctx.book.sheets.indexOf(s) : p === 'visibility' ? s.visibility : undefined;
        this.loaded.add(p);
      }
    });
    return this;
  }
  get position(): number {
    return this.read('position');
  }
  set position(at: number) {
    this.ctx.queue(() => {
      const sheets = this.ctx.book.sheets;
      const s = this.sheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(at, 0, s);
    });
  }
  get protection(): ProtectionProxy {
    return new ProtectionProxy(this.ctx, this);
  }
  get pageLayout(): PageLayoutProxy {
    this.ctx.requires('1.9', 'Worksheet.pageLayout');
    return new PageLayoutProxy(this.ctx, this);
  }
  get notes(): NoteCollectionProxy {
    this.ctx.requires('1.18', 'Worksheet.notes');
    return new NoteCollectionProxy(this.ctx, this);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, () => {
      const box = this.sheet().usedRange();
      return box ? rangeToA1(box) : null;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () => address ?? 'A1:XFD1048576');
  }
  getRanges(list: string): RangeAreasProxy {
    this.ctx.requires('1.9', 'Worksheet.getRanges');
    return new RangeAreasProxy(this.ctx, this, () => list);
  }
  activate(): void {
    this.ctx.queue(() => {
      // As Excel: a hidden sheet is no tab to show.
      if (this.sheet().visibility !== 'Visible') throw new OfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
      this.ctx.book.active = this.sheet().name;
    });
  }
}

/** worksheet.pageLayout: what a template writes (orientation, paper, zoom, print titles, footer). */
class PageLayoutProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx);
  }
  private set(fn: (layout: FakeSheet['pageLayout']) => void): void {
    this.ctx.queue(() => fn(this.ws.sheet().pageLayout));
  }
  set orientation(v: string) {
    this.set((l) => (l.orientation = v));
  }
  set paperSize(v: string) {
    this.set((l) => (l.paperSize = v));
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set((l) => (l.zoom = { ...v }));
  }
  setPrintTitleRows(rows: string): void {
    this.set((l) => (l.printTitleRows = rows));
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const set = (fn: (layout: FakeSheet['pageLayout']) => void) => this.set(fn);
    return {
      defaultForAllPages: {
        set centerFooter(v: string) {
          set((l) => (l.centerFooter = v));
        },
        get centerFooter(): string {
          throw new OfficeError('PropertyNotLoaded', 'centerFooter');
        },
      },
    };
  }
}

class ProtectionProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx);
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (password !== undefined) this.ctx.requires('1.7', 'WorksheetProtection.protect(password)');
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      if (sheet.protected) throw new OfficeError('InvalidOperation', 'The worksheet is already protected');
      sheet.protected = true;
      sheet.protection = { options, password };
    });
  }
  get protected(): boolean {
    return this.read('protected');
  }
  load(props: string): this {
    return this.loadWith(props, () => this.ws.sheet().protected);
  }
}

class RangeProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly ws: WorksheetProxy,
    private readonly resolveAddress: () => string | null,
  ) {
    super(ctx);
  }
  private box(): CellRange {
    const a = this.resolveAddress();
    if (a === null) throw new OfficeError('ItemNotFound', 'null range');
    return parseRange(a);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set values(v: unknown[][]) {
    this.writeCells(v, false);
  }
  set formulas(v: unknown[][]) {
    this.writeCells(v, true);
  }
  private writeCells(v: unknown[][], asFormulas: boolean): void {
    this.ctx.queue(() => {
      this.ctx.charge(v);
      const book = this.ctx.book;
      const failure = book.failures.shift();
      if (failure) throw new OfficeError(failure.onWrite.code, failure.onWrite.message);
      const sheet = this.ws.sheet();
      if (sheet.protected) throw new OfficeError('AccessDenied', 'The cell or chart you are trying to change is protected.');
      const b = this.box();
      v.forEach((row, r) =>
        row.forEach((x, c) => {
          const address = toA1(b.top + r, b.left + c);
          const prev = sheet.cell(address);
          const base = prev ?? { value: '', numberFormat: 'General', format: structuredClone(DEFAULT_FORMAT) };
          // As Excel parses what is written through either property: `=…` is a formula, a leading
          // apostrophe keeps the rest as text, and number-like text becomes a number unless the
          // cell is formatted as text (@).
          const text = typeof x === 'string' ? x : null;
          const isFormula = text !== null && text.startsWith('=') && text.length > 1;
          let value = x as FakeCell['value'];
          if (text !== null && !isFormula) {
            if (text.startsWith("'")) value = text.slice(1);
            else if (base.numberFormat !== '@' && /^\s*-?\d+(\.\d+)?\s*$/.test(text)) value = Number(text);
          }
          void asFormulas;
          const next: FakeCell = { ...base, value: isFormula ? evaluate(sheet, text!) : value };
          if (isFormula) next.formula = text!;
          else delete next.formula;
          sheet.cells.set(address, next);
        }),
      );
    });
  }
  load(props: string): this {
    return this.loadWith(`isNullObject,${props}`, (prop) => {
      const address = this.resolveAddress();
      if (prop === 'isNullObject') return address === null;
      if (address === null) return undefined;
      const b = parseRange(address);
      const sheet = this.ws.sheet();
      const grid = (f: (cell: FakeCell | undefined) => unknown): unknown[][] =>
        Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => f(sheet.cell(toA1(b.top + r, b.left + c)))));
      switch (prop) {
        case 'address':
          return `${quoteSheet(sheet.name)}!${rangeToA1(b)}`;
        case 'rowCount':
          return b.bottom - b.top + 1;
        case 'columnCount':
          return b.right - b.left + 1;
        case 'values':
          return grid((cell) => cell?.value ?? '');
        case 'formulas':
          return grid((cell) => cell?.formula ?? cell?.value ?? '');
        case 'numberFormat':
          return grid((cell) => cell?.numberFormat ?? 'General');
        // As Excel: true when every row (column) of the range is hidden, false when none, null when some are.
        case 'rowHidden':
          return allSomeNone(b.top, b.bottom, (r) => sheet.hiddenRows.has(r));
        case 'columnHidden':
          return allSomeNone(b.left, b.right, (c) => sheet.hiddenColumns.has(c));
        default:
          throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
      }
    });
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.read('columnHidden');
  }
  getVisibleView(): RangeViewProxy {
    this.ctx.requires('1.3', 'Range.getVisibleView');
    return new RangeViewProxy(this.ctx, () => {
      const b = this.box();
      const sheet = this.ws.sheet();
      const rows: string[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        if (sheet.hiddenRows.has(r)) continue;
        const row: string[] = [];
        for (let c = b.left; c <= b.right; c++) if (!sheet.hiddenColumns.has(c)) row.push(`${quoteSheet(sheet.name)}!${toA1(r, c)}`);
        if (row.length > 0) rows.push(row);
      }
      return rows;
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.requires('1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.ctx, this.ws, () => {
      const b = this.box();
      const inside = this.ws.sheet().merges.filter((m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right);
      // Excel refuses a RangeAreas of more than 512 areas (the probe: getMergedAreasOrNullObject fails above it).
      if (inside.length > 512) throw new OfficeError('InvalidOperation', 'The number of areas exceeds the limit of 512.');
      return inside.length === 0 ? null : inside.map((m) => `${quoteSheet(this.ws.sheet().name)}!${rangeToA1(m)}`).join(', ');
    });
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, this.ws, () => rangeToA1(this.box()));
  }
  select(): void {
    this.ctx.queue(() => {
      this.ctx.book.selection = { sheet: this.ws.sheet().name, cell: rangeToA1(this.box()) };
    });
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => this.eachCell((cell) => (cell.numberFormat = String(v[0][0]))));
  }
  /** Runs fn on every cell of the range, creating empty cells as Excel has them. */
  eachCell(fn: (cell: FakeCell, address: string) => void): void {
    const sheet = this.ws.sheet();
    const b = this.box();
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const address = toA1(r, c);
        if (!sheet.cells.has(address)) sheet.set(address, '');
        fn(sheet.cell(address)!, address);
      }
    }
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.ctx, this, this.resolveAddress);
  }
  copyFrom(source: string, type: string): void {
    this.ctx.queue(() => {
      if (type !== 'Formats') throw new OfficeError('InvalidArgument', `the fake copies formats only, not ${type}`);
      const [sheetPart, area] = [source.slice(0, source.lastIndexOf('!')), source.slice(source.lastIndexOf('!') + 1)];
      const from = this.ctx.book.sheet(sheetPart.replace(/^'|'$/g, '').replace(/''/g, "'"));
      const src = parseRange(area);
      const dst = this.box();
      const sheet = this.ws.sheet();
      for (let r = 0; r <= src.bottom - src.top; r++) {
        for (let c = 0; c <= src.right - src.left; c++) {
          const s = from.cell(toA1(src.top + r, src.left + c));
          const address = toA1(dst.top + r, dst.left + c);
          const existing = sheet.cell(address);
          sheet.cells.set(address, { value: existing?.value ?? '', ...(existing?.formula ? { formula: existing.formula } : {}), numberFormat: s?.numberFormat ?? 'General', format: structuredClone(s?.format ?? DEFAULT_FORMAT) });
        }
      }
      for (const m of from.merges) {
        if (m.top >= src.top && m.bottom <= src.bottom && m.left >= src.left && m.right <= src.right) {
          sheet.merges.push({ top: m.top - src.top + dst.top, bottom: m.bottom - src.top + dst.top, left: m.left - src.left + dst.left, right: m.right - src.left + dst.left });
        }
      }
    });
  }
  unmerge(): void {
    this.ctx.queue(() => {
      const b = this.box();
      const sheet = this.ws.sheet();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, b));
    });
  }
  merge(_across: boolean): void {
    this.ctx.queue(() => {
      const b = this.box();
      const sheet = this.ws.sheet();
      // Merging the same area again is a no-op, as in Excel; overlapping a different one fails.
      if (sheet.merges.some((m) => rangeToA1(m) === rangeToA1(b))) return;
      if (sheet.merges.some((m) => intersects(m, b))) throw new OfficeError('InvalidOperation', `cannot merge ${rangeToA1(b)} over another merge`);
      sheet.merges.push(b);
    });
  }
  get dataValidation(): { rule: unknown; prompt: unknown } {
    this.ctx.requires('1.8', 'Range.dataValidation');
    const ctx = this.ctx;
    const range = () => rangeToA1(this.box());
    const sheet = () => this.ws.sheet();
    return {
      set rule(rule: { list?: { source: string } }) {
        ctx.queue(() => sheet().validations.push({ range: range(), list: rule.list?.source }));
      },
      set prompt(prompt: { title: string; message: string }) {
        ctx.queue(() => sheet().validations.push({ range: range(), prompt: { title: prompt.title, message: prompt.message } }));
      },
      get rule() {
        throw new OfficeError('PropertyNotLoaded', 'rule');
      },
      get prompt() {
        throw new OfficeError('PropertyNotLoaded', 'prompt');
      },
    };
  }
}

/** Formats written through a range: into its cells, or as column widths and row heights. */
class RangeFormatProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeProxy,
    private readonly resolveAddress: () => string | null,
  ) {
    super(ctx);
  }
  private axis(): { kind: 'col' | 'row'; key: string } | null {
    const a = this.resolveAddress() ?? '';
    const col = /^([A-Z]+):\1$/.exec(a);
    if (col) return { kind: 'col', key: col[1] };
    const row = /^(\d+):\1$/.exec(a);
    return row ? { kind: 'row', key: row[1] } : null;
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.ctx.queue(() => this.range.ws.sheet().columnWidths.set(this.axis()!.key, points));
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(points: number) {
    this.ctx.queue(() => this.range.ws.sheet().rowHeights.set(Number(this.axis()!.key), points));
  }
  load(props: string): this {
    return this.loadWith(props, (prop) => {
      const axis = this.axis();
      const sheet = this.range.ws.sheet();
      if (prop === 'columnWidth') return sheet.columnWidths.get(axis!.key) ?? 48;
      if (prop === 'rowHeight') return sheet.rowHeights.get(Number(axis!.key)) ?? 15;
      throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
    });
  }
  private set(fn: (f: CellFormat) => void): void {
    this.ctx.queue(() => this.range.eachCell((cell) => fn(cell.format)));
  }
  get fill(): { color: string } {
    const set = (fn: (f: CellFormat) => void) => this.set(fn);
    return {
      set color(v: string) {
        set((f) => (f.fill = v));
      },
      get color(): string {
        throw new OfficeError('PropertyNotLoaded', 'color');
      },
    };
  }
  get font(): { color: string; bold: boolean; size: number } {
    const set = (fn: (f: CellFormat) => void) => this.set(fn);
    return {
      set color(v: string) {
        set((f) => (f.font.color = v));
      },
      set bold(v: boolean) {
        set((f) => (f.font.bold = v));
      },
      set size(v: number) {
        set((f) => (f.font.size = v));
      },
      get color(): string {
        throw new OfficeError('PropertyNotLoaded', 'color');
      },
      get bold(): boolean {
        throw new OfficeError('PropertyNotLoaded', 'bold');
      },
      get size(): number {
        throw new OfficeError('PropertyNotLoaded', 'size');
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.set((f) => (f.horizontalAlignment = v));
  }
  set verticalAlignment(_v: string) {
    // Not kept by the fake; written for the look only.
  }
  set wrapText(_v: boolean) {
    // Not kept by the fake; written for the look only.
  }
  get borders(): { getItem(edge: string): { style: string } } {
    const set = (fn: (f: CellFormat) => void) => this.set(fn);
    return {
      getItem: () => ({
        set style(v: string) {
          set((f) => (f.borders = v));
        },
        get style(): string {
          throw new OfficeError('PropertyNotLoaded', 'style');
        },
      }),
    };
  }
  get protection(): { locked: boolean } {
    const ctx = this.ctx;
    const range = this.range;
    return {
      set locked(v: boolean) {
        // Kept per cell; the fake does not enforce locks on writes.
        ctx.queue(() => range.eachCell((_cell, a) => (v ? range.ws.sheet().unlocked.delete(a) : range.ws.sheet().unlocked.add(a))));
      },
      get locked(): boolean {
        throw new OfficeError('PropertyNotLoaded', 'locked');
      },
    };
  }
}

/** The visible cells of a range (ExcelApi 1.3): their addresses, a row of visible cells a visible row. */
class RangeViewProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly addresses: () => string[][],
  ) {
    super(ctx);
  }
  get cellAddresses(): string[][] {
    return this.read('cellAddresses');
  }
  load(props: string): this {
    return this.loadWith(props, (prop) => {
      if (prop === 'cellAddresses') return this.addresses();
      throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
    });
  }
}

function allSomeNone(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let some = false;
  let all = true;
  for (let i = from; i <= to; i++) {
    if (hidden(i)) some = true;
    else all = false;
  }
  return all ? true : some ? null : false;
}

class RangeAreasProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly ws: WorksheetProxy,
    private readonly resolveAddress: () => string | null,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  load(props: string): this {
    return this.loadWith(`isNullObject,${props}`, (prop) => {
      const a = this.resolveAddress();
      if (prop === 'isNullObject') return a === null;
      if (prop === 'address') return a;
      throw new OfficeError('InvalidArgument', `unknown property ${prop}`);
    });
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, this.ws, () => {
      const list = this.resolveAddress()!;
      if (list.length > 2_000) throw new OfficeError('InvalidArgument', 'The address list is too long.');
      return list;
    });
  }
}

class ConditionalFormatCollectionProxy extends Proxy {
  private list: ConditionalFormatProxy[] = [];
  constructor(
    ctx: FakeContext,
    private readonly ws: WorksheetProxy,
    private readonly resolveRanges: () => string,
  ) {
    super(ctx);
  }
  get items(): ConditionalFormatProxy[] {
    this.read('items');
    return this.list;
  }
  load(_props: string): this {
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      const area = this.resolveRanges();
      const boxes = area.split(',').map((a) => parseRange(a.trim()));
      this.list = sheet.conditionalFormats
        .filter((cf) => cf.ranges.split(',').some((r) => boxes.some((b) => intersects(parseRange(r.trim()), b))))
        .map((cf) => ConditionalFormatProxy.existing(this.ctx, sheet, cf));
      this.loaded.add('items');
    });
    return this;
  }
  add(type: string): ConditionalFormatProxy {
    const cf = ConditionalFormatProxy.created(this.ctx, this.ws, type, this.resolveRanges);
    return cf;
  }
}

class ConditionalFormatProxy extends Proxy {
  private target!: () => FakeConditionalFormat;
  private sheet!: () => FakeSheet;
  readonly custom = {
    rule: {} as { formula?: string },
    format: { fill: {} as { color?: string }, font: {} as { color?: string } },
  };
  private pendingPriority: number | undefined;

  static created(ctx: FakeContext, ws: WorksheetProxy, type: string, ranges: () => string): ConditionalFormatProxy {
    const p = new ConditionalFormatProxy(ctx);
    let made: FakeConditionalFormat | null = null;
    p.sheet = () => ws.sheet();
    p.target = () => made!;
    ctx.queue(() => {
      made = { id: ctx.book.newId(), type, ranges: ranges(), priority: 0 };
      ws.sheet().conditionalFormats.unshift(made);
    });
    // Property writes made after add() are applied at the same sync, after the creation.
    ctx.queue(() => {
      made!.formula = p.custom.rule.formula;
      made!.fill = p.custom.format.fill.color;
      made!.font = p.custom.format.font.color;
      if (p.pendingPriority !== undefined) made!.priority = p.pendingPriority;
    });
    return p;
  }

  static existing(ctx: FakeContext, sheet: FakeSheet, cf: FakeConditionalFormat): ConditionalFormatProxy {
    const p = new ConditionalFormatProxy(ctx);
    p.sheet = () => sheet;
    p.target = () => cf;
    p.data.type = cf.type;
    p.loaded.add('type');
    return p;
  }

  get type(): string {
    return this.read('type');
  }
  set priority(v: number) {
    this.pendingPriority = v;
  }
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const cf = this.target();
    return { isNullObject: cf.type !== 'Custom', rule: { formula: cf.formula ?? '' } };
  }
  delete(): void {
    this.ctx.queue(() => {
      const list = this.sheet().conditionalFormats;
      const i = list.indexOf(this.target());
      if (i >= 0) list.splice(i, 1);
    });
  }
}

class NoteCollectionProxy extends Proxy {
  private list: NoteProxy[] = [];
  constructor(
    ctx: FakeContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx);
  }
  get items(): NoteProxy[] {
    this.read('items');
    return this.list;
  }
  load(_props: string): this {
    this.ctx.queue(() => {
      this.list = [...this.ws.sheet().notes.keys()].map((cell) => new NoteProxy(this.ctx, this.ws, () => cell));
      this.list.forEach((n) => n.fill());
      this.loaded.add('items');
    });
    return this;
  }
  getItemOrNullObject(cell: string): NoteProxy {
    return new NoteProxy(this.ctx, this.ws, () => (this.ws.sheet().notes.has(cell) ? cell : null));
  }
  add(cell: string, content: string): void {
    this.ctx.queue(() => this.ctx.charge(content));
    this.ctx.queue(() => {
      const sheet = this.ws.sheet();
      if (sheet.notes.has(cell)) throw new OfficeError('InvalidArgument', `A note already exists on ${cell}`);
      sheet.notes.set(cell, content);
    });
  }
}

class NoteProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: WorksheetProxy,
    private readonly resolveCell: () => string | null,
  ) {
    super(ctx);
  }
  fill(): void {
    const cell = this.resolveCell();
    this.data.isNullObject = cell === null;
    this.data.content = cell === null ? undefined : this.ws.sheet().notes.get(cell);
    this.loaded.add('isNullObject').add('content');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get content(): string {
    return this.read('content');
  }
  load(_props: string): this {
    this.ctx.queue(() => this.fill());
    return this;
  }
  delete(): void {
    this.ctx.queue(() => {
      const cell = this.resolveCell();
      if (cell !== null) this.ws.sheet().notes.delete(cell);
    });
  }
}

class SettingsProxy {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
  add(key: string, value: string): void {
    this.ctx.queue(() => this.ctx.book.settings.set(key, value));
  }
}

class SettingProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get value(): unknown {
    return this.read('value');
  }
  load(props: string): this {
    return this.loadWith(`isNullObject,${props}`, (prop) => (prop === 'isNullObject' ? !this.ctx.book.settings.has(this.key) : this.ctx.book.settings.get(this.key)));
  }
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Enough of Excel's calculation for the formulas the add-in writes: cell references, numbers,
 * + − × ÷, SUM over ranges and lists, MIN.
 */
function evaluate(sheet: FakeSheet, formula: string): number {
  const tokens = formula.slice(1).match(/[A-Z]+\d+:[A-Z]+\d+|[A-Z]+\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/(),]/g) ?? [];
  let i = 0;
  const num = (address: string): number => {
    const v = sheet.cell(address)?.value;
    return typeof v === 'number' ? v : 0;
  };
  const values = (token: string): number[] => {
    if (!token.includes(':')) return [num(token)];
    const b = parseRange(token);
    const out: number[] = [];
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(num(toA1(r, c)));
    return out;
  };
  const args = (): number[] => {
    const out: number[] = [];
    i++; // (
    while (tokens[i] !== ')') {
      if (/^[A-Z]+\d+:[A-Z]+\d+$/.test(tokens[i])) out.push(...values(tokens[i++]));
      else out.push(sum());
      if (tokens[i] === ',') i++;
    }
    i++; // )
    return out;
  };
  const atom = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -atom();
    if (t === 'SUM') return args().reduce((a, b) => a + b, 0);
    if (t === 'MIN') return Math.min(...args());
    if (/^[A-Z]+\d+$/.test(t)) return num(t);
    if (/^\d/.test(t)) return Number(t);
    throw new Error(`the fake cannot evaluate ${formula}`);
  };
  const product = (): number => {
    let v = atom();
    while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * atom() : v / atom();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  const result = sum();
  if (i !== tokens.length) throw new Error(`the fake cannot evaluate ${formula}`);
  return Number(result.toFixed(10));
}

export interface FakeOffice {
  excel: { run<T>(options: unknown, batch: (context: FakeContext) => Promise<T>): Promise<T> };
  office: { context: { requirements: { isSetSupported(name: string, version?: string): boolean }; document: { url: string } } };
}

/** office.js's Excel.run and Office.context over a fake workbook, supporting ExcelApi up to `maxVersion`. */
export function fakeOffice(book: FakeWorkbook, maxVersion = '1.18', url = 'https://contoso.sharepoint.com/福田区/futian-2022.xlsx'): FakeOffice {
  const [maxMajor, maxMinor] = maxVersion.split('.').map(Number);
  return {
    excel: {
      async run<T>(_options: unknown, batch: (context: FakeContext) => Promise<T>): Promise<T> {
        const context = new FakeContext(book);
        context.maxVersion = maxVersion;
        const result = await batch(context);
        if (context.pending()) await context.sync();
        return result;
      },
    },
    office: {
      context: {
        requirements: {
          isSetSupported(name: string, version = '1.1'): boolean {
            const [major, minor] = version.split('.').map(Number);
            return name === 'ExcelApi' && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
          },
        },
        document: { url },
      },
    },
  };
}
