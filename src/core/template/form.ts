import { parseA1, parseRange, toA1 } from '../grid/address';
import { translator } from '../i18n/i18n';
import { TableKind } from '../model/table';
import { ProfileId } from '../rules/profiles';
import { Lang } from '../rules/rule';
import { headerNote, instructionsSheet } from './instructions';
import { CellSpec, CellStyle, PrintSetup, SheetSpec } from './sheet-spec';
import './messages';

/** What makes a template a form a bureau can hand out: print, protection, borders, notes, 填报说明. */
export interface FormOptions {
  kind: TableKind;
  year: number;
  unit: string;
  profile: ProfileId;
  lang: Lang;
  /** Protect the sheet (default true): inputs unlocked, formulas and labels locked. */
  protect?: boolean;
  password?: string;
  /** Zero-based rows of the table, and its columns. */
  rows: { first: number; last: number };
  columns: { left: number; right: number };
  /** First row below the title lines: from here on every table cell has a border. */
  bodyTop: number;
  /** Rows repeated on every printed page: the title lines and the first header line. */
  titleRows: { first: number; last: number };
  /** Rows whose cells are data (tasks, indicators), never headers to explain. */
  dataRows: ReadonlySet<number>;
}

/** A change of look made once per look it is given (and once for none), the same object after. */
function derived(change: (style: CellStyle | undefined) => CellStyle): (style: CellStyle | undefined) => CellStyle {
  const made = new Map<CellStyle | undefined, CellStyle>();
  return (style) => {
    let out = made.get(style);
    if (out === undefined) made.set(style, (out = change(style)));
    return out;
  };
}

/** Rows below its first from which a merged label is set at the top of its area. */
const TALL_MERGE = 3;

/** The print setup of every template: A4 landscape, one page wide, page numbers in the footer. */
export function printSetup(lang: Lang, titleRows?: { first: number; last: number }): PrintSetup {
  return { paper: 'A4', orientation: 'landscape', fitToPagesWide: 1, titleRows, footer: translator(lang)('template:footer') };
}

/**
 * Finishes a template's sheet as a form: a thin border and wrapped text on every cell of the table
 * below its title lines, notes on the header cells, row heights fitted to the text, print setup,
 * protection (on unless asked off), and the 填报说明 sheet beside it.
 */
export function finishForm(spec: SheetSpec, options: FormOptions): SheetSpec {
  const cells = spec.cells.map((c) => ({ ...c }));
  const index = new Map<string, CellSpec>(cells.map((c) => [c.address, c]));
  /** Body cells the spec left out, given one here: no header notes on them. */
  const added = new Set<string>();
  // One changed look per look the spec gave (cells that shared one still do, and a host writes
  // each once): a large table has hundreds of thousands of cells and a handful of looks.
  const bordered = derived((style) => ({ ...style, border: true, wrap: true }));
  const topped = derived((style) => ({ ...style, vertical: 'top' }));
  for (let r = options.bodyTop; r <= options.rows.last; r++) {
    for (let c = options.columns.left; c <= options.columns.right; c++) {
      const address = toA1(r, c);
      const cell = index.get(address);
      if (cell) cell.style = bordered(cell.style);
      else {
        const blank: CellSpec = { address, role: 'label', style: bordered(undefined) };
        cells.push(blank);
        index.set(address, blank);
        added.add(address);
      }
    }
  }
  // A label merged down many rows may cross a page break: printed in the middle of its area it can
  // land under the repeated title rows of the next page, so it stands at the top of its area.
  for (const m of spec.merges) {
    const area = parseRange(m);
    const master = index.get(toA1(area.top, area.left));
    if (master && area.bottom - area.top >= TALL_MERGE) master.style = topped(master.style);
  }
  const vars = { year: options.year, unit: options.unit, profile: options.profile, lang: options.lang };
  const headers: string[] = [];
  for (const cell of cells) {
    if (cell.role !== 'label' || typeof cell.value !== 'string' || added.has(cell.address)) continue;
    if (options.dataRows.has(parseA1(cell.address).row)) continue;
    const note = headerNote(cell.value, vars);
    if (note) {
      cell.note = note;
      headers.push(cell.value);
    }
  }
  const print = printSetup(options.lang, options.titleRows);
  return {
    ...spec,
    cells,
    protect: options.protect ?? true,
    password: options.password,
    print,
    fitRows: options.rows,
    companions: [instructionsSheet({ ...vars, kind: options.kind, headers, print })],
  };
}
