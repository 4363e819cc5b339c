/**
 * The linear reader on what Excel and other writers put in a package: inline and rich strings,
 * phonetic runs, shared formulas with cached values, dates and percentages, booleans and errors,
 * hidden sheets, whole-row and whole-column merges; and its limits.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { Grid } from '../../src/core/grid/grid';
import { WorkbookReadError } from '../../src/hosts/file/read-error';
import { deflateRawSync, inflateRawSync } from 'zlib';
import { eachSheet, eachSheetAhead, limitsForHeap, plainNumberAt, READ_LIMITS, readXlsx, readXlsxAsync, sheetReader, TooLargeError } from '../../src/hosts/file/xlsx-reader';
import { platformInflate } from '../../src/hosts/file/zip';
import fc from 'fast-check';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A package with the given sheets' XML bodies (inside <worksheet>), shared strings and number formats. */
function xlsx(sheets: { name: string; state?: string; body: string }[], options: { strings?: string; numFmts?: string; xfs?: string; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_s, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
    'xl/styles.xml': strToU8(options.styles ?? `<?xml version="1.0"?><styleSheet ${NS}><numFmts>${options.numFmts ?? ''}</numFmts><cellXfs>${options.xfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`),
  };
  if (options.strings) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst ${NS}>${options.strings}</sst>`);
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${NS}>${s.body}</worksheet>`)));
  return zipSync(files);
}

const cells = (grid: Grid): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  grid.forEachCell((row, col, cell) => (out[grid.address(row, col)] = cell));
  return out;
};

test('strings: shared, rich (runs flattened, phonetic runs left out), inline; XML entities', () => {
  const [s] = readXlsx(
    xlsx(
      [{ name: '表', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>内联&amp;文本</t></is></c></row></sheetData>' }],
      { strings: '<si><t>项目名称</t></si><si><r><t>年度</t></r><r><rPr><b/></rPr><t>目标</t></r><rPh sb="0" eb="2"><t>ネンド</t></rPh></si>' },
    ),
  );
  expect(cells(s.grid)).toEqual({ A1: { value: '项目名称' }, B1: { value: '年度目标' }, C1: { value: '内联&文本' } });
});

test('formulas: cached values kept, shared formulas moved to each cell, string results, booleans, errors', () => {
  const [s] = readXlsx(
    xlsx([
      {
        name: '表',
        body: `<sheetData>
          <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v></c></row>
          <row r="2"><c r="A2"><v>10</v></c><c r="B2"><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>30</v></c></row>
          <row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>5</v></c><c r="C3"><f t="shared" si="0"/><v>10</v></c><c r="D3"><f>SUM($C$1:C3)</f><v>43</v></c></row>
          <row r="4"><c r="A4" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#DIV/0!</v></c><c r="D4"><f>E1*2</f></c></row>
        </sheetData>`,
      },
    ]),
  );
  expect(cells(s.grid)).toMatchObject({
    C1: { value: 3, formula: '=A1+B1' },
    C2: { value: 30, formula: '=A2+B2' },
    C3: { value: 10, formula: '=A3+B3' },
    D3: { value: 43, formula: '=SUM($C$1:C3)' },
    A4: { value: '合计', formula: '="合"&"计"' },
    B4: { value: true },
    C4: { value: '#DIV/0!' },
  });
  // A formula never calculated keeps its text and no value.
  expect(s.grid.cell(3, 3)).toEqual({ value: null, formula: '=E1*2' });
});

describe('a shared formula, as each cell of its group reads it', () => {
  const text = '$A$1+A$1+$A1+A1+Data!C3+LOG10(D4)+XFE1+SUM(A1:B2)';
  const child = (ref: string): string => `<c r="${ref}"><f t="shared" si="0"/><v>1</v></c>`;
  const body =
    '<sheetData>' +
    `<row r="2"><c r="B2"><f t="shared" ref="A2:C1000" si="0">${text}</f><v>1</v></c>${child('C2')}</row>` +
    `<row r="3">${child('A3')}${child('B3')}</row>` +
    `<row r="1000">${child('B1000')}</row>` +
    '</sheetData>';
  const [{ grid }] = readXlsx(xlsx([{ name: '表', body }]));
  test.each([
    ['B2', `=${text}`],
    // One column right: relative columns move; $-fixed ones, function names (LOG10, SUM) and XFE1 (past the last column: a name) do not.
    ['C2', '=$A$1+B$1+$A1+B1+Data!D3+LOG10(E4)+XFE1+SUM(B1:C2)'],
    // One row down: relative rows move, another sheet's references too.
    ['B3', '=$A$1+A$1+$A2+A2+Data!C4+LOG10(D5)+XFE1+SUM(A2:B3)'],
    // One left and one down: a reference that would leave the sheet stays as written (A$1, A1), the others move.
    ['A3', '=$A$1+A$1+$A2+A1+Data!B4+LOG10(C5)+XFE1+SUM(A1:A3)'],
    // Far down: each cell of a long group slides from the master, not from the cell before it.
    ['B1000', '=$A$1+A$1+$A999+A999+Data!C1001+LOG10(D1002)+XFE1+SUM(A999:B1000)'],
  ])('%s reads %s', (cell, formula) => {
    expect(cells(grid)[cell]).toEqual({ value: 1, formula });
  });
});

test('number formats: built-in and custom, percentages and dates kept as the serials Excel stores', () => {
  const [s] = readXlsx(
    xlsx([{ name: '表', body: '<sheetData><row r="1"><c r="A1" s="1"><v>0.9567</v></c><c r="B1" s="2"><v>44926</v></c><c r="C1" s="3"><v>171.41</v></c><c r="D1" s="3" t="s"><v>0</v></c></row></sheetData>' }], {
      numFmts: '<numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/>',
      xfs: '<xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="31"/><xf numFmtId="164"/>',
      strings: '<si><t>文本</t></si>',
    }),
  );
  expect(cells(s.grid)).toEqual({
    A1: { value: 0.9567, format: '0.00%' },
    B1: { value: 44926, format: 'yyyy"年"m"月"d"日"' },
    C1: { value: 171.41, format: '0.00"万元"' },
    // Text shows as typed whatever its format.
    D1: { value: '文本' },
  });
});

test('ISO dates (t="d", as Strict files and some exporters write them) read as the serials Excel makes of them', () => {
  const [s] = readXlsx(
    xlsx([
      {
        name: '表',
        body: `<sheetData><row r="1"><c r="A1" t="d"><v>2023-12-31T00:00:00</v></c><c r="B1" t="d" s="1"><v>2023-06-30</v></c><c r="C1" t="d"><v>2024-01-01T12:00:00Z</v></c><c r="D1" t="d"><v>2023-02-30</v></c><c r="E1" t="d"><v>年底前</v></c><c r="F1" t="d"><v>1900-01-01</v></c></row></sheetData>`,
      },
    ], { xfs: '<xf numFmtId="0"/><xf numFmtId="31"/>' }),
  );
  expect(cells(s.grid)).toEqual({
    A1: { value: 45291, format: 'yyyy-mm-dd' },
    B1: { value: 45107, format: 'yyyy"年"m"月"d"日"' },
    C1: { value: 45292.5, format: 'yyyy-mm-dd' },
    // No such date, or no date at all: kept as the text written.
    D1: { value: '2023-02-30' },
    E1: { value: '年底前' },
    F1: { value: 1, format: 'yyyy-mm-dd' },
  });
  expect(s.grid.text(0, 0)).toBe('2023-12-31');
});

test('number formats from a styles part as Excel writes one: fonts, fills, borders and cell-style formats stepped over, prefixes, numFmts after them', () => {
  const styles =
    '<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<x:fonts count="2"><x:font><x:sz val="11"/><x:name val="宋体"/></x:font><x:font><x:b/></x:font></x:fonts>' +
    '<x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills>' +
    '<x:borders count="1"><x:border><x:left/><x:right/></x:border></x:borders>' +
    // Styles of named cell styles, not of cells: their xf elements must not be counted.
    '<x:cellStyleXfs count="2"><x:xf numFmtId="10"/><x:xf numFmtId="31"/></x:cellStyleXfs>' +
    '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0&quot;万元&quot;"/></x:numFmts>' +
    '<x:cellXfs count="3"><x:xf numFmtId="0" xfId="0"><x:alignment wrapText="1"/></x:xf><x:xf numFmtId="164" xfId="1"/><x:xf numFmtId="9" xfId="0"/></x:cellXfs>' +
    '<x:cellStyles count="1"><x:cellStyle name="常规" xfId="0" builtinId="0"/></x:cellStyles><x:dxfs count="1"><x:dxf><x:font><x:b/></x:font></x:dxf></x:dxfs>' +
    '</x:styleSheet>';
  const body = '<sheetData><row r="1"><c r="A1" s="0"><v>1.5</v></c><c r="B1" s="1"><v>2.5</v></c><c r="C1" s="2"><v>0.25</v></c></row></sheetData>';
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { styles }))[0].grid)).toEqual({ A1: { value: 1.5 }, B1: { value: 2.5, format: '0.0"万元"' }, C1: { value: 0.25, format: '0%' } });
  // A part that ends inside a font is corrupt, as before.
  expect(() => readXlsx(xlsx([{ name: '表', body }], { styles: styles.replace('</x:fonts>', '') }))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
});

