/**
 * The HTML reader: a web page saved as a workbook (a system's "导出 Excel", an HTML table named .xls;
 * Excel's and LibreOffice's own web page saves) reads as Excel opens it — cells where a spreadsheet
 * places them (LibreOffice's HTML import as the judge of the table model), numbers and formats as
 * the page gives them, the text of a cell as a browser shows it — and gives the findings the same
 * table gives as an .xlsx.
 */
import { readFileSync } from 'fs';
import path from 'path';
import iconv from 'iconv-lite';
import { Grid } from '../../src/core/grid/grid';
import { readHtml } from '../../src/hosts/file/html-reader';
import { typedNumber } from '../../src/hosts/file/markup-text';
import { sheetsOnlyFormat, sniff, WorkbookReadError } from '../../src/hosts/file/read-error';
import { readWorkbookAsync } from '../../src/hosts/file/read-workbook';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { fflateInflate } from '../../src/hosts/file/zip';
import { loadCorpus, sheetToGrid, tableToXlsx } from '../support/corpus';
import { excelWebPage } from '../support/html-pages';
import { cellLines as cells, findingLines as findings, mergeLine as merges } from '../support/grid-lines';
import { convertAllWithLibreOffice } from '../support/recalc';
import { projectTable, toGrid } from '../support/tables';

const ROOT = path.join(__dirname, '..', '..');
const SEED = path.join(ROOT, 'examples/futian-2022-department-targets.xlsx');

const utf8 = (html: string): Uint8Array => new Uint8Array(Buffer.from(html, 'utf8'));
const sheetOf = (bytes: Uint8Array): Grid => readHtml(bytes)[0].grid;


describe('a page in Excel’s web page form reads as the sheet it was saved from', () => {
  it('every corpus sheet: the same cells, formats, merged areas and findings', () => {
    let sheets = 0;
    for (const entry of loadCorpus()) {
      for (const sheet of entry.table.sheets) {
        const grid = sheetToGrid(sheet);
        const [read] = readHtml(excelWebPage(grid, { name: sheet.name }));
        expect([entry.id, read.name, cells(read.grid), merges(read.grid)]).toEqual([entry.id, sheet.name.slice(0, 31), cells(grid), merges(grid)]);
        expect([entry.id, findings(read.grid)]).toEqual([entry.id, findings(grid)]);
        sheets++;
      }
    }
    expect(sheets).toBeGreaterThan(1_400);
  });

  it('the seed, saved in UTF-8 or in gb2312 (a Chinese Windows’ Excel): the same findings as its .xlsx', () => {
    const grid = readXlsx(new Uint8Array(readFileSync(SEED)))[0].grid;
    const expected = findings(grid);
    expect(expected).toContain('E28 total-mismatch 金额合计为 44,350.00，各任务之和为 44,350.01（相差 0.01）');
    for (const charset of ['utf-8', 'gb2312'] as const) expect(findings(sheetOf(excelWebPage(grid, { charset })))).toEqual(expected);
  });
});

