import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import LABELS from '../../src/core/lexicon/labels.json';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { RULES_BY_CODE } from '../../src/core/rules/registry';
import { getProfile } from '../../src/core/rules/profiles';
import { blankTemplate } from '../../src/core/template/blank';
import { INSTRUCTION_DATA } from '../../src/core/template/instructions';
import { nextYearTemplate } from '../../src/core/template/next-year';
import { linesNeeded, textUnits } from '../../src/core/template/row-heights';
import { SheetSpec } from '../../src/core/template/sheet-spec';
import { writeSheet } from '../../src/hosts/file/template-writer';
import { loadWorkbook, worksheetToGrid } from '../../src/hosts/file/workbook';
import { FIXTURE, protectionOf } from '../support/files';
import { recalcWithHyperFormula } from '../support/recalc';
import { selfEvaluationTable } from '../support/self-evaluation';
import { toXlsx } from '../support/tables';
import { loadCorpus, tableToXlsx } from '../support/corpus';
import { validateGrid } from '../../src/core/validate';

jest.setTimeout(60_000);

let source: ExcelJS.Worksheet;

beforeAll(async () => {
  source = (await loadWorkbook(readFileSync(FIXTURE))).worksheets[0];
});

function seedSpec(options: { password?: string; protect?: boolean; lang?: 'zh-CN' | 'en-US' } = {}): SheetSpec {
  const grid = worksheetToGrid(source);
  return nextYearTemplate(grid, recognizeSheet(grid)[0], { year: 2023, ...options }).spec;
}

/** Written into a workbook of its own and read back from the bytes, as a department opens it. */
async function written(spec: SheetSpec, from?: ExcelJS.Worksheet): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  writeSheet(wb, spec, from && (() => from));
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await wb.xlsx.writeBuffer());
  return reread;
}

const text = (v: ExcelJS.CellValue): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const locked = (c: ExcelJS.Cell): boolean => c.protection?.locked !== false;