test('hidden and very hidden sheets are read and say so; one sheet can be asked for', () => {
  const book = xlsx([
    { name: '封面', body: '<sheetData/>' },
    { name: '隐藏', state: 'hidden', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' },
    { name: '深藏', state: 'veryHidden', body: '<sheetData/>' },
  ]);
  expect(readXlsx(book).map((s) => [s.name, s.state, s.grid.state])).toEqual([
    ['封面', 'visible', undefined],
    ['隐藏', 'hidden', 'hidden'],
    ['深藏', 'veryHidden', 'veryHidden'],
  ]);
  // The grid says it as well (every host's grid does): a sheet whose part is missing, too.
  const missing = xlsx([{ name: '缺', state: 'hidden', body: '<sheetData/>' }]);
  const parts = unzipSync(missing);
  delete parts['xl/worksheets/sheet1.xml'];
  expect(readXlsx(zipSync(parts))[0].grid.state).toBe('hidden');
  expect(readXlsx(book, { sheet: '隐藏' }).map((s) => s.name)).toEqual(['隐藏']);
  expect(() => readXlsx(book, { sheet: '无此表' })).toThrow(WorkbookReadError);
});

test('hidden rows and columns are read, in the one-loop path and tag by tag alike; a hidden run of columns may reach XFD', () => {
  const cols = '<cols><col min="2" max="2" width="3" hidden="1"/><col min="4" max="16384" hidden="true"/></cols>';
  const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1" spans="1:3"><c r="A2"><v>2</v></c></row><row r="3" hidden="0"><c r="A3"><v>3</v></c></row><row r="4" hidden="true"/><row r="5"><c r="A5"><v>5</v></c></row><row r="9" hidden="1"/>';
  // A comment inside sheetData sends the reader tag by tag.
  for (const data of [`<sheetData>${rows}</sheetData>`, `<sheetData><!-- x -->${rows}</sheetData>`]) {
    const [s] = readXlsx(xlsx([{ name: '表', body: cols + data }]));
    expect(s.grid.hidden).toEqual({ rows: [1, 3], columns: [[1, 1], [3, 16383]] });
    expect([s.grid.hiddenAt(1, 0), s.grid.hiddenAt(0, 1), s.grid.hiddenAt(0, 16000), s.grid.hiddenAt(2, 0), s.grid.hiddenAt(0, 2)]).toEqual(['row', 'column', 'column', undefined, undefined]);
  }
  // Nothing hidden: no record of it at all.
  expect(readXlsx(xlsx([{ name: '表', body: `<sheetData>${rows.replace(/ hidden="[^"]*"/g, '')}</sheetData>` }]))[0].grid.hidden).toBeNull();
});

test('a whole-column and a whole-row merge cost nothing: the grid stays the size of its cells', () => {
  const started = performance.now();
  const [s] = readXlsx(
    xlsx([
      {
        name: '表',
        body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="3"><c r="B3"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="H1:XFD1048576"/><mergeCell ref="A5:XFD5"/></mergeCells>',
      },
    ]),
  );
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(s.grid.rowCount).toBeLessThanOrEqual(3 + 1_000);
  expect(s.grid.colCount).toBeLessThanOrEqual(2 + 1_000);
  expect(s.grid.text(0, 0)).toBe('标题');
});

test('a stray cell at the sheet\'s last cell is read, and the million rows before it are not stored', () => {
  const [s] = readXlsx(
    xlsx([
      {
        name: '表',
        body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2000"><c r="B2000"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>末</t></is></c></row></sheetData>',
      },
    ]),
  );
  expect([s.grid.rowCount, s.grid.colCount]).toEqual([1_048_576, 16_384]);
  expect([s.grid.text(0, 0), s.grid.text(1_999, 1), s.grid.text(1_048_575, 16_383)]).toEqual(['标题', '1', '末']);
  const { cells, farRows } = s.grid.toInit();
  // Listed up to row 2,000 with no hole (a hole of a million would make the list a slow dictionary); the stray row by number.
  expect([cells.length, Object.keys(cells).length]).toEqual([2_000, 2_000]);
  expect([...(farRows?.keys() ?? [])]).toEqual([1_048_575]);
});

describe('limits: each refuses with too-large, naming itself', () => {
  const body = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一二三四五六七八九十</t></is></c><c r="B1"><v>1</v></c><c r="C1"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A2:B2"/><mergeCell ref="A3:B3"/></mergeCells>';
  const book = xlsx([{ name: '表', body }]);
  it.each([
    ['cells', { cells: 2 }],
    ['stringLength', { stringLength: 5 }],
    ['merges', { merges: 1 }],
    ['mergedRows', { mergedRows: 1 }],
    ['uncompressedBytes', { uncompressedBytes: 100 }],
  ] as const)('%s', (limit, limits) => {
    let error: unknown;
    try {
      readXlsx(book, { limits });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error).toMatchObject({ reason: 'too-large', limit });
  });
  it('the defaults read it', () => {
    expect(readXlsx(book)[0].grid.text(0, 0)).toBe('一二三四五六七八九十');
  });
});

describe('limitsForHeap: the limits a heap can hold', () => {
  const MiB = 1024 * 1024;
  it.each([
    // A heap of 4 GiB (this machine's default) or 2.6 GiB holds what READ_LIMITS admits.
    ['4 GiB', 4096 * MiB, READ_LIMITS.cells, READ_LIMITS.uncompressedBytes],
    ['2.6 GiB', 2624 * MiB, READ_LIMITS.cells, READ_LIMITS.uncompressedBytes],
    // 2 GiB (an 8 GB laptop): fewer cells, all the text.
    ['2 GiB', 2048 * MiB, 4_160_749, READ_LIMITS.uncompressedBytes],
    ['256 MiB', 256 * MiB, 402_653, 96 * MiB],
    ['less than the host holds before a file', 32 * MiB, 0, 0],
  ])('%s', (_, heap, cells, uncompressedBytes) => {
    expect(limitsForHeap(heap)).toEqual({ ...READ_LIMITS, cells, uncompressedBytes });
  });
  it('a sheet of more cells than a small heap holds is too-large, naming cells', () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r}</v></c></row>`;
    const book = xlsx([{ name: '表', body: `<sheetData>${Array.from({ length: 50 }, (_, r) => row(r + 1)).join('')}</sheetData>` }]);
    const limits = limitsForHeap(64 * MiB + 99 * 500);
    expect(limits.cells).toBe(99);
    expect(() => readXlsx(book, { limits })).toThrow(expect.objectContaining({ reason: 'too-large', limit: 'cells', size: 100, max: 99 }));
    expect(readXlsx(book, { limits: limitsForHeap(64 * MiB + 100 * 500) })[0].grid.text(49, 1)).toBe('50');
    // A host whose cells cost more (a template's, read by ExcelJS as well) holds fewer.
    expect(limitsForHeap(64 * MiB + 100 * 500, 5_000).cells).toBe(10);
  });
});

test('a zip bomb is refused from its directory, before anything is inflated, in well under a second', () => {
  const book = xlsx([{ name: '表', body: '<sheetData/>' }]);
  // Declare 2 GB for every part in the central directory, as a bomb's directory does.
  const bytes = new Uint8Array(book);
  const view = new DataView(bytes.buffer);
  for (let p = bytes.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x06054b50) continue;
    let at = view.getUint32(p + 16, true);
    const count = view.getUint16(p + 10, true);
    for (let i = 0; i < count; i++) {
      view.setUint32(at + 24, 0x7fffffff, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    break;
  }
  const started = performance.now();
  expect(() => readXlsx(bytes)).toThrow(TooLargeError);
  expect(performance.now() - started).toBeLessThan(500);
});

test('damaged XML and a package without a workbook are corrupt, never a crash', () => {
  expect(() => readXlsx(xlsx([{ name: '表', body: '<sheetData><row><c r="A1"><v>1</v></row></sheetData>' }]))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
});

test('cells read at once (<v> only, or empty) and cells read tag by tag give the same values', () => {
  const body =
    '<sheetData><row r="1">' +
    '<c r="A1" t="str"><v>a&lt;b&amp;c</v></c>' + // entities in a plain <v>
    '<c r="B1"></c>' + // empty content: no cell
    '<c r="C1"><v></v></c>' + // empty value: no cell
    '<c r="D1"><v>12.5</v></c>' +
    '<c r="E1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' + // formula: tag by tag
    '<c r="F1" t="b"><v>1</v></c>' +
    '</row></sheetData>';
  const prefixed = `<x:sheetData xmlns:x="${NS.slice(7, NS.indexOf('"', 7))}"><x:row r="1"><x:c r="A1" t="str"><x:v>a&lt;b&amp;c</x:v></x:c><x:c r="D1"><x:v>12.5</x:v></x:c></x:row></x:sheetData>`;
  const plain = readXlsx(xlsx([{ name: '表', body }]))[0].grid;
  expect(cells(plain)).toEqual({ A1: { value: 'a<b&c' }, D1: { value: 12.5 }, E1: { value: 'xy', formula: '="x"&"y"' }, F1: { value: true } });
  const viaPrefix = readXlsx(xlsx([{ name: '表', body: prefixed }]))[0].grid;
  expect(cells(viaPrefix)).toEqual({ A1: { value: 'a<b&c' }, D1: { value: 12.5 } });
});

test('shared strings read at once keep their places: an empty <si/>, preserved space, entities, _xHHHH_', () => {
  const [s] = readXlsx(
    xlsx([{ name: '表', body: '<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c></row></sheetData>' }], {
      strings: '<si/><si><t xml:space="preserve"> 产出&amp;效益 </t></si><si><t>a_x000D_b</t></si><si><r><t>年</t></r></si>',
    }),
  );
  expect(cells(s.grid)).toEqual({ A1: { value: ' 产出&效益 ' }, B1: { value: 'a\rb' }, C1: { value: '年' } });
});

test('cell tags read in one walk: attributes in any order, single quotes, spaces around =, entities, unknown attributes', () => {
  const body =
    "<sheetData><row r='1'>" +
    '<c s="0" t="str" r="A1" cm="1"><v>x</v></c>' +
    "<c\n r = 'B1'  t = 'b'><v>1</v></c>" +
    '<c r="C1" t="&#115;"><v>0</v></c>' + // t written as an entity: s
    '<c x:foo="1" r="D1"><v>7</v></c>' +
    '</row></sheetData>';
  const [s] = readXlsx(xlsx([{ name: '表', body }], { strings: '<si><t>共享</t></si>' }));
  expect(cells(s.grid)).toEqual({ A1: { value: 'x' }, B1: { value: true }, C1: { value: '共享' }, D1: { value: 7 } });
  expect(() => readXlsx(xlsx([{ name: '表', body: '<sheetData><row><c r=A1><v>1</v></c></row></sheetData>' }]))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
});

test('sheetData read in one loop and tag by tag give the same grid: rows without r, empty rows and cells, a row written twice', () => {
  const rows =
    '<row r="2" spans="1:3" ht="20" customHeight="1"><c r="A2" t="s"><v>0</v></c><c r="C2"><v>3</v></c></row>' +
    '<row><c t="s"><v>1</v></c><c/><c><v>5</v></c></row>' + // no r: row 3, cells A, B (empty), C
    '<row r="5"/>' +
    '<row r="6"><c r="B6" t="str"><f>A6&amp;"x"</f><v>x</v></c><c r="D6" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r></is></c></row>' +
    '<row r="2"><c r="B2"><v>2</v></c></row>'; // row 2 again: its cells join the first ones
  const expected = {
    A2: { value: '项目' },
    B2: { value: 2 },
    C2: { value: 3 },
    A3: { value: '目标' },
    C3: { value: 5 },
    B6: { value: 'x', formula: '=A6&"x"' },
    D6: { value: '内联' },
  };
  const strings = '<si><t>项目</t></si><si><t>目标</t></si>';
  const oneLoop = readXlsx(xlsx([{ name: '表', body: `<sheetData>${rows}</sheetData>` }], { strings }))[0].grid;
  expect(cells(oneLoop)).toEqual(expected);
  // A comment is not read by the loop: the sheet is read again tag by tag, to the same grid.
  const byTag = readXlsx(xlsx([{ name: '表', body: `<sheetData>${rows}<!-- note --></sheetData>` }], { strings }))[0].grid;
  expect(cells(byTag)).toEqual(expected);
  expect([byTag.rowCount, byTag.colCount]).toEqual([oneLoop.rowCount, oneLoop.colCount]);
  // A CDATA section in a formula may hold `</c>`: that cell is read tag by tag too.
  const cdata = readXlsx(xlsx([{ name: '表', body: '<sheetData><row r="1"><c r="A1" t="str"><f><![CDATA["</c>"]]></f><v>&lt;/c&gt;</v></c><c r="B1"><v>1</v></c></row></sheetData>' }]))[0].grid;
  expect(cells(cdata)).toEqual({ A1: { value: '</c>', formula: '="</c>"' }, B1: { value: 1 } });
});

test('a cell past XFD1048576 makes the file corrupt, however it is placed', () => {
  for (const row of ['<row r="1"><c r="XFE1"><v>1</v></c></row>', '<row r="1048577"><c><v>1</v></c></row>', '<row r="1"><c r="A99999999999"><v>1</v></c></row>']) {
    expect(() => readXlsx(xlsx([{ name: '表', body: `<sheetData>${row}</sheetData>` }]))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  }
  expect(readXlsx(xlsx([{ name: '表', body: '<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData>' }]))[0].grid.colCount).toBe(16_384);
});

test('merged areas read in one loop and tag by tag agree: attribute order, entities, unreadable references left out', () => {
  const list = '<mergeCell ref="A1:C1"/><mergeCell foo="1" ref = \'B3:A2\'/><mergeCell ref="A&#52;:B4"/><mergeCell ref="bad"/><mergeCell/>';
  const body = (merges: string): string => `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="5">${merges}</mergeCells>`;
  const expected = [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 1, left: 0, bottom: 2, right: 1 },
    { top: 3, left: 0, bottom: 3, right: 1 },
  ];
  expect(readXlsx(xlsx([{ name: '表', body: body(list) }]))[0].grid.merges).toEqual(expected);
  // A comment is not read by the loop: the list is read again tag by tag, to the same areas.
  expect(readXlsx(xlsx([{ name: '表', body: body(`${list}<!-- x -->`) }]))[0].grid.merges).toEqual(expected);
  expect(() => readXlsx(xlsx([{ name: '表', body: '<sheetData/><mergeCells><mergeCell ref="A1:B2"' }]))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
});

test('shared strings read in one loop and tag by tag agree: plain, empty, rich with a phonetic run, preserved space', () => {
  const strings = '<si><t>项目</t></si><si/><si><r><t>年度</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 目标</t></r><rPh sb="0" eb="2"><t>ネンド</t></rPh></si><si><t xml:space="preserve"> 前后 </t></si>';
  const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row></sheetData>';
  const expected = { A1: { value: '项目' }, C1: { value: '年度 目标' }, D1: { value: ' 前后 ' } };
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { strings }))[0].grid)).toEqual(expected);
  // A comment is not read by the loop: the part is read again tag by tag, to the same strings.
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { strings: `${strings}<!-- x -->` }))[0].grid)).toEqual(expected);
});

