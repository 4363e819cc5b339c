/**
 * The annotated copy made by patching the package: marked cells filled and noted, every other part
 * and every unmarked cell as it was, and the copy opens in ExcelJS and LibreOffice.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { reportFile } from '../../src/core/report/report';
import { annotatePackage } from '../../src/hosts/file/annotate-package';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { MARK_COLORS, NOTE_TAG } from '../../src/hosts/marks';
import { FIXTURE } from '../support/files';
import { convertWithLibreOffice } from '../support/recalc';

const original = new Uint8Array(readFileSync(FIXTURE));
const sheets = readXlsx(original);
const findings = reportFile('seed.xlsx', sheets.map((s) => s.grid)).sheets.flatMap((s) => s.findings);
let patched: Uint8Array;
beforeAll(async () => {
  patched = (await annotatePackage(original, findings))!;
});

test('the seed is patched, not rewritten', () => {
  expect(patched).not.toBeNull();
  expect(findings.map((f) => f.cell)).toEqual(expect.arrayContaining(['E28', 'G57', 'C82']));
});

test('every part but styles, the marked sheet, its relationships, the content types and the new note parts keeps its bytes', () => {
  const before = unzipSync(original);
  const after = unzipSync(patched);
  const changed = Object.keys(after).filter((k) => !before[k] || Buffer.compare(Buffer.from(before[k]), Buffer.from(after[k])) !== 0);
  expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml'].sort());
  expect(Object.keys(before).every((k) => after[k])).toBe(true);
});

test('marked cells are filled and noted; unmarked cells keep values, formulas and styles', async () => {
  const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await a.xlsx.load(original.buffer.slice(original.byteOffset, original.byteOffset + original.byteLength) as ArrayBuffer);
  await b.xlsx.load(patched.buffer.slice(patched.byteOffset, patched.byteOffset + patched.byteLength) as ArrayBuffer);
  const [wa, wb] = [a.worksheets[0], b.worksheets[0]];
  const marked = new Set(findings.map((f) => f.cell));
  const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect(fill(wb.getCell('E28'))).toBe(`FF${MARK_COLORS.error.fill.slice(1)}`);
  expect(fill(wb.getCell('G57'))).toBe(`FF${MARK_COLORS.warning.fill.slice(1)}`);
  const note = wb.getCell('E28').note;
  const noteText = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
  expect(noteText).toContain(NOTE_TAG);
  expect(noteText).toContain('total-mismatch');
  // The marked cell keeps its number format and font; only its fill is new.
  expect(wb.getCell('E28').numFmt).toBe(wa.getCell('E28').numFmt);
  expect(wb.getCell('E28').font).toEqual(wa.getCell('E28').font);
  wa.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const other = wb.getCell(cell.address);
      expect(other.value).toEqual(cell.value);
      if (!marked.has(cell.address)) expect({ address: cell.address, style: other.style }).toEqual({ address: cell.address, style: cell.style });
    }),
  );
});

test('the grid read from the copy is the grid of the original', () => {
  expect(readXlsx(patched).map((s) => s.grid.merges.length)).toEqual(sheets.map((s) => s.grid.merges.length));
  const text = (g: ReturnType<typeof readXlsx>[number]['grid']) => {
    const out: string[] = [];
    g.forEachCell((r, c, cell) => out.push(`${r}:${c}:${String(cell.value)}:${cell.formula ?? ''}`));
    return out;
  };
  expect(text(readXlsx(patched)[0].grid)).toEqual(text(sheets[0].grid));
});

test('a marked blank cell gets an empty styled cell in its row, in column order', async () => {
  const xml = strFromU8(unzipSync((await annotatePackage(original, [{ ...findings[0], cell: 'H3', severity: 'info' }]))!)['xl/worksheets/sheet1.xml']);
  const row3 = /<row r="3"[\s\S]*?<\/row>/.exec(xml)![0];
  expect(row3).toMatch(/<c r="H3" s="\d+"\/>/);
  const cols = [...row3.matchAll(/<c r="([A-Z]+)3"/g)].map((m) => m[1]);
  expect(cols).toEqual([...cols].sort((x, y) => x.length - y.length || x.localeCompare(y)));
});

test('LibreOffice opens the copy and keeps the notes', () => {
  const ods = unzipSync(new Uint8Array(convertWithLibreOffice(patched, 'ods')));
  const content = strFromU8(ods['content.xml']);
  expect(content).toContain('office:annotation');
  expect(content).toContain('total-mismatch');
  expect(content.toLowerCase()).toContain(MARK_COLORS.error.fill.toLowerCase());
}, 150_000);
