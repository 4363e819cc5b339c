/** Messages between the preview page and the worker that holds the workbook. */
import { GridInit } from '../core/grid/grid';
import { Patch } from '../core/compute/patch';
import { ValidationReport } from '../core/report/report';
import { ReconciliationReport } from '../core/reconcile/reconcile';
import { ProfileId } from '../core/rules/profiles';
import { Finding, Lang } from '../core/rules/rule';
import { PatchPreview } from '../hosts/workbook-host';
import { SheetSpec } from '../core/template/sheet-spec';

/** A grid as plain data (what it was made of: arrays, and a map of far rows), so it can cross to another thread. */
export type GridData = GridInit;

export interface SheetMeta {
  name: string;
  /** Column widths in pixels, for drawing the sheet as Excel would. */
  columnWidths: number[];
}

export interface Opened {
  fileName: string;
  sheets: SheetMeta[];
}

export interface Requests {
  open: { args: { bytes: ArrayBuffer; fileName: string }; result: Opened };
  readSheet: { args: { sheet: string }; result: GridData };
  readWorkbook: { args: Record<string, never>; result: GridData[] };
  previewPatches: { args: { patches: Patch[] }; result: PatchPreview[] };
  applyPatches: { args: { patches: Patch[] }; result: null };
  annotate: { args: { marks: Finding[] }; result: ArrayBuffer };
  /** Adds the sheet to the open workbook; `bytes` is a workbook of that sheet alone, to download. */
  /** The new sheet's name, every sheet in tab order (the new one beside its source), and the template alone as .xlsx. */
  addSheet: { args: { spec: SheetSpec }; result: { name: string; sheets: SheetMeta[]; bytes: ArrayBuffer } };
  report: { args: { lang: Lang; profile: ProfileId | undefined; rules: Record<string, boolean> }; result: ValidationReport };
  /** Reads another file beside the open one, for reconciliation; the open one stays the one shown. */
  addFile: { args: { bytes: ArrayBuffer; fileName: string }; result: Opened };
  /** Makes a loaded file the one shown (read, fixed, annotated). */
  show: { args: { fileName: string }; result: Opened };
  /** Every recognised table of every loaded file, paired and reconciled. */
  reconcile: { args: { lang: Lang; rules: Record<string, boolean> }; result: ReconciliationReport };
}

export type Op = keyof Requests;

export interface Request<K extends Op = Op> {
  id: number;
  op: K;
  args: Requests[K]['args'];
}

/** A refusal crosses as its kind and code, so the page can explain it. */
export interface RemoteError {
  kind: 'read' | 'host' | 'other';
  code: string;
  detail?: string;
}

export type Response = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: RemoteError };

/** Sends requests to whatever holds the workbook: a worker, or the same thread in tests. */
export interface Transport {
  call<K extends Op>(op: K, args: Requests[K]['args'], transfer?: Transferable[]): Promise<Requests[K]['result']>;
}