test('shared strings with the phonetic settings Excel writes after a run (Chinese and Japanese workbooks): read at once and tag by tag alike', () => {
  const strings =
    '<si><t>项目名称</t><phoneticPr fontId="1" type="noConversion"/></si>' +
    '<si><t xml:space="preserve"> 指标值 </t><phoneticPr fontId="1"/></si>' +
    // A `>` inside a quoted value ends nothing; settings with content are left to the handlers.
    '<si><t>年度</t><phoneticPr fontId="1" type="a>b"/></si>' +
    '<si><t>目标</t><phoneticPr fontId="1"></phoneticPr></si>' +
    '<si><t>分值</t><phoneticPrX fontId="1"/></si>';
  const body = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row></sheetData>';
  const expected = { A1: { value: '项目名称' }, B1: { value: ' 指标值 ' }, C1: { value: '年度' }, D1: { value: '目标' }, E1: { value: '分值' } };
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { strings }))[0].grid)).toEqual(expected);
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { strings: `${strings}<!-- x -->` }))[0].grid)).toEqual(expected);
});

test('rich runs as LibreOffice and WPS write them (a run per font), read in one walk and tag by tag, agree', () => {
  const run = (font: string, text: string): string => `<r><rPr><sz val="10"/><rFont val="${font}"/><family val="2"/></rPr><t xml:space="preserve">${text}</t></r>`;
  const strings = [
    `<si>${run('Noto Sans CJK SC', '（')}${run('Arial', '2023 ')}${run('Noto Sans CJK SC', '年度）')}</si>`,
    // Entities and an OOXML escape across runs.
    '<si><r><t>A&amp;B</t></r><r><rPr><b/></rPr><t>_x000D_c</t></r></si>',
    // Phonetic runs (one empty, one with text) and settings: not the string's text.
    '<si><r><t>年度</t></r><rPh sb="0" eb="1"/><rPh sb="0" eb="2"><t>ネンド</t></rPh><phoneticPr fontId="1"/></si>',
    // An empty run, a tab before an attribute, a `>` inside a quoted value.
    '<si><r><t/></r><r><t\txml:space="preserve">目标</t></r><r><rPr><rFont val="a>b"/></rPr><t>值</t></r></si>',
    // A prefixed name: left to the handlers, which read its text all the same.
    '<si><r><x:t xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">前缀</x:t></r></si>',
  ].join('');
  const body = `<sheetData><row r="1">${['A', 'B', 'C', 'D', 'E'].map((c, i) => `<c r="${c}1" t="s"><v>${i}</v></c>`).join('')}</row></sheetData>`;
  const expected = { A1: { value: '（2023 年度）' }, B1: { value: 'A&B\rc' }, C1: { value: '年度' }, D1: { value: '目标值' }, E1: { value: '前缀' } };
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { strings }))[0].grid)).toEqual(expected);
  expect(cells(readXlsx(xlsx([{ name: '表', body }], { strings: `${strings}<!-- x -->` }))[0].grid)).toEqual(expected);
});