describe('a page as LibreOffice saves a workbook reads as that workbook', () => {
  // LibreOffice's web page: numbers in sdval, formats in sdnum, text typed as a number left as typed.
  const corpus = loadCorpus().filter((_, k) => k % 29 === 0);
  let pairs: { name: string; xlsx: Buffer; html: Buffer }[] = [];
  beforeAll(async () => {
    const sources = [new Uint8Array(readFileSync(SEED)), ...(await Promise.all(corpus.map(async (e) => new Uint8Array(await tableToXlsx(e.table)))))];
    const xlsx = convertAllWithLibreOffice(sources, 'xlsx');
    const html = convertAllWithLibreOffice(sources, 'html');
    pairs = sources.map((_, k) => ({ name: k === 0 ? 'the seed' : corpus[k - 1].id, xlsx: xlsx[k], html: html[k] }));
  }, 300_000);

  it('the same text in every cell, and the same merged areas, where the page starts where the sheet does', () => {
    // LibreOffice leaves a sheet's blank first rows and columns out of its page: compared from the first filled one.
    const shown = (grid: Grid): string[] => {
      const out: string[] = [];
      let top = Infinity;
      let left = Infinity;
      grid.forEachCell((r, c) => {
        if (grid.text(r, c) === '') return;
        top = Math.min(top, r);
        left = Math.min(left, c);
      });
      // Space as a browser shows it (a run of spaces in a text is one), and a share as the number it is (100.00% is 100%).
      grid.forEachCell((r, c) => {
        const text = grid.text(r, c).replace(/ +/g, ' ');
        if (text !== '') out.push(`${r - top}:${c - left} ${typedNumber(text)?.value ?? text}`);
      });
      return [...out, grid.merges.map((m) => `${m.top - top}:${m.left - left}-${m.bottom - top}:${m.right - left}`).sort().join(' ')];
    };
    expect(pairs.length).toBe(corpus.length + 1);
    for (const { name, xlsx, html } of pairs) {
      const book = readXlsx(new Uint8Array(xlsx));
      // A workbook of several sheets is one page of several tables: compared where it is one.
      if (book.length > 1) continue;
      expect([name, shown(sheetOf(new Uint8Array(html)))]).toEqual([name, shown(book[0].grid)]);
    }
  });

  it('the seed: its numbers as numbers (sdval), its findings those of its .xlsx', () => {
    const { xlsx, html } = pairs[0];
    const page = sheetOf(new Uint8Array(html));
    expect(page.cell(27, 4)).toEqual({ value: 44350, format: '#,##0.00' });
    expect(findings(page)).toEqual(findings(readXlsx(new Uint8Array(xlsx))[0].grid));
  });
});

