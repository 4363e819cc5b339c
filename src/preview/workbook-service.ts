/**
 * The preview's workbook, held away from the page (in a worker): opening, reading grids,
 * fixes, the annotated copy and the JSON report. Plain data in, plain data out.
 *
 * A file is read with the linear reader; fixes and the annotated copy are patched into its package.
 * ExcelJS (a large chunk, and quadratic in merged areas) is fetched and the file loaded into it only
 * when a sheet is added (next year's template), or a package is laid out in a way patching does not read.
 */
import type ExcelJS from 'exceljs';
import { Grid } from '../core/grid/grid';
import { FileReport, reportFileAndTables, summarize } from '../core/report/report';
import { LocatedTable } from '../core/reconcile/pair-tables';
import { reconcileTables } from '../core/reconcile/reconcile';
import { Finding } from '../core/rules/rule';
import { MARK_COLORS, markedCells, noteText } from '../hosts/marks';
import type { FileHost } from '../hosts/file/file-host';
import { sheetsOnlyFormat, WorkbookReadError } from '../hosts/file/read-error';
import type { ReadSheet } from '../hosts/file/xlsx-reader';
import { readWorkbookAsync } from '../hosts/file/read-workbook';
import { platformInflate } from '../hosts/file/zip';
import { annotatePackage } from '../hosts/file/annotate-package';
import { patchPackage } from '../hosts/file/patch-package';
import { HostError, PatchPreview } from '../hosts/workbook-host';
import { argb, charsToPixels, SheetSpec } from '../core/template/sheet-spec';
import { Op, Opened, RemoteError, Request, Requests, Response, SheetMeta } from './protocol';
import { Patch, patchText } from '../core/compute/patch';
import { parseA1 } from '../core/grid/address';

/** The writing side, loaded on first use (a separate chunk in the browser). */
async function writers() {
  const [exceljs, fileHost, workbook, templateWriter] = await Promise.all([
    import(/* webpackChunkName: "writer" */ 'exceljs'),
    import('../hosts/file/file-host'),
    import('../hosts/file/workbook'),
    import('../hosts/file/template-writer'),
  ]);
  return { ExcelJS: exceljs.default, FileHost: fileHost.FileHost, loadWorkbook: workbook.loadWorkbook, workbookFromSheets: workbook.workbookFromSheets, writeSheet: templateWriter.writeSheet };
}

interface OpenFile {
  fileName: string;
  bytes: Uint8Array;
  sheets: ReadSheet[];
  /** The ExcelJS workbook, once something was written; from then on it is the truth. */
  host?: FileHost;
}

/**
 * A file's sheets, read with the linear reader; parts of a megabyte or more are inflated by the
 * browser's own zlib (DecompressionStream) rather than fflate's JavaScript.
 */
const read = (data: Uint8Array): Promise<ReadSheet[]> => readWorkbookAsync(data, { inflateAsync: platformInflate });

/**
 * An Excel 97–2003 file, a web page or an XML spreadsheet saved as .xls: read by its own reader, and never patched (no
 * package to patch). What is written for it (fixes, the marked copy, next year's template) goes into a
 * workbook made from its sheets, downloaded as .xlsx; the file itself is never changed.
 */
const isSheetsOnly = (file: OpenFile): boolean => sheetsOnlyFormat(file.bytes) !== null;

export class WorkbookService {
  private file: OpenFile | null = null;
  /** Every file loaded, the shown one among them, in the order given. */
  private files: OpenFile[] = [];

  private open(): OpenFile {
    if (!this.file) throw new Error('no workbook is open');
    return this.file;
  }

  /** The file loaded into ExcelJS for writing (once). */
  private async writable(): Promise<FileHost> {
    const file = this.open();
    if (!file.host) {
      const w = await writers();
      file.host = new w.FileHost(isSheetsOnly(file) ? w.workbookFromSheets(file.sheets) : await w.loadWorkbook(file.bytes), file.fileName);
    }
    return file.host;
  }

  private async grids(file: OpenFile = this.open()): Promise<Grid[]> {
    return file.host ? file.host.readWorkbook() : file.sheets.map((s) => s.grid);
  }

  private async grid(sheet?: string): Promise<Grid> {
    const file = this.open();
    if (file.host) return file.host.readSheet(sheet);
    const found = sheet === undefined ? file.sheets[0] : file.sheets.find((s) => s.name === sheet);
    if (!found) throw new HostError('no-sheet', sheet);
    return found.grid;
  }