test('conditional formats, validations, hyperlinks and extensions are stepped over: the cells, merges and widths read as without them', () => {
  const data = '<cols><col min="1" max="1" width="20"/></cols><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1"><v>1</v></c></row></sheetData>';
  const extras =
    '<conditionalFormatting sqref="B1:B9"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="list" sqref="A2"><formula1>"一级指标,二级指标"</formula1></dataValidation></dataValidations>' +
    '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>';
  const ext =
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1}"/><xm:f>Sheet1!$B$1</xm:f><xm:sqref>B1:B9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
  const merges = '<mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>';
  const read = (body: string) => readXlsx(xlsx([{ name: '表', body }]))[0];
  const plain = read(`${data}${merges}`);
  // Excel's order: merges, then conditional formats and validations, hyperlinks, and extensions last.
  const full = read(`${data}${merges}${extras}${ext}`);
  // And merges after them, as some writers put them.
  const late = read(`${data}${extras}${merges}${ext}`);
  for (const s of [full, late]) {
    expect(cells(s.grid)).toEqual({ A1: { value: '项目' }, B1: { value: 1 } });
    expect(s.grid.merges).toEqual(plain.grid.merges);
    expect(s.columnWidths).toEqual([20]);
  }
  expect(plain.grid.merges).toEqual([{ top: 0, left: 2, bottom: 1, right: 3 }]);
});

