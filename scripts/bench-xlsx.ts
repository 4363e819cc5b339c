/**
 * Writes a large generated sheet as .xlsx straight from its cells (fflate), for `npm run bench`:
 * ExcelJS's writer is quadratic in merged areas, so a 45,000-merge benchmark file could not be
 * made with it in reasonable time. Values, shared strings, number formats and merges only, with the
 * fonts, fills, borders and Normal style a workbook must have for Excel and openpyxl to open it.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { columnLetters } from '../src/core/grid/address';
import { SheetSpec } from '../tests/support/tables';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function specToXlsx(spec: SheetSpec): Uint8Array {
  const strings = new Map<string, number>();
  const formats = new Map<string, number>();
  const rows: string[] = [];
  spec.rows.forEach((row, r) => {
    const cells: string[] = [];
    (row ?? []).forEach((raw, c) => {
      if (raw === undefined || raw === null) return;
      const cell = typeof raw === 'object' ? raw : { value: raw };
      const ref = `${columnLetters(c)}${r + 1}`;
      const v = cell.value;
      const f = cell.formula ? `<f>${escape(cell.formula.replace(/^=/, ''))}</f>` : '';
      if (typeof v === 'string') {
        let i = strings.get(v);
        if (i === undefined) strings.set(v, (i = strings.size));
        cells.push(`<c r="${ref}" t="s">${f}<v>${i}</v></c>`);
      } else if (typeof v === 'number') {
        let s = 0;
        if (cell.format) {
          s = formats.get(cell.format) ?? formats.size + 1;
          formats.set(cell.format, s);
        }
        cells.push(`<c r="${ref}"${s ? ` s="${s}"` : ''}>${f}<v>${v}</v></c>`);
      } else if (typeof v === 'boolean') cells.push(`<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`);
      else if (f) cells.push(`<c r="${ref}">${f}</c>`);
    });
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const merges = spec.merges.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const fmtList = [...formats.entries()];
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="${escape(spec.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="${fmtList.length}">${fmtList.map(([f, i]) => `<numFmt numFmtId="${163 + i}" formatCode="${escape(f)}"/>`).join('')}</numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${fmtList.length + 1}"><xf numFmtId="0"/>${fmtList.map(([, i]) => `<xf numFmtId="${163 + i}" applyNumberFormat="1"/>`).join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${strings.size}">${[...strings.keys()].map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`),
  });
}

/**
 * The same workbook with every shared string written inline in its cell (`t="inlineStr"`), as
 * exporters that stream rows (Apache POI's SXSSF) write text: a layout the reader meets in files
 * it has not seen.
 */
