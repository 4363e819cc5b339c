/**
 * The preview's workbook, held away from the page (in a worker): opening, reading grids,
 * fixes, the annotated copy and the JSON report. Plain data in, plain data out.
 */
import ExcelJS from 'exceljs';
import { Grid } from '../core/grid/grid';
import { reportFile, summarize } from '../core/report/report';
import { Finding } from '../core/rules/rule';
import { MARK_COLORS, markedCells, noteText } from '../hosts/marks';
import { FileHost } from '../hosts/file/file-host';
import { loadWorkbook, WorkbookReadError, workbookToGrids } from '../hosts/file/workbook';
import { HostError } from '../hosts/workbook-host';
import { charsToPixels, SheetSpec } from '../core/template/sheet-spec';
import { argb, writeSheet } from '../hosts/file/template-writer';
import { GridData, Op, RemoteError, Request, Requests, Response, SheetMeta } from './protocol';

export class WorkbookService {
  private host: FileHost | null = null;

  private open(): FileHost {
    if (!this.host) throw new Error('no workbook is open');
    return this.host;
  }

  async handle<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    const a = args as never;
    switch (op) {
      case 'open':
        return (await this.openFile(a)) as Requests[K]['result'];
      case 'readSheet':
        return toData(await this.open().readSheet((a as Requests['readSheet']['args']).sheet)) as Requests[K]['result'];
      case 'readWorkbook':
        return (await this.open().readWorkbook()).map(toData) as Requests[K]['result'];
      case 'previewPatches':
        return (await this.open().previewPatches((a as Requests['previewPatches']['args']).patches)) as Requests[K]['result'];
      case 'applyPatches':
        await this.open().applyPatches((a as Requests['applyPatches']['args']).patches);
        return null as Requests[K]['result'];
      case 'annotate':
        return (await this.annotate((a as Requests['annotate']['args']).marks)) as Requests[K]['result'];
      case 'addSheet':
        return (await this.addSheet((a as Requests['addSheet']['args']).spec)) as Requests[K]['result'];
      case 'report':
        return this.report(a) as Requests[K]['result'];
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

  private async openFile({ bytes, fileName }: Requests['open']['args']): Promise<Requests['open']['result']> {
    const workbook = await loadWorkbook(new Uint8Array(bytes));
    this.host = new FileHost(workbook, fileName);
    return {
      fileName,
      sheets: workbook.worksheets.map(sheetMeta),
    };
  }

  private async addSheet(spec: SheetSpec): Promise<Requests['addSheet']['result']> {
    const host = this.open();
    const name = await host.addSheet(spec);
    const alone = new ExcelJS.Workbook();
    writeSheet(alone, { ...spec, name }, spec.sourceSheet === undefined ? undefined : host.workbook.getWorksheet(spec.sourceSheet));
    // ExcelJS lists worksheets in tab order, the new one already beside its source.
    return { name, sheets: host.workbook.worksheets.map(sheetMeta), bytes: (await alone.xlsx.writeBuffer()) as ArrayBuffer };
  }

  /** A copy of the workbook with each marked cell filled in its severity's colour and noted. */
  private async annotate(marks: Finding[]): Promise<ArrayBuffer> {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await this.open().workbook.xlsx.writeBuffer()) as ArrayBuffer);
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

  /** The CLI's JSON document for this one file. */
  private report({ lang, profile, rules }: Requests['report']['args']): Requests['report']['result'] {
    const host = this.open();
    const files = [reportFile(host.fileName, workbookToGrids(host.workbook), { lang, profile, rules })];
    return { files, summary: summarize(files) };
  }
}

function toData(grid: Grid): GridData {
  const cells: GridData['cells'] = [];
  grid.forEachCell((r, c, cell) => {
    (cells[r] ??= [])[c] = cell;
  });
  // Covered cells and blanks are holes; structured cloning keeps sparse arrays sparse.
  for (let r = 0; r < grid.rowCount; r++) cells[r] ??= [];
  return { name: grid.name, cells, merges: [...grid.merges] };
}

/** A sheet's name and column widths in pixels (8.43 characters is Excel's default width). */
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