test('a merged area written as Excel writes it and one written otherwise give the same area', () => {
  const body = (merge: string): string => `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells>${merge}</mergeCells>`;
  const forms = ['<mergeCell ref="B2:D5"/>', '<mergeCell ref="B2:D5" />', '<mergeCell ref="D5:B2"/>', '<mergeCell  ref="B2:D5" />', "<mergeCell ref='B2:D5'/>", '<mergeCell ref="$B$2:$D$5"/>', '<mergeCell ref="b2:d5"/>'];
  for (const form of forms) expect([form, readXlsx(xlsx([{ name: '表', body: body(form) }]))[0].grid.merges]).toEqual([form, [{ top: 1, left: 1, bottom: 4, right: 3 }]]);
  // Past XFD1048576: left out, as an unreadable reference is, however it is written.
  for (const form of ['<mergeCell ref="A1:XFE2"/>', '<mergeCell ref="A1:B1048577"/>']) expect(readXlsx(xlsx([{ name: '表', body: body(form) }]))[0].grid.merges).toEqual([]);
});

test('cells as openpyxl writes them (a style, inlineStr, every non-ASCII character a reference) and a str cell read at once and tag by tag agree', () => {
  const row =
    '<row r="1" ht="12.8" customHeight="1" s="4">' +
    '<c r="A1" s="5" t="inlineStr"><is><t>&#37096;&#38376;&#65288;2023&#24180;&#65289;</t></is></c>' +
    '<c r="B1" t="inlineStr" s="5"><is><t>&#x1F600;&amp;&#X41;</t></is></c>' +
    '<c r="C1" s="1" t="str"><v>&#30446;&#26631;</v></c>' +
    '<c r="D1" s="3" t="n"><v>12.5</v></c>' +
    '</row>';
  const expected = { A1: { value: '部门（2023年）' }, B1: { value: '😀&&#X41;' }, C1: { value: '目标' }, D1: { value: 12.5 } };
  expect(cells(readXlsx(xlsx([{ name: '表', body: `<sheetData>${row}</sheetData>` }]))[0].grid)).toEqual(expected);
  expect(cells(readXlsx(xlsx([{ name: '表', body: `<sheetData>${row}<!-- x --></sheetData>` }]))[0].grid)).toEqual(expected);
});