describe('the table model: where a spreadsheet places each cell (LibreOffice’s HTML import as judge)', () => {
  const pages: [string, string][] = [
    ['rowspan and colspan crossing', '<table><tr><td colspan=3>A</td><td>B</td></tr><tr><td rowspan=2>C</td><td colspan=2 rowspan=2>D</td><td>E</td></tr><tr><td>F</td></tr><tr><td>G</td><td>H</td><td>I</td><td>J</td></tr></table>'],
    ['a department table’s header', '<table border=1><tr><td rowspan=2>一级指标</td><td rowspan=2>二级指标</td><td colspan=2>三级指标</td></tr><tr><td>指标名称</td><td>指标值</td></tr><tr><td rowspan=3>产出</td><td rowspan=2>数量</td><td>场次</td><td>10场</td></tr><tr><td>人次</td><td>500人次</td></tr><tr><td>质量</td><td>合格率</td><td>100%</td></tr></table>'],
    ['thead, tbody, th and cells closed by the next', '<table><thead><tr><th>项目名称<th colspan=2>某项目</thead><tbody><tr><td>资金<td>财政<td>10</tbody></table>'],
    ['a row of only covered cells', '<table><tr><td rowspan=3>甲</td><td rowspan=3>乙</td></tr><tr></tr><tr></tr><tr><td>丙</td><td>丁</td></tr></table>'],
  ];
  let judged: Buffer[] = [];
  beforeAll(() => {
    judged = convertAllWithLibreOffice(
      pages.map(([, html]) => utf8(`<html><head><meta charset="utf-8"></head><body>${html}</body></html>`)),
      'xlsx',
      'html',
    );
  }, 300_000);
  test.each(pages.map(([name], k) => [name, k] as const))('%s', (_name, k) => {
    // Where the cells are, and the merged areas holding one (LibreOffice merges a blank row a body's end leaves).
    const place = (grid: Grid): string[] => [
      ...cells(grid).map((c) => c.replace(/ .*/, '')),
      grid.merges
        .filter((m) => grid.text(m.top, m.left) !== '')
        .map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`)
        .sort()
        .join(' '),
    ];
    const ours = sheetOf(utf8(`<html><body>${pages[k][1]}</body></html>`));
    expect(place(ours)).toEqual(place(readXlsx(new Uint8Array(judged[k]))[0].grid));
    expect(place(ours).length).toBeGreaterThan(2);
  });
});

describe('what a page holds around and in its tables', () => {
  it('text outside a table is a row of its own in column A; tables follow one another; a caption is a row above its table', () => {
    const grid = sheetOf(
      utf8(`<html><head><title>不读</title><style>td{color:red}</style><script>var x = '<td>';</script></head><body>
        <h3>2023年项目支出绩效目标表</h3><p>单位：万元</p>
        <table><caption>表1 基本信息</caption><tr><td>项目名称</td><td>某项目</td></tr></table>
        说明文字<br>第二行
        <table><tr><td rowspan=9>长</td><td>只有一行</td></tr></table>
        <table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td></tr></table>尾</td><td>右</td></tr></table>
      </body></html>`),
    );
    expect(cells(grid)).toEqual([
      '0:0 "2023年项目支出绩效目标表"',
      '1:0 "单位：万元"',
      '2:0 "表1 基本信息"',
      '3:0 "项目名称"',
      '3:1 "某项目"',
      '4:0 "说明文字"',
      '5:0 "第二行"',
      '6:0 "长"',
      '6:1 "只有一行"',
      '7:0 "外\\n内1 内2\\n内3\\n尾"',
      '7:1 "右"',
    ]);
    // A rowspan reaches no further than its table: the next table's row is its own.
    expect(merges(grid)).toBe('');
  });

  it('a head never closed ends where the table starts, as a browser’s does', () => {
    expect(cells(sheetOf(utf8('<html><head><meta charset="utf-8"><style>td{color:red}</style><table><tr><td>甲</td></tr></table>')))).toEqual(['0:0 "甲"']);
  });

  it('a cell’s text as a browser shows it: runs of space one, lines by <br> and blocks, Excel’s kept spaces kept, &nbsp; alone empty', () => {
    const grid = sheetOf(
      utf8(
        `<table><tr><td>
          城乡  居民\t医保</td><td>一行<br>二行<br/><br>三行</td><td><p>第一段</p><p>第二段</p></td>` +
          `<td>邮<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>编</td><td>&nbsp;</td><td> &nbsp; </td><td>A&amp;B &lt;1&gt; &#37096;&#x95E8;</td></tr></table>`,
      ),
    );
    expect(cells(grid)).toEqual(['0:0 "城乡 居民 医保"', '0:1 "一行\\n二行\\n三行"', '0:2 "第一段\\n第二段"', '0:3 "邮   编"', '0:6 "A&B <1> 部门"']);
  });

  it('numbers as Excel takes them: x:num, LibreOffice’s sdval, typed numbers, shares and amounts with commas; codes and text-formatted cells (mso-number-format, vnd.ms-excel.numberformat) stay text', () => {
    const grid = sheetOf(
      utf8(`<html><head><style>
        .xl65 {mso-number-format:"0\\.00%";}
        .xl66 {mso-number-format:"\\@";}
        .xl67 {mso-number-format:Percent;}
      </style></head><body><table><tr>
        <td x:num="0.955" class=xl65>95.50%</td><td x:num>1,234.50</td><td sdval="44350" sdnum="2052;0;#,##0.00">44,350.00</td>
        <td>1,234.50</td><td>95%</td><td>-12.5</td><td>007</td><td>513922198801011234</td><td class=xl66>2023</td>
        <td class="xl67" x:num="0.9">90.00%</td><td style='mso-number-format:"\\@"'>100</td><td x:str>12</td>
        <td x:num="44350" x:fmla="=SUM(E7:E27)">44350</td><td>≥95%</td><td>2022.1</td><td>1.5万元</td><td style="vnd.ms-excel.numberformat:@">0101</td><td style="vnd.ms-excel.numberformat:@">2024</td>
      </tr></table></body></html>`),
    );
    expect(cells(grid)).toEqual([
      '0:0 0.955 0.00%',
      '0:1 1234.5 #,##0.00',
      '0:2 44350 #,##0.00',
      '0:3 1234.5 #,##0.00',
      '0:4 0.95 0%',
      '0:5 -12.5',
      '0:6 "007"',
      '0:7 "513922198801011234"',
      '0:8 "2023"',
      '0:9 0.9 0.00%',
      '0:10 "100"',
      '0:11 "12"',
      '0:12 44350 =SUM(E7:E27)',
      '0:13 "≥95%"',
      '0:14 2022.1',
      '0:15 "1.5万元"',
      '0:16 "0101"',
      '0:17 "2024"',
    ]);
  });

  test.each([
    ['95%', 0.95, '0%'],
    ['97.80%', 0.978, '0.00%'],
    ['1,000', 1000, '#,##0'],
    ['+3', 3, undefined],
    ['0.5', 0.5, undefined],
    ['0', 0, undefined],
  ])('%s is the number %s (format %s)', (text, value, format) => {
    expect(typedNumber(text)).toEqual(format ? { value, format } : { value });
  });
  test.each([['007'], ['1,23'], ['12,3456'], ['1234567890123456'], ['１２'], ['1.2.3'], ['95 %'], ['']])('%s stays text', (text) => {
    expect(typedNumber(text)).toBeNull();
  });

  it('rows a page hides stay hidden; the sheet is named by Excel’s XML island, else Sheet1', () => {
    const page = `<html><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>绩效目标表</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>
      <body><table><tr><td>一</td></tr><tr style="display:none"><td>二</td></tr><tr><td>三</td></tr><tr style='display:none'></tr></table></body></html>`;
    const [sheet] = readHtml(utf8(page));
    expect([sheet.name, sheet.grid.hiddenAt(1, 0), sheet.grid.hiddenAt(2, 0), sheet.grid.rowCount]).toEqual(['绩效目标表', 'row', undefined, 3]);
    expect(readHtml(utf8('<table><tr><td>一</td></tr></table>'))[0].name).toBe('Sheet1');
  });
});