describe('the seed’s template as a form', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await written(seedSpec(), source);
    ws = wb.worksheets[0];
  });

  it('prints on A4 landscape, all columns one page wide, title rows 1–4 on every page, page numbers in the footer', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:4' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
  });

  it('gives every row the height its wrapped text needs, and no more than a few lines’ slack', () => {
    const widths = [1, 2, 3, 4, 5, 6, 7].map((c) => ws.getColumn(c).width ?? 8.43);
    const merges = worksheetToGrid(source).merges;
    for (let r = 1; r <= 82; r++) {
      const row = ws.getRow(r);
      let least = 15;
      for (let c = 1; c <= 7; c++) {
        const cell = ws.getCell(r, c);
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        const area = merges.find((m) => m.top === r - 1 && m.left === c - 1);
        if (area && area.bottom > area.top) continue;
        const width = widths.slice(c - 1, (area?.right ?? c - 1) + 1).reduce((a, b) => a + b, 0);
        // An independent lower bound: a CJK character two digits wide, 14 points a line.
        const lines = Math.ceil(textUnits(text(cell.value)) / width);
        least = Math.max(least, lines * 14);
      }
      expect({ row: r, fits: (row.height ?? 15) >= least }).toEqual({ row: r, fits: true });
      expect({ row: r, tight: (row.height ?? 15) <= least * 2 + 20 }).toEqual({ row: r, tight: true });
    }
    // The long content of 综合信息服务平台 (B10:D10) takes four lines or more; a short task name one.
    expect(ws.getRow(10).height).toBeGreaterThanOrEqual(60);
    expect(ws.getRow(8).height).toBeLessThanOrEqual(25);
  });

  it('draws a border round every cell of the table below its title lines', () => {
    const missing: string[] = [];
    for (let r = 4; r <= 82; r++) {
      for (let c = 1; c <= 7; c++) {
        const b = ws.getCell(r, c).border;
        if (!b?.top?.style || !b.bottom?.style || !b.left?.style || !b.right?.style) missing.push(ws.getCell(r, c).address);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives cells of one look one style object, bordered and wrapped, and a look of its own where it differs', () => {
    const spec = seedSpec();
    const style = (a: string) => spec.cells.find((c) => c.address === a)!.style;
    // Two amounts typed in, two indicator names: each pair one object, so a host writes each look once.
    expect(style('F7')).toBe(style('F8'));
    expect(style('D31')).toBe(style('D32'));
    expect(style('F7')).toMatchObject({ border: true, wrap: true });
    expect(style('F7')).not.toBe(style('E7'));
    expect(new Set(spec.cells.map((c) => c.style)).size).toBeLessThan(12);
  });

  it('is protected without a password: what a department fills is unlocked, every computed cell locked', () => {
    expect(protectionOf(ws)).toMatchObject({ sheet: true });
    expect(protectionOf(ws)?.hashValue).toBeUndefined();
    // Task names and contents, amounts, the goal, indicator names and targets, the department's name.
    for (const a of ['A7', 'B7', 'F7', 'G7', 'F27', 'B29', 'D31', 'G31', 'G32', 'D82', 'G82', 'B4']) expect({ a, locked: locked(ws.getCell(a)) }).toEqual({ a, locked: false });
    // 总额 of each task, 金额合计, the labels and categories.
    for (const a of ['E7', 'E27', 'E28', 'F28', 'G28', 'A28', 'A1', 'A2', 'E6', 'G30', 'B31', 'C31']) expect({ a, locked: locked(ws.getCell(a)) }).toEqual({ a, locked: true });
    expect(ws.getCell('E28').formula).toBe('SUM(E7:E27)');
    // The lists stay.
    expect(ws.getCell('B31').dataValidation).toMatchObject({ type: 'list', formulae: ['"产出,效益,满意度"'] });
  });

  it('explains its header cells in notes', () => {
    const note = (a: string) => {
      const n = ws.getCell(a).note;
      return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
    };
    expect(note('G30')).toContain('比较符 + 数值 + 单位');
    expect(note('G30')).toContain('2023年12月31日前');
    expect(note('E6')).toContain('公式自动计算');
    expect(note('F6')).toContain('万元');
    expect(note('B30')).toContain('产出、效益、满意度');
    expect(note('A7')).toBe('');
  });

  it('carries a 填报说明 sheet: each column, the target grammar, units, the profile’s taxonomy, what is flagged', () => {
    const info = wb.worksheets[1];
    expect(info.name).toBe('填报说明');
    const rows: string[][] = [];
    info.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(text)));
    const rowOf = (first: string) => rows.find((r) => r[0] === first);
    expect(rowOf('目标值 / 指标值')?.[2]).toContain('2023年12月31日前');
    expect(rowOf('目标值 / 指标值')?.[3]).toContain('vague-target：');
    expect(rowOf('目标值 / 指标值')?.[4]).toBe('RULES.md § Target values (目标值 / 指标值)');
    expect(rowOf('任务名称')?.[3]).toContain('duplicate-task');
    // Only the columns this table has: no 项目名称 in a department's form.
    expect(rowOf('项目名称')).toBeUndefined();
    expect(rowOf('≥  >=  不少于  不低于  至少  以上')?.[1]).toBe('不低于（≥）');
    expect(rowOf('计数')?.[1]).toContain('家');
    expect(rowOf('产出')?.[1]).toBe('数量、质量、时效、成本');
    expect(rowOf('满意度')?.[1]).toBe('服务对象满意度');
    expect(info.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('takes a password when given one', async () => {
    const protectedWb = await written(seedSpec({ password: 'caizheng' }), source);
    expect(protectionOf(protectedWb.worksheets[0])).toMatchObject({ sheet: true, algorithmName: 'SHA-512' });
    expect(protectionOf(protectedWb.worksheets[0])?.hashValue).toEqual(expect.any(String));
  });

  it('is left unprotected on request', async () => {
    const open = await written(seedSpec({ protect: false }), source);
    expect(protectionOf(open.worksheets[0])).toBeNull();
  });

  it('writes the 填报说明 in English on request', async () => {
    const en = await written(seedSpec({ lang: 'en-US' }), source);
    expect(en.worksheets[1].name).toBe('Instructions');
    expect(en.worksheets[0].headerFooter.oddFooter).toBe('&CPage &P of &N');
  });
});

describe.each(['department-targets', 'project-targets'] as const)('a blank %s form', (kind) => {
  it('prints, protects and explains itself like next year’s', async () => {
    const wb = await written(blankTemplate({ kind, year: 2024, profile: 'cb2021' }));
    const ws = wb.worksheets[0];
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:4' });
    expect(protectionOf(ws)).toMatchObject({ sheet: true });
    const firstInput = kind === 'department-targets' ? 'F7' : 'D7';
    const firstFormula = kind === 'department-targets' ? 'E7' : 'D6';
    expect(locked(ws.getCell(firstInput))).toBe(false);
    expect(locked(ws.getCell(firstFormula))).toBe(true);
    const info = wb.worksheets[1];
    expect(info.name).toBe('填报说明');
    const firsts: string[] = [];
    info.eachRow((row) => firsts.push(text(row.getCell(1).value)));
    expect(firsts).toEqual(expect.arrayContaining(['成本', '产出', '效益', '满意度']));
    expect(firsts.includes('项目名称')).toBe(kind === 'project-targets');
  });
});

describe('row heights from text', () => {
  it('counts a CJK character as two digits wide', () => {
    expect(textUnits('企业人才建设')).toBe(12);
    expect(textUnits('≥95%')).toBe(5);
    expect(textUnits('8家')).toBe(3);
  });

  it('wraps by width, paragraph by paragraph, words unbroken', () => {
    expect(linesNeeded('企业人才建设', 14)).toBe(1);
    expect(linesNeeded('一二三四五六七八九十一二三四五六七八九十', 14)).toBe(4);
    expect(linesNeeded('甲\n乙\n丙', 20)).toBe(3);
    expect(linesNeeded('alpha beta gamma delta', 14)).toBe(2);
    expect(linesNeeded('abcdefghijklmnopqrstuvwxyz', 12)).toBe(3);
    expect(linesNeeded('企业人才建设', 14, 22)).toBe(2);
  });
});

describe('the 填报说明 data (src/core/lexicon/instructions.json)', () => {
  const rules = readFileSync(path.join(__dirname, '..', '..', 'docs', 'RULES.md'), 'utf8');
  const headings = new Set([...rules.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].trim()));

  it('restates sections that exist in docs/RULES.md, flags codes that exist, and explains label kinds that exist', () => {
    for (const c of INSTRUCTION_DATA.columns) {
      expect({ column: c.column['zh-CN'], source: headings.has(c.source) }).toEqual({ column: c.column['zh-CN'], source: true });
      for (const code of c.flags) expect({ code, known: RULES_BY_CODE.has(code) }).toEqual({ code, known: true });
      for (const kind of c.kinds) expect({ kind, known: kind in LABELS }).toEqual({ kind, known: true });
    }
  });

  it('says everything in both languages', () => {
    for (const c of INSTRUCTION_DATA.columns) for (const field of [c.column, c.fill]) expect([field['zh-CN'], field['en-US']].every((s) => s.trim() !== '')).toBe(true);
    for (const g of INSTRUCTION_DATA.general) expect([g['zh-CN'], g['en-US']].every((s) => s.trim() !== '')).toBe(true);
  });

  it('reads every target example as an assessable target (RULES.md’s grammar)', () => {
    // Each grammar row's examples are what the checker accepts: a 目标值 column filled with them raises no vague-target.
    const examples = INSTRUCTION_DATA.targets.flatMap((g) => g.examples).filter((e) => !e.includes('{{'));
    expect(examples.length).toBeGreaterThan(8);
    expect(getProfile('legacy').vagueWords.some((w) => examples.some((e) => e.includes(w)))).toBe(false);
  });
});