test('formulas inside the one-loop sheet reading and tag by tag agree: plain, shared (anchor and the cells sharing it), array, string, boolean and error results, no cached value', () => {
  const rows =
    '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c><c r="C1" s="1"><f>SUM(A1:B1)</f><v>5</v></c><c r="D1" t="str"><f>A1&amp;"元"</f><v>2元</v></c></row>' +
    '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>6</v></c><c r="C2" s="1"><f t="shared" ref="C2:C4" si="0">A2+B2</f><v>10</v></c><c r="D2" t="b"><f>A2&gt;B2</f><v>0</v></c></row>' +
    '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>1</v></c><c r="C3" s="1"><f t="shared" si="0"/><v>2</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
    '<row r="4"><c r="C4"><f t="shared" si="0"/><v>0</v></c><c r="D4"><f t="array" ref="D4">SUM(A1:A3*B1:B3)</f><v>27</v></c><c r="E4"><f>E1*2</f></c></row>' +
    // Other attributes (ca), an empty formula, attributes in another order, an empty value.
    '<row r="5"><c r="A5"><f ca="1">TODAY()</f><v>45000</v></c><c r="B5"><f></f><v>3</v></c><c r="C5"><f ref="C5:C6" si="1" t="shared">A5*2</f><v>90000</v></c>' +
    '<c r="D5"><f>A5</f><v></v></c></row>' +
    '<row r="6"><c r="C6"><f si="1" t="shared"/><v>4</v></c></row>';
  const grid = (data: string) => readXlsx(xlsx([{ name: '表', body: `<sheetData>${data}</sheetData>` }], { xfs: '<xf numFmtId="0"/><xf numFmtId="2"/>' }))[0].grid;
  const [fast, tagByTag] = [grid(rows), grid(`${rows}<!-- x -->`)];
  const expected = cells(tagByTag);
  expect(cells(fast)).toEqual(expected);
  // A formula never calculated: no value, its formula kept (cells() lists cells with a value only).
  expect([fast.cell(3, 4), tagByTag.cell(3, 4)]).toEqual([{ value: null, formula: '=E1*2' }, { value: null, formula: '=E1*2' }]);
  expect(expected).toMatchObject({
    C1: { value: 5, formula: '=SUM(A1:B1)', format: '0.00' },
    D1: { value: '2元', formula: '=A1&"元"' },
    C2: { value: 10, formula: '=A2+B2' },
    D2: { value: false, formula: '=A2>B2' },
    C3: { value: 2, formula: '=A3+B3' },
    D3: { value: '#DIV/0!', formula: '=1/0' },
    C4: { value: 0, formula: '=A4+B4' },
    D4: { value: 27, formula: '=SUM(A1:A3*B1:B3)' },
    A5: { value: 45000, formula: '=TODAY()' },
    B5: { value: 3 },
    C5: { value: 90000, formula: '=A5*2' },
    C6: { value: 4, formula: '=A6*2' },
  });
  expect(expected.B5).not.toHaveProperty('formula');
  expect([fast.cell(4, 3), tagByTag.cell(4, 3)]).toEqual([{ value: null, formula: '=A5' }, { value: null, formula: '=A5' }]);
});