  /**
   * Fixes, patched into the file itself while no sheet has been added (ExcelJS never loads it: a
   * large merged table would take minutes there), and read again with the linear reader; into
   * ExcelJS's model once it holds the workbook, or where the package cannot be patched.
   */
  private async applyPatches(patches: Patch[]): Promise<void> {
    const file = this.open();
    if (!file.host && !isSheetsOnly(file)) {
      // Checked first, as the ExcelJS host does: a refusal leaves every cell as it was.
      for (const p of patches) {
        const { row, col } = parseA1(p.cell);
        if ((await this.grid(p.sheet)).isCovered(row, col)) throw new HostError('merged-conflict', p.cell);
      }
      const patched = await patchPackage(file.bytes, patches);
      if (patched) {
        file.sheets = await read(patched);
        file.bytes = patched;
        return;
      }
    }
    await (await this.writable()).applyPatches(patches);
  }

  /** Each cell's content before a fix, as the fix dialog shows it. */
  private async previewPatches(patches: Patch[]): Promise<PatchPreview[]> {
    const file = this.open();
    if (file.host) return file.host.previewPatches(patches);
    const out: PatchPreview[] = [];
    for (const p of patches) {
      const grid = await this.grid(p.sheet);
      const { row, col } = parseA1(p.cell);
      const before = grid.cell(row, col).formula ?? grid.text(row, col);
      out.push({ sheet: p.sheet, cell: p.cell, before, after: patchText(p) });
    }
    return out;
  }

  async handle<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const a = args as never;
    switch (op) {
      case 'open':
        return (await this.openFile(a)) as Requests[K]['result'];
      case 'readSheet':
        return (await this.grid((a as Requests['readSheet']['args']).sheet)).toInit() as Requests[K]['result'];
      case 'readWorkbook':
        return (await this.grids()).map((g) => g.toInit()) as Requests[K]['result'];
      case 'previewPatches':
        return (await this.previewPatches((a as Requests['previewPatches']['args']).patches)) as Requests[K]['result'];
      case 'applyPatches':
        await this.applyPatches((a as Requests['applyPatches']['args']).patches);
        return null as Requests[K]['result'];
      case 'annotate':
        return (await this.annotate((a as Requests['annotate']['args']).marks)) as Requests[K]['result'];
      case 'addSheet':
        return (await this.addSheet((a as Requests['addSheet']['args']).spec)) as Requests[K]['result'];
      case 'report':
        return (await this.report(a)) as Requests[K]['result'];
      case 'addFile':
        return (await this.addFile(a)) as Requests[K]['result'];
      case 'show':
        return this.show(a) as Requests[K]['result'];
      case 'reconcile':
        return (await this.reconcile(a)) as Requests[K]['result'];
      default:
        throw new Error(`unknown request ${String(op)}`);
    }
  }

  /** Answers one request, turning every failure into a RemoteError the page can explain. */
  async respond(request: Request): Promise<Response> {
    try {
      return { id: request.id, ok: true, result: await this.handle(request.op, request.args) };
    } catch (e) {
      return { id: request.id, ok: false, error: remoteError(e) };
    }
  }

  /** The file shown from now on, in place of every file loaded before. */
  private async openFile({ bytes, fileName }: Requests['open']['args']): Promise<Requests['open']['result']> {
    return this.openFileAsync(bytes, fileName);
  }

  /** Another file beside the open one; one of the same name is replaced. */
  private async addFile({ bytes, fileName }: Requests['addFile']['args']): Promise<Opened> {
    if (!this.file) return this.openFileAsync(bytes, fileName);
    const data = new Uint8Array(bytes);
    const added: OpenFile = { fileName, bytes: data, sheets: await read(data) };
    const at = this.files.findIndex((f) => f.fileName === fileName);
    if (at >= 0) {
      if (this.files[at] === this.file) this.file = added;
      this.files[at] = added;
    } else this.files.push(added);
    return opened(added);
  }

  private async openFileAsync(bytes: ArrayBuffer, fileName: string): Promise<Opened> {
    const data = new Uint8Array(bytes);
    const sheets = await read(data);
    this.file = { fileName, bytes: data, sheets };
    this.files = [this.file];
    return opened(this.file);
  }

  private show({ fileName }: Requests['show']['args']): Opened {
    const found = this.files.find((f) => f.fileName === fileName);
    if (!found) throw new HostError('failed', fileName);
    this.file = found;
    return opened(found);
  }

  /** Every recognised table of every loaded file, as they are now (fixes included), reconciled. */
  private async reconcile({ lang, rules }: Requests['reconcile']['args']): Promise<Requests['reconcile']['result']> {
    const tables: LocatedTable[] = [];
    // Read as the report reads them: a table printed a worksheet a page is one table, its cells on their pages.
    for (const file of this.files) tables.push(...reportFileAndTables(file.fileName, await this.grids(file), { lang, rules }).tables);
    return reconcileTables(tables, { lang, rules });
  }

  private async addSheet(spec: SheetSpec): Promise<Requests['addSheet']['result']> {
    const host = await this.writable();
    const w = await writers();
    const name = await host.addSheet(spec);
    const alone = new w.ExcelJS.Workbook();
    w.writeSheet(alone, { ...spec, name }, (sheet) => host.workbook.getWorksheet(sheet));
    // ExcelJS lists worksheets in tab order, the new one already beside its source.
    return { name, sheets: host.workbook.worksheets.map(sheetMeta), bytes: (await alone.xlsx.writeBuffer()) as ArrayBuffer };
  }

  /** A copy of the workbook with each marked cell filled in its severity's colour and noted. */
  private async annotate(marks: Finding[]): Promise<ArrayBuffer> {
    // Unchanged since it was opened: patch the file itself, every other part left as it was.
    const file = this.open();
    if (!file.host && !isSheetsOnly(file)) {
      const patched = await annotatePackage(file.bytes, marks);
      if (patched) return patched.buffer.slice(patched.byteOffset, patched.byteOffset + patched.byteLength) as ArrayBuffer;
    }
    const host = await this.writable();
    const { ExcelJS: Excel } = await writers();
    const copy = new Excel.Workbook();
    await copy.xlsx.load((await host.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    for (const ws of copy.worksheets) {
      for (const [address, { severity, findings }] of markedCells(marks.filter((f) => f.sheet === ws.name))) {
        const cell = ws.getCell(address);
        // Cells read from a file share style objects: give this cell its own before filling it.
        cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(MARK_COLORS[severity].fill) } } };
        const own = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('');
        cell.note = own ? `${own}\n\n${noteText(findings)}` : noteText(findings);
      }
    }
    return (await copy.xlsx.writeBuffer()) as ArrayBuffer;
  }

  /**
   * The CLI's JSON document for the files loaded: the one open first, then the others; with two or
   * more tables, their reconciliation, as `validate` gives it for a folder.
   */
  private async report({ lang, profile, rules }: Requests['report']['args']): Promise<Requests['report']['result']> {
    const open = this.open();
    const files: FileReport[] = [];
    const tables: LocatedTable[] = [];
    for (const file of [open, ...this.files.filter((f) => f !== open)]) {
      const { report, tables: found } = reportFileAndTables(file.fileName, await this.grids(file), { lang, profile, rules });
      files.push(report);
      tables.push(...found);
    }
    if (tables.length < 2) return { files, summary: summarize(files) };
    const reconciliation = reconcileTables(tables, { lang, rules });
    return { files, reconciliation, summary: summarize(files, reconciliation) };
  }
}