describe('a self-evaluation’s template', () => {
  it('locks 执行率, the budget line’s 得分, 总分 and 等级 as formulas, unlocks what is typed, and computes what the checker expects', async () => {
    const sourceWs = (await loadWorkbook(await toXlsx([selfEvaluationTable({ year: 2023 })]))).worksheets[0];
    const grid = worksheetToGrid(sourceWs);
    const [table] = recognizeSheet(grid);
    expect(table.kind).toBe('project-self-evaluation');
    const wb = await written(nextYearTemplate(grid, table, { year: 2024 }).spec, sourceWs);
    const ws = wb.worksheets[0];
    const line = table.evalFunds!.total;
    const total = table.totalScore!.score!.cell;
    for (const a of [line.rate!.cell, line.score!.cell, total, table.grade!.cell, line.weight!.cell]) expect({ a, locked: locked(ws.getCell(a)) }).toEqual({ a, locked: true });
    expect(ws.getCell(line.rate!.cell).formula).toBe(`IF(N(${line.budget!.cell})=0,"",${line.executed!.cell}/${line.budget!.cell})`);
    expect(ws.getCell(table.grade!.cell).formula).toContain('"优"');
    // 年度资金总额 adds up its 其中 lines.
    expect(ws.getCell(line.budget!.cell).formula).toBe(table.evalFunds!.parts.map((p) => p.budget!.cell).join('+'));
    expect(locked(ws.getCell(line.executed!.cell))).toBe(true);
    const typed = table.evalFunds!.parts.flatMap((p) => [p.budget!, p.executed!]);
    const indicators = table.indicators!.indicators;
    for (const f of [...typed, ...indicators.flatMap((i) => [i.evaluation!.actual, i.evaluation!.score!])]) expect({ a: f.cell, locked: locked(ws.getCell(f.cell)) }).toEqual({ a: f.cell, locked: false });

    // The year's results typed in, recalculated: the checker agrees with every formula.
    for (const f of typed) ws.getCell(f.cell).value = f.reading.kind === 'number' ? f.reading.value : null;
    for (const i of indicators) {
      ws.getCell(i.evaluation!.actual.cell).value = i.evaluation!.actual.text;
      const s = i.evaluation!.score!.reading;
      ws.getCell(i.evaluation!.score!.cell).value = s.kind === 'number' ? s.value : null;
    }
    recalcWithHyperFormula(ws);
    expect((ws.getCell(total).value as ExcelJS.CellFormulaValue).result).toBe(97.1);
    expect((ws.getCell(table.grade!.cell).value as ExcelJS.CellFormulaValue).result).toBe('优');
    const [checked] = validateGrid(worksheetToGrid(ws));
    const codes = checked.findings.map((f) => f.code);
    for (const code of ['rate-mismatch', 'score-mismatch', 'grade-mismatch', 'missing-total-score', 'missing-score']) expect(codes).not.toContain(code);
    const info: string[] = [];
    wb.worksheets[1].eachRow((row) => info.push(text(row.getCell(1).value)));
    expect(info).toEqual(expect.arrayContaining(['实际完成值', '执行率 / 总分 / 评价等级', '偏差原因分析及改进措施']));
  });
});