test('inline strings read at once and tag by tag agree: one run, preserved space, escapes, rich runs, a phonetic run', () => {
  const row =
    '<row r="1">' +
    '<c r="A1" t="inlineStr"><is><t>目标&lt;值&gt;</t></is></c>' +
    '<c r="B1" t="inlineStr"><is><t xml:space="preserve"> 前后 </t></is></c>' +
    '<c r="C1" t="inlineStr"><is><t>a_x000D_b</t></is></c>' +
    '<c r="D1" t="inlineStr"><is><r><t>年度</t></r><r><rPr><b/></rPr><t>目标</t></r><rPh sb="0" eb="2"><t>ネンド</t></rPh></is></c>' +
    '<c r="E1" t="inlineStr"><is><t></t></is></c>' +
    '</row>';
  const expected = { A1: { value: '目标<值>' }, B1: { value: ' 前后 ' }, C1: { value: 'a\rb' }, D1: { value: '年度目标' } };
  expect(cells(readXlsx(xlsx([{ name: '表', body: `<sheetData>${row}</sheetData>` }]))[0].grid)).toEqual(expected);
  expect(cells(readXlsx(xlsx([{ name: '表', body: `<sheetData>${row}<!-- x --></sheetData>` }]))[0].grid)).toEqual(expected);
  // Held to the length limit like any other text.
  const long = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'年'.repeat(40)}</t></is></c></row></sheetData>`;
  expect(() => readXlsx(xlsx([{ name: '表', body: long }]), { limits: { stringLength: 30 } })).toThrow(TooLargeError);
});

describe('eachSheet: one sheet at a time', () => {
  const good = (n: number) => ({ name: `表${n}`, body: `<sheetData><row r="1"><c r="A1"><v>${n}</v></c></row></sheetData>` });
  const broken = { name: '坏', body: '<sheetData><row><c r="A1"><v>1</v></row></sheetData>' };

  test('gives the sheets readXlsx gives, in tab order', () => {
    const bytes = xlsx([good(1), good(2), good(3)]);
    const lazily = [...eachSheet(bytes)].map((s) => [s.name, s.grid.cell(0, 0).value]);
    expect(lazily).toEqual(readXlsx(bytes).map((s) => [s.name, s.grid.cell(0, 0).value]));
    expect(lazily).toEqual([['表1', 1], ['表2', 2], ['表3', 3]]);
  });

  test('a sheet is read only when asked for: a damaged later sheet fails there, after the earlier ones', () => {
    const sheets = eachSheet(xlsx([good(1), broken, good(3)]));
    expect(sheets.next().value).toMatchObject({ name: '表1' });
    expect(() => sheets.next()).toThrow(expect.objectContaining({ reason: 'corrupt' }));
    expect(() => readXlsx(xlsx([good(1), broken, good(3)]))).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });

  test('a shared string is one cell object in every sheet showing it; an index past the strings is no cell', () => {
    const row = (refs: string) => `<sheetData><row r="1">${refs}</row></sheetData>`;
    const sheets = readXlsx(
      xlsx(
        [
          { name: '表1', body: row('<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>') },
          { name: '表2', body: row('<c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>7</v></c><c r="C1" t="s"><v>99999</v></c>') },
        ],
        { strings: '<si><t>项目名称</t></si><si><t>年度目标</t></si>' },
      ),
    );
    const [first, second] = sheets.map((s) => s.grid);
    expect(cells(first)).toEqual({ A1: { value: '年度目标' }, B1: { value: '项目名称' }, C1: { value: '年度目标' } });
    expect(cells(second)).toEqual({ A1: { value: '年度目标' } });
    expect(second.cell(0, 0)).toBe(first.cell(0, 0));
    expect(first.cell(0, 2)).toBe(first.cell(0, 0));
  });

  test('the size limit counts every sheet before the first is given', () => {
    const bytes = xlsx([good(1), { name: '大', body: `<sheetData>${'<row/>'.repeat(5_000)}</sheetData>` }]);
    const sheets = eachSheet(bytes, { limits: { uncompressedBytes: 20_000 } });
    expect(() => sheets.next()).toThrow(expect.objectContaining({ reason: 'too-large', limit: 'uncompressedBytes' }));
  });
});

describe('sheetReader: sheets by name, as often as asked, the package parsed once', () => {
  const strings = '<si><t>项目名称</t></si><si><t>年度目标</t></si>';
  const sheet = (n: number) => ({ name: `表${n}`, body: `<sheetData><row r="1"><c r="A1" t="s"><v>${n % 2}</v></c><c r="B1"><v>${n}</v></c><c r="C1"><v>${n}</v></c></row></sheetData><mergeCells><mergeCell ref="D1:E1"/></mergeCells>` });
  const bytes = xlsx([sheet(1), sheet(2), sheet(3)], { strings });

  test('in any order and again, the grids readXlsx gives; a sheet not asked for or not in the workbook is undefined', () => {
    const read = sheetReader(bytes, new Set(['表3', '表1', '无']));
    const whole = new Map(readXlsx(bytes).map((s) => [s.name, s]));
    for (const name of ['表3', '表1', '表3']) {
      const got = read(name)!;
      expect(cells(got.grid)).toEqual(cells(whole.get(name)!.grid));
      expect(got.grid.merges).toEqual(whole.get(name)!.grid.merges);
      expect(got.state).toBe('visible');
    }
    expect(cells(read('表1')!.grid)).toEqual({ A1: { value: '年度目标' }, B1: { value: 1 }, C1: { value: 1 } });
    expect(read('表2')).toBeUndefined();
    expect(read('无')).toBeUndefined();
  });

  test('each read is held to the cell and merge limits alone: a sheet read again is not counted twice', () => {
    const read = sheetReader(bytes, new Set(['表1', '表2']), { limits: { cells: 3, merges: 1 } });
    for (let i = 0; i < 3; i++) expect(read('表1')!.grid.text(0, 1)).toBe('1');
    expect(read('表2')!.grid.text(0, 1)).toBe('2');
    expect(() => sheetReader(bytes, new Set(['表1']), { limits: { cells: 2 } })('表1')).toThrow(expect.objectContaining({ reason: 'too-large', limit: 'cells' }));
    expect(() => sheetReader(bytes, new Set(['表1']), { limits: { merges: 0 } })('表1')).toThrow(expect.objectContaining({ reason: 'too-large', limit: 'merges' }));
  });

  test('only the sheets asked for count against the size limit; none of them in the workbook is a failure', () => {
    const withBig = xlsx([sheet(1), { name: '大', body: `<sheetData>${'<row/>'.repeat(5_000)}</sheetData>` }], { strings });
    expect(sheetReader(withBig, new Set(['表1']), { limits: { uncompressedBytes: 20_000 } })('表1')!.grid.text(0, 1)).toBe('1');
    expect(() => sheetReader(withBig, new Set(['大']), { limits: { uncompressedBytes: 20_000 } })).toThrow(expect.objectContaining({ reason: 'too-large', limit: 'uncompressedBytes' }));
    expect(() => sheetReader(withBig, new Set(['无']))).toThrow(expect.objectContaining({ reason: 'no-sheets' }));
  });
});

describe('eachSheetAhead: large parts inflated ahead, off the thread', () => {
  const small = (n: number) => ({ name: `小${n}`, body: `<sheetData><row r="1"><c r="A1"><v>${n}</v></c></row></sheetData>` });
  // Over a megabyte of XML: worth a trip to the thread pool.
  const big = (n: number) => ({
    name: `大${n}`,
    body: `<sheetData>${Array.from({ length: 30_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${n * 100_000 + r}</v></c></row>`).join('')}</sheetData>`,
  });
  const collect = async (sheets: AsyncIterable<{ name: string; grid: Grid }>) => {
    const out: [string, unknown, number][] = [];
    for await (const s of sheets) out.push([s.name, s.grid.cell(0, 0).value, s.grid.rowCount]);
    return out;
  };

  test('gives what eachSheet gives; only the large parts go to the asynchronous inflater', async () => {
    const bytes = xlsx([small(1), big(2), small(3), big(4), big(5)]);
    const asked: number[] = [];
    const inflateAsync = async (data: Uint8Array, size: number) => {
      asked.push(size);
      return inflateRawSync(data);
    };
    const ahead = await collect(eachSheetAhead(bytes, { inflateAsync, ahead: 2 }));
    expect(ahead).toEqual([...eachSheet(bytes)].map((s) => [s.name, s.grid.cell(0, 0).value, s.grid.rowCount]));
    expect(ahead.map(([name, , rows]) => [name, rows])).toEqual([['小1', 1], ['大2', 30_000], ['小3', 1], ['大4', 30_000], ['大5', 30_000]]);
    expect(asked).toHaveLength(3);
    expect(asked.every((size) => size > 1 << 20)).toBe(true);
  });

  test('a large part stored without compression is read as it is, never sent to the inflater', async () => {
    const parts = unzipSync(xlsx([big(1)]));
    const stored = zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { level: 0 }]])));
    const asked: number[] = [];
    const sheets = await collect(eachSheetAhead(stored, { inflateAsync: async (data, size) => (asked.push(size), inflateRawSync(data)) }));
    expect(sheets).toEqual([['大1', 100_000, 30_000]]);
    expect(asked).toEqual([]);
  });

  test('a part that fails to inflate is corrupt when its sheet is reached, after the sheets before it', async () => {
    const bytes = xlsx([small(1), big(2)]);
    const names: string[] = [];
    const failing = async () => {
      throw new Error('invalid stored block lengths');
    };
    await expect(
      (async () => {
        for await (const s of eachSheetAhead(bytes, { inflateAsync: failing })) names.push(s.name);
      })(),
    ).rejects.toMatchObject({ reason: 'corrupt' });
    expect(names).toEqual(['小1']);
  });

  test('an earlier failure leaves a part inflating ahead of it unawaited, with no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const broken = { name: '坏', body: '<sheetData><row><c r="A1"><v>1</v></row></sheetData>' };
      const failing = () => new Promise<Uint8Array>((_, reject) => setTimeout(() => reject(new Error('bad deflate data')), 5));
      await expect(collect(eachSheetAhead(xlsx([broken, big(2)]), { inflateAsync: failing }))).rejects.toMatchObject({ reason: 'corrupt' });
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });
});