describe('a page’s characters', () => {
  const text = '<table><tr><td>部门整体支出绩效目标表</td><td>金额</td></tr></table>';
  test.each([
    ['declared gb2312 (a Chinese Windows’ Excel)', new Uint8Array(iconv.encode(`<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body>${text}</body></html>`, 'gb18030'))],
    ['declared GBK in HTML5’s form', new Uint8Array(iconv.encode(`<html><head><meta charset="GBK"></head><body>${text}</body></html>`, 'gbk'))],
    ['GBK declared nowhere (a system that says nothing)', new Uint8Array(iconv.encode(`<html><body>${text}</body></html>`, 'gbk'))],
    ['UTF-8 declared nowhere', utf8(text)],
    ['UTF-8 with a byte-order mark, declared otherwise', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="gb2312">${text}`, 'utf8')]))],
    ['UTF-16 little-endian with its mark (Excel’s Unicode save)', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<html><body>${text}</body></html>`, 'utf16le')]))],
    ['an unknown charset declared, the bytes UTF-8', utf8(`<html><head><meta charset="x-no-such"></head><body>${text}</body></html>`)],
  ])('%s', (_name, bytes) => {
    expect(sniff(bytes)).toBe('html');
    expect(cells(sheetOf(bytes))).toEqual(['0:0 "部门整体支出绩效目标表"', '0:1 "金额"']);
  });
});