describe('forms from every published table of the corpus', () => {
  it('writes a protected, printable form with its 填报说明 for each, recognised again as its family and next year', async () => {
    const results: { id: string; kind: string | null; year: number | null; formulasLocked: boolean; inputsOpen: boolean; printed: boolean }[] = [];
    const expected: typeof results = [];
    for (const entry of loadCorpus().filter((e) => !e.id.startsWith('_'))) {
      const wb = await loadWorkbook(await tableToXlsx(entry.table));
      for (const ws of wb.worksheets) {
        const grid = worksheetToGrid(ws);
        // A table's tail makes no template (template-command refuses it: no title or header to carry over).
        const table = recognizeSheet(grid).find((t) => !t.fragment);
        if (!table) continue;
        const { spec } = nextYearTemplate(grid, table, { year: (table.fiscalYear ?? 2023) + 1 });
        const out = (await written(spec, ws)).worksheets[0];
        const [again] = validateGrid(worksheetToGrid(out));
        const year = (table.fiscalYear ?? 2023) + 1;
        results.push({
          id: `${entry.id}/${ws.name}`,
          kind: again?.table.kind ?? null,
          year: again?.table.fiscalYear ?? null,
          formulasLocked: spec.cells.filter((c) => c.role === 'formula').every((c) => locked(out.getCell(c.address))),
          inputsOpen: spec.cells.filter((c) => c.role === 'input').every((c) => !locked(out.getCell(c.address))),
          printed: out.pageSetup.orientation === 'landscape' && out.pageSetup.fitToWidth === 1 && protectionOf(out)?.sheet === true,
        });
        expected.push({ id: `${entry.id}/${ws.name}`, kind: table.kind, year: table.fiscalYear === null ? (again?.table.fiscalYear ?? null) : year, formulasLocked: true, inputsOpen: true, printed: true });
      }
    }
    expect(results.length).toBeGreaterThanOrEqual(25);
    expect(results).toEqual(expected);
    // Every published table through ExcelJS twice (written, read back): 40–45 s alone on 2 cores, more beside the other suites.
  }, 180_000);
});
