/**
 * The copy a template's source is read from by ExcelJS: its sheets without merged areas (ExcelJS
 * reads them in quadratic time), stored; every other entry copied as it was compressed.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { inflateRawSync } from 'zlib';
import { withoutMerges } from '../../src/hosts/file/without-merges';
import { InflateRaw, zipEntries } from '../../src/hosts/file/zip';

const inflate: InflateRaw = (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The bytes of an entry as stored in the package (compressed or not). */
function storedBytes(pkg: Uint8Array, name: string): Uint8Array {
  const e = zipEntries(pkg).get(name)!;
  const view = new DataView(pkg.buffer, pkg.byteOffset);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  return pkg.subarray(start, start + e.compressedSize);
}

test('the sheets lose their merged areas and are stored; the other entries are the same bytes', () => {
  const merged = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:A9"/></mergeCells><pageMargins/></worksheet>`;
  const plain = `<worksheet ${NS}><sheetData/></worksheet>`;
  const source = zipSync({
    'xl/workbook.xml': [strToU8(`<workbook ${NS}/>`.repeat(50)), { level: 9 }],
    'xl/worksheets/sheet1.xml': [strToU8(merged), { level: 6 }],
    'xl/worksheets/sheet2.xml': [strToU8(plain), { level: 6 }],
  });
  const copy = withoutMerges(source, inflate);
  const files = unzipSync(copy);
  expect(Object.keys(files)).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  expect(new TextDecoder().decode(files['xl/worksheets/sheet1.xml'])).toBe(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><pageMargins/></worksheet>`);
  expect(zipEntries(copy).get('xl/worksheets/sheet1.xml')).toMatchObject({ method: 0 });
  // Neither a sheet without merges nor any other part is inflated and written again.
  for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet2.xml']) {
    expect(zipEntries(copy).get(name)).toMatchObject({ method: 8 });
    expect(storedBytes(copy, name)).toEqual(storedBytes(source, name));
  }
});

test('a prefixed or empty mergeCells element goes too', () => {
  for (const mergeCells of ['<x:mergeCells count="1"><x:mergeCell ref="A1:C1"/></x:mergeCells>', '<mergeCells/>']) {
    const source = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData/>${mergeCells}</worksheet>`) });
    expect(new TextDecoder().decode(unzipSync(withoutMerges(source, inflate))['xl/worksheets/sheet1.xml'])).toBe(`<worksheet ${NS}><sheetData/></worksheet>`);
  }
});
