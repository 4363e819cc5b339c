/**
 * Fixes written into a workbook's package, never by rewriting it: each patched cell's element is
 * replaced (its style kept), every other cell and part keeps its bytes. The preview applies fixes
 * this way, so a large merged table is never loaded into ExcelJS (quadratic in merged areas) to
 * change a few cells. Returns null where patching cannot be sure of the result (a shared or array
 * formula's anchor, text XML cannot hold, a package laid out unusually): the caller then writes the
 * change another way.
 */
import { strFromU8, strToU8 } from 'fflate';
import { Patch } from '../../core/compute/patch';
import { attrOf, editCells, openPackage, sheetParts, xmlText } from './package-edit';
import { Gzip, PackageWriter, platformGzip } from './zip';

const CALC_CHAIN = 'xl/calcChain.xml';

export async function patchPackage(bytes: Uint8Array, patches: readonly Patch[], gzip: Gzip = platformGzip): Promise<Uint8Array | null> {
  const pkg = openPackage(bytes);
  if (!pkg) return null;
  const parts = sheetParts(pkg);
  if (!parts) return null;
  const bySheet = new Map<string, Map<string, Patch>>();
  for (const p of patches) {
    if (!parts.has(p.sheet)) return null;
    const cells = bySheet.get(p.sheet) ?? new Map<string, Patch>();
    cells.set(p.cell.replace(/\$/g, '').toUpperCase(), p);
    bySheet.set(p.sheet, cells);
  }
  const out = new PackageWriter(gzip);
  for (const [sheet, cells] of bySheet) {
    const path = parts.get(sheet)!;
    const data = pkg.part(path);
    if (!data) return null;
    const patched = editCells(strFromU8(data), cells.keys(), (ref, cell) => {
      const style = cell ? attrOf(cell.tag, 's') : undefined;
      // The anchor of a shared or array formula carries the formula of the cells that share it.
      if (cell && /<(?:\w+:)?f\b[^>]*\b(?:ref|t\s*=\s*"array")/.test(cell.element)) return null;
      return cellElement(ref, style, cells.get(ref)!);
    });
    if (patched === null) return null;
    out.set(path, strToU8(patched));
  }
  // Excel's list of formula cells in calculation order no longer matches the sheets: left out,
  // Excel rebuilds it (as it does for a workbook written without one).
  const omit = new Set<string>();
  if (pkg.entries.has(CALC_CHAIN)) {
    const rels = pkg.part('xl/_rels/workbook.xml.rels');
    const types = pkg.part('[Content_Types].xml');
    if (!rels || !types) return null;
    omit.add(CALC_CHAIN);
    out.set('xl/_rels/workbook.xml.rels', strToU8(strFromU8(rels).replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/g, '')));
    out.set('[Content_Types].xml', strToU8(strFromU8(types).replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/g, '')));
  }
  if (pkg.unreadable) return null;
  return out.pack(bytes, pkg.entries, omit);
}

/** Text XML 1.0 cannot hold at all: a control character (pasted into a cell), U+FFFE or U+FFFF. */
function notXml(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) return true;
  }
  return false;
}

/** The element a patch writes: a number, text inline, or a formula with the value it computes now. */
function cellElement(ref: string, style: string | undefined, patch: Patch): string | null {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (patch.op === 'set-formula') {
    const formula = patch.formula.replace(/^=/, '');
    if (notXml(formula)) return null;
    const value = patch.value !== undefined && Number.isFinite(patch.value) ? `<v>${patch.value}</v>` : '';
    return `<c r="${ref}"${s}><f>${xmlText(formula)}</f>${value}</c>`;
  }
  if (typeof patch.value === 'number') return Number.isFinite(patch.value) ? `<c r="${ref}"${s}><v>${patch.value}</v></c>` : null;
  if (notXml(patch.value)) return null;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(patch.value)}</t></is></c>`;
}