describe('what is not a page of a table, and what is too large', () => {
  test.each([
    ['one line of text', utf8('项目名称,金额'), 'not-xlsx'],
    ['text beginning with <', utf8('<这不是网页>'), 'not-xlsx'],
    ['XML that is no page', utf8('<?xml version="1.0"?><Workbook/>'), 'not-xlsx'],
  ])('%s: %s', (_name, bytes, reason) => {
    expect(sniff(bytes)).toBe(reason);
    expect(sheetsOnlyFormat(bytes)).toBeNull();
  });

  it('a web page without a table is not a workbook', () => {
    const bytes = utf8('<!DOCTYPE html><html><body><p>导出失败，请重新登录</p></body></html>');
    expect(sniff(bytes)).toBe('html');
    expect(() => readHtml(bytes)).toThrow(expect.objectContaining({ reason: 'not-xlsx' }));
  });

  test.each([
    ['cells', `<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(60)}</table>`, { cells: 100 }],
    ['stringLength', `<table><tr><td>${'长'.repeat(200)}</td></tr></table>`, { stringLength: 100 }],
    ['merges', `<table>${'<tr><td colspan=2>1</td></tr>'.repeat(11)}</table>`, { merges: 10 }],
    ['uncompressedBytes', `<table><tr><td>1</td></tr></table>`, { uncompressedBytes: 10 }],
  ] as const)('past the %s limit: too-large', (limit, html, limits) => {
    expect(() => readHtml(utf8(html), { limits })).toThrow(expect.objectContaining({ reason: 'too-large', limit }));
  });

  it('spans as large as markup allows reach no further than their table and the filled cells', () => {
    // colspan is 1,000 at most and rowspan 65,534 (the HTML table model); both cut to the table and the filled cells.
    const grid = sheetOf(utf8('<table><tr><td rowspan=2147483647 colspan=99999>x</td><td>y</td></tr><tr><td>z</td></tr></table>'));
    expect(cells(grid)).toEqual(['0:0 "x"', '0:1000 "y"', '1:1000 "z"']);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 999 }]);
  });

  it('a page of such spans row after row: each row pushed right until the sheet ends, read at once', () => {
    const html = `<table>${'<tr><td rowspan=65534 colspan=1000>x</td><td>y</td></tr>'.repeat(2_000)}</table>`;
    const t = performance.now();
    const grid = sheetOf(utf8(html));
    // Generous: the read takes ~0.1 s; the bound is a hang's, not a speed goal.
    expect(performance.now() - t).toBeLessThan(10_000);
    let count = 0;
    grid.forEachCell(() => count++);
    expect(count).toBeLessThanOrEqual(2 * 17);
    expect(grid.merges.every((m) => m.left <= m.right && m.right < 16_384)).toBe(true);
  });

  it('unclosed and stray markup, deep nesting: read, never thrown on', () => {
    const deep = `${'<div>'.repeat(20_000)}<table><tr><td>${'<span>'.repeat(20_000)}深</td></tr></table>`;
    expect(cells(sheetOf(utf8(deep)))).toEqual(['0:0 "深"']);
    expect(cells(sheetOf(utf8('<table><tr><td>一<td>二</tr></td></td><tr><td>三</table></table><td>外</td>')))).toEqual(['0:0 "一"', '0:1 "二"', '1:0 "三"', '2:0 "外"']);
  });

  it('--sheet naming another sheet: no-sheets', () => {
    expect(() => readHtml(utf8('<table><tr><td>1</td></tr></table>'), { sheet: '其他' })).toThrow(WorkbookReadError);
  });
});

it('the browser’s reader reads a page as the CLI’s does', async () => {
  const grid = toGrid(projectTable());
  const page = excelWebPage(grid, { name: '项目' });
  const [sheet] = await readWorkbookAsync(page, { inflateAsync: async (d, n) => fflateInflate(d, n) });
  expect([sheet.name, cells(sheet.grid)]).toEqual(['项目', cells(readHtml(page)[0].grid)]);
  expect(findings(sheet.grid)).toEqual(findings(grid));
});
