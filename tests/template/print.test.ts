/**
 * The seed's template as it prints: LibreOffice exports it to PDF, poppler reads the words' boxes
 * back, and the pages are rendered to PNG under test-results/template-print/ for a person to look at.
 * These tools are part of the test: a machine without them fails here, it does not skip.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { nextYearTemplate } from '../../src/core/template/next-year';
import { SheetSpec } from '../../src/core/template/sheet-spec';
import { writeSheet } from '../../src/hosts/file/template-writer';
import { loadWorkbook, worksheetToGrid } from '../../src/hosts/file/workbook';
import { FIXTURE } from '../support/files';
import { SOFFICE } from '../support/recalc';

jest.setTimeout(180_000);

const OUT = path.join(__dirname, '..', '..', 'test-results', 'template-print');
const TOOLS = { soffice: SOFFICE, pdftotext: '/usr/bin/pdftotext', pdftoppm: '/usr/bin/pdftoppm' };

function tool(name: keyof typeof TOOLS): string {
  const file = TOOLS[name];
  if (!existsSync(file)) {
    throw new Error(`${name} is not installed (${file}): the print test needs LibreOffice and poppler-utils (apt-get install libreoffice-calc-nogui poppler-utils; .ci/run installs both)`);
  }
  return file;
}

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
  text: string;
}

/** The PDF's pages with every word's box, as `pdftotext -bbox` reports them. */
function pagesOf(pdf: string): Page[] {
  const html = execFileSync(tool('pdftotext'), ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => {
    const words = [...p[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: w[5],
    }));
    return { width: Number(p[1]), height: Number(p[2]), words, text: words.map((w) => w.text).join(' ') };
  });
}

/** Pairs of words whose boxes overlap by more than `slack` points both ways (lines of one cell touch, never cross). */
function overlaps(page: Page, slack = 2): [string, string][] {
  const out: [string, string][] = [];
  const words = page.words;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > slack && dy > slack) out.push([a.text, b.text]);
    }
  }
  return out;
}

/** Writes a spec as its own workbook under test-results, exports it to PDF, renders PNGs; the PDF's path. */
async function print(name: string, spec: SheetSpec, source: ExcelJS.Worksheet, png: boolean, after?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = writeSheet(wb, spec, () => source);
  after?.(ws);
  const xlsx = path.join(OUT, `${name}.xlsx`);
  writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'budget-check-print-'));
  try {
    execFileSync(tool('soffice'), ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', OUT, xlsx], { timeout: 150_000, stdio: 'pipe' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(OUT, `${name}.pdf`);
  expect(existsSync(pdf)).toBe(true);
  if (png) {
    for (const f of readdirSync(OUT)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(path.join(OUT, f));
    execFileSync(tool('pdftoppm'), ['-png', '-r', '60', pdf, path.join(OUT, name)]);
  }
  return pdf;
}

let source: ExcelJS.Worksheet;
let spec: SheetSpec;

beforeAll(async () => {
  source = (await loadWorkbook(readFileSync(FIXTURE))).worksheets[0];
  const grid = worksheetToGrid(source);
  spec = nextYearTemplate(grid, recognizeSheet(grid)[0], { year: 2023 }).spec;
});

describe('the seed’s template printed by LibreOffice', () => {
  let pages: Page[];
  beforeAll(async () => {
    pages = pagesOf(await print('seed-2023', spec, source, true));
  });

  it('is A4 landscape on every page, rendered to PNG under test-results/template-print/', () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    const pngs = readdirSync(OUT).filter((f) => /^seed-2023-\d+\.png$/.test(f));
    expect(pngs).toHaveLength(pages.length);
    expect(readFileSync(path.join(OUT, pngs[0])).subarray(1, 4).toString()).toBe('PNG');
  });

  it('fits every column inside the page width: the first and last column on the first page, no word past its edge', () => {
    expect(pages[0].text).toContain('任务名称');
    expect(pages[0].text).toContain('其中：其他资金');
    for (const [i, p] of pages.entries()) {
      const outside = p.words.filter((w) => w.x0 < 0 || w.x1 > p.width || w.y1 > p.height).map((w) => w.text);
      expect({ page: i + 1, outside }).toEqual({ page: i + 1, outside: [] });
    }
  });

  it('overlaps no text on any page: rows are as tall as their wrapped text', () => {
    for (const [i, p] of pages.entries()) expect({ page: i + 1, overlaps: overlaps(p) }).toEqual({ page: i + 1, overlaps: [] });
  });

  it('repeats the title rows on every page of the table, numbers the pages, and prints the 填报说明 after it', () => {
    const first = pages.findIndex((p) => p.text.startsWith('填报说明'));
    expect(first).toBeGreaterThan(1);
    const table = pages.slice(0, first);
    const info = pages.slice(first);
    for (const p of table) {
      expect(p.text).toContain('部门（单位）整体支出绩效目标表');
      expect(p.text).toContain('部门（单位）名称');
    }
    pages.forEach((p, i) => expect(p.text).toContain(`第 ${i + 1} 页`));
    expect(info.map((p) => p.text).join(' ')).toContain('二、目标值的写法');
  });

  it('catches the fault it guards against: the same template at Excel’s default row height overlaps', async () => {
    const unfitted = await print('seed-2023-unfitted', { ...spec, fitRows: undefined, companions: [] }, source, false, (ws) => {
      for (let r = 1; r <= 82; r++) ws.getRow(r).height = 15;
    });
    expect(pagesOf(unfitted).flatMap((p) => overlaps(p)).length).toBeGreaterThan(0);
  });
});
