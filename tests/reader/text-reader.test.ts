/**
 * Delimited text as a workbook: a system's tab-separated 导出 Excel named .xls, Excel's Unicode text
 * save, CSV. A row a line, a cell a field, numbers as Excel takes them, ="007" as its text; a table
 * exported so (its merged areas gone) is recognised and checked as its workbook is.
 */
import { readFileSync } from 'fs';
import path from 'path';
import iconv from 'iconv-lite';
import { Grid } from '../../src/core/grid/grid';
import { validateGrid } from '../../src/core/validate';
import { sheetsOnlyFormat, sniff, WorkbookReadError } from '../../src/hosts/file/read-error';
import { readWorkbookAsync } from '../../src/hosts/file/read-workbook';
import { readDelimited } from '../../src/hosts/file/text-reader';
import { readXlsx } from '../../src/hosts/file/xlsx-reader';
import { fflateInflate } from '../../src/hosts/file/zip';
import { loadCorpus, sheetToGrid } from '../support/corpus';
import { tabSeparated } from '../support/html-pages';
import { cellLines as cells, findingLines as findings } from '../support/grid-lines';

const SEED = path.join(__dirname, '..', '..', 'examples/futian-2022-department-targets.xlsx');
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

const tables = (grid: Grid): string[] => validateGrid(grid).map((t) => `${t.table?.kind} ${t.table?.indicators?.indicators.length ?? '-'}`);

describe('a table exported as tab-separated text reads as its workbook', () => {
  it('the seed, in UTF-8 with a byte-order mark or in GBK: the same findings as its .xlsx, merged areas gone and all', () => {
    const grid = readXlsx(new Uint8Array(readFileSync(SEED)))[0].grid;
    const expected = findings(grid);
    expect(expected).toContain('E28 total-mismatch 金额合计为 44,350.00，各任务之和为 44,350.01（相差 0.01）');
    for (const charset of ['utf-8', 'gbk'] as const) {
      const bytes = tabSeparated(grid, { charset });
      expect(sniff(bytes)).toBe('text');
      expect(findings(readDelimited(bytes)[0].grid)).toEqual(expected);
    }
  });

  it('the corpus: nearly every sheet’s tables recognised as from its workbook (a flat export keeps no merged area)', () => {
    let same = 0;
    let count = 0;
    for (const entry of loadCorpus()) {
      for (const sheet of entry.table.sheets) {
        const grid = sheetToGrid(sheet);
        const read = readDelimited(tabSeparated(grid))[0].grid;
        // Every shown text is where the sheet shows it.
        const shown: string[] = [];
        for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) if (!grid.isCovered(r, c) && grid.text(r, c) !== '') shown.push(`${r}:${c}`);
        expect([entry.id, cells(read).map((c) => c.replace(/ .*/, ''))]).toEqual([entry.id, shown]);
        if (tables(read).join() === tables(grid).join()) same++;
        count++;
      }
    }
    // Measured 1,417 of 1,427 when written: the ten left lean on a merged area to tell a label from a value.
    expect(count).toBeGreaterThan(1_400);
    expect(same / count).toBeGreaterThan(0.98);
  });
});

describe('fields as Excel opens them', () => {
  it('tabs, quotes, doubled quotes, a line break in a quoted field, ="007", numbers, shares and amounts, blank fields and lines', () => {
    const grid = readDelimited(utf8('项目\t金额\t占比\r\n"某""项目"\t1,234.50\t95%\r\n"两\n行"\t="007"\t-12.5\r\n\r\n\t\t0\r\n代码\t007\t2022.1\r\n'))[0].grid;
    expect(cells(grid)).toEqual([
      '0:0 "项目"',
      '0:1 "金额"',
      '0:2 "占比"',
      '1:0 "某\\"项目"',
      '1:1 1234.5 #,##0.00',
      '1:2 0.95 0%',
      '2:0 "两\\n行"',
      '2:1 "007"',
      '2:2 -12.5',
      '4:2 0',
      '5:0 "代码"',
      '5:1 "007"',
      '5:2 2022.1',
    ]);
  });

  test.each([
    ['CSV', utf8('项目,金额\n"某,项目",12\n'), ['0:0 "项目"', '0:1 "金额"', '1:0 "某,项目"', '1:1 12']],
    ['GBK declared nowhere', new Uint8Array(iconv.encode('项目\t金额\n某项目\t12\n', 'gbk')), ['0:0 "项目"', '0:1 "金额"', '1:0 "某项目"', '1:1 12']],
    ['Excel’s Unicode text (UTF-16 little-endian, its mark)', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('项目\t金额\r\n某项目\t12\r\n', 'utf16le')])), ['0:0 "项目"', '0:1 "金额"', '1:0 "某项目"', '1:1 12']],
  ])('%s', (_name, bytes, expected) => {
    expect([sniff(bytes), sheetsOnlyFormat(bytes)]).toEqual(['text', 'text']);
    expect(cells(readDelimited(bytes)[0].grid)).toEqual(expected);
  });

  test.each([
    ['prose with a Chinese comma', '这不是表格，只是改了扩展名的文本。'],
    ['one line with a comma', '项目,金额'],
    ['a binary file’s NUL bytes', 'a\tb\u0000\u0000\n'],
  ])('%s is no table: not-xlsx', (_name, text) => {
    expect(sniff(utf8(text))).toBe('not-xlsx');
  });

  it('the browser’s reader reads it as the CLI’s does', async () => {
    const bytes = tabSeparated(readXlsx(new Uint8Array(readFileSync(SEED)))[0].grid);
    const [read] = await readWorkbookAsync(bytes, { inflateAsync: async (d, n) => fflateInflate(d, n) });
    expect(cells(read.grid)).toEqual(cells(readDelimited(bytes)[0].grid));
  });
});

describe('limits', () => {
  test.each([
    ['cells', 'a\tb\n'.repeat(60), { cells: 100 }],
    ['stringLength', `${'长'.repeat(200)}\tb\n`, { stringLength: 100 }],
    ['uncompressedBytes', 'a\tb\n', { uncompressedBytes: 3 }],
  ] as const)('past the %s limit: too-large', (limit, text, limits) => {
    expect(() => readDelimited(utf8(text), { limits })).toThrow(expect.objectContaining({ reason: 'too-large', limit }));
  });

  it('--sheet naming another sheet: no-sheets', () => {
    expect(() => readDelimited(utf8('a\tb\n'), { sheet: '其他' })).toThrow(WorkbookReadError);
  });
});
