/**
 * The annotated copy of a workbook made by patching its package, never by rewriting it: fill styles
 * appended to styles.xml, the marked cells' style index changed (a blank marked cell gets an empty
 * cell element), notes added as comment parts with their VML drawing. Every other part, and every
 * unmarked cell, keeps its bytes once inflated. Returns null where patching would have to merge with
 * what is there (a sheet with notes of its own, a package laid out unusually): the caller then
 * writes the copy another way.
 */
import { strFromU8, strToU8 } from 'fflate';
import { entryBytes, fflateInflate, repackage, zipEntries, ZipEntry } from './zip';
import { parseA1 } from '../../core/grid/address';
import { Finding, Severity } from '../../core/rules/rule';
import { MARK_COLORS, markedCells, noteText } from '../marks';
import { argb } from '../../core/template/sheet-spec';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';

const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One pattern per attribute name, made once: a sheet's every cell tag is read with them. */
const ATTRIBUTES = new Map<string, RegExp>();

function attrOf(tag: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (re === undefined) ATTRIBUTES.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`)));
  return re.exec(tag)?.[1];
}

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*")[^"]*(")`);
  if (re.test(tag)) return tag.replace(re, `$1${value}$2`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** The parts a patch reads, inflated when first asked for; the others are never inflated. */
type Parts = (name: string) => Uint8Array | undefined;

/** Sheet name → its part path, from the workbook and its relationships. */
function sheetParts(files: Parts): Map<string, string> | null {
  const workbook = files('xl/workbook.xml');
  const rels = files('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attrOf(m[0], 'Id');
    const target = attrOf(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const out = new Map<string, string>();
  for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attrOf(m[0], 'name');
    const rid = /\sr:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) out.set(name.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"), path);
  }
  return out;
}

interface Styles {
  xml: string;
  /** The new style index for (original index, severity), appended as needed. */
  styleFor(original: number, severity: Severity): number;
}

function patchStyles(xml: string): Styles | null {
  const fills = /<fills\b[^>]*?count="(\d+)"[^>]*>([\s\S]*?)<\/fills>/.exec(xml);
  const xfs = /<cellXfs\b[^>]*?count="(\d+)"[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!fills || !xfs) return null;
  const xfList = [...xfs[2].matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
  if (xfList.length !== Number(xfs[1])) return null;
  const firstFill = Number(fills[1]);
  const added: string[] = [];
  const index = new Map<string, number>();
  return {
    get xml(): string {
      const newFills = SEVERITIES.map((s) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(MARK_COLORS[s].fill)}"/><bgColor indexed="64"/></patternFill></fill>`).join('');
      let out = xml.replace(fills[0], fills[0].replace(/count="\d+"/, `count="${firstFill + 3}"`).replace('</fills>', `${newFills}</fills>`));
      out = out.replace(xfs[0], xfs[0].replace(/count="\d+"/, `count="${xfList.length + added.length}"`).replace('</cellXfs>', `${added.join('')}</cellXfs>`));
      return out;
    },
    styleFor(original: number, severity: Severity): number {
      const key = `${original}:${severity}`;
      let i = index.get(key);
      if (i === undefined) {
        const xf = xfList[original] ?? xfList[0];
        const start = /^<xf\b[^>]*>/.exec(xf)![0];
        const patched = setAttr(setAttr(start, 'fillId', String(firstFill + SEVERITIES.indexOf(severity))), 'applyFill', '1');
        added.push(xf.replace(start, patched));
        i = xfList.length + added.length - 1;
        index.set(key, i);
      }
      return i;
    },
  };
}

/** The sheet XML with each marked cell's style changed (cells added where the sheet has none). */
function patchSheet(xml: string, marks: Map<string, Severity>, styles: Styles): string | null {
  const dataOpen = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(xml);
  if (!dataOpen) return null;
  const edits: { at: number; remove: number; text: string }[] = [];
  const pending = new Map(marks);
  const rows: { row: number; start: number; openEnd: number; end: number; selfClosing: boolean; cells: { col: number; start: number }[] }[] = [];
  if (!dataOpen[0].endsWith('/>')) {
    const dataEnd = xml.indexOf('</sheetData>', dataOpen.index);
    if (dataEnd < 0) return null;
    const rowRe = /<row\b[^>]*?(\/)?>/g;
    rowRe.lastIndex = dataOpen.index + dataOpen[0].length;
    for (let m = rowRe.exec(xml); m && m.index < dataEnd; m = rowRe.exec(xml)) {
      const r = Number(attrOf(m[0], 'r'));
      if (!Number.isFinite(r)) return null;
      const selfClosing = m[1] === '/';
      const end = selfClosing ? m.index + m[0].length : xml.indexOf('</row>', m.index);
      const row = { row: r - 1, start: m.index, openEnd: m.index + m[0].length, end, selfClosing, cells: [] as { col: number; start: number }[] };
      if (!selfClosing) {
        const cellRe = /<c\b[^>]*?(\/)?>/g;
        cellRe.lastIndex = row.openEnd;
        for (let c = cellRe.exec(xml); c && c.index < end; c = cellRe.exec(xml)) {
          const ref = attrOf(c[0], 'r');
          if (!ref) return null;
          const pos = parseA1(ref);
          row.cells.push({ col: pos.col, start: c.index });
          const severity = pending.get(ref);
          if (severity) {
            pending.delete(ref);
            const s = styles.styleFor(Number(attrOf(c[0], 's') ?? 0), severity);
            edits.push({ at: c.index, remove: c[0].length, text: setAttr(c[0], 's', String(s)) });
          }
        }
      }
      rows.push(row);
      rowRe.lastIndex = end;
    }
  }
  const rowsByIndex = new Map(rows.map((x) => [x.row, x]));
  // Marked cells the sheet has no element for: an empty styled cell, in column order, in its row.
  const byRow = new Map<number, { col: number; ref: string; s: number }[]>();
  for (const [ref, severity] of pending) {
    const pos = parseA1(ref);
    byRow.set(pos.row, [...(byRow.get(pos.row) ?? []), { col: pos.col, ref, s: styles.styleFor(0, severity) }]);
  }
  const newRows: { row: number; text: string }[] = [];
  for (const [r, cells] of byRow) {
    cells.sort((a, b) => a.col - b.col);
    const row = rowsByIndex.get(r);
    if (!row) {
      newRows.push({ row: r, text: `<row r="${r + 1}">${cells.map((c) => `<c r="${c.ref}" s="${c.s}"/>`).join('')}</row>` });
      continue;
    }
    if (row.selfClosing) {
      const open = xml.slice(row.start, row.openEnd).replace(/\s*\/>$/, '>');
      edits.push({ at: row.start, remove: row.openEnd - row.start, text: `${open}${cells.map((c) => `<c r="${c.ref}" s="${c.s}"/>`).join('')}</row>` });
      continue;
    }
    for (const c of cells) {
      const next = row.cells.find((x) => x.col > c.col);
      edits.push({ at: next ? next.start : row.end, remove: 0, text: `<c r="${c.ref}" s="${c.s}"/>` });
    }
  }
  if (newRows.length > 0) {
    newRows.sort((a, b) => a.row - b.row);
    if (dataOpen[0].endsWith('/>')) edits.push({ at: dataOpen.index, remove: dataOpen[0].length, text: `<sheetData>${newRows.map((r) => r.text).join('')}</sheetData>` });
    else {
      for (const nr of newRows) {
        const next = rows.find((x) => x.row > nr.row);
        edits.push({ at: next ? next.start : xml.indexOf('</sheetData>', dataOpen.index), remove: 0, text: nr.text });
      }
    }
  }
  // One pass over the text with the edits in order (a stable sort keeps inserts at one place in order).
  edits.sort((a, b) => a.at - b.at);
  const chunks: string[] = [];
  let from = 0;
  for (const e of edits) {
    chunks.push(xml.slice(from, e.at), e.text);
    from = e.at + e.remove;
  }
  chunks.push(xml.slice(from));
  return chunks.join('');
}

/** Elements that must follow <legacyDrawing> in a worksheet (ECMA-376 order). */
const AFTER_LEGACY = ['<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function vmlShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

export function annotatePackage(bytes: Uint8Array, marks: readonly Finding[]): Uint8Array | null {
  let entries: Map<string, ZipEntry>;
  const inflated = new Map<string, Uint8Array>();
  let unreadable = false;
  const files: Parts = (name) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    let data = inflated.get(name);
    if (data === undefined) {
      try {
        data = entryBytes(bytes, entry, fflateInflate);
      } catch {
        unreadable = true;
        return undefined;
      }
      inflated.set(name, data);
    }
    return data;
  };
  try {
    entries = zipEntries(bytes);
  } catch {
    return null;
  }
  const parts = sheetParts(files);
  const stylesPart = files('xl/styles.xml');
  const types = files('[Content_Types].xml');
  if (!parts || !stylesPart || !types) return null;
  const styles = patchStyles(strFromU8(stylesPart));
  if (!styles) return null;
  let contentTypes = strFromU8(types);
  // Parts written anew (patched or added); every other entry is copied as it was compressed.
  const out = new Map<string, Uint8Array>();
  const exists = (name: string): boolean => entries.has(name) || out.has(name);
  let sheetNo = 0;
  for (const [sheet, path] of parts) {
    sheetNo++;
    const cells = markedCells(marks.filter((f) => f.sheet === sheet));
    if (cells.size === 0) continue;
    const data = files(path);
    if (!data) return null;
    const xml = strFromU8(data);
    const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
    const relsPart = files(relsPath);
    const rels = relsPart ? strFromU8(relsPart) : null;
    // A sheet with notes or a VML drawing of its own: merging is ExcelJS's job.
    if (/<legacyDrawing\b/.test(xml) || (rels && (rels.includes(REL_COMMENTS) || rels.includes(REL_VML)))) return null;
    if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet')) + 1))) return null;
    let patched = patchSheet(xml, new Map([...cells].map(([ref, c]) => [ref, c.severity])), styles);
    if (patched === null) return null;

    // Notes: a comments part and its VML drawing, tied to the sheet by relationships.
    let n = 1;
    while (exists(`xl/comments${n}.xml`) || exists(`xl/drawings/vmlDrawing${n}.vml`)) n++;
    const commentList = [...cells].map(([ref, c]) => `<comment ref="${ref}" authorId="0"><text><r><t xml:space="preserve">${xmlText(noteText(c.findings))}</t></r></text></comment>`).join('');
    out.set(`xl/comments${n}.xml`, strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>绩效表校验助手</author></authors><commentList>${commentList}</commentList></comments>`,
      ),
    );
    const shapes = [...cells.keys()].map((ref, i) => {
      const p = parseA1(ref);
      return vmlShape(1024 * sheetNo + 1 + i, p.row, p.col);
    });
    out.set(`xl/drawings/vmlDrawing${n}.vml`, strToU8(
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNo}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes.join('')}</xml>`,
      ),
    );
    let relXml = rels ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    let rid = 1;
    while (relXml.includes(`Id="rIdBC${rid}"`)) rid++;
    const vmlId = `rIdBC${rid}`;
    const commentsId = `rIdBC${rid + 1}`;
    relXml = relXml.replace(
      '</Relationships>',
      `<Relationship Id="${vmlId}" Type="${REL_VML}" Target="../drawings/vmlDrawing${n}.vml"/><Relationship Id="${commentsId}" Type="${REL_COMMENTS}" Target="../comments${n}.xml"/></Relationships>`,
    );
    out.set(relsPath, strToU8(relXml));
    const before = AFTER_LEGACY.map((tag) => patched!.indexOf(tag)).filter((i) => i >= 0);
    const at = Math.min(...before);
    patched = `${patched.slice(0, at)}<legacyDrawing r:id="${vmlId}"/>${patched.slice(at)}`;
    out.set(path, strToU8(patched));
    if (!/Extension="vml"/i.test(contentTypes)) contentTypes = contentTypes.replace('</Types>', '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>');
    contentTypes = contentTypes.replace('</Types>', `<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`);
  }
  out.set('xl/styles.xml', strToU8(styles.xml));
  out.set('[Content_Types].xml', strToU8(contentTypes));
  if (unreadable) return null;
  // A large sheet is deflated at level 1: the copy is a download, its time matters more than its size.
  return repackage(bytes, entries, out, (size) => (size > 1 << 20 ? 1 : 6));
}
