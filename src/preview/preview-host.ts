import { profileFor } from '../core/rules/profiles';
import { Grid } from '../core/grid/grid';
import { Patch } from '../core/compute/patch';
import { PaneSettings, HostError, HostErrorCode, PatchPreview, WorkbookInfo } from '../hosts/workbook-host';
import { ViewHost } from '../hosts/view-host';
import { SheetSpec } from '../core/template/sheet-spec';
import { Op, Requests, SheetMeta, Transport } from './protocol';
import { RemoteFailure } from './transport';

/** The preview's WorkbookHost: the workbook lives behind a Transport (a worker). */
export class PreviewHost extends ViewHost {
  /**
   * Sheets as last read. The workbook changes only through this host (fixes, new sheets), so a
   * sheet is fetched from the worker once and again only after a fix has changed it.
   */
  private readonly grids = new Map<string, Promise<Grid>>();

  private constructor(
    private readonly transport: Transport,
    readonly fileName: string,
    private sheetList: SheetMeta[],
  ) {
    super(sheetList[0]?.name ?? '');
  }

  /** Opens a workbook's bytes (.xlsx, .xlsm or .xls); a file that cannot be read rejects with a RemoteFailure of kind 'read'. */
  static async open(transport: Transport, bytes: ArrayBuffer, fileName: string): Promise<PreviewHost> {
    const opened = await transport.call('open', { bytes, fileName }, [bytes]);
    return new PreviewHost(transport, opened.fileName, opened.sheets);
  }

  /** Reads another file beside the open one, for reconciliation (kept in the worker, not shown). */
  static async add(transport: Transport, bytes: ArrayBuffer, fileName: string): Promise<string> {
    return (await transport.call('addFile', { bytes, fileName }, [bytes])).fileName;
  }

  /** A host over another loaded file, which becomes the one the worker reads and writes. */
  static async show(transport: Transport, fileName: string): Promise<PreviewHost> {
    const opened = await transport.call('show', { fileName });
    return new PreviewHost(transport, opened.fileName, opened.sheets);
  }

  get sheets(): readonly SheetMeta[] {
    return this.sheetList;
  }

  async annotatedWorkbook(): Promise<ArrayBuffer> {
    return this.request('annotate', { marks: this.allMarks() });
  }

  async jsonReport(settings: PaneSettings, lang: 'zh-CN' | 'en-US'): Promise<unknown> {
    return this.request('report', { lang, profile: profileFor(settings.profile), rules: settings.rules });
  }

  /** One request to the worker; its host errors (protected, merged-conflict …) come back as HostError. */
  private async request<K extends Op>(op: K, args: Requests[K]['args']): Promise<Requests[K]['result']> {
    try {
      return await this.transport.call(op, args);
    } catch (e) {
      if (e instanceof RemoteFailure && e.error.kind === 'host') throw new HostError(e.error.code as HostErrorCode, e.error.detail);
      throw e;
    }
  }

  async describe(): Promise<WorkbookInfo> {
    return { workbook: this.fileName, activeSheet: this.active, sheets: this.sheets.map((s) => s.name) };
  }

  async readSheet(sheet?: string): Promise<Grid> {
    const name = sheet ?? this.active;
    let grid = this.grids.get(name);
    if (!grid) {
      const read = this.request('readSheet', { sheet: name }).then((data) => new Grid(data));
      this.grids.set(name, (grid = read));
      // A failed read is not kept: the next call asks again.
      read.catch(() => {
        if (this.grids.get(name) === read) this.grids.delete(name);
      });
    }
    return grid;
  }

  async readWorkbook(): Promise<Grid[]> {
    const grids = (await this.request('readWorkbook', {})).map((data) => new Grid(data));
    for (const g of grids) this.grids.set(g.name, Promise.resolve(g));
    return grids;
  }

  /** Called with each template made, for the page to offer it as a download. */
  onTemplate: ((fileName: string, bytes: ArrayBuffer) => void) | null = null;

  async addSheet(spec: SheetSpec): Promise<string> {
    const { name, sheets, bytes } = await this.request('addSheet', { spec });
    this.sheetList = sheets;
    this.onTemplate?.(`${name}.xlsx`, bytes);
    this.activate(name);
    return name;
  }

  async previewPatches(patches: Patch[]): Promise<PatchPreview[]> {
    return this.request('previewPatches', { patches });
  }

  async applyPatches(patches: Patch[]): Promise<void> {
    await this.request('applyPatches', { patches });
    for (const p of patches) this.grids.delete(p.sheet);
    this.changed();
  }
}