describe('large shared strings and the platform inflater, as the preview reads', () => {
  // 40,000 shared strings (~1.6 MB of XML) and a sheet of over a megabyte referring to them.
  const strings = Array.from({ length: 40_000 }, (_, i) => `<si><t>第${i + 1}项指标名称</t></si>`).join('');
  const body = `<sheetData>${Array.from({ length: 40_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${r}</v></c></row>`).join('')}</sheetData>`;
  const bytes = xlsx([{ name: '大', body }], { strings });

  test('the shared strings go to the asynchronous inflater too, and the sheets are what eachSheet gives', async () => {
    const asked: number[] = [];
    const sheets: [string, unknown, unknown][] = [];
    for await (const s of eachSheetAhead(bytes, { inflateAsync: async (data, size) => (asked.push(size), inflateRawSync(data)) })) sheets.push([s.name, s.grid.cell(0, 0).value, s.grid.cell(39_999, 0).value]);
    expect(sheets).toEqual([['大', '第1项指标名称', '第40000项指标名称']]);
    expect(asked).toHaveLength(2);
    expect(asked.every((size) => size > 1 << 20)).toBe(true);
  });

  test('readXlsxAsync with the platform inflater (DecompressionStream) reads the grid readXlsx reads', async () => {
    const [sync] = readXlsx(bytes);
    const [async] = await readXlsxAsync(bytes, { inflateAsync: platformInflate });
    expect(async.grid.rowCount).toBe(40_000);
    expect(cells(async.grid)).toEqual(cells(sync.grid));
  });

  test('a shared strings part that inflates to more than its directory says is refused, as readXlsx refuses it', async () => {
    const lying = new Uint8Array(bytes);
    const view = new DataView(lying.buffer);
    // The central directory entry of xl/sharedStrings.xml: its declared size (offset 24) made smaller.
    for (let p = 0; p + 46 < lying.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const n = view.getUint16(p + 28, true);
      if (new TextDecoder().decode(lying.subarray(p + 46, p + 46 + n)) === 'xl/sharedStrings.xml') view.setUint32(p + 24, (1 << 20) + 10, true);
    }
    expect(() => readXlsx(lying)).toThrow(expect.objectContaining({ reason: 'corrupt' }));
    await expect(readXlsxAsync(lying, { inflateAsync: platformInflate })).rejects.toMatchObject({ reason: 'corrupt' });
  });
});

describe('the platform inflater', () => {
  test('where DecompressionStream refuses deflate-raw (Chromium before 103), fflate inflates instead', async () => {
    const real = globalThis.DecompressionStream;
    // As older Chromium cores answer: gzip and deflate only.
    class OlderDecompressionStream {
      constructor(format: string) {
        if (format !== 'gzip' && format !== 'deflate') throw new TypeError(`Unsupported compression format: '${format}'`);
      }
    }
    Object.assign(globalThis, { DecompressionStream: OlderDecompressionStream });
    try {
      let inflate: typeof platformInflate | undefined;
      await jest.isolateModulesAsync(async () => {
        ({ platformInflate: inflate } = await import('../../src/hosts/file/zip'));
      });
      const text = '预算绩效'.repeat(1_000);
      const out = await inflate!(new Uint8Array(deflateRawSync(Buffer.from(text))), Buffer.byteLength(text));
      expect(Buffer.from(out).toString('utf8')).toBe(text);
    } finally {
      Object.assign(globalThis, { DecompressionStream: real });
    }
  });


  test('stops one byte past the declared size, and refuses what is not deflate', async () => {
    const data = deflateRawSync(Buffer.from('预算绩效'.repeat(100_000)));
    expect((await platformInflate(new Uint8Array(data), 100)).length).toBe(101);
    expect((await platformInflate(new Uint8Array(data), 1_200_000)).length).toBe(1_200_000);
    await expect(platformInflate(strToU8('not deflate at all'), 10)).rejects.toThrow();
  });
});

describe('numbers read off their characters', () => {
  test.each<[string, number]>([
    ['0', 0],
    ['-0', -0],
    ['12', 12],
    ['-12', -12],
    ['3.25', 3.25],
    ['.5', 0.5],
    ['1.', 1],
    ['0.1', 0.1],
    ['4569.94', 4569.94],
    ['999999999999999', 999_999_999_999_999],
    ['0.30000000000000', 0.3],
  ])('%s reads as Number() reads it', (text, expected) => {
    expect(Object.is(plainNumberAt(`<v>${text}</v>`, 3, 3 + text.length), expected)).toBe(true);
  });

  test.each(['', '-', '.', '1e5', '+1', ' 1', '1.2.3', '1234567890123456', '0x10', 'abc'])('%j is left to Number()', (text) => {
    expect(plainNumberAt(text, 0, text.length)).toBeNaN();
  });

  test('any plain decimal of up to 15 digits gives exactly the double Number() gives', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^[0-9]{1,8}$/), fc.stringMatching(/^[0-9]{0,7}$/), (negative, whole, fraction) => {
        const text = `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
        expect(Object.is(plainNumberAt(text, 0, text.length), Number(text))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  test('a sheet\'s numbers, formats kept, are the numbers Excel wrote', () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>0.1</v></c><c r="B1" s="1"><v>-4569.94</v></c><c r="C1" t="n"><v>1E-3</v></c><c r="D1"><v>12345678901234567</v></c></row></sheetData>';
    const [s] = readXlsx(xlsx([{ name: '表', body }], { numFmts: '<numFmt numFmtId="164" formatCode="0.00&quot;万元&quot;"/>', xfs: '<xf numFmtId="0"/><xf numFmtId="164"/>' }));
    expect([0, 1, 2, 3].map((c) => s.grid.cell(0, c))).toEqual([{ value: 0.1 }, { value: -4569.94, format: '0.00"万元"' }, { value: 0.001 }, { value: Number("12345678901234567") }]);
  });
});
