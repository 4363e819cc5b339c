/**
 * The annotated copy of a workbook made by patching its package, never by rewriting it: fill styles
 * appended to styles.xml, the marked cells' style index changed (a blank marked cell gets an empty
 * cell element), notes added as comment parts with their VML drawing. Every other part, and every
 * unmarked cell, keeps its bytes once inflated. Returns null where patching would have to merge with
 * what is there (a sheet with notes of its own, a package laid out unusually): the caller then
 * writes the copy another way.
 */
import { strFromU8, strToU8 } from 'fflate';
import { Gzip, PackageWriter, platformGzip } from './zip';
import { PartBytes } from './part-bytes';
import { parseA1 } from '../../core/grid/address';
import { attrOf, editCells, openPackage, setAttr, sheetParts, xmlText } from './package-edit';
import { Finding, Severity } from '../../core/rules/rule';
import { MARK_COLORS, markedCells, noteText } from '../marks';
import { argb } from '../../core/template/sheet-spec';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';

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
  const index = new Map<number, number>();
  return {
    get xml(): string {
      const newFills = SEVERITIES.map((s) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb(MARK_COLORS[s].fill)}"/><bgColor indexed="64"/></patternFill></fill>`).join('');
      let out = xml.replace(fills[0], fills[0].replace(/count="\d+"/, `count="${firstFill + 3}"`).replace('</fills>', `${newFills}</fills>`));
      out = out.replace(xfs[0], xfs[0].replace(/count="\d+"/, `count="${xfList.length + added.length}"`).replace('</cellXfs>', `${added.join('')}</cellXfs>`));
      return out;
    },
    styleFor(original: number, severity: Severity): number {
      const key = original * SEVERITIES.length + SEVERITIES.indexOf(severity);
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

/** Elements that must follow <legacyDrawing> in a worksheet (ECMA-376 order). */
const AFTER_LEGACY = ['<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** A note's shape in the VML drawing, as Excel writes it, in bytes: a table can have tens of thousands. */
const SHAPE_TEXT = [
  '<v:shape id="_x0000_s',
  '" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>',
  ', 15, ',
  ', 2, ',
  ', 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>',
  '</x:Row><x:Column>',
  '</x:Column></x:ClientData></v:shape>',
];
const COMMENT_TEXT = ['<comment ref="', '" authorId="0"><text><r><t xml:space="preserve">', '</t></r></text></comment>'];
/** The two above in bytes, encoded on the first copy made. */
let constants: { shape: Uint8Array[]; comment: Uint8Array[] } | undefined;
const encoded = () => (constants ??= { shape: SHAPE_TEXT.map(PartBytes.encode), comment: COMMENT_TEXT.map(PartBytes.encode) });

function vmlShape(part: PartBytes, id: number, row: number, col: number): void {
  const [open, anchor, c15, c2, end, column, close] = encoded().shape;
  part.bytes(open).number(id).bytes(anchor).number(col + 1).bytes(c15).number(row).bytes(c2).number(col + 4).bytes(c15).number(row + 5).bytes(end).number(row).bytes(column).number(col).bytes(close);
}

export async function annotatePackage(bytes: Uint8Array, marks: readonly Finding[], gzip: Gzip = platformGzip): Promise<Uint8Array | null> {
  const pkg = openPackage(bytes);
  if (!pkg) return null;
  const { entries } = pkg;
  const parts = sheetParts(pkg);
  const stylesPart = pkg.part('xl/styles.xml');
  const types = pkg.part('[Content_Types].xml');
  if (!parts || !stylesPart || !types) return null;
  const styles = patchStyles(strFromU8(stylesPart));
  if (!styles) return null;
  let contentTypes = strFromU8(types);
  // Parts written anew (patched or added), each compressed as soon as it is made; every other entry is copied as it was compressed.
  const out = new PackageWriter(gzip);
  const exists = (name: string): boolean => entries.has(name) || out.has(name);
  let sheetNo = 0;
  for (const [sheet, path] of parts) {
    sheetNo++;
    const cells = markedCells(marks.filter((f) => f.sheet === sheet));
    if (cells.size === 0) continue;
    const data = pkg.part(path);
    if (!data) return null;
    const xml = strFromU8(data);
    const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
    const relsPart = pkg.part(relsPath);
    const rels = relsPart ? strFromU8(relsPart) : null;
    // A sheet with notes or a VML drawing of its own: merging is ExcelJS's job.
    if (/<legacyDrawing\b/.test(xml) || (rels && (rels.includes(REL_COMMENTS) || rels.includes(REL_VML)))) return null;
    if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet')) + 1))) return null;

    // Notes first, a comments part and its VML drawing tied to the sheet by relationships: they
    // are compressed while the sheet's cells are edited.
    let n = 1;
    while (exists(`xl/comments${n}.xml`) || exists(`xl/drawings/vmlDrawing${n}.vml`)) n++;
    const comments = new PartBytes().text(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>绩效表校验助手</author></authors><commentList>',
    );
    const [open, body, close] = encoded().comment;
    for (const [ref, c] of cells) comments.bytes(open).text(ref).bytes(body).text(xmlText(noteText(c.findings))).bytes(close);
    out.set(`xl/comments${n}.xml`, comments.text('</commentList></comments>').done());
    const drawing = new PartBytes().text(
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNo}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`,
    );
    let i = 0;
    for (const ref of cells.keys()) {
      const p = parseA1(ref);
      vmlShape(drawing, 1024 * sheetNo + 1 + i++, p.row, p.col);
    }
    out.set(`xl/drawings/vmlDrawing${n}.vml`, drawing.text('</xml>').done());
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

    // A marked cell keeps its element and gets a style with the fill; a blank one gets an empty element.
    let patched = editCells(xml, cells.keys(), (ref, cell) => {
      const severity = cells.get(ref)!.severity;
      if (!cell) return `<c r="${ref}" s="${styles.styleFor(0, severity)}"/>`;
      const s = styles.styleFor(Number(attrOf(cell.tag, 's') ?? 0), severity);
      return setAttr(cell.tag, 's', String(s)) + cell.element.slice(cell.tag.length);
    });
    if (patched === null) return null;
    const before = AFTER_LEGACY.map((tag) => patched!.indexOf(tag)).filter((i) => i >= 0);
    const at = Math.min(...before);
    patched = `${patched.slice(0, at)}<legacyDrawing r:id="${vmlId}"/>${patched.slice(at)}`;
    out.set(path, strToU8(patched));
    if (!/Extension="vml"/i.test(contentTypes)) contentTypes = contentTypes.replace('</Types>', '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>');
    contentTypes = contentTypes.replace('</Types>', `<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`);
  }
  out.set('xl/styles.xml', strToU8(styles.xml));
  out.set('[Content_Types].xml', strToU8(contentTypes));
  if (pkg.unreadable) return null;
  return out.pack(bytes, entries);
}