/** A file's name and sheets, as the page shows them. */
function opened(file: OpenFile): Opened {
  return { fileName: file.fileName, sheets: file.host ? file.host.workbook.worksheets.map(sheetMeta) : file.sheets.map(readSheetMeta) };
}

/** A sheet's name and column widths in pixels (8.43 characters is Excel's default width), as read. */
function readSheetMeta(s: ReadSheet): SheetMeta {
  const columnWidths: number[] = [];
  for (let c = 0; c < Math.max(s.grid.colCount, s.columnWidths.length, 1); c++) columnWidths.push(Math.round(charsToPixels(s.columnWidths[c] ?? 8.43)));
  return { name: s.name, columnWidths };
}

/** The same, from an ExcelJS worksheet (after a sheet was added). */
function sheetMeta(ws: ExcelJS.Worksheet): SheetMeta {
  const columnWidths: number[] = [];
  for (let c = 1; c <= Math.max(ws.columnCount, 1); c++) columnWidths.push(Math.round(charsToPixels(ws.getColumn(c).width ?? 8.43)));
  return { name: ws.name, columnWidths };
}

function remoteError(e: unknown): RemoteError {
  if (e instanceof WorkbookReadError) return { kind: 'read', code: e.reason, detail: e.detail };
  if (e instanceof HostError) return { kind: 'host', code: e.code, detail: e.detail };
  return { kind: 'other', code: 'failed', detail: e instanceof Error ? e.message : String(e) };
}

