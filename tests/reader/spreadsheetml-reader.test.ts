/**
 * The Excel 2003 XML spreadsheet reader (SpreadsheetML: FreeMarker templates' and many Java systems'
 * 导出 Excel, often named .xls): a workbook in that form reads as the workbook it was saved from —
 * cells where Excel places them (LibreOffice's import of the same files as judge), numbers, formats,
 * formulas (R1C1 to A1), merged areas, hidden lines and sheets — and gives the same findings.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import iconv from 'iconv-lite';
import { Grid, MERGE_SLACK } from '../../src/core/grid/grid';
import { sheetsOnlyFormat, sniff } from '../../src/hosts/file/read-error';
import { readWorkbookAsync } from '../../src/hosts/file/read-workbook';
import { a1Formula, readSpreadsheetMl } from '../../src/hosts/file/spreadsheetml-reader';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { fflateInflate } from '../../src/hosts/file/zip';
import { loadCorpus, sheetToGrid } from '../support/corpus';
import { excelXmlSpreadsheet } from '../support/html-pages';
import { cellLines as cells, findingLines as findings, mergeLine as merges } from '../support/grid-lines';
import { SOFFICE } from '../support/recalc';

const ROOT = path.join(__dirname, '..', '..');
const SEED = path.join(ROOT, 'examples/futian-2022-department-targets.xlsx');

const workbook = (body: string, styles = ''): Uint8Array =>
  new Uint8Array(
    Buffer.from(
      `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40"><Styles>${styles}</Styles>${body}</Workbook>`,
      'utf8',
    ),
  );
const sheet = (rows: string, name = 'S'): string => `<Worksheet ss:Name="${name}"><Table>${rows}</Table></Worksheet>`;

describe('a workbook in Excel’s XML spreadsheet form reads as the workbook it was saved from', () => {
  it('every corpus workbook and the seed: the same sheets, cells, formats, formulas, merged areas and findings', () => {
    const books = [
      ...loadCorpus().map((e) => ({ id: e.id, sheets: e.table.sheets.map((s) => ({ name: s.name, grid: sheetToGrid(s) })) })),
      { id: 'the seed', sheets: readXlsx(new Uint8Array(readFileSync(SEED))).map((s) => ({ name: s.name, grid: s.grid })) },
    ];
    let count = 0;
    for (const book of books) {
      const read = readSpreadsheetMl(excelXmlSpreadsheet(book.sheets));
      expect([book.id, read.map((s) => s.name)]).toEqual([book.id, book.sheets.map((s) => s.name)]);
      book.sheets.forEach((s, k) => {
        expect([book.id, cells(read[k].grid), merges(read[k].grid)]).toEqual([book.id, cells(s.grid), merges(s.grid)]);
        expect([book.id, findings(read[k].grid)]).toEqual([book.id, findings(s.grid)]);
        count++;
      });
    }
    expect(count).toBeGreaterThan(1_400);
    const seed = readSpreadsheetMl(excelXmlSpreadsheet([{ name: '2022年度', grid: books[books.length - 1].sheets[0].grid }]))[0].grid;
    expect(findings(seed)).toContain('E28 total-mismatch 金额合计为 44,350.00，各任务之和为 44,350.01（相差 0.01）');
  });

  it('as LibreOffice’s import reads the same files (every 29th corpus workbook): the same values, formulas and merged areas', () => {
    if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is not installed (${SOFFICE}): apt-get install -y libreoffice-calc-nogui (.ci/run does)`);
    const corpus = loadCorpus().filter((_, k) => k % 29 === 0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-xml-'));
    const files = corpus.map((e, k) => {
      const file = path.join(dir, `in${k}.xml`);
      writeFileSync(file, excelXmlSpreadsheet(e.table.sheets.map((s) => ({ name: s.name, grid: sheetToGrid(s) }))));
      return file;
    });
    execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--infilter=Calc MS Excel 2003 XML', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), ...files], { stdio: 'pipe', timeout: 300_000 });
    // Values and formulas: LibreOffice gives number formats of its own (0.0 as [$-409]0.0).
    const shown = (grid: Grid): string[] => {
      const out: string[] = [];
      grid.forEachCell((row, col, cell) => out.push(`${row}:${col} ${JSON.stringify(cell.value)} ${cell.formula ?? ''}`));
      return [...out, merges(grid)];
    };
    corpus.forEach((e, k) => {
      const theirs = readXlsx(new Uint8Array(readFileSync(path.join(dir, 'out', `in${k}.xlsx`))));
      const ours = readSpreadsheetMl(new Uint8Array(readFileSync(files[k])));
      expect([e.id, ours.map((s) => shown(s.grid))]).toEqual([e.id, theirs.map((s) => shown(s.grid))]);
    });
  }, 300_000);
});

describe('what the form holds', () => {
  it('cells in order, ss:Index past gaps and merged areas, rows by ss:Index and past a row’s ss:Span; a comment’s text is no value', () => {
    const grid = readSpreadsheetMl(
      workbook(
        sheet(`
          <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data></Cell><Cell><Data ss:Type="Number">5</Data></Cell></Row>
          <Row><Cell ss:MergeDown="1"><Data ss:Type="String">一级</Data></Cell><Cell><Data ss:Type="String">二级</Data><Comment ss:Author="审核"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>批注</B></ss:Data></Comment></Cell></Row>
          <Row><Cell ss:Index="2"><Data ss:Type="String">质量</Data></Cell><Cell/></Row>
          <Row ss:Height="20" ss:Span="1"/>
          <Row><Cell ss:Index="3"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>富</B><Font html:Color="#FF0000">文本</Font>&#10;二行</ss:Data></Cell></Row>`),
      ),
    )[0].grid;
    expect(cells(grid)).toEqual(['0:0 "标题"', '0:3 5', '1:0 "一级"', '1:1 "二级"', '2:1 "质量"', '5:2 "富文本\\n二行"']);
    expect(merges(grid)).toBe('0:0-0:2 1:0-2:0');
  });

  it('types and formats: numbers, shares by style (a parent’s format inherited, Excel’s named formats), dates, booleans, errors, text', () => {
    const styles = `<Style ss:ID="s62"><NumberFormat ss:Format="0%"/></Style><Style ss:ID="s63" ss:Parent="s62"/><Style ss:ID="s64"><NumberFormat ss:Format="Percent"/></Style>
      <Style ss:ID="s65"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></Style><Style ss:ID="s66"><NumberFormat ss:Format="@"/></Style><Style ss:ID="s67"><NumberFormat ss:Format="Standard"/></Style>`;
    const grid = readSpreadsheetMl(
      workbook(
        sheet(`<Row>
          <Cell ss:StyleID="s62"><Data ss:Type="Number">0.95</Data></Cell><Cell ss:StyleID="s63"><Data ss:Type="Number">0.9</Data></Cell><Cell ss:StyleID="s64"><Data ss:Type="Number">0.978</Data></Cell>
          <Cell ss:StyleID="s65"><Data ss:Type="DateTime">2023-12-31T00:00:00.000</Data></Cell><Cell><Data ss:Type="DateTime">2023-06-30T00:00:00.000</Data></Cell>
          <Cell><Data ss:Type="Boolean">1</Data></Cell><Cell><Data ss:Type="Error">#DIV/0!</Data></Cell><Cell ss:StyleID="s66"><Data ss:Type="String">007</Data></Cell>
          <Cell ss:StyleID="s67"><Data ss:Type="Number">1234.5</Data></Cell><Cell><Data ss:Type="Number">不是数</Data></Cell><Cell ss:Formula="=RC[-10]*2"><Data ss:Type="Number">1.9</Data></Cell>
        </Row>`),
        styles,
      ),
    )[0].grid;
    expect(cells(grid)).toEqual([
      '0:0 0.95 0%',
      '0:1 0.9 0%',
      '0:2 0.978 0.00%',
      '0:3 45291 yyyy"年"m"月"d"日"',
      '0:4 45107 yyyy-mm-dd',
      '0:5 true',
      '0:6 "#DIV/0!"',
      '0:7 "007"',
      '0:8 1234.5 #,##0.00',
      '0:9 "不是数"',
      '0:10 1.9 =A1*2',
    ]);
    expect(grid.text(0, 0)).toBe('95%');
  });

  it('hidden rows, columns and sheets; column widths; --sheet reads one sheet', () => {
    const bytes = workbook(
      `<Worksheet ss:Name="表一"><Table><Column ss:Width="108"/><Column ss:Index="3" ss:Span="1" ss:Hidden="1" ss:Width="54"/>
        <Row><Cell><Data ss:Type="String">一</Data></Cell><Cell ss:Index="4"><Data ss:Type="String">四</Data></Cell></Row>
        <Row ss:Hidden="1"><Cell><Data ss:Type="String">藏</Data></Cell></Row></Table></Worksheet>
       <Worksheet ss:Name="隐藏"><Table><Row><Cell><Data ss:Type="String">隐</Data></Cell></Row></Table>
        <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>`,
    );
    const [one, two] = readSpreadsheetMl(bytes);
    expect([one.grid.hiddenAt(1, 0), one.grid.hiddenAt(0, 2), one.grid.hiddenAt(0, 3), one.grid.hiddenAt(0, 4), one.columnWidths.slice(0, 4)]).toEqual(['row', 'column', 'column', undefined, [20.57, undefined, 10.29, 10.29]]);
    expect([two.name, two.state, two.grid.state]).toEqual(['隐藏', 'hidden', 'hidden']);
    expect(readSpreadsheetMl(bytes, { sheet: '隐藏' }).map((s) => s.name)).toEqual(['隐藏']);
    expect(() => readSpreadsheetMl(bytes, { sheet: '无' })).toThrow(expect.objectContaining({ reason: 'no-sheets' }));
  });

  test.each([
    ['=SUM(R[-5]C:R[-1]C)', 27, 4, '=SUM(E23:E27)'],
    ['=RC[1]+R[1]C[-1]', 1, 1, '=C2+A3'],
    ['=R2C3*2', 9, 9, '=$C$2*2'],
    ['=ROUND(RC[-1],2)', 0, 2, '=ROUND(B1,2)'],
    ['=Sheet2!R1C1&"R1C1"', 0, 0, '=Sheet2!$A$1&"R1C1"'],
    ['=R[-1]C', 0, 0, '=#REF!'],
    ['SUM(RC[-2]:RC[-1])', 4, 2, '=SUM(A5:B5)'],
  ])('%s in row %s, column %s is %s', (formula, row, col, a1) => {
    expect(a1Formula(formula, row, col)).toBe(a1);
  });
});

describe('telling and decoding the form', () => {
  const body = sheet('<Row><Cell><Data ss:Type="String">部门整体支出绩效目标表</Data></Cell></Row>');
  test.each([
    ['UTF-8, declared', workbook(body)],
    ['UTF-8 with a byte-order mark', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(workbook(body))]))],
    ['GBK declared in the XML declaration', new Uint8Array(iconv.encode(Buffer.from(workbook(body)).toString('utf8').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="GBK"?>'), 'gbk'))],
    ['prefixed elements (ss:Workbook)', new Uint8Array(Buffer.from(`<?xml version="1.0"?><ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><ss:Worksheet ss:Name="S"><ss:Table><ss:Row><ss:Cell><ss:Data ss:Type="String">部门整体支出绩效目标表</ss:Data></ss:Cell></ss:Row></ss:Table></ss:Worksheet></ss:Workbook>`))],
  ])('%s', (_name, bytes) => {
    expect([sniff(bytes), sheetsOnlyFormat(bytes)]).toEqual(['spreadsheetml', 'spreadsheetml']);
    expect(cells(readSpreadsheetMl(bytes)[0].grid)).toEqual(['0:0 "部门整体支出绩效目标表"']);
  });

  it('other XML is no workbook', () => {
    expect(sniff(new Uint8Array(Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:example"><Sheet/></Workbook>')))).toBe('not-xlsx');
  });

  it('the browser’s reader reads it as the CLI’s does', async () => {
    const grid = readXlsx(new Uint8Array(readFileSync(SEED)))[0].grid;
    const bytes = excelXmlSpreadsheet([{ name: '2022年度', grid }]);
    const [read] = await readWorkbookAsync(bytes, { inflateAsync: async (d, n) => fflateInflate(d, n) });
    expect([read.name, cells(read.grid)]).toEqual(['2022年度', cells(readSpreadsheetMl(bytes)[0].grid)]);
  });
});

describe('hostile and broken files', () => {
  test.each([
    ['a DOCTYPE (an entity could expand: billion laughs, XXE)', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">&a;</Data></Cell></Row></Table></Worksheet></Workbook>', 'corrupt'],
    ['a worksheet never closed', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row>', 'corrupt'],
    ['a cell past the sheet’s last column', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell ss:Index="16385"><Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>', 'corrupt'],
    ['a row index that is no number', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row ss:Index="x"><Cell><Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>', 'corrupt'],
    ['no worksheet', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Styles/></Workbook>', 'no-sheets'],
  ])('%s: %s', (_name, xml, reason) => {
    expect(() => readSpreadsheetMl(new Uint8Array(Buffer.from(xml)))).toThrow(expect.objectContaining({ reason }));
  });

  test.each([
    ['cells', sheet('<Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="Number">2</Data></Cell></Row>'.repeat(60)), { cells: 100 }],
    ['stringLength', sheet(`<Row><Cell><Data ss:Type="String">${'长'.repeat(200)}</Data></Cell></Row>`), { stringLength: 100 }],
    ['merges', sheet('<Row><Cell ss:MergeAcross="1"><Data ss:Type="Number">1</Data></Cell></Row>'.repeat(11)), { merges: 10 }],
    ['uncompressedBytes', sheet('<Row><Cell><Data ss:Type="Number">1</Data></Cell></Row>'), { uncompressedBytes: 10 }],
  ] as const)('past the %s limit: too-large', (limit, body, limits) => {
    expect(() => readSpreadsheetMl(workbook(body), { limits })).toThrow(expect.objectContaining({ reason: 'too-large', limit }));
  });

  it('a merged area down to the sheet’s last row costs no more than the rows filled', () => {
    const grid = readSpreadsheetMl(workbook(sheet('<Row><Cell ss:MergeDown="1048575" ss:MergeAcross="16383"><Data ss:Type="String">全表</Data></Cell></Row><Row><Cell ss:Index="2"><Data ss:Type="Number">1</Data></Cell></Row>')))[0].grid;
    // Cut to the filled cells and the slack a template's blank last rows keep, as a file's merged areas are.
    expect(grid.rowCount).toBeLessThanOrEqual(2 + MERGE_SLACK);
    expect(grid.colCount).toBeLessThanOrEqual(2 + MERGE_SLACK);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: grid.rowCount - 1, right: grid.colCount - 1 }]);
  });
});