export function withInlineStrings(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const strings = [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = strFromU8(files[name]).replace(/ t="s"><v>(\d+)<\/v><\/c>/g, (_m, i: string) => ` t="inlineStr"><is>${strings[Number(i)]}</is></c>`);
    files[name] = strToU8(xml);
  }
  delete files['xl/sharedStrings.xml'];
  files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']).replace(/<Override PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/, ''));
  files['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(files['xl/_rels/workbook.xml.rels']).replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
  return zipSync(files);
}

/**
 * The same workbook as openpyxl writes it without lxml: text inline in its cells, and every
 * character outside ASCII written as a character reference (`&#37096;`), so most of a sheet's text
 * is references the reader must decode.
 */
export function withEscapedText(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(withInlineStrings(bytes));
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    files[name] = strToU8(strFromU8(files[name]).replace(/[\u0080-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0)};`));
  }
  return zipSync(files);
}

/**
 * The same workbook with every number a formula's cached result, as a workbook whose amounts and
 * scores Excel works out: runs of ten numbers, in sheet order, share one formula, the first
 * carrying its text (`<f t="shared" ref="E5:E14" si="3">…</f>`) and the others only its number
 * (`<f t="shared" si="3"/>`), as Excel saves a formula filled down.
 */
export function withFormulas(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let group = 0;
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    let k = 0;
    files[name] = strToU8(
      strFromU8(files[name]).replace(/<c r="([A-Z]+)(\d+)"( s="\d+")?><v>([^<]*)<\/v><\/c>/g, (_m, col: string, row: string, s: string | undefined, v: string) => {
        if (k++ % 10 !== 0) return `<c r="${col}${row}"${s ?? ''}><f t="shared" si="${group}"/><v>${v}</v></c>`;
        group++;
        return `<c r="${col}${row}"${s ?? ''}><f t="shared" ref="${col}${row}:${col}${Number(row) + 9}" si="${group}">ROUND(${col}${Number(row) + 1}*1,2)</f><v>${v}</v></c>`;
      }),
    );
  }
  return zipSync(files);
}

/**
 * The same workbook in the form Excel saves a Chinese sheet: rows with their spans and heights,
 * a style on every cell, and each shared string followed by its phonetic settings.
 */
export function asExcelSaves(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files['xl/sharedStrings.xml'] = strToU8(strFromU8(files['xl/sharedStrings.xml']).replace(/<\/t><\/si>/g, '</t><phoneticPr fontId="1" type="noConversion"/></si>'));
  // One more cell style, General, centred and wrapped, as a form's cells are: its index goes on every cell without a format.
  let style = 0;
  files['xl/styles.xml'] = strToU8(
    strFromU8(files['xl/styles.xml']).replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, count: string, xfs: string) => {
      style = Number(count);
      return `<cellXfs count="${style + 1}">${xfs}<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf></cellXfs>`;
    }),
  );
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = strFromU8(files[name])
      .replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:7" ht="20.1" customHeight="1" x14ac:dyDescent="0.15">')
      .replace(/<c r="([A-Z]+\d+)"( t="[a-z]+")?>/g, (_m, ref: string, t: string | undefined) => `<c r="${ref}" s="${style}"${t ?? ''}>`)
      .replace('<worksheet ', '<worksheet xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ');
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}

/**
 * The same workbook with `styles` more cell styles (each with its font and border), as copying
 * between offices' workbooks leaves them: tens of thousands, a styles part of megabytes.
 */
export function withManyStyles(bytes: Uint8Array, styles: number): Uint8Array {
  const files = unzipSync(bytes);
  const fonts = Array.from({ length: styles / 5 }, (_, i) => `<font>${i % 2 ? '<b/>' : ''}<sz val="${9 + (i % 8)}"/><color rgb="FF${((i * 7919) % 0xffffff).toString(16).padStart(6, '0')}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`);
  const borders = Array.from({ length: styles / 10 }, () => '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>');
  const xfs = Array.from(
    { length: styles },
    (_, i) => `<xf numFmtId="0" fontId="${1 + (i % fonts.length)}" fillId="0" borderId="${1 + (i % borders.length)}" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`,
  );
  files['xl/styles.xml'] = strToU8(
    strFromU8(files['xl/styles.xml'])
      .replace(/<fonts count="1"><font\/><\/fonts>/, `<fonts count="${fonts.length + 1}"><font/>${fonts.join('')}</fonts>`)
      .replace(/<borders count="1"><border\/><\/borders>/, `<borders count="${borders.length + 1}"><border/>${borders.join('')}</borders>`)
      .replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, count: string, own: string) => `<cellXfs count="${Number(count) + styles}">${own}${xfs.join('')}</cellXfs>`),
  );
  return zipSync(files);
}

/**
 * The same workbook with one stray cell at the sheet's last cell (XFD1048576), as a space typed
 * there by mistake leaves it: a sheet a million rows long and 16,384 columns wide holding a table.
 */
export function withStrayCell(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    files[name] = strToU8(strFromU8(files[name]).replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t xml:space="preserve"> </t></is></c></row></sheetData>'));
  }
  return zipSync(files);
}

/**
 * The sheet as ExcelJS writes a form (the issue's 1.4 MB file has the size of this one): a thin border
 * on every cell of the table, so every cell a merged area covers is written too (`<c r="B5" s="1"/>`,
 * three times the cells), and each text a shared string once. The areas are merged one by one against
 * an empty index: ExcelJS's own check against every area before takes minutes for 46,000 of them.
 */
export async function asExcelJsWrites(spec: SheetSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const width = spec.rows.reduce((n, row) => Math.max(n, (row ?? []).length), 0);
  spec.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = (row ?? [])[c];
      const target = ws.getCell(r + 1, c + 1);
      target.border = border;
      if (cell === undefined || cell === null) continue;
      if (typeof cell === 'object') {
        target.value = cell.value ?? null;
        if (cell.format) target.numFmt = cell.format;
      } else target.value = cell;
    }
  });
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const index = sheet._merges;
  for (const m of spec.merges) {
    sheet._merges = {};
    ws.mergeCells(m);
    Object.assign(index, sheet._merges);
  }
  sheet._merges = index;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
