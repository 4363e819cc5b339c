/**
 * Fixes written by patching the package: the patched cells hold the new values (styles kept), every
 * other cell and part keeps its bytes, and the copy opens in ExcelJS and LibreOffice; where patching
 * cannot be sure of the result it gives up (null) rather than guess.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Patch } from '../../src/core/compute/patch';
import { reportFile } from '../../src/core/report/report';
import { patchPackage } from '../../src/hosts/file/patch-package';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { FIXTURE } from '../support/files';
import { convertWithLibreOffice } from '../support/recalc';

const original = new Uint8Array(readFileSync(FIXTURE));
const before = readXlsx(original)[0].grid;
/** The fixes the engine offers on the seed: the totals that do not add up. */
const fixes = reportFile('seed.xlsx', [before]).sheets.flatMap((s) => s.findings.flatMap((f) => f.fix ?? []));

const text = (bytes: Uint8Array): Record<string, string> => {
  const out: Record<string, string> = {};
  readXlsx(bytes)[0].grid.forEachCell((r, c, cell) => (out[before.address(r, c)] = `${String(cell.value)}|${cell.formula ?? ''}|${cell.format ?? ''}`));
  return out;
};

describe('the seed with the engine’s fixes', () => {
  let patched: Uint8Array;
  beforeAll(async () => {
    patched = (await patchPackage(original, fixes))!;
  });

  test('is patched, not rewritten: only the sheet changes, and the patched cells only', () => {
    expect(fixes.length).toBeGreaterThan(0);
    const [a, b] = [unzipSync(original), unzipSync(patched)];
    const changed = Object.keys(b).filter((k) => !a[k] || Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0);
    expect(changed).toEqual(['xl/worksheets/sheet1.xml']);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    const [x, y] = [text(original), text(patched)];
    const touched = new Set(fixes.map((f) => f.cell));
    expect(Object.keys(y).filter((k) => x[k] !== y[k]).every((k) => touched.has(k))).toBe(true);
  });

  test('each patched cell holds what the fix writes, and the table adds up', () => {
    const grid = readXlsx(patched)[0].grid;
    for (const f of fixes) {
      const { value, formula } = grid.cell(...rowCol(f.cell));
      if (f.op === 'set-formula') expect({ cell: f.cell, formula, value }).toEqual({ cell: f.cell, formula: f.formula, value: f.value });
      else expect({ cell: f.cell, value }).toEqual({ cell: f.cell, value: f.value });
    }
    const after = reportFile('seed.xlsx', [grid]).sheets.flatMap((s) => s.findings);
    expect(after.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });

  test('keeps each patched cell’s style: ExcelJS reads the same number format and font', async () => {
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.load(Buffer.from(original) as unknown as ArrayBuffer);
    await b.xlsx.load(Buffer.from(patched) as unknown as ArrayBuffer);
    for (const f of fixes) {
      const [ca, cb] = [a.worksheets[0].getCell(f.cell), b.worksheets[0].getCell(f.cell)];
      expect({ cell: f.cell, numFmt: cb.numFmt, font: cb.font, border: cb.border }).toEqual({ cell: f.cell, numFmt: ca.numFmt, font: ca.font, border: ca.border });
    }
  });

  test('LibreOffice opens it and computes the patched formulas to the values the fixes carry', () => {
    const grid = readXlsx(new Uint8Array(convertWithLibreOffice(patched, 'xlsx')))[0].grid;
    for (const f of fixes.filter((x): x is Extract<Patch, { op: 'set-formula' }> => x.op === 'set-formula')) {
      expect({ cell: f.cell, value: grid.cell(...rowCol(f.cell)).value }).toEqual({ cell: f.cell, value: f.value });
    }
  }, 150_000);
});

function rowCol(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A one-sheet package with the given sheetData, optionally a calculation chain. */
function pkg(sheetData: string, calcChain = false): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>${calcChain ? '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' : ''}</Types>`,
    ),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="表 &amp; 1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>${calcChain ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>' : ''}</Relationships>`,
    ),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`),
    ...(calcChain ? { 'xl/calcChain.xml': strToU8(`<?xml version="1.0"?><calcChain ${NS}><c r="B2" i="1"/></calcChain>`) } : {}),
  });
}

const SHEET = '表 & 1';
const cells = (bytes: Uint8Array): Record<string, unknown> => {
  const grid = readXlsx(bytes)[0].grid;
  const out: Record<string, unknown> = {};
  grid.forEachCell((r, c, cell) => (out[grid.address(r, c)] = cell));
  return out;
};

test.each<[string, string, Patch[], Record<string, unknown>]>([
  ['a number over a styled value (the style kept)', '<row r="1"><c r="A1" s="1"><v>0.5</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A1', value: 0.75 }], { A1: { value: 0.75, format: '0.00%' } }],
  ['text with markup characters, written inline', '<row r="1"><c r="A1"><v>1</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A1', value: '<合计> & "其他"' }], { A1: { value: '<合计> & "其他"' } }],
  ['a formula with the value it computes now', '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>9</v></c></row>', [{ op: 'set-formula', sheet: SHEET, cell: 'C1', formula: '=SUM(A1:B1)', value: 3 }], { A1: { value: 1 }, B1: { value: 2 }, C1: { value: 3, formula: '=SUM(A1:B1)' } }],
  ['a blank cell of a row, in column order', '<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'B1', value: 2 }], { A1: { value: 1 }, B1: { value: 2 }, D1: { value: 4 } }],
  ['a row the sheet does not have, in row order', '<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'C3', value: 3 }], { A1: { value: 1 }, C3: { value: 3 }, A5: { value: 5 } }],
  ['a self-closing row and cell', '<row r="1"/><row r="2"><c r="A2" s="1"/></row>', [{ op: 'set-value', sheet: SHEET, cell: 'B1', value: 1 }, { op: 'set-value', sheet: SHEET, cell: 'A2', value: 0.5 }], { B1: { value: 1 }, A2: { value: 0.5, format: '0.00%' } }],
  ['a cell sharing a formula (not its anchor)', '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">1+1</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A2', value: 7 }], { A1: { value: 2, formula: '=1+1' }, A2: { value: 7 } }],
])('patches %s', async (_name, sheetData, patches, expected) => {
  const patched = await patchPackage(pkg(sheetData), patches);
  expect(patched).not.toBeNull();
  expect(cells(patched!)).toEqual(expected);
});

test.each<[string, string, Patch[]]>([
  ['the anchor of a shared formula', '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">1+1</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A1', value: 7 }]],
  ['an array formula', '<row r="1"><c r="A1"><f t="array" ref="A1">SUM(B1:B2*C1:C2)</f><v>0</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A1', value: 7 }]],
  ['text XML cannot hold', '<row r="1"><c r="A1"><v>1</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A1', value: 'a\u0001b' }]],
  ['a sheet the workbook does not have', '<row r="1"><c r="A1"><v>1</v></c></row>', [{ op: 'set-value', sheet: '其他', cell: 'A1', value: 1 }]],
  ['a number that is not finite', '<row r="1"><c r="A1"><v>1</v></c></row>', [{ op: 'set-value', sheet: SHEET, cell: 'A1', value: Infinity }]],
])('gives up on %s', async (_name, sheetData, patches) => {
  expect(await patchPackage(pkg(sheetData), patches)).toBeNull();
});

test('leaves out the calculation chain, its relationship and its content type, which Excel rebuilds', async () => {
  const patched = (await patchPackage(pkg('<row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row>', true), [{ op: 'set-value', sheet: SHEET, cell: 'B2', value: 5 }]))!;
  const files = unzipSync(patched);
  expect(files['xl/calcChain.xml']).toBeUndefined();
  expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).not.toContain('calcChain');
  expect(strFromU8(files['[Content_Types].xml'])).not.toContain('calcChain');
  expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).toContain('worksheets/sheet1.xml');
  expect(cells(patched)).toEqual({ B2: { value: 5 } });
});
