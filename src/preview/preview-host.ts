import { Grid } from '../core/grid/grid';
import { Patch } from '../core/compute/patch';
import { PaneSettings, HostError, HostErrorCode, PatchPreview, WorkbookInfo } from '../hosts/workbook-host';
import { ViewHost } from '../hosts/view-host';
import { SheetSpec } from '../core/template/sheet-spec';
import { GridData, Opened, SheetMeta, Transport } from './protocol';
import { RemoteFailure } from './transport';

export function gridOf(data: GridData): Grid {
  return new Grid({ name: data.name, cells: data.cells, merges: data.merges });
}

/** The preview's WorkbookHost: the workbook lives behind a Transport (a worker). */
export class PreviewHost extends ViewHost {
  private readonly grids = new Map<string, Grid>();

  private constructor(
    private readonly transport: Transport,
    readonly opened: Opened,
  ) {
    super(opened.sheets[0]?.name ?? '');
  }

  /** Opens .xlsx bytes; a file that cannot be read rejects with a RemoteFailure of kind 'read'. */
  static async open(transport: Transport, bytes: ArrayBuffer, fileName: string): Promise<PreviewHost> {
    const opened = await transport.call('open', { bytes, fileName }, [bytes]);
    return new PreviewHost(transport, opened);
  }

  get fileName(): string {
    return this.opened.fileName;
  }

  get sheets(): readonly SheetMeta[] {
    return this.opened.sheets;
  }

  /** The grid the sheet view draws; read once and kept until a fix changes the workbook. */
  async grid(sheet: string): Promise<Grid> {
    return this.grids.get(sheet) ?? this.readSheet(sheet);
  }

  async annotatedWorkbook(): Promise<ArrayBuffer> {
    return this.call(() => this.transport.call('annotate', { marks: this.allMarks() }));
  }

  async jsonReport(settings: PaneSettings, lang: 'zh-CN' | 'en-US'): Promise<unknown> {
    return this.call(() => this.transport.call('report', { lang, profile: settings.profile, rules: settings.rules }));
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
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
    const grid = gridOf(await this.call(() => this.transport.call('readSheet', { sheet: name })));
    this.grids.set(name, grid);
    return grid;
  }

  async readWorkbook(): Promise<Grid[]> {
    const grids = (await this.call(() => this.transport.call('readWorkbook', {}))).map(gridOf);
    for (const g of grids) this.grids.set(g.name, g);
    return grids;
  }

  /** Called with each template made, for the page to offer it as a download. */
  onTemplate: ((fileName: string, bytes: ArrayBuffer) => void) | null = null;

  async addSheet(spec: SheetSpec): Promise<string> {
    const { sheet, bytes } = await this.call(() => this.transport.call('addSheet', { spec }));
    const at = spec.sourceSheet === undefined ? -1 : this.opened.sheets.findIndex((s) => s.name === spec.sourceSheet);
    this.opened.sheets.splice(at < 0 ? this.opened.sheets.length : at + 1, 0, sheet);
    this.onTemplate?.(`${sheet.name}.xlsx`, bytes);
    this.activate(sheet.name);
    return sheet.name;
  }

  async previewPatches(patches: Patch[]): Promise<PatchPreview[]> {
    return this.call(() => this.transport.call('previewPatches', { patches }));
  }

  async applyPatches(patches: Patch[]): Promise<void> {
    await this.call(() => this.transport.call('applyPatches', { patches }));
    for (const p of patches) this.grids.delete(p.sheet);
    this.changed();
  }
}
